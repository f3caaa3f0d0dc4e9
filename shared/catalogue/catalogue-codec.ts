import { Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import { CatalogueUnreadableError } from '../errors';
import type { ListingKind } from '../listing/schema';
import { Catalogue } from './catalogue';
import type { CatalogueEntry } from './catalogue-entry';

/*
 * A catalogue snapshot: gzip of lines, a JSON header then one entry per line. Lines, so that a reader
 * handles one entry at a time instead of one 50 MB string (the API function's memory is the limit,
 * issue 17); gzip, whose trailer (CRC-32 and length) makes a snapshot cut short unreadable instead of
 * silently smaller. An entry line is its JSON without searchWords, a tab, then searchWords as they
 * are: they are two thirds of a job's bytes, and taken raw they cost no JSON parsing and (being
 * folded, nearly always ASCII) no UTF-8 decoding. JSON never holds a raw tab or newline, and folded
 * words are letters, digits, "+" and spaces, so neither separator can occur inside a part.
 */

const FORMAT = 1;
/** Larger than any real catalogue (20,000 jobs take about 45 MB) and well inside the function's memory. */
export const MAX_CATALOGUE_BYTES = 200 * 1024 * 1024;
const MAX_LINE_BYTES = 256 * 1024;
const NEWLINE = 0x0a;
const TAB = 0x09;

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
  for (const { searchWords, ...rest } of entries) lines.push(`${JSON.stringify(rest)}\t${searchWords}`);
  return gzipSync(lines.join('\n'));
}

/**
 * Reads a snapshot of `kind` into a Catalogue; throws CatalogueUnreadableError when it is cut short,
 * corrupt, too large, of another format or kind, or holds a count of entries other than its header's.
 */
export async function decodeCatalogue(body: Buffer | AsyncIterable<Uint8Array>, kind: ListingKind): Promise<Catalogue> {
  let header: Header | undefined;
  const entries: CatalogueEntry[] = [];
  const take = (line: Buffer) => {
    if (line.length === 0) return;
    if (!header) header = checkHeader(parseLine(line.toString('utf8')), kind);
    else entries.push(readEntry(line, kind));
  };
  const gunzip = createGunzip();
  const input = Buffer.isBuffer(body) ? Readable.from([body]) : Readable.from(body);
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  let bytes = 0;
  let rest = Buffer.alloc(0);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > MAX_CATALOGUE_BYTES) throw new CatalogueUnreadableError(`the snapshot is larger than ${MAX_CATALOGUE_BYTES} bytes`);
      const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
        take(data.subarray(start, end));
        start = end + 1;
      }
      rest = Buffer.from(data.subarray(start));
      if (rest.length > MAX_LINE_BYTES) throw new CatalogueUnreadableError('the snapshot has a line too long to be an entry');
    }
    take(rest);
  } catch (error) {
    input.destroy();
    gunzip.destroy();
    if (error instanceof CatalogueUnreadableError) throw error;
    throw new CatalogueUnreadableError('the snapshot is not a whole gzip stream', { cause: error });
  }
  if (!header) throw new CatalogueUnreadableError('the snapshot is empty');
  if (entries.length !== header.count) throw new CatalogueUnreadableError(`the snapshot holds ${entries.length} entries where its header says ${header.count}`);
  return new Catalogue(kind, entries, header.builtAt);
}

function readEntry(line: Buffer, kind: ListingKind): CatalogueEntry {
  const tab = line.lastIndexOf(TAB);
  if (tab === -1) throw new CatalogueUnreadableError('the snapshot has an entry line without its search words');
  const entry = parseLine(line.toString('utf8', 0, tab)) as Record<string, unknown> | null;
  // latin1 copies bytes as they are: right for ASCII, and anything else is decoded as UTF-8 after all.
  const raw = line.toString('latin1', tab + 1);
  const searchWords = /[\x80-\xff]/.test(raw) ? line.toString('utf8', tab + 1) : raw;
  if (entry !== null && typeof entry === 'object') entry.searchWords = searchWords;
  return checkEntry(entry, kind);
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
  if (header?.format !== FORMAT) throw new CatalogueUnreadableError(`the snapshot is not of format ${FORMAT}`);
  if (header.kind !== kind) throw new CatalogueUnreadableError(`the snapshot is of kind ${String(header.kind)}, not ${kind}`);
  if (typeof header.builtAt !== 'string' || !Number.isSafeInteger(header.count) || header.count! < 0) throw new CatalogueUnreadableError('the snapshot header is incomplete');
  return header as Header;
}

// A shape check, not the full schema: the writer validated every listing, this catches a corrupt file.
function checkEntry(value: unknown, kind: ListingKind): CatalogueEntry {
  const entry = value as Partial<CatalogueEntry> | null;
  const valid =
    typeof entry?.id === 'string' &&
    entry.kind === kind &&
    typeof entry.title === 'string' &&
    typeof entry.sortDate === 'string' &&
    typeof entry.searchWords === 'string' &&
    typeof entry.municipalityKey === 'string' &&
    typeof entry.location === 'object' &&
    entry.location !== null;
  if (!valid) throw new CatalogueUnreadableError('the snapshot has an entry without the fields every entry has');
  return entry as CatalogueEntry;
}
