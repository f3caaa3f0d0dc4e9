import { randomUUID } from 'node:crypto';
import { BlockedError, ParseError, RecordRejectedError, TransientFetchError } from '../errors';
import type { CataloguePublisher } from '../catalogue/catalogue-publisher';
import type { HttpFetcher } from '../http/http-client';
import { resolveLocation } from '../geo/resolve-location';
import { hashOf } from '../listing/content-hash';
import { listingId } from '../listing/listing-id';
import type { ListingDraft } from '../listing/schema';
import type { Log } from '../log';
import type { RunRecord } from '../runs/run-record';
import type { PageRequest, RawRecordBase, SourceAdapter } from '../sources/source-adapter';
import type { ListingStore, SeenListing, SourceMemory } from '../store/listing-store';
import { normaliseRecord } from './normalise-record';
import { DEFAULT_RUN_CONFIG, type RunConfig } from './run-config';
import type { SnapshotSink } from './snapshot-sink';
import {
  emptyTally,
  translateListing,
  type TranslateListingDeps,
  type TranslationTally,
} from '../translate/translate-listing';

export interface RunSourceDeps {
  adapter: SourceAdapter;
  fetcher: HttpFetcher;
  store: ListingStore;
  config?: RunConfig;
  snapshots?: SnapshotSink;
  log?: Log;
  now?: () => Date;
  /**
   * Publishes the catalogue of the source's kind after listings changed: once at the end of the run,
   * and during a long run at most once per `config.cataloguePublishIntervalMs`.
   */
  catalogue?: Pick<CataloguePublisher, 'publish'>;
  /**
   * Translates what is new or changed and not in English (issue 19). Without it listings are stored
   * with their English titles from the fields and their descriptions untranslated.
   */
  translation?: Omit<TranslateListingDeps, 'now'>;
  /** Called after each list page, for a progress line. */
  onProgress?: (progress: { pages: number; seen: number }) => void;
  /**
   * When the run must stop (the Lambda's timeout less a margin): it then ends as an incomplete run,
   * recorded, with everything written so far kept and nothing expired, instead of being killed.
   */
  stopAt?: Date;
}

type Counts = Pick<
  RunRecord,
  | 'pages'
  | 'seen'
  | 'created'
  | 'changed'
  | 'unchanged'
  | 'expired'
  | 'rejected'
  | 'rejectedReasons'
  | 'translatedCharacters'
  | 'untranslated'
>;

/**
 * One run of one source: walk the list pages → for each record not seen unchanged before, fetch its
 * detail page, normalise and write what changed → expire what a COMPLETE, unsuspicious walk no longer
 * sees (at most a share of the source) → record the run. Errors decide the outcome by their class:
 * BlockedError → blocked, ParseError → incomplete (page kept), anything else → failed. Nothing is
 * expired unless the run is complete; what was written before a failure stays written.
 */
