import type { ListingDraft } from '../shared/listing/schema';
import { distanceKm } from '../shared/geo/distance';
import { loadOstravaParts } from './ostrava-parts';

/*
 * Synthetic listings for the bench (volume, not realism): never served by `npm start`. Every record
 * is marked: source "synthetic", titles start with "[SYNTHETIC]", and the description says it is not
 * a real listing, so that one leaking anywhere is obvious.
 */

export const SYNTHETIC_SOURCE = 'synthetic';
const SYNTHETIC_NOTE = 'SYNTHETIC DATA: generated for the bench, not a real listing.';

/** A small seeded PRNG (mulberry32): the same seed gives the same data set on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STREETS = [
  'Hlavní třída',
  'Nádražní',
  'Výstavní',
  'Opavská',
  'Horní',
  'Dr. Martínka',
  'Čujkovova',
  'Františka Formana',
  'Porubská',
  'Mariánskohorská',
];
const DISPOSITIONS = ['1+kk', '1+1', '2+kk', '2+1', '3+kk', '3+1', '4+kk', '4+1'];
const JOB_TITLES = [
  ['Software Engineer (TypeScript)', 'en'],
  ['Java Developer', 'en'],
  ['QA Engineer', 'en'],
  ['Data Analyst', 'en'],
  ['Customer Support Specialist with German', 'en'],
  ['Logistics Coordinator', 'en'],
  ['Svářeč', 'cs'],
  ['Skladník', 'cs'],
  ['Účetní', 'cs'],
  ['Operátor výroby', 'cs'],
  ['DevOps Engineer', 'en'],
  ['Project Manager', 'en'],
] as const;
const COMPANIES = [
  'Synthetic Steel a.s.',
  'Synthetic Software s.r.o.',
  'Synthetic Logistics s.r.o.',
  'Synthetic Services CZ s.r.o.',
];

/**
 * `rentals` + `jobs` drafts (default 150 + 80), the same for the same seed and `now`; postedAt falls
 * in the 30 days before `now`, so that date filters find them whenever the bench runs.
 */
export function syntheticListings(options: {
  rentals?: number;
  jobs?: number;
  seed?: number;
  now: Date;
}): ListingDraft[] {
  const rnd = random(options.seed ?? 2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const parts = loadOstravaParts();
  const now = options.now.getTime();
  const postedAt = () => new Date(now - Math.floor(rnd() * 30 * 24) * 3_600_000).toISOString();
  const place = () => {
    const part = pick(parts);
    const lat = Math.round((part.lat + (rnd() - 0.5) * 0.01) * 1e5) / 1e5;
    const lon = Math.round((part.lon + (rnd() - 0.5) * 0.01) * 1e5) / 1e5;
    return {
      municipality: 'Ostrava',
      district: part.district,
      address: `${pick(STREETS)}, ${part.part}`,
      lat,
      lon,
      distanceKm: distanceKm({ lat, lon }),
    };
  };
  const rentals = Array.from({ length: options.rentals ?? 150 }, (_, n): ListingDraft => {
    const disposition = pick(DISPOSITIONS);
    const rooms = Number(disposition[0]);
    const areaM2 = Math.round(22 + rooms * 18 + rnd() * 15);
    const rentCzk = rnd() < 0.06 ? undefined : Math.round((4000 + areaM2 * 110 + rnd() * 2500) / 100) * 100;
    const english = rnd() < 0.25;
    const location = place();
    return {
      kind: 'rental',
      id: `${SYNTHETIC_SOURCE}:rental-${n + 1}`,
      source: SYNTHETIC_SOURCE,
      url: `https://example.org/synthetic/rentals/${n + 1}`,
      title: `[SYNTHETIC] Pronájem bytu ${disposition} ${areaM2} m²`,
      description: `${SYNTHETIC_NOTE}\nPronájem bytu ${disposition} v lokalitě ${location.address}.${english ? '\nEnglish-speaking tenants welcome.' : ''}`,
      language: 'cs',
      englishFriendly: english,
      englishSignals: english
        ? [{ reason: 'the ad welcomes English speakers', evidence: 'English-speaking tenants welcome.' }]
        : [],
      location,
      postedAt: postedAt(),
      images: [],
      rentCzk,
      feesCzk: rnd() < 0.2 ? undefined : Math.round((1200 + rooms * 500) / 100) * 100,
      depositCzk: rentCzk === undefined || rnd() < 0.3 ? undefined : rentCzk * 2,
      areaM2,
      disposition,
      rooms,
      propertyType: 'flat',
      furnished: rnd() < 0.15 ? undefined : pick(['yes', 'partly', 'no'] as const),
      petsAllowed: rnd() < 0.5 ? undefined : rnd() < 0.5,
      floor: Math.floor(rnd() * 9),
      elevator: rnd() < 0.6,
      balcony: rnd() < 0.5,
      agency: rnd() < 0.6 ? 'agency' : 'private',
    };
  });
  const jobs = Array.from({ length: options.jobs ?? 80 }, (_, n): ListingDraft => {
    const [title, language] = pick(JOB_TITLES);
    // A Czech-written demo ad says nothing about Czech: likely needed, as the rule of issue 15 reads it.
    const czech =
      language === 'cs' ? 'likely-required' : pick(['advantage', 'not-needed', 'required', 'unknown'] as const);
    const min = rnd() < 0.2 ? undefined : Math.round((28000 + rnd() * 50000) / 1000) * 1000;
    return {
      kind: 'job',
      id: `${SYNTHETIC_SOURCE}:job-${n + 1}`,
      source: SYNTHETIC_SOURCE,
      url: `https://example.org/synthetic/jobs/${n + 1}`,
      title: `[SYNTHETIC] ${title}`,
      description: `${SYNTHETIC_NOTE}\n${language === 'en' ? 'We are looking for a colleague in Ostrava.' : 'Hledáme kolegu do Ostravy.'}`,
      language,
      englishFriendly: language === 'en' && czech !== 'required',
      englishSignals: [{ reason: language === 'en' ? 'written in English' : 'written in Czech' }],
      location: place(),
      postedAt: postedAt(),
      images: [],
      company: pick(COMPANIES),
      salary:
        min === undefined
          ? undefined
          : { min, max: min + 15000, currency: 'CZK', period: 'month', monthlyCzkMin: min, monthlyCzkMax: min + 15000 },
      employment: [pick(['full-time', 'part-time', 'contract'] as const)],
      workplace: pick(['onsite', 'hybrid', 'remote'] as const),
      languages: { english: language === 'en' ? 'required' : 'unknown', czech },
    };
  });
  return [...rentals, ...jobs];
}
