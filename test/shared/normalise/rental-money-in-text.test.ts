import { normaliseRental } from '../../../shared/normalise/normalise-rental';

// How normaliseRental uses moneyInText; moneyInText itself is tested on its own in money-in-text.test.ts,
// which the mutation run of the normalisers module runs without loading the whole rental normaliser.
describe('normaliseRental with money stated only in text', () => {
  const raw = {
    source: 'idnes',
    sourceId: 'abc123',
    url: 'https://reality.idnes.cz/detail/pronajem/byt/abc123/',
    title: 'Pronájem bytu 2+kk 52 m²',
    rent: '12 500 Kč',
    city: 'Ostrava',
    parts: ['Poruba'],
    description: 'Byt v centru s výhledem do parku. Kauce ve výši dvou nájmů, provize RK jeden nájem.',
  };

  it('fills the deposit and commission from the description, keeping the evidence', () => {
    const rental = normaliseRental(raw);

    expect(rental).toMatchObject({ rentCzk: 12_500, depositCzk: 25_000, commissionCzk: 12_500 });
    expect(rental.moneyFromText?.map((e) => e.field).sort()).toEqual(['commissionCzk', 'depositCzk']);
  });

  it('reads a deposit field that holds a figure alone as crowns', () => {
    expect(normaliseRental({ ...raw, deposit: '30000' }).depositCzk).toBe(30_000);
  });

  it('leaves a placeholder deposit unknown, in the fields or the text', () => {
    expect(normaliseRental({ ...raw, deposit: 10, description: 'Kauce 10 Kč.' }).depositCzk).toBeUndefined();
    expect(normaliseRental({ ...raw, description: 'Kauce 10 Kč.' }).depositCzk).toBeUndefined();
  });

  it('keeps the deposit the fields state over the text', () => {
    const rental = normaliseRental({ ...raw, deposit: '20 000 Kč' });

    expect(rental.depositCzk).toBe(20_000);
    expect(rental.moneyFromText?.map((e) => e.field)).toEqual(['commissionCzk']);
  });
});
