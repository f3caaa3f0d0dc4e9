import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordedTranslator } from '../infra/local/recorded-translations';
import { ReplayFetcher } from '../infra/local/replay-fetcher';
import { detectLanguage } from '../shared/normalise/detect-language';
import { replayableSources, scrapeSource } from '../shared/scrape/scrape-source';
import { MemoryListingStore } from '../shared/store/memory-listing-store';
import { loadDevAds } from './language-dev-set';
import { round } from './stats';

/**
 * Amazon Translate's standard real-time price, USD per million characters (aws.amazon.com/translate/pricing;
 * see README "Translation"). The first 2 million characters a month are free for 12 months (free tier).
 */
export const USD_PER_MILLION_CHARACTERS = 15;
/** The region's volumes (issue 17): active job and rental listings. */
const REGION = { jobs: 20_000, rentals: 5_000 };
/**
 * Assumed churn: every listing is new once in its life (ads stay about a month, so the stock turns over
 * about once a month), and a tenth of the stock has its text edited in a month (a changed text is
 * translated again; a changed price alone is not: the stored translation is kept by its text hash).
 */
const TURNOVER_PER_MONTH = 1;
const EDITED_SHARE_PER_MONTH = 0.1;
// A real sreality detail response (the team's capture), read only by the bench when present.
const SREALITY_CAPTURE = join(
  __dirname,
  '..',
  '..',
  'shared',
  'captures',
  'sreality',
  'v1-detail-result_3292504140_ostrava-petrkovice_2026-05-26.json',
);

/** Characters sent per run on the replayed sources, first run and an unchanged re-run. */
async function replayRuns() {
  const store = new MemoryListingStore();
  const translation = { translator: recordedTranslator() };
  const rows = [];
  for (const source of replayableSources()) {
    const fetcherFor = (name: string) => ReplayFetcher.forSource(name);
    const first = await scrapeSource(source, {
      store,
      userAgent: 'bench',
      fetcherFor,
      now: () => new Date('2026-11-30T06:00:00Z'),
      translation,
    });
    const again = await scrapeSource(source, {
      store,
      userAgent: 'bench',
      fetcherFor,
      now: () => new Date('2026-11-30T12:00:00Z'),
      translation,
    });
    rows.push({
      source,
      created: first.created,
      firstRunCharacters: first.translatedCharacters ?? 0,
      rescrapeCharacters: again.translatedCharacters ?? 0,
    });
  }
  return rows;
}

/**
 * Characters a new job would send, from the real ads of the language-dev set: the description of each
 * ad not written in English (and its title, but for Úřad práce ads, whose CZ-ISCO code names them).
 */
function realJobCharacters(): { ads: number; czechShare: number; charactersPerJob: number } | undefined {
  const ads = loadDevAds();
  if (!ads) return undefined;
  const sent = ads.map((ad) =>
    ad.adLanguage === 'en' ? 0 : ad.description.length + (ad.source === 'mpsv' ? 0 : ad.title.length),
  );
  return {
    ads: ads.length,
    czechShare: round(sent.filter((n) => n > 0).length / ads.length, 2),
    charactersPerJob: Math.round(sent.reduce((a, b) => a + b, 0) / ads.length),
  };
}

/** Characters a new rental would send: a real description when the capture is present, else the replayed ones' mean. */
function realRentalCharacters(replayMean: number): { from: string; charactersPerRental: number } {
  if (!existsSync(SREALITY_CAPTURE))
    return { from: 'the replayed fixtures (invented, short)', charactersPerRental: replayMean };
  const text =
    (JSON.parse(readFileSync(SREALITY_CAPTURE, 'utf8')) as { advert_description?: string }).advert_description ?? '';
  return { from: `one real sreality description (${detectLanguage(text) ?? '?'})`, charactersPerRental: text.length };
}

/** npm run bench's translation figures: per run on replay, and per month estimated for the region. */
export async function benchTranslation() {
  const runs = await replayRuns();
  const rentalRuns = runs.filter((r) => ['sreality', 'bezrealitky', 'ulovdomov', 'idnes'].includes(r.source));
  const replayRentalMean = Math.round(
    rentalRuns.reduce((a, r) => a + r.firstRunCharacters, 0) /
      Math.max(
        1,
        rentalRuns.reduce((a, r) => a + r.created, 0),
      ),
  );
  const jobs = realJobCharacters();
  const rentals = realRentalCharacters(replayRentalMean);
  const jobRuns = runs.filter((r) => !rentalRuns.includes(r));
  const charactersPerJob =
    jobs?.charactersPerJob ??
    Math.round(
      jobRuns.reduce((a, r) => a + r.firstRunCharacters, 0) /
        Math.max(
          1,
          jobRuns.reduce((a, r) => a + r.created, 0),
        ),
    );
  const churn = TURNOVER_PER_MONTH + EDITED_SHARE_PER_MONTH;
  const perMonth = Math.round(
    REGION.jobs * churn * charactersPerJob + REGION.rentals * churn * rentals.charactersPerRental,
  );
  return {
    runs,
    perListing: {
      charactersPerJob,
      jobsFrom: jobs
        ? `${jobs.ads} real ads of the language-dev set (${jobs.czechShare} not in English)`
        : 'the replayed fixtures',
      charactersPerRental: rentals.charactersPerRental,
      rentalsFrom: rentals.from,
    },
    perMonth: {
      region: REGION,
      churn,
      characters: perMonth,
      usd: round((perMonth / 1_000_000) * USD_PER_MILLION_CHARACTERS, 2),
      usdPerMillion: USD_PER_MILLION_CHARACTERS,
    },
  };
}
