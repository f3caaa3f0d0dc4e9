import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { adapters } from '../../shared/sources/adapters';
import { parseSavedPage } from './parse-page';

const USAGE = `usage: npm run parse -- --source NAME [--url URL] FILE

  FILE          a list page or a detail page, as the portal sent it
  --source      one of: ${Object.keys(adapters).join(', ')}
  --url         the page's URL; for a detail page, the listing's URL as a run knows it from its list page
                (sreality and idnes detail pages carry their own id and need no URL)
  --help        this text

prints every normalised listing to standard output as one JSON line, and to standard error every
skipped record with its reason, and for a list page the total it declares and the next page's URL.`;

/** `npm run parse`: one saved response body → normalised listings as JSON lines (see USAGE). */
function main(): number {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { source: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const adapter = values.source === undefined ? undefined : adapters[values.source];
  if (!adapter || positionals.length !== 1)
    throw new Error(values.source && !adapter ? `unknown source "${values.source}"\n${USAGE}` : USAGE);
  const parsed = parseSavedPage(adapter, readFileSync(positionals[0]!, 'utf8'), values.url);
  for (const listing of parsed.listings) console.log(JSON.stringify(listing));
  for (const { sourceId, reason } of parsed.skipped) console.error(`skipped ${sourceId || '(detail)'}: ${reason}`);
  for (const entry of parsed.unreadable ?? []) console.error(`skipped ${entry}`);
  if (parsed.gone) console.error('gone: the page says the listing is no longer offered');
  if (parsed.page === 'list') {
    console.error(`declared total: ${parsed.declaredTotal ?? 'not stated'}`);
    console.error(
      `next page: ${parsed.next ? `${parsed.next.method ?? 'GET'} ${parsed.next.url}${parsed.next.body ? ` ${parsed.next.body}` : ''}` : 'none (last page)'}`,
    );
  }
  const skipped = parsed.skipped.length + (parsed.unreadable?.length ?? 0);
  console.error(`${parsed.page} page: ${parsed.listings.length} listings, ${skipped} skipped`);
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  console.error(
    `npm run parse failed: ${error instanceof Error ? `${error.name === 'Error' || error.name === 'TypeError' ? '' : `${error.name}: `}${error.message}` : String(error)}`,
  );
  process.exit(1);
}