export async function runSource(deps: RunSourceDeps): Promise<RunRecord> {
  const { adapter, fetcher, store } = deps;
  const config = deps.config ?? DEFAULT_RUN_CONFIG;
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const requestsBefore = fetcher.requestCount;
  const counts: Counts = {
    pages: 0,
    seen: 0,
    created: 0,
    changed: 0,
    unchanged: 0,
    expired: 0,
    rejected: 0,
    rejectedReasons: {},
    translatedCharacters: 0,
    untranslated: 0,
  };
  const seenIds = new Set<string>();
  const notes: string[] = [];
  let outcome: RunRecord['outcome'] = 'complete';
  let suspicious = false;

  const reject = (reason: string) => {
    counts.rejected++;
    counts.rejectedReasons[reason] = (counts.rejectedReasons[reason] ?? 0) + 1;
  };

  const memory = (await store.getSourceMemory(adapter.name)) ?? {};
  const context: RunContext = {
    deps,
    config,
    seenIds,
    counts,
    reject,
    memory,
    skipped: new Map(),
    catalogue: { changed: false, publishedAt: startedAt.getTime(), notes },
    translations: emptyTally(),
  };
  try {
    let unchangedFile = false;
    for (const start of adapter.startRequests(config.region)) {
      const walk = adapter.streamRecords ? await streamFile(context, start) : await walkList(context, start);
      if (!walk.complete) {
        outcome = 'incomplete';
        notes.push(walk.note);
      } else if (walk.notModified) {
        unchangedFile = true;
        notes.push('the file has not changed since the last complete run: nothing to do');
      }
    }
    counts.seen = seenIds.size;
    await rememberSkipped(context, outcome === 'complete' && !unchangedFile);
    if (outcome === 'complete' && !unchangedFile) {
      // A run that found the file unchanged saw nothing: compare with the last run that walked.
      const lastComplete = (await store.listRuns(adapter.name, 20)).find(
        (run) => run.outcome === 'complete' && run.seen > 0,
      );
      if (seenIds.size === 0 || (lastComplete && seenIds.size < lastComplete.seen * config.suspiciousBelowShare)) {
        suspicious = true;
        notes.push(
          `saw ${seenIds.size} listings${lastComplete ? ` where the last complete run saw ${lastComplete.seen}` : ''}: suspicious, nothing expired`,
        );
      } else {
        const active = await store.listActiveIds(adapter.name);
        const missing = active.filter((id) => !seenIds.has(id));
        if (missing.length > active.length * config.maxExpireShare) {
          notes.push(
            `${missing.length} of ${active.length} active listings were not seen, over the ${config.maxExpireShare * 100}% cap: none expired`,
          );
        } else if (missing.length > 0) {
          counts.expired = (await store.expire(missing, now())).length;
          if (counts.expired > 0) context.catalogue.changed = true;
        }
      }
    }
  } catch (error) {
    counts.seen = seenIds.size;
    outcome = error instanceof BlockedError ? 'blocked' : error instanceof ParseError ? 'incomplete' : 'failed';
    notes.push(`${errorName(error)}: ${(error as Error).message}`);
  }

  // Also after a failure: what the run wrote before it is in the store, and belongs in the catalogue.
  await publishIfChanged(context, true);
  counts.translatedCharacters = context.translations.characters;
  counts.untranslated = Object.values(context.translations.untranslated).reduce((a, b) => a + b, 0);
  for (const [reason, n] of Object.entries(context.translations.untranslated))
    notes.push(`${n} texts not translated: ${reason}`);
  const finishedAt = now();
  const run: RunRecord = {
    runId: randomUUID(),
    source: adapter.name,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    outcome,
    suspicious,
    requests: fetcher.requestCount - requestsBefore,
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    ...counts,
    note: notes.length > 0 ? notes.join('; ').slice(0, 1000) : undefined,
  };
  try {
    await store.recordRun(run);
  } catch (error) {
    deps.log?.error('run record not stored', { source: adapter.name, error });
  }
  deps.log?.info('source run finished', {
    source: adapter.name,
    outcome,
    suspicious,
    pages: run.pages,
    seen: run.seen,
    created: run.created,
    changed: run.changed,
    expired: run.expired,
    rejected: run.rejected,
    durationMs: run.durationMs,
  });
  return run;
}

/** What the steps of one run share. */
interface RunContext {
  deps: RunSourceDeps;
  config: RunConfig;
  seenIds: Set<string>;
  counts: Counts;
  reject: (reason: string) => void;
  /** What earlier runs remembered, and the cards left out after their detail page in this run. */
  memory: SourceMemory;
  skipped: Map<string, string>;
  /** Set once a detail page was left unread for lack of time. */
  stoppedForTime?: boolean;
  /** Whether listings changed since the catalogue was last published, and when that was (epoch ms). */
  catalogue: { changed: boolean; publishedAt: number; notes: string[] };
  translations: TranslationTally;
}

/**
 * Publishes the catalogue if listings changed since it was last published, at the end of a run or
 * once the interval has passed. A failure is noted in the run and logged, never thrown: the listings
 * are stored, and the next publish (the next run of any source of the kind) carries them.
 */
async function publishIfChanged(run: RunContext, final: boolean): Promise<void> {
  const { deps, config, catalogue } = run;
  const now = (deps.now ?? (() => new Date()))().getTime();
  if (
    !deps.catalogue ||
    !catalogue.changed ||
    (!final && now - catalogue.publishedAt < config.cataloguePublishIntervalMs)
  )
    return;
  try {
    await deps.catalogue.publish(deps.adapter.kind);
    catalogue.changed = false;
    catalogue.publishedAt = now;
  } catch (error) {
    catalogue.notes.push(`catalogue not published: ${errorName(error)}`);
    deps.log?.error('catalogue not published', { source: deps.adapter.name, kind: deps.adapter.kind, error });
  }
}

function outOfTime(run: RunContext): boolean {
  const { stopAt, now } = run.deps;
  return stopAt !== undefined && (now ?? (() => new Date()))().getTime() >= stopAt.getTime();
}

type WalkResult = { complete: true; notModified?: boolean } | { complete: false; note: string };
const BATCH = 200;

/**
 * Streams a source published as one file, with a conditional GET against the last complete run's
 * validators, writing its records in batches as they arrive.
 */
