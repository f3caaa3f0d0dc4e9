import { parseArgs } from 'node:util';
import { log } from '../../shared/log';
import { dataDirFromEnv } from './data-dir';
import { localUrl, startLocalService } from './local-service';
import { localAndUtc } from './scheduler';

const USAGE = `usage: npm start [-- --replay | --no-initial-scrape]

  (no option)          each enabled source runs once as soon as the API listens, then on its schedule,
                       against the live portals (a run that fails is recorded and logged; the API keeps serving)
  --no-initial-scrape  no run at start: the first runs are one schedule interval away
  --replay             every source once at start on recorded responses (test/fixtures/<source>/), no network
  --help               this text

PORT (default 3000), HOST (default 127.0.0.1) and DATA_DIR (default .data/) are honoured; Ctrl-C stops.`;

/** `npm start` (see USAGE): the whole service locally. PORT, HOST and DATA_DIR (see data-dir.ts) are honoured. */
async function main(): Promise<void> {
  let values: { replay?: boolean; 'no-initial-scrape'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        replay: { type: 'boolean' },
        'no-initial-scrape': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.replay && values['no-initial-scrape'])
    throw new Error(`--replay always runs each source once at start; --no-initial-scrape goes without it\n${USAGE}`);
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a port number');
  const host = process.env.HOST ?? '127.0.0.1';
  // Links in partner e-mails point at this local site, where it listens, unless told otherwise.
  process.env.SITE_URL ??= localUrl(host, port);
  const service = await startLocalService({
    port,
    host,
    dataDir: dataDirFromEnv(process.env),
    replay: values.replay === true,
    initialScrape: !values.replay && !values['no-initial-scrape'],
    log,
  });
  console.log(
    `Ostrava listings running at ${service.url}  (GET /listings?kind=rental, /sources, /openapi.json; Ctrl-C stops)`,
  );
  if (!values.replay) {
    console.log(
      values['no-initial-scrape']
        ? 'No scrape at start (--no-initial-scrape); next runs:'
        : 'Scraping each enabled source now (live portals; GET /sources shows each run); next runs:',
    );
    for (const next of service.nextRuns())
      console.log(`  ${next.name}: ${localAndUtc(next.at)}, then every ${next.intervalMs / 3_600_000} h`);
  }
  if (!process.env.STAFF_TOKEN)
    console.log(
      'STAFF_TOKEN is not set: moderation routes refuse everyone (set one of 16+ characters to moderate locally)',
    );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await service.close();
    console.log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
