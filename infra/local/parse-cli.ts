import { readFileSync } from 'node:fs';
import { RecordRejectedError } from '../../shared/errors';
import { adapters } from '../../shared/sources/adapters';
import type { RawRental } from '../../shared/sources/raw-rental';
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
  const [start] = adapter.startRequests({ radiusKm: 35 });
  let records: RawRental[];
  try {
    records = adapter.parseList(body, start!).records;
  } catch (listError) {
    const stub: RawRental = { source: adapter.name, sourceId: 'unknown', url: start!.url };
    // Not a list page: perhaps a detail page. If it is neither, the list page's error says why.
    let detail: RawRental | undefined;
    let isDetail = adapter.parseDetail !== undefined;
    try {
      detail = adapter.parseDetail?.(body, stub);
    } catch {
      isDetail = false;
    }
    if (!isDetail) throw listError;
    if (!detail) throw new Error('the page says the listing is gone');
    records = [detail];
  }
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

try {
  process.exit(main());
} catch (error) {
  console.error(`npm run parse failed: ${error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error)}`);
  process.exit(1);
}