async function streamFile(run: RunContext, start: PageRequest): Promise<WalkResult> {
  const { deps, seenIds, counts } = run;
  const { adapter, fetcher, store } = deps;
  if (!fetcher.fetchStream || !adapter.streamRecords) throw new Error('this source needs a fetcher that streams');
  const response = await fetcher.fetchStream({
    ...start,
    etag: run.memory.etag,
    lastModified: run.memory.lastModified,
  });
  counts.pages++;
  if (response.notModified) return { complete: true, notModified: true };
  if (response.status !== 200) throw new ParseError(`the file answered ${response.status}`, start.url);
  const references: string[] = [];
  for (const request of adapter.referenceRequests?.() ?? []) {
    const reference = await fetcher.fetch(request);
    if (reference.status !== 200) throw new ParseError(`a reference file answered ${reference.status}`, request.url);
    references.push(reference.body);
  }
  let batch: RawRecordBase[] = [];
  for await (const record of adapter.streamRecords(response.body, references)) {
    const id = listingId(adapter.name, record.sourceId);
    if (seenIds.has(id)) continue;
    seenIds.add(id);
    batch.push(record);
    if (batch.length >= BATCH) {
      await processRecords(run, batch);
      deps.onProgress?.({ pages: counts.pages, seen: seenIds.size });
      batch = [];
      if (outOfTime(run))
        return { complete: false, note: `stopped at the time budget after ${seenIds.size} records of the file` };
    }
  }
  await processRecords(run, batch);
  const etag = response.headers.etag;
  const lastModified = response.headers['last-modified'];
  if (etag || lastModified) {
    run.memory = { ...run.memory, etag, lastModified };
    await store.putSourceMemory(adapter.name, run.memory);
  }
  return { complete: true };
}

/** Walks one list from its first page; throws on fetch or parse failures (the page is kept). */
async function walkList(run: RunContext, start: PageRequest): Promise<WalkResult> {
  const { deps, config, seenIds, counts } = run;
  const { adapter, fetcher } = deps;
  let request: PageRequest | undefined = start;
  let declaredTotal: number | undefined;
  const seenInWalk = new Set<string>();
  for (let page = 0; request; page++) {
    if (page >= config.maxPagesPerWalk) return { complete: false, note: `stopped after ${page} pages of one walk` };
    if (outOfTime(run)) return { complete: false, note: `stopped at the time budget after ${page} pages of one walk` };
    const response = await fetcher.fetch(request);
    counts.pages++;
    if (response.status !== 200) throw new ParseError(`a list page answered ${response.status}`, request.url);
    let parsed;
    try {
      parsed = adapter.parseList(response.body, request);
    } catch (error) {
      if (error instanceof ParseError) await keepSnapshot(deps, request.url, response.body, error.message);
      throw error;
    }
    declaredTotal ??= parsed.declaredTotal;
    // Promoted or repeated cards are counted once.
    const fresh = parsed.records.filter((record) => {
      const id = listingId(adapter.name, record.sourceId);
      seenInWalk.add(id);
      if (seenIds.has(id)) return false;
      seenIds.add(id);
      return true;
    });
    await processRecords(run, fresh);
    deps.onProgress?.({ pages: counts.pages, seen: seenIds.size });
    request = parsed.next;
  }
  if (run.stoppedForTime)
    return { complete: false, note: 'stopped at the time budget before every detail page was read' };
  if (declaredTotal !== undefined && seenInWalk.size < declaredTotal) {
    return {
      complete: false,
      note: `the walk saw ${seenInWalk.size} of the ${declaredTotal} listings the source declares`,
    };
  }
  return { complete: true };
}

