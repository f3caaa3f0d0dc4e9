import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, gzipSync } from 'node:zlib';
import { CatalogueUnreadableError } from '../errors';
import type { ListingKind } from '../listing/schema';
import { Catalogue } from './catalogue';
import type { CatalogueEntry } from './catalogue-entry';

/*
 * A catalogue snapshot: gzip of JSON lines, a header line then one entry per line. Lines, so that a
 * reader parses one entry at a time instead of one 50 MB string (the API function's memory is the
 * limit, issue 17); gzip, whose trailer (CRC-32 and length) makes a snapshot cut short unreadable
 * instead of silently smaller.
 */

const FORMAT = 1;
/** Larger than any real catalogue (20,000 jobs take about 45 MB) and well inside the function's memory. */
export const MAX_CATALOGUE_BYTES = 200 * 1024 * 1024;
const MAX_LINE_CHARS = 256 * 1024;

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
  for (const entry of entries) lines.push(JSON.stringify(entry));
  return gzipSync(lines.join('\n'));
}

/**
 * Reads a snapshot of `kind` into a Catalogue; throws CatalogueUnreadableError when it is cut short,
 * corrupt, too large, of another format or kind, or holds a count of entries other than its header's.
 */
export async function decodeCatalogue(body: Buffer | AsyncIterable<Uint8Array>, kind: ListingKind): Promise<Catalogue> {
  let header: Header | undefined;
  const entries: CatalogueEntry[] = [];
  const take = (line: string) => {
    if (line.length === 0) return;
    const value = parseLine(line);
    if (!header) header = checkHeader(value, kind);
    else entries.push(checkEntry(value, kind));
  };
  const gunzip = createGunzip();
  const input = Buffer.isBuffer(body) ? Readable.from([body]) : Readable.from(body);
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > MAX_CATALOGUE_BYTES) throw new CatalogueUnreadableError(`the snapshot is larger than ${MAX_CATALOGUE_BYTES} bytes`);
      const lines = (rest + decoder.write(chunk)).split('\n');
      rest = lines.pop()!;
      if (rest.length > MAX_LINE_CHARS) throw new CatalogueUnreadableError('the snapshot has a line too long to be an entry');
      for (const line of lines) take(line);
    }
    take(rest + decoder.end());
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
