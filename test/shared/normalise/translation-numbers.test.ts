import { numberMismatches } from '../../../shared/normalise/translation-numbers';

describe('numberMismatches', () => {
  it.each([
    ['Nájem 16 900 Kč měsíčně.', 'Rent 16,900 CZK per month.'],
    ['Poplatky 3.500,- Kč.', 'Fees 3,500 CZK.'],
    ['Poplatky 3.500,- Kč.', 'Fees CZK 3.500,-.'],
    ['Vzdálenost 1,5 km.', 'Distance 1.5 km.'],
    ['Plocha 52,5 m2.', 'Area 52.5 m2.'],
    ['Volné od 1.12.2026.', 'Available from 1 December 2026.'],
    ['Volné od 1. 12. 2026.', 'Available from December 1st, 2026.'],
    ['Volné od 1.12.2026.', 'Available from 1.12.2026.'],
    ['Mzda 34 000 – 42 000 Kč.', 'Wage 34,000 – 42,000 CZK.'],
    ['Byt 2+kk ve 3. patře.', 'A 2+kk flat on the 3rd floor.'],
    ['Mzda 35 tis. Kč měsíčně.', 'Salary CZK 35,000 per month.'],
    ['Mzda 35 tis. Kč měsíčně.', 'Salary 35 thousand CZK per month.'],
    ['Mzda 80–130 tisíc Kč.', 'Salary CZK 80,000–130,000.'],
    ['Nájem 15 000 Kč.', 'Rent 15 thousand CZK.'],
    ['Cena 1,5 mil. Kč.', 'Price CZK 1,500,000.'],
  ])('finds no change between "%s" and "%s"', (original, translation) => {
    expect(numberMismatches(original, translation)).toEqual([]);
  });

  it.each([
    [
      'Nájem 16 900 Kč, kauce 30 000 Kč.',
      'Rent 19,600 CZK, deposit 30,000 CZK.',
      [{ original: '16 900', translated: '19,600' }],
    ],
    ['Mzda 34 000 – 42 000 Kč.', 'Wage 34,000 – 24,000 CZK.', [{ original: '42 000', translated: '24,000' }]],
    [
      'Volné od 1.12.2026.',
      'Available from 12 January 2026.',
      [{ original: '1.12.2026', translated: '12 January 2026' }],
    ],
    ['Poplatky 3.500,- Kč.', 'Fees 35 CZK.', [{ original: '3.500,-', translated: '35' }]],
    ['Plocha 52,5 m2.', 'Area 525 m2.', [{ original: '52,5', translated: '525' }]],
    ['Mzda 35 tis. Kč.', 'Salary CZK 53,000.', [{ original: '35', translated: '53,000' }]],
  ])('flags the original figure of "%s" changed in "%s"', (original, translation, flags) => {
    expect(numberMismatches(original, translation)).toEqual(flags);
  });

  it('flags a figure the translation dropped, with no counterpart to quote', () => {
    expect(numberMismatches('Nájem 12 000 Kč, poplatky 2 500 Kč.', 'Rent 12,000 CZK plus fees.')).toEqual([
      { original: '2 500' },
    ]);
  });

  it.each([
    [
      'Nájem 30 000 Kč, kauce 15 000 Kč.',
      'Rent 15,000 CZK, deposit 30,000 CZK.',
      [
        { original: '30 000', translated: '15,000' },
        { original: '15 000', translated: '30,000' },
      ],
    ],
    [
      'Volné od 1.12.2026, nájem 12 000 Kč, plocha 150 m2.',
      'Available from 1 December 2026, rent 150 CZK, area 12,000 m2.',
      [
        { original: '12 000', translated: '150' },
        { original: '150', translated: '12,000' },
      ],
    ],
  ])('flags figures the translation swapped between "%s" and "%s"', (original, translation, flags) => {
    expect(numberMismatches(original, translation)).toEqual(flags);
  });

  it.each([
    ['Nájem 12 000 Kč.', 'Rent 12,000 CZK plus 3,000 CZK fees.', [{ translated: '3,000' }]],
    ['Volné ihned.', 'Available from 1 December 2026.', [{ translated: '1 December 2026' }]],
  ])('flags a figure the translation added to "%s": "%s"', (original, translation, flags) => {
    expect(numberMismatches(original, translation)).toEqual(flags);
  });

  it.each([
    ['Byt 2+kk ve 3. patře, 5 minut od tramvaje.', 'A 2+kk flat on the 3rd floor, 5 minutes from the tram, 2 rooms.'],
    ['Byt ve 3. patře a 2 sklepy.', 'Two cellars, flat on the 3rd floor, 2 of them.'],
  ])('leaves small counts a translation adds or moves unflagged: "%s" / "%s"', (original, translation) => {
    expect(numberMismatches(original, translation)).toEqual([]);
  });

  it('reads the same figure twice only when the translation has it twice', () => {
    expect(numberMismatches('Kauce 20 000 Kč, provize 20 000 Kč.', 'Deposit 20,000 CZK, commission.')).toEqual([
      { original: '20 000' },
    ]);
  });
});
