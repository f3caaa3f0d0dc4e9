import { Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import { CatalogueUnreadableError } from '../errors';
import type { ListingKind } from '../listing/schema';
import { Catalogue } from './catalogue';
import type { CardEntry, CatalogueEntry } from './catalogue-entry';
import { SearchWords, type SearchWordsCollector } from './search-words';

/*
 * A catalogue snapshot: gzip of lines: a JSON header, then each entry's card as JSON (its attributes
 * but searchWords), then each entry's search words, raw, in the same order, after one space. Lines, so
 * that a reader handles one entry at a time instead of one 60 MB string (the API function's memory is
 * the limit, issue 17); the words last, so that a container can answer filters and sorts once the
 * cards are in and take the words (two thirds of a job's bytes) behind them; the words raw, so that
 * a reader keeps their bytes as they come, with no parsing and outside the heap (SearchWords); gzip, whose
 * trailer (CRC-32 and length) makes a snapshot cut short unreadable instead of silently smaller.
 */

/**
 * 3: the entries' monthly figure is monthlyCzk. Format 2 called it priceCzk and is still read (the
 * attribute renamed as each card comes in), so that a deploy answers from the snapshot already
 * published instead of failing until the next scrape run publishes again.
 */
const FORMAT = 3;
const READABLE_FORMATS: readonly number[] = [2, FORMAT];
/** Larger than any real catalogue (20,000 jobs take about 60 MB) and well inside the function's memory. */
export const MAX_CATALOGUE_BYTES = 200 * 1024 * 1024;
const MAX_LINE_BYTES = 256 * 1024;
const NEWLINE = 0x0a;

interface Header {
  format: number;
  kind: ListingKind;
  builtAt: string;
  count: number;
}

/** The snapshot of one kind's entries, built at `builtAt`. */
export function encodeCatalogue(kind: ListingKind, entries: readonly CatalogueEntry[], builtAt: Date): Buffer {
  const header: Header = { format: FORMAT, kind, builtAt: builtAt.toISOString(), count: entries.length };
  const lines = [JSON.stringify(header)];
  for (const { searchWords: _words, ...card } of entries) lines.push(JSON.stringify(card));
  // Folded words are letters, digits, "+" and spaces: never a newline. The space keeps a line from being empty.
  for (const entry of entries) lines.push(` ${entry.searchWords}`);
  return gzipSync(lines.join('\n'));
}

export interface OpenedCatalogue {
  /** The entries with their cards, without search words yet: right for every query but a word search. */
  catalogue: Catalogue;
  /** The same catalogue once the words are in and the whole snapshot checked; rejects if it is unreadable. */
  complete: Promise<Catalogue>;
}

/**
 * Reads a snapshot of `kind`, resolving once its cards are in. Throws (or `complete` rejects with)
 * CatalogueUnreadableError when it is cut short, corrupt, too large, of another format or kind, or
 * holds a count of lines other than its header says.
 */
export function openCatalogue(body: Buffer | AsyncIterable<Uint8Array>, kind: ListingKind): Promise<OpenedCatalogue> {
  let cardsIn!: (catalogue: Catalogue) => void;
  let failed!: (error: unknown) => void;
  const cards = new Promise<Catalogue>((resolve, reject) => {
    cardsIn = resolve;
    failed = reject;
  });
  const complete = readSnapshot(body, kind, (catalogue) => cardsIn(catalogue));
  // Before the cards are in, a failure fails the open; after, only `complete`.
  complete.catch(failed);
  return cards.then((catalogue) => ({ catalogue, complete }));
}

/** Reads a whole snapshot of `kind` (see openCatalogue). */
export async function decodeCatalogue(body: Buffer | AsyncIterable<Uint8Array>, kind: ListingKind): Promise<Catalogue> {
  return (await openCatalogue(body, kind)).complete;
}

async function readSnapshot(
  body: Buffer | AsyncIterable<Uint8Array>,
  kind: ListingKind,
  onCards: (catalogue: Catalogue) => void,
): Promise<Catalogue> {
  let header: Header | undefined;
  let cards: Catalogue | undefined;
  let words: SearchWordsCollector | undefined;
  const entries: CardEntry[] = [];
  const cardsDone = (done: Header) => {
    cards = new Catalogue(kind, entries, done.builtAt);
    words = SearchWords.collector(done.count);
    onCards(cards);
  };
  // Header and card lines one at a time; once the cards are in, the rest is words, taken in blocks.
  const take = (line: Buffer) => {
    if (line.length === 0) return;
    if (!header) {
      header = checkHeader(parseLine(line.toString('utf8')), kind);
      if (header.count === 0) cardsDone(header);
    } else {
      entries.push(checkCard(upgradeCard(parseLine(line.toString('utf8')), header.format), kind));
      if (entries.length === header.count) cardsDone(header);
    }
  };
  const addWords = (lines: Buffer) => {
    try {
      words!.add(lines);
    } catch (error) {
      throw new CatalogueUnreadableError(
        `the snapshot holds more word lines than its header's ${header!.count} entries`,
        { cause: error },
      );
    }
  };
  // Whole lines, each ending in a newline: the header and the cards one at a time, then the words in blocks.
  const consume = (lines: Buffer) => {
    let at = 0;
    for (let end = lines.indexOf(NEWLINE); !words && end !== -1; end = lines.indexOf(NEWLINE, at)) {
      take(lines.subarray(at, end));
      at = end + 1;
    }
    if (words && at < lines.length) addWords(lines.subarray(at));
  };
  // Large output chunks: a few dozen turns of the loop for 60 MB instead of thousands.
  const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
  const input = Buffer.isBuffer(body) ? Readable.from([body]) : Readable.from(body);
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  let bytes = 0;
  // The start of a line whose end is in a later chunk; only that is copied, never a whole chunk.
  let rest = Buffer.alloc(0);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > MAX_CATALOGUE_BYTES)
        throw new CatalogueUnreadableError(`the snapshot is larger than ${MAX_CATALOGUE_BYTES} bytes`);
      const end = rest.length > 0 ? chunk.indexOf(NEWLINE) : -1;
      if (rest.length > 0 && end === -1) {
        rest = Buffer.concat([rest, chunk]);
      } else {
        // The line begun in an earlier chunk, then this chunk's whole lines; what follows them waits.
        if (end !== -1) consume(Buffer.concat([rest, chunk.subarray(0, end + 1)]));
        const start = end + 1;
        const linesEnd = Math.max(start, chunk.lastIndexOf(NEWLINE) + 1);
        if (linesEnd > start) consume(chunk.subarray(start, linesEnd));
        rest = Buffer.from(chunk.subarray(linesEnd));
      }
      if (rest.length > MAX_LINE_BYTES)
        throw new CatalogueUnreadableError('the snapshot has a line too long to be an entry');
    }
    // The last line has no newline after it.
    if (rest.length > 0) consume(Buffer.concat([rest, Buffer.from([NEWLINE])]));
  } catch (error) {
    input.destroy();
    gunzip.destroy();
    if (error instanceof CatalogueUnreadableError) throw error;
    throw new CatalogueUnreadableError('the snapshot is not a whole gzip stream', { cause: error });
  }
  if (!header || !cards || !words)
    throw new CatalogueUnreadableError('the snapshot is empty or has fewer cards than its header says');
  if (words.collected !== header.count) {
    throw new CatalogueUnreadableError(
      `the snapshot holds ${entries.length} cards and ${words.collected} word lines where its header says ${header.count}`,
    );
  }
  return cards.withWords(words.finish());
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new CatalogueUnreadableError('the snapshot has a line that is not JSON', { cause: error });
  }
}

