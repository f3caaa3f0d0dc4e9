import { withMoveIn } from '../../../shared/normalise/move-in';
import { normaliseRental } from '../../../shared/normalise/normalise-rental';

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
    [
      'Kauce 40 000 Kč, bez provize. Energie se platí zvlášť.',
      { knownTotalCzk: 55_500, unknown: ['energy'], complete: false, depositOverCap: true },
    ],
  ])('reads "%s" into the move-in cost', (description, moveIn) => {
    const rental = withMoveIn(normaliseRental({ ...raw, description }));

    expect(rental.moveIn).toEqual(moveIn);
  });

  it('counts no commission for a flat the owner lets directly, unless the text states one', () => {
    expect(withMoveIn(normaliseRental({ ...raw, agency: 'private', description: 'Kauce 2 nájmy.' })).moveIn).toEqual({
      knownTotalCzk: 39_500,
      unknown: [],
      complete: true,
    });
    expect(
      withMoveIn(normaliseRental({ ...raw, agency: 'agency', description: 'Kauce 2 nájmy.' })).moveIn?.unknown,
    ).toEqual(['commission']);
  });

  it('leaves fees unknown for "+ energie" with no amount, never 0', () => {
    const rental = withMoveIn(
      normaliseRental({ ...raw, priceText: '12 000 Kč + energie', description: 'Kauce 2 nájmy, bez provize.' }),
    );

    expect(rental).toMatchObject({
      feesCzk: undefined,
      energyExtra: true,
      moveIn: { knownTotalCzk: 36_000, unknown: ['fees'], complete: false },
    });
  });
});
