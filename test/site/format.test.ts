import { dateInWords, placeInWords } from '../../site/format';

describe('placeInWords', () => {
  it.each([
    [{ address: 'Nádražní 12, Ostrava', municipality: 'Ostrava' }, 'Nádražní 12, Ostrava'],
    [
      { address: 'Hlavní třída, Poruba, Ostrava', district: 'Poruba', municipality: 'Ostrava' },
      'Hlavní třída, Poruba, Ostrava',
    ],
    [
      {
        address: 'Nádražní, Ostrava - Moravská Ostrava',
        district: 'Moravská Ostrava a Přívoz',
        municipality: 'Ostrava',
      },
      'Nádražní, Ostrava - Moravská Ostrava, Moravská Ostrava a Přívoz',
    ],
    [{ district: 'Poruba', municipality: 'Ostrava' }, 'Poruba, Ostrava'],
    [{ address: 'okres Ostrava-město', municipality: 'Ostrava' }, 'okres Ostrava-město'],
    [{ municipality: 'Havířov' }, 'Havířov'],
  ])('names %j without repeating itself', (location, text) => {
    expect(placeInWords(location)).toBe(text);
  });
});

describe('dateInWords', () => {
  it.each([
    ['2026-12-31', '31 December 2026'],
    ['2026-12-31T23:59:59.000Z', '31 December 2026'],
    ['2026-01-01T00:30:00.000Z', '1 January 2026'],
  ])('writes %s as "%s" (its UTC day)', (iso, text) => {
    expect(dateInWords(iso)).toBe(text);
  });

  it('returns undefined for an unreadable date', () => {
    expect(dateInWords('soon')).toBeUndefined();
  });
});