function checkHeader(value: unknown, kind: ListingKind): Header {
  const header = value as Partial<Header> | null;
  if (header === null || !READABLE_FORMATS.includes(header.format as number))
    throw new CatalogueUnreadableError(`the snapshot is not of format ${READABLE_FORMATS.join(' or ')}`);
  if (header.kind !== kind)
    throw new CatalogueUnreadableError(`the snapshot is of kind ${String(header.kind)}, not ${kind}`);
  if (typeof header.builtAt !== 'string' || !Number.isSafeInteger(header.count) || header.count! < 0)
    throw new CatalogueUnreadableError('the snapshot header is incomplete');
  return header as Header;
}

/** A card of an older format as this format writes it. */
function upgradeCard(value: unknown, format: number): unknown {
  if (format !== 2 || value === null || typeof value !== 'object' || !('priceCzk' in value)) return value;
  const { priceCzk, ...card } = value as { priceCzk: unknown };
  return { ...card, monthlyCzk: priceCzk };
}

// A shape check, not the full schema: the writer validated every listing, this catches a corrupt file.
function checkCard(value: unknown, kind: ListingKind): CardEntry {
  const entry = value as Partial<CardEntry> | null;
  const valid =
    typeof entry?.id === 'string' &&
    entry.kind === kind &&
    typeof entry.title === 'string' &&
    typeof entry.sortDate === 'string' &&
    typeof entry.municipalityKey === 'string' &&
    typeof entry.location === 'object' &&
    entry.location !== null;
  if (!valid) throw new CatalogueUnreadableError('the snapshot has an entry without the fields every entry has');
  return entry as CardEntry;
}
