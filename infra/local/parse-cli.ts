import { readFileSync } from 'node:fs';
import { RecordRejectedError } from '../../shared/errors';
import { adapters } from '../../shared/sources/adapters';
import type { RawRental } from '../../shared/sources/raw-rental';
import type { SourceAdapter } from '../../shared/sources/source-adapter';
import { parseArgs } from './cli-args';

const USAGE = 'usage: npm run parse -- --source NAME FILE   (FILE: a list or detail page body as the portal sent it)';

/**
 * `npm run parse`: parses one saved response body and prints the normalised listings as JSON lines.
 * A list page is tried first, then a detail page. Records that cannot be normalised are reported on
 * stderr; a body that cannot be parsed at all ends with a clear message and exit code 1.
 */
function main(): number {
  const { options, positional } = parseArgs(process.argv.slice(2), []);
  const adapter = typeof options.source === 'string' ? adapters[options.source] : undefined;
  if (!adapter || positional.length !== 1) throw new Error(`${USAGE}\nsources: ${Object.keys(adapters).join(', ')}`);
  const file = positional[0]!;
  const body = readFileSync(file, 'utf8');
  const records = readRecords(adapter, body);
  let rejected = 0;
  for (const record of records) {
    try {
      console.log(JSON.stringify(adapter.normalise(record)));
    } catch (error) {
      if (!(error instanceof RecordRejectedError)) throw error;
      rejected++;
      console.error(`skipped ${record.sourceId}: ${error.message} (${error.field})`);
    }
  }
  console.error(`${records.length - rejected} listings, ${rejected} skipped`);
  return 0;
}

/** A list page's records, or a detail page's one record; if the body is neither, the list page's error. */
function readRecords(adapter: SourceAdapter, body: string): RawRental[] {
  const [start] = adapter.startRequests({ radiusKm: 35 });
  const list = attempt(() => adapter.parseList(body, start!).records);
  if (list.ok) return list.value;
  const stub: RawRental = { source: adapter.name, sourceId: 'unknown', url: start!.url };
  const detail = attempt(() => adapter.parseDetail?.(body, stub));
  if (!detail.ok || !adapter.parseDetail) throw list.error;
  if (!detail.value) throw new Error('the page says the listing is gone');
  return [detail.value];
}

function attempt<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

try {
  process.exit(main());
} catch (error) {
  console.error(`npm run parse failed: ${error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error)}`);
  process.exit(1);
}
