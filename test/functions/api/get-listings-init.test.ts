import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CataloguePublisher } from '../../../shared/catalogue/catalogue-publisher';
import { FolderSnapshotStore } from '../../../shared/catalogue/folder-snapshot-store';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';
import { testDataRoot } from '../../support/test-data-root';

const ROOT = join(__dirname, '../../..');
const FIRST_SEEN = new Date('2026-11-01T00:00:00.000Z');

/*
 * Lambda's module for GET /listings, bundled as the stack bundles it (an ES module) and run by node:
 * its top-level await must have loaded the catalogues before the handler is called. The runner
 * deletes the snapshot folder right after importing it, so only a load during the init can answer.
 */
describe('get-listings-init (Lambda init phase)', () => {
  let dir: string;
  beforeAll(() => {
    mkdirSync(testDataRoot(), { recursive: true });
    dir = mkdtempSync(join(testDataRoot(), 'listings-init-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads both kinds with their words during init, so the first requests need no snapshot', async () => {
    const catalogueDir = join(dir, 'catalogue');
    const store = new MemoryListingStore();
    await store.upsertChanged([rentalDraft(1), rentalDraft(2), jobDraft(1)], FIRST_SEEN);
    const publisher = new CataloguePublisher({
      store,
      snapshots: new FolderSnapshotStore(catalogueDir),
      now: () => FIRST_SEEN,
    });
    await publisher.publish('rental');
    await publisher.publish('job');
    const runner = join(dir, 'runner.mjs');
    await build({
      stdin: {
        contents: `
          import { rmSync } from 'node:fs';
          import { handler } from './functions/api/get-listings-init';
          import { localLambdaContext, toApiGatewayEvent } from './infra/local/api-gateway-event';
          rmSync(process.env.CATALOGUE_DIR, { recursive: true });
          const ask = async (url) => (await handler(toApiGatewayEvent({ method: 'GET', url, headers: {} }), localLambdaContext('GetListings'))).body;
          console.log(JSON.stringify([await ask('/listings?kind=rental'), await ask('/listings?kind=job'), await ask('/listings?kind=rental&q=zabreh')]));
        `,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      mainFields: ['module', 'main'],
      // The SDK bundled too (the runtime provides it in the cloud): the runner lives outside the repository.
      outfile: runner,
      logLevel: 'error',
      banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    });

    const run = spawnSync(process.execPath, [runner], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CATALOGUE_DIR: catalogueDir,
        AWS_REGION: 'eu-central-1',
        POWERTOOLS_LOG_LEVEL: 'SILENT',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });

    expect(run.stderr).toBe('');
    const [rentals, jobs, words] = (JSON.parse(run.stdout) as string[]).map(
      (body) => JSON.parse(body) as { items: { id: string }[] },
    );
    expect(rentals!.items.map((i) => i.id).sort()).toEqual(['sreality:1001', 'sreality:1002']);
    expect(jobs!.items).toHaveLength(1);
    expect(words!.items.length).toBeGreaterThan(0);
  }, 60_000);
});
