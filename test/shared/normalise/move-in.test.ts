import { isEnergyExtra } from '../../../shared/normalise/energy-extra';
import { moveInCost, withMoveIn } from '../../../shared/normalise/move-in';

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
    const moveIn = moveInCost({
      rentCzk: 12_000,
      feesCzk: 2_000,
      energyExtra: true,
      depositCzk: 12_000,
      commissionCzk: 0,
    });

    expect(moveIn).toEqual({ knownTotalCzk: 26_000, unknown: ['energy'], complete: false });
  });

  it('does not list energy twice when the fees are unknown anyway', () => {
    expect(moveInCost({ rentCzk: 12_000, energyExtra: true, depositCzk: 12_000, commissionCzk: 0 }).unknown).toEqual([
      'fees',
    ]);
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

describe('moveInCost, what it leaves out', () => {
  it('states no total at all without a rent (not a total of undefined)', () => {
    expect(moveInCost({ feesCzk: 3_000, depositCzk: 24_000, commissionCzk: 0 })).not.toHaveProperty('knownTotalCzk');
  });

  it('states no deposit flag when the deposit is within the cap', () => {
    expect(moveInCost({ rentCzk: 12_000, feesCzk: 0, depositCzk: 24_000, commissionCzk: 0 })).not.toHaveProperty(
      'depositOverCap',
    );
  });

  it('lists every unknown part in the order the card shows them: rent, fees, energy, deposit, commission', () => {
    expect(moveInCost({}).unknown).toEqual(['rent', 'fees', 'deposit', 'commission']);
    expect(moveInCost({ rentCzk: 12_000, feesCzk: 0, energyExtra: true }).unknown).toEqual([
      'energy',
      'deposit',
      'commission',
    ]);
  });

  it('does not flag a deposit it cannot compare with a rent', () => {
    expect(moveInCost({ depositCzk: 90_000 })).not.toHaveProperty('depositOverCap');
  });
});

describe('withMoveIn', () => {
  it('returns a job as it is, with no move-in cost', () => {
    const job = { kind: 'job' as const, title: 'Svářeč' };

    expect(withMoveIn(job)).toBe(job);
  });

  it('adds the move-in cost of a rental from its fields', () => {
    expect(
      withMoveIn({ kind: 'rental' as const, rentCzk: 12_000, feesCzk: 2_500, depositCzk: 24_000, commissionCzk: 0 })
        .moveIn,
    ).toEqual({ knownTotalCzk: 38_500, unknown: [], complete: true });
  });
});

describe('isEnergyExtra as landlords write it', () => {
  it.each([
    '13 500 Kč + elektřina',
    '11 000 Kč + elektrina a plyn',
    '12 000 Kč + plyn',
    'Rent 15,000 CZK + energy',
    'Elektřinu si hradí nájemce.',
    'Energie platí nájemce zvlášť.',
    'Energie se přepisují na nájemce.',
    'Elektřina dle spotřeby.',
    'Energie podle spotřeby.',
    'Energie samostatně.',
    'Energie nejsou zahrnuty v ceně.',
    'Utilities are payable separately.',
    'Utilities extra.',
    'Energy not included.',
    'Elektrina zvlast.',
  ])('reads "%s" as energy on top, amount unknown', (text) => {
    expect(isEnergyExtra(text)).toBe(true);
  });

  it.each([
    'Nájem 12 000 + elektřina 1 500 Kč',
    '12 000 Kč + plyn 800 Kč měsíčně',
    'Úsporné spotřebiče, nízká spotřeba energie.',
  ])('does not read "%s" as unpriced energy', (text) => {
    expect(isEnergyExtra(text)).toBe(false);
  });

  it('reads any of several texts (price line, description)', () => {
    expect(isEnergyExtra(undefined, '12 000 Kč/měsíc', 'Energie se platí zvlášť.')).toBe(true);
    expect(isEnergyExtra(undefined, '12 000 Kč/měsíc')).toBe(false);
  });
});

describe('isEnergyExtra in a price line typed by hand', () => {
  it.each([
    '12 000 Kč +energie',
    '12 000 Kč +  plyn',
    'Energie  zvlášť.',
    'Energie se  platí zvlášť.',
    'Energie se platí  zvlášť.',
    'Elektřina se přepisuje  na nájemce.',
    'Utilities not  included.',
    'Energie nejsou  v ceně.',
    'Energie nejsou v  ceně.',
    'Energie nejsou  zahrnuty.',
    'Elektřina dle  spotřeby.',
    'Elektrina dle spotreby.',
    'Elektrina dle  spotreby.',
    'Energie podle  spotřeby.',
    'Utilities by consumption.',
    'Utilities by  consumption.',
    'Energie jsou na  nájemce.',
    'Energie jsou na najemce.',
    'Energie jsou na  najemce.',
  ])('reads %j as energy on top, however the words are spaced', (text) => {
    expect(isEnergyExtra(text)).toBe(true);
  });
});
