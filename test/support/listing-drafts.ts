import type { ListingDraft } from '../../shared/listing/schema';

type RentalDraft = Extract<ListingDraft, { kind: 'rental' }>;
type JobDraft = Extract<ListingDraft, { kind: 'job' }>;

export function rentalDraft(n: number, overrides: Partial<RentalDraft> = {}): RentalDraft {
  return {
    kind: 'rental',
    id: `sreality:${1000 + n}`,
    source: 'sreality',
    url: `https://www.sreality.cz/detail/pronajem/byt/2+kk/ostrava/${1000 + n}`,
    title: `Pronájem bytu 2+kk ${40 + (n % 30)} m²`,
    description: `Světlý byt v klidné části Ostravy, ${n % 2 ? 'Poruba' : 'Zábřeh'}.`,
    language: 'cs',
    englishSignals: [],
    location: { municipality: 'Ostrava', district: n % 2 ? 'Poruba' : 'Zábřeh', distanceKm: (n % 17) + 0.5 },
    postedAt: new Date(Date.UTC(2026, 9, 1) + n * 3_600_000).toISOString(),
    images: [],
    rentCzk: 9000 + (n % 25) * 500,
    feesCzk: 2500,
    areaM2: 40 + (n % 30),
    disposition: n % 3 === 0 ? '2+kk' : n % 3 === 1 ? '1+kk' : '3+1',
    propertyType: 'flat',
    ...overrides,
  };
}

export function jobDraft(n: number, overrides: Partial<JobDraft> = {}): JobDraft {
  return {
    kind: 'job',
    id: `mpsv:${5000 + n}`,
    source: 'mpsv',
    url: `https://up.gov.cz/volna-mista-v-cr#/volna-mista-detail/${5000 + n}`,
    title: `Software developer ${n}`,
    language: 'en',
    englishFriendly: n % 2 === 0,
    englishSignals: [{ reason: 'written in English' }],
    location: { municipality: 'Ostrava', distanceKm: n % 9 },
    postedAt: new Date(Date.UTC(2026, 9, 1) + n * 3_600_000).toISOString(),
    images: [],
    company: 'Acme Ostrava s.r.o.',
    salary: {
      min: 40000 + n * 100,
      max: 60000 + n * 100,
      currency: 'CZK',
      period: 'month',
      monthlyCzkMin: 40000 + n * 100,
      monthlyCzkMax: 60000 + n * 100,
    },
    employment: ['full-time'],
    workplace: 'hybrid',
    languages: { english: 'required', czech: n % 3 === 0 ? 'required' : 'advantage' },
    ...overrides,
  };
}
