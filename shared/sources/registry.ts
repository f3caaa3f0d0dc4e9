import type { ListingKind } from '../listing/schema';

/**
 * One source of listings, as data: the API, the schedules and the runner read it. Its adapter lives
 * in sources/adapters.ts, so that the API functions never load parsers and the language detector.
 */
export interface SourceDescriptor {
  name: string;
  kind: ListingKind;
  /** Human name and the portal's home page, for GET /sources. */
  label: string;
  homepage: string;
  /** False until the source's adapter exists and is scheduled. */
  enabled: boolean;
  /** EventBridge Scheduler expression for its runs. */
  schedule?: string;
  /** Minimum milliseconds between two requests to the portal. */
  pacingMs?: number;
  /**
   * What one scheduled run needs in the cloud (DEFAULT_SOURCE_RUNTIME when absent): memory (which also
   * buys CPU) and the Lambda timeout, of which the runner keeps a minute to record the run.
   */
  runtime?: { memoryMb: number; timeoutMinutes: number };
}

/**
 * A paced portal walk: about 200 MB resident with the language detector loaded, and up to a few
 * hundred requests at 1.5–2 s each on a first run (later runs fetch only new or changed details).
 */
export const DEFAULT_SOURCE_RUNTIME = { memoryMb: 512, timeoutMinutes: 12 } as const;

/** The one list of sources. Why each is (or is not) here: DESIGN.md, "Which sources, and why". */
export const sourceRegistry: readonly SourceDescriptor[] = [
  {
    name: 'sreality',
    kind: 'rental',
    label: 'Sreality',
    homepage: 'https://www.sreality.cz/',
    enabled: true,
    schedule: 'rate(6 hours)',
    pacingMs: 1500,
  },
  {
    name: 'bezrealitky',
    kind: 'rental',
    label: 'Bezrealitky',
    homepage: 'https://www.bezrealitky.cz/',
    enabled: true,
    schedule: 'rate(6 hours)',
    pacingMs: 2000,
  },
  {
    name: 'ulovdomov',
    kind: 'rental',
    label: 'UlovDomov',
    homepage: 'https://www.ulovdomov.cz/',
    enabled: true,
    schedule: 'rate(6 hours)',
    pacingMs: 1500,
  },
  {
    name: 'idnes',
    kind: 'rental',
    label: 'Reality iDNES',
    homepage: 'https://reality.idnes.cz/',
    enabled: true,
    schedule: 'rate(6 hours)',
    pacingMs: 2000,
  },
  {
    name: 'mpsv',
    kind: 'job',
    label: 'Úřad práce ČR open data',
    homepage: 'https://data.mpsv.cz/',
    enabled: true,
    schedule: 'rate(1 day)',
    pacingMs: 1000,
    // The whole country's vacancy file (tens of thousands of records, ~200 MB peak streamed): more CPU and time.
    runtime: { memoryMb: 1536, timeoutMinutes: 15 },
  },
  {
    name: 'startupjobs',
    kind: 'job',
    label: 'StartupJobs',
    homepage: 'https://www.startupjobs.cz/',
    enabled: true,
    schedule: 'rate(12 hours)',
    pacingMs: 2000,
  },
  // Enabled once data/employers.json lists confirmed partner employers instead of its examples.
  {
    name: 'careers',
    kind: 'job',
    label: "Employers' own job boards",
    homepage: 'https://example.org/employers',
    enabled: false,
    schedule: 'rate(12 hours)',
    pacingMs: 1000,
  },
  {
    name: 'partner',
    kind: 'job',
    label: 'Posted by partner employers',
    homepage: 'https://example.org/',
    enabled: false,
  },
];

/** A portal this project has decided not to scrape, with the reason (shown by the scrape CLI and the README). */
export interface DeclinedSource {
  name: string;
  label: string;
  homepage: string;
  reason: string;
}

/**
 * Portals we do not scrape, and why: their terms forbid automated extraction (Alma Career's terms of
 * use, §4.11, cover both). Never registered, never given an adapter. Source: DESIGN.md, "Which sources".
 */
export const declinedSources: readonly DeclinedSource[] = [
  {
    name: 'jobscz',
    label: 'Jobs.cz',
    homepage: 'https://www.jobs.cz/',
    reason: 'its terms (Alma Career, §4.11) forbid automated extraction',
  },
  {
    name: 'pracecz',
    label: 'Prace.cz',
    homepage: 'https://www.prace.cz/',
    reason: 'its terms (Alma Career, §4.11) forbid automated extraction',
  },
];
