import { log } from '../../shared/log';
import { dataDirFromEnv } from './data-dir';
import { startLocalService } from './local-service';

/** `npm start [-- --replay]`: the whole service locally. PORT, HOST and DATA_DIR (see data-dir.ts) are honoured. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--replay');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}; usage: npm start [-- --replay]`);
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a port number');
  // Links in partner e-mails point at this local site unless told otherwise.
  process.env.SITE_URL ??= `http://localhost:${port}`;
  const service = await startLocalService({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: dataDirFromEnv(process.env),
    replay: args.includes('--replay'),
    log,
  });
  console.log(`Ostrava listings running at ${service.url}  (GET /listings?kind=rental, /sources, /openapi.json; Ctrl-C stops)`);
  if (!process.env.STAFF_TOKEN) console.log('STAFF_TOKEN is not set: moderation routes refuse everyone (set one of 16+ characters to moderate locally)');
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
