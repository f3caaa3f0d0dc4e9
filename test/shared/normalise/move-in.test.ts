import { isEnergyExtra } from '../../../shared/normalise/energy-extra';
import { moveInCost, withMoveIn } from '../../../shared/normalise/move-in';
import { normaliseRental } from '../../../shared/normalise/normalise-rental';

describe('moveInCost', () => {
  it('sums rent, fees, deposit and commission when all are known', () => {
    const moveIn = moveInCost({ rentCzk: 12_000, feesCzk: 3_500, depositCzk: 24_000, commissionCzk: 12_000 });

    expect(moveIn).toEqual({ knownTotalCzk: 51_500, unknown: [], complete: true });
  });

  it('counts a stated "no commission" as a known 0', () => {
    const moveIn = moveInCost({ rentCzk: 12_000, feesCzk: 0, depositCzk: 24_000, commissionCzk: 0 });

    expect(moveIn).toEqual({ knownTotalCzk: 36_000, unknown: [], complete: true });
  });

  it('lists a missing part as unknown and never counts it as 0', () => {
    const moveIn = moveInCost({ rentCzk: 12_000, feesCzk: 3_500, depositCzk: 24_000 });

    expect(moveIn).toEqual({ knownTotalCzk: 39_500, unknown: ['commission'], complete: false });
  });

  it('gives no total without a rent, and says the rent is unknown', () => {
    const moveIn = moveInCost({ depositCzk: 24_000, commissionCzk: 0 });

    expect(moveIn).toEqual({ unknown: ['rent', 'fees'], complete: false });
  });

  it('lists energy said to be extra as unknown beside known fees', () => {
    const moveIn = moveInCost({ rentCzk: 12_000, feesCzk: 2_000, energyExtra: true, depositCzk: 12_000, commissionCzk: 0 });

    expect(moveIn).toEqual({ knownTotalCzk: 26_000, unknown: ['energy'], complete: false });
  });

  it('does not list energy twice when the fees are unknown anyway', () => {
    expect(moveInCost({ rentCzk: 12_000, energyExtra: true, depositCzk: 12_000, commissionCzk: 0 }).unknown).toEqual(['fees']);
  });

  it.each([
    [36_001, true],
    [36_000, false],
  ])('flags a deposit of %i for a 12,000 rent above the legal cap: %s', (depositCzk, over) => {
    const moveIn = moveInCost({ rentCzk: 12_000, feesCzk: 0, depositCzk, commissionCzk: 0 });

    expect(moveIn.depositOverCap).toBe(over ? true : undefined);
  });
});

describe('isEnergyExtra', () => {
  it.each([
    '12 000 Kč + energie',
    '15 000 Kč/měsíc včetně poplatků + energie',
    'Nájem 9 500 Kč + elektřina a plyn.',
    'Energie se platí zvlášť podle spotřeby.',
    'Energie nejsou v ceně.',
    'Rent 14,000 CZK + utilities.',
    'Utilities paid separately.',
  ])('reads "%s" as energy on top, amount unknown', (text) => {
    expect(isEnergyExtra(text)).toBe(true);
  });

  it.each([
    '12 000 Kč + energie 2 000 Kč',
    'Energie v ceně nájmu.',
    'Nájem včetně energií.',
    'Byt s nízkou energetickou náročností.',
    'Utilities included.',
  ])('does not read "%s" as unpriced energy', (text) => {
    expect(isEnergyExtra(text)).toBe(false);
  });
});

describe('normaliseRental and withMoveIn', () => {
  const raw = {
    source: 'sreality',
    sourceId: '123',
    url: 'https://www.sreality.cz/detail/pronajem/byt/2+kk/ostrava/123',
    title: 'Pronájem bytu 2+kk 52 m²',
    priceText: '12 000 Kč/měsíc + poplatky 3 500 Kč',
    city: 'Ostrava',
    parts: ['Poruba'],
  };

  it.each([
    ['Kauce 2 nájmy, provize RK 1 nájem.', { knownTotalCzk: 51_500, unknown: [], complete: true }],
    ['Vratná kauce ve výši 30 000 Kč. Bez provize.', { knownTotalCzk: 45_500, unknown: [], complete: true }],
    ['Vratná kauce ve výši dvou nájmů.', { knownTotalCzk: 39_500, unknown: ['commission'], complete: false }],
    ['Pěkný byt, volný ihned.', { knownTotalCzk: 15_500, unknown: ['deposit', 'commission'], complete: false }],
    ['Kauce 40 000 Kč, bez provize. Energie se platí zvlášť.', { knownTotalCzk: 55_500, unknown: ['energy'], complete: false, depositOverCap: true }],
  ])('reads "%s" into the move-in cost', (description, moveIn) => {
    const rental = withMoveIn(normaliseRental({ ...raw, description }));

    expect(rental.moveIn).toEqual(moveIn);
  });

  it('counts no commission for a flat the owner lets directly, unless the text states one', () => {
    expect(withMoveIn(normaliseRental({ ...raw, agency: 'private', description: 'Kauce 2 nájmy.' })).moveIn).toEqual({ knownTotalCzk: 39_500, unknown: [], complete: true });
    expect(withMoveIn(normaliseRental({ ...raw, agency: 'agency', description: 'Kauce 2 nájmy.' })).moveIn?.unknown).toEqual(['commission']);
  });

  it('leaves fees unknown for "+ energie" with no amount, never 0', () => {
    const rental = withMoveIn(normaliseRental({ ...raw, priceText: '12 000 Kč + energie', description: 'Kauce 2 nájmy, bez provize.' }));

    expect(rental).toMatchObject({ feesCzk: undefined, energyExtra: true, moveIn: { knownTotalCzk: 36_000, unknown: ['fees'], complete: false } });
  });
});