/** Writes what changed among one page's records; unchanged ones are only marked seen. */
async function processRecords(run: RunContext, records: RawRecordBase[]): Promise<void> {
  const { deps, config, counts, reject } = run;
  const { adapter, store } = deps;
  const now = deps.now ?? (() => new Date());
  const idOf = (record: RawRecordBase) => listingId(adapter.name, record.sourceId);
  const states = await store.sourceStates(records.map(idOf));
  const unchanged: SeenListing[] = [];
  const drafts: ListingDraft[] = [];
  const sourceHashes = new Map<string, string>();
  for (const record of records) {
    const hash = hashOf(record);
    const state = states.get(idOf(record));
    if (state?.status === 'active' && state.sourceHash === hash) {
      unchanged.push({ id: idOf(record), lastSeenAt: state.lastSeenAt });
      continue;
    }
    // Far-away listings are left out before their detail page is fetched, when the list says where.
    const where = resolveLocation({ city: record.city, parts: record.parts, lat: record.lat, lon: record.lon });
    if (where && (where.distanceKm ?? 0) > config.region.radiusKm) {
      reject(`farther than ${config.region.radiusKm} km from Ostrava`);
      continue;
    }
    const id = idOf(record);
    const cardHash = hash.slice(0, SKIP_HASH_LENGTH);
    if (run.memory.skipped?.[id] === cardHash) {
      run.skipped.set(id, cardHash);
      reject('left out by an earlier run; its card has not changed');
      continue;
    }
    if (outOfTime(run)) {
      run.stoppedForTime = true;
      continue;
    }
    const full = await withDetail(run, record);
    if (full === 'gone') run.skipped.set(id, cardHash);
    if (!full || full === 'gone') continue;
    let draft: ListingDraft;
    try {
      draft = normaliseRecord(adapter.kind, adapter.name, full);
    } catch (error) {
      if (!(error instanceof RecordRejectedError)) throw error;
      reject(error.message);
      run.skipped.set(id, cardHash);
      continue;
    }
    if ((draft.location.distanceKm ?? 0) > config.region.radiusKm) {
      reject(`farther than ${config.region.radiusKm} km from Ostrava`);
      run.skipped.set(id, cardHash);
      continue;
    }
    drafts.push(await translated(run, draft));
    sourceHashes.set(draft.id, hash);
  }
  if (unchanged.length > 0) await store.markSeen(unchanged, now());
  const result = await store.upsertChanged(drafts, now(), { sourceHashes });
  counts.unchanged += unchanged.length + result.unchanged.length;
  counts.created += result.created.length;
  counts.changed += result.changed.length;
  if (result.created.length + result.changed.length + result.revived.length > 0) run.catalogue.changed = true;
  await publishIfChanged(run, false);
}

/** The draft with its English texts; the stored listing is read only when there is something to translate. */
async function translated(run: RunContext, draft: ListingDraft): Promise<ListingDraft> {
  const { translation, store } = run.deps;
  if (!translation) return draft;
  const needed =
    draft.titleEnglish?.from === 'not-translated' ||
    (draft.description !== undefined && draft.descriptionEnglish === undefined);
  if (!needed) return draft;
  const previous = await store.getById(draft.id);
  return translateListing(
    draft,
    previous,
    { ...translation, now: (run.deps.now ?? (() => new Date()))() },
    run.translations,
  );
}

/**
 * The record with its detail page's fields; 'gone' when the page says the listing is gone; undefined
 * (counted) when the detail could not be had this time.
 */
async function withDetail(run: RunContext, record: RawRecordBase): Promise<RawRecordBase | 'gone' | undefined> {
  const { deps, reject } = run;
  const { adapter, fetcher } = deps;
  const request = adapter.parseDetail ? adapter.detailRequest?.(record) : undefined;
  if (!request || !adapter.parseDetail) return record;
  try {
    const response = await fetcher.fetch(request);
    if (response.status === 404 || response.status === 410) {
      reject('the detail page is gone');
      return 'gone';
    }
    if (response.status !== 200) throw new ParseError(`a detail page answered ${response.status}`, request.url);
    try {
      const full = adapter.parseDetail(response.body, record);
      if (full) return full;
      reject('the detail page is gone');
      return 'gone';
    } catch (error) {
      if (error instanceof ParseError) await keepSnapshot(deps, request.url, response.body, error.message);
      throw error;
    }
  } catch (error) {
    // One detail page failing skips its listing; a block stops the whole run.
    if (error instanceof TransientFetchError || error instanceof ParseError) {
      reject(`detail page failed: ${errorName(error)}`);
      return undefined;
    }
    throw error;
  }
}

const SKIP_HASH_LENGTH = 16;
// A source's memory is one DynamoDB item (400 KB at most): a few thousand skipped cards fit.
const MAX_SKIPPED = 2500;

/**
 * Saves the cards left out after their detail page, so the next run does not fetch those pages again
 * while the cards stay the same. A complete run replaces the set (dropping cards no longer listed);
 * an incomplete one adds to it.
 */
async function rememberSkipped(run: RunContext, complete: boolean): Promise<void> {
  const before = run.memory.skipped ?? {};
  const skipped = Object.fromEntries([...(complete ? [] : Object.entries(before)), ...run.skipped].slice(-MAX_SKIPPED));
  const same =
    Object.keys(skipped).length === Object.keys(before).length &&
    Object.entries(skipped).every(([id, hash]) => before[id] === hash);
  if (same) return;
  run.memory = { ...run.memory, skipped };
  await run.deps.store.putSourceMemory(run.deps.adapter.name, run.memory);
}

async function keepSnapshot(deps: RunSourceDeps, url: string, body: string, reason: string): Promise<void> {
  try {
    await deps.snapshots?.keep({
      source: deps.adapter.name,
      url,
      body,
      reason,
      at: (deps.now ?? (() => new Date()))(),
    });
  } catch (error) {
    deps.log?.warn('snapshot not kept', { source: deps.adapter.name, error });
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
