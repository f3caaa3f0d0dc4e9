import { contentHash } from '../shared/listing/content-hash';
import type { Listing, ListingDraft } from '../shared/listing/schema';

/*
 * Listings at the region's real size for `npm run bench`: jobs with 2–4 KB descriptions and rentals
 * with 1–3 KB ones and image lists, as the portals give them (issue 17 measured Úřad práce ads at that
 * size). Descriptions are drawn from a generated Czech-like vocabulary with Zipf's law (a word's
 * frequency falls with its rank; common words are short), tuned so that a description has the shape
 * of a real ad of that size: real job ads of 2–4 KB (59 ads from Czech portals and the Úřad práce
 * register, 2.8 KB on average) have about 380 words, 250 of them distinct, 6.4 letters long when
 * folded, so their search words take two thirds of the description's bytes. The cards follow the
 * shapes the job sources give (signals with evidence and meaning, IČO, work-permit flags). Not the
 * DEMO set: nothing here is served.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same listings on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'pra',
  'cov',
  'ní',
  'mís',
  'to',
  'vý',
  'ro',
  'ba',
  'sklad',
  'ost',
  'ra',
  'va',
  'zku',
  'še',
  'nos',
  'ti',
  'ře',
  'ši',
  'tel',
  'ko',
  'mu',
  'ni',
  'ka',
  'ce',
  'zá',
  'kaz',
  'ník',
  'stroj',
  'ne',
  'jí',
  'zna',
  'lost',
  'plat',
  'smě',
  'na',
  'byt',
  'pokoj',
  'ku',
  'chy',
  'ně',
  'dům',
  'lo',
  'dži',
  'e',
  'ner',
  'gie',
];
const ENGLISH = [
  'developer',
  'engineer',
  'support',
  'team',
  'english',
  'german',
  'shift',
  'warehouse',
  'office',
  'remote',
  'hybrid',
  'salary',
  'benefits',
  'experience',
  'operator',
  'welder',
  'driver',
  'nurse',
  'teacher',
  'analyst',
];
const TOWNS = [
  ['Ostrava', 'Poruba', 6],
  ['Ostrava', 'Zábřeh', 3],
  ['Ostrava', 'Moravská Ostrava', 0.5],
  ['Ostrava', 'Hrabůvka', 4],
  ['Ostrava', 'Vítkovice', 2],
  ['Havířov', undefined, 14],
  ['Karviná', undefined, 22],
  ['Frýdek-Místek', undefined, 18],
  ['Opava', undefined, 27],
  ['Bohumín', undefined, 12],
  ['Třinec', undefined, 33],
] as const;
const EMPLOYMENT = ['full-time', 'part-time', 'contract', 'work-agreement', 'temporary'] as const;
const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
const NEEDS = ['required', 'advantage', 'not-needed', 'unknown'] as const;
const GROUPS = [
  'managers',
  'professionals',
  'technicians',
  'clerical',
  'service-and-sales',
  'craft-and-trades',
  'operators',
  'elementary',
] as const;
const DISPOSITIONS = ['1+kk', '1+1', '2+kk', '2+1', '3+kk', '3+1', '4+kk', '4+1', 'room'] as const;

/** `jobs` and `rentals` active listings as the store would hold them, first seen at `now`. */
export function scaleListings(options: { jobs: number; rentals: number; now: Date; seed?: number }): {
  jobs: Listing[];
  rentals: Listing[];
} {
  const stored = (draft: ListingDraft): Listing => ({
    ...draft,
    status: 'active',
    firstSeenAt: options.now.toISOString(),
    lastSeenAt: options.now.toISOString(),
    contentHash: contentHash(draft),
  });
  const drafts = scaleDrafts(options);
  return { jobs: drafts.jobs.map(stored), rentals: drafts.rentals.map(stored) };
}

