import type { ListingCard } from '../../site/api-client';
import { detailRows, distanceInWords, moveInLine, priceLine } from '../../site/render-listing';

const base = {
  url: 'https://example.org/x',
  title: 'x',
  englishFriendly: false,
  englishSignals: [],
  location: { municipality: 'Ostrava' },
  firstSeenAt: '2026-11-30T13:05:00.000Z',
  status: 'active' as const,
};

describe('detailRows', () => {
  it("shows a job's enumerated values in words, not as the API's codes", () => {
    const job: ListingCard = {
      ...base,
      id: 'mpsv:1',
      kind: 'job',
      source: 'mpsv',
      employment: ['full-time', 'work-agreement'],
      workplace: 'onsite',
      profession: { isco: '74120', majorGroup: 'craft-and-trades' },
      languages: { czech: 'likely-required', english: 'not-needed' },
    };
    const rows = Object.fromEntries(detailRows(job));
    expect(rows).toMatchObject({
      Employment: 'Full-time (HPP), DPP / DPČ',
      Workplace: 'On site',
      'Kind of work': 'Craft and trades',
      Czech: 'Likely needed: the ad is written only in Czech',
      English: 'Not needed',
      'Posted (the date the source gives)': 'not stated',
      'First seen by us': '30 November 2026',
    });
  });

  it("shows a flat's furnishing and who offers it in words, amounts with their units, dates in words", () => {
    const flat: ListingCard = {
      ...base,
      id: 'bezrealitky:1',
      kind: 'rental',
      source: 'bezrealitky',
      propertyType: 'flat',
      rentCzk: 16900,
      depositCzk: 33800,
      areaM2: 54,
      furnished: 'partly',
      agency: 'private',
      availableFrom: '2026-12-31',
      postedAt: '2026-11-20T01:00:00.000Z',
    };

    const rows = Object.fromEntries(detailRows(flat));

    expect(rows).toMatchObject({
      Rent: '16,900 CZK/month',
      'Deposit (kauce)': '33,800 CZK',
      'Area (m²)': '54 m²',
      Furnished: 'Partly furnished',
      'Offered by': 'The owner',
      'Pets allowed': 'not stated',
      'Available from': '31 December 2026',
      'Posted (the date the source gives)': '20 November 2026',
    });
  });

  it("writes a job's closing date in words", () => {
    const job: ListingCard = {
      ...base,
      id: 'mpsv:3',
      kind: 'job',
      source: 'mpsv',
      employment: [],
      languages: { czech: 'unknown', english: 'unknown' },
      validThrough: '2026-12-31T23:59:59.000Z',
    };

    expect(Object.fromEntries(detailRows(job))['Open until']).toBe('31 December 2026');
  });

  it('keeps a value the site has no words for as the API sent it', () => {
    // Values a later version of the API may send that the site's types do not know yet.
    const job = JSON.parse(
      JSON.stringify({
        ...base,
        id: 'mpsv:2',
        kind: 'job',
        source: 'mpsv',
        employment: ['seasonal'],
        workplace: 'moon',
        languages: { czech: 'unknown', english: 'unknown' },
      }),
    ) as ListingCard;
    const rows = Object.fromEntries(detailRows(job));
    expect(rows).toMatchObject({ Employment: 'seasonal', Workplace: 'moon' });
  });
});

describe('priceLine', () => {
  it.each([
    [{ monthlyCzkMin: 44000, monthlyCzkMax: 59000 }, '44,000–59,000 CZK/month'],
    [{ monthlyCzkMin: 35000 }, 'from 35,000 CZK/month'],
    [{ monthlyCzkMax: 45000 }, 'up to 45,000 CZK/month'],
    [{ monthlyCzkMin: 40000, monthlyCzkMax: 40000 }, '40,000 CZK/month'],
    [undefined, 'salary not stated'],
  ])('writes the monthly salary %j as "%s"', (monthly, text) => {
    const salary = monthly && { ...monthly, currency: 'CZK', period: 'month' as const };
    const job: ListingCard = {
      ...base,
      id: 'mpsv:4',
      kind: 'job',
      source: 'mpsv',
      employment: [],
      languages: { czech: 'unknown', english: 'unknown' },
      salary,
    };

    expect(priceLine(job)).toBe(text);
  });

  it('writes rent with its fees and unit', () => {
    expect(
      priceLine({
        ...base,
        id: 'idnes:1',
        kind: 'rental',
        source: 'idnes',
        propertyType: 'flat',
        rentCzk: 15000,
        feesCzk: 2500,
      }),
    ).toBe('17,500 CZK/month (incl. 2,500 CZK fees)');
  });
});

describe('distanceInWords', () => {
  it.each([
    [
      { municipality: 'Ostrava', lat: 49.83, lon: 18.16, distanceKm: 8.7, precision: 'coordinates' },
      '8.7 km from the centre',
    ],
    [
      { municipality: 'Ostrava', district: 'Poruba', distanceKm: 8.8, precision: 'city-part' },
      "about 8.8 km from the centre (from the city part's centre)",
    ],
    [
      {
        municipality: 'Ostrava',
        address: '17. listopadu 1790/5, 70800, Ostrava',
        distanceKm: 8.8,
        precision: 'postcode',
      },
      "about 8.8 km from the centre (from the postcode area's centre)",
    ],
    [
      { municipality: 'Ostrava', distanceKm: 0.8, precision: 'municipality' },
      'somewhere in Ostrava (the source names no district)',
    ],
    [
      { municipality: 'Havířov', distanceKm: 14.6, precision: 'municipality' },
      "about 14.6 km from the centre (from the town's centre)",
    ],
    [
      { municipality: 'Ostrava', district: 'Moravská Ostrava', distanceKm: 0, precision: 'city-part' },
      "near the centre (from the city part's centre)",
    ],
  ])('says how precise the distance of %j is', (location, text) => {
    expect(distanceInWords(location as ListingCard['location'])).toBe(text);
  });
});

describe('moveInLine', () => {
  const flat = (moveIn: Extract<ListingCard, { kind: 'rental' }>['moveIn']): ListingCard => ({
    ...base,
    id: 'idnes:1',
    kind: 'rental',
    source: 'idnes',
    propertyType: 'flat',
    rentCzk: 12000,
    moveIn,
  });

  it.each([
    [{ knownTotalCzk: 52000, unknown: [], complete: true }, 'Move-in: 52,000 CZK'],
    [{ knownTotalCzk: 52000, unknown: ['commission'], complete: false }, 'Move-in: 52,000 CZK + commission unknown'],
    [
      { knownTotalCzk: 27500, unknown: ['energy', 'deposit'], complete: false },
      'Move-in: 27,500 CZK + energy and deposit unknown',
    ],
    [{ unknown: ['rent', 'fees'], complete: false }, 'Move-in: unknown (rent not stated)'],
  ] as const)('says %j as "%s"', (moveIn, line) => {
    expect(moveInLine(flat({ ...moveIn, unknown: [...moveIn.unknown] }))).toBe(line);
  });
});
