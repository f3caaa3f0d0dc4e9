import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FIXTURES_DIR } from '../../infra/local/replay-fetcher';
import { BlockedError, ParseError, RecordRejectedError } from '../../shared/errors';
import type { ListingDraft } from '../../shared/listing/schema';
import { adapters } from '../../shared/sources/adapters';

/** The errors an adapter may throw on a bad page: anything else is a bug. */
export function isOwnError(error: unknown): boolean {
  return error instanceof ParseError || error instanceof BlockedError || error instanceof RecordRejectedError;
}

/** A source's recorded responses (list pages, detail pages, reference files), by URL. */
export function recordedPages(source: string): { url: string; body: string }[] {
  const dir = join(FIXTURES_DIR, source);
  const replay = JSON.parse(readFileSync(join(dir, 'replay.json'), 'utf8')) as {
    responses: { url: string; file: string }[];
  };
  return replay.responses.map(({ url, file }) => ({ url, body: readFileSync(join(dir, file), 'utf8') }));
}

/** The page with `cut` characters from `at` replaced by `insert`. */
export function mutate(page: string, at: number, cut: number, insert: string): string {
  return page.slice(0, at) + insert + page.slice(at + cut);
}

/** What every parser of a source made of one body. */
export interface Reading {
  /** Records the list parser found. */
  records: number;
  /** The listings normalised from them and from the body read as a detail page. */
  listings: ListingDraft[];
  /** The project's own errors (ParseError, BlockedError, RecordRejectedError): a refused page or record. */
  ownErrors: Error[];
  /** Anything else that was thrown: a bug. */
  unexpected: unknown[];
}

/**
 * Feeds a body to every parser of a source (as a list page, its records normalised, and as a detail
 * page), and records what came out of each step instead of throwing.
 */
export function readEverywhere(source: string, body: string): Reading {
  const adapter = adapters[source]!;
  const [start] = adapter.startRequests({ radiusKm: 35 });
  const reading: Reading = { records: 0, listings: [], ownErrors: [], unexpected: [] };
  const attempt = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (isOwnError(error)) reading.ownErrors.push(error as Error);
      else reading.unexpected.push(error);
    }
  };
  attempt(() => {
    for (const record of adapter.parseList(body, start!).records) {
      reading.records++;
      attempt(() => void reading.listings.push(adapter.normalise(record)));
    }
  });
  attempt(() => {
    const detailed = adapter.parseDetail?.(body, { source, sourceId: '1', url: start!.url });
    if (detailed) reading.listings.push(adapter.normalise(detailed));
  });
  return reading;
}

/** The records the list parser found in a body; throws the first error that is not the project's own. */
export function parseEverywhere(source: string, body: string): number {
  const reading = readEverywhere(source, body);
  if (reading.unexpected.length > 0) throw reading.unexpected[0];
  return reading.records;
}

/** Normalises a record; a rejection is the project's own answer, anything else is thrown. */
function normaliseOrOwnError(source: string, record: Parameters<(typeof adapters)[string]['normalise']>[0]): void {
  try {
    adapters[source]!.normalise(record);
  } catch (error) {
    if (!isOwnError(error)) throw error;
  }
}

/** The same through the streaming parser, for sources published as one file; 0 for the others. */
export async function streamEverywhere(source: string, body: string): Promise<number> {
  const adapter = adapters[source]!;
  if (!adapter.streamRecords) return 0;
  let records = 0;
  try {
    for await (const record of adapter.streamRecords(Readable.from([Buffer.from(body)]))) {
      records++;
      normaliseOrOwnError(source, record);
    }
  } catch (error) {
    if (!isOwnError(error)) throw error;
  }
  return records;
}