/** The same listings as normalisers produce them (what `upsertChanged` takes), posted in the 60 days before `now`. */
export function scaleDrafts(options: { jobs: number; rentals: number; now: Date; seed?: number }): {
  jobs: ListingDraft[];
  rentals: ListingDraft[];
} {
  const rnd = random(options.seed ?? 17);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  // 60,000 words; rank r is drawn with probability ∝ 1/r (Zipf), and the common ranks are short words.
  const vocabulary = Array.from({ length: 60_000 }, (_, r) =>
    Array.from({ length: r < 60 ? 1 : r < 2000 ? int(1, 3) : int(2, 4) }, () => pick(SYLLABLES)).join(''),
  );
  const harmonic = Math.log(vocabulary.length) + 0.5772;
  const word = () =>
    rnd() < 0.04
      ? pick(ENGLISH)
      : vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(rnd() * harmonic)) - 1)]!;
  const text = (bytes: number) => {
    const sentences: string[] = [];
    for (let size = 0; size < bytes;) {
      const sentence = Array.from({ length: int(6, 16) }, word).join(' ');
      sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
      size += Buffer.byteLength(sentence) + 2;
    }
    return sentences.join(' ');
  };
  const now = options.now.getTime();
  const common = (n: number, kind: 'job' | 'rental') => {
    const [municipality, district, distanceKm] = pick(TOWNS);
    const source =
      kind === 'job'
        ? pick(['mpsv', 'mpsv', 'mpsv', 'startupjobs', 'careers'])
        : pick(['sreality', 'bezrealitky', 'ulovdomov', 'idnes']);
    const english = rnd() < 0.2;
    return {
      id: `${source}:${kind}${n}`,
      source,
      url: `https://example.org/${source}/${kind}/${n}`,
      language: english ? 'en' : 'cs',
      englishFriendly: english,
      // As the language rules give them: the deciding sentences, quoted, with their meaning.
      englishSignals: english
        ? [
            { reason: 'the ad is written in English' },
            { reason: 'English is required', evidence: text(40), meaning: 'English required (working language)' },
          ]
        : [
            { reason: 'the ad is in Czech and says nothing about Czech' },
            ...(rnd() < 0.5
              ? [{ reason: 'English is an advantage', evidence: text(40), meaning: 'English an advantage' }]
              : []),
          ],
      location: {
        municipality,
        district,
        address: `${pick(['Hlavní třída', 'Nádražní', 'Opavská', 'Horní'])} ${int(1, 200)}`,
        distanceKm: Math.round((distanceKm + rnd() * 3) * 10) / 10,
      },
      postedAt: new Date(now - int(0, 60 * 24) * 3_600_000).toISOString(),
    };
  };
  const jobs = Array.from({ length: options.jobs }, (_, n) => {
    const pay = rnd() < 0.7 ? int(25, 120) * 1000 : undefined;
    const draft: ListingDraft = {
      ...common(n, 'job'),
      kind: 'job',
      title: `${pick(['Operátor', 'Svářeč', 'Software developer', 'Skladník', 'Účetní', 'Customer support with German', 'Řidič', 'Zdravotní sestra'])} ${word()}`,
      description: text(int(2000, 4000)),
      images: [],
      company: `${word()} ${pick(['s.r.o.', 'a.s.', 'spol. s r.o.'])}`,
      companyId: String(int(10_000_000, 99_999_999)),
      salary:
        pay === undefined
          ? undefined
          : {
              min: pay,
              max: pay + 10_000,
              currency: 'CZK',
              period: 'month',
              monthlyCzkMin: pay,
              monthlyCzkMax: pay + 10_000,
            },
      employment: [pick(EMPLOYMENT)],
      workplace: pick(WORKPLACES),
      languages: { english: pick(NEEDS), czech: pick(NEEDS) },
      profession: { isco: String(int(1000, 9999)), majorGroup: pick(GROUPS) },
      workPermit: { nonEuWelcome: rnd() < 0.3, employeeCard: rnd() < 0.3, blueCard: rnd() < 0.1 },
      validThrough: rnd() < 0.5 ? new Date(now + int(1, 60) * 86_400_000).toISOString() : undefined,
      applyUrl: `https://example.org/apply/${n}`,
    };
    return draft;
  });
  const rentals = Array.from({ length: options.rentals }, (_, n) => {
    const disposition = pick(DISPOSITIONS);
    const draft: ListingDraft = {
      ...common(n, 'rental'),
      kind: 'rental',
      title: `Pronájem bytu ${disposition} ${int(20, 120)} m²`,
      description: text(int(1000, 3000)),
      images: Array.from(
        { length: int(5, 25) },
        (_, i) => `https://img.example.org/rental/${n}/${i}-${int(100000, 999999)}.jpg`,
      ),
      rentCzk: rnd() < 0.95 ? int(50, 300) * 100 : undefined,
      feesCzk: rnd() < 0.7 ? int(10, 60) * 100 : undefined,
      areaM2: int(18, 140),
      disposition,
      propertyType: disposition === 'room' ? 'room' : 'flat',
      furnished: pick(['yes', 'partly', 'no'] as const),
      petsAllowed: rnd() < 0.5 ? rnd() < 0.5 : undefined,
    };
    return draft;
  });
  return { jobs, rentals };
}
