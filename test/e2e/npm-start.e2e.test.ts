import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TS_NODE_ARGS } from '../support/ts-node-args';
import { ensureTable, localDynamoClient, startDynaliteProcess } from '../../infra/local/embedded-dynamo';
import { LOCAL_TABLE_NAME } from '../../infra/local/local-service';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { rentalDraft } from '../support/listing-drafts';

const ROOT = join(__dirname, '../..');
/** Children still running when a test gives up: killed after all, so that none outlives the suite. */
const running = new Set<ChildProcess>();

function spawnStart(dataDir: string): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [...TS_NODE_ARGS, 'infra/local/start.ts', '--replay'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, POWERTOOLS_LOG_LEVEL: 'WARN' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: tsx's node and dynalite go with it if a test gives up
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout!.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr!.on('data', (data: Buffer) => (output += data.toString()));
  return { child, output: () => output };
}

/** Starts the real `npm start` entry point (tsx, dynalite child process) and waits for its URL. */
function start(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const { child, output } = spawnStart(dataDir);
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /running at (http:\/\/\S+)/.exec(output());
      if (match) resolve({ child, url: match[1]!, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output()}`)));
  });
}

/** Writes what an earlier version's `npm start -- --replay` left: a listing of the DEMO set. */
async function seedDemoListing(databaseDir: string): Promise<void> {
  const dynamo = await startDynaliteProcess({ path: databaseDir });
  const client = localDynamoClient(dynamo.endpoint);
  try {
    await ensureTable(client, LOCAL_TABLE_NAME);
    await new DynamoListingStore(client, { tableName: LOCAL_TABLE_NAME }).upsertChanged(
      [rentalDraft(1, { id: 'demo:rental-1', source: 'demo', title: '[DEMO] Pronájem bytu 2+kk' })],
      new Date(),
    );
  } finally {
    client.destroy();
    await dynamo.close();
  }
}

describe('npm start -- --replay', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'npm-start-'));
  });
  afterAll(async () => {
    for (const child of running) process.kill(-child.pid!, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('removes a DEMO set left in the data folder and says so, serves replayed listings only, and stops cleanly on SIGINT', async () => {
    await seedDemoListing(join(dataDir, 'dynamodb'));

    const { child, url, output } = await start(dataDir);
    try {
      const response = await fetch(`${url}/listings?kind=rental&limit=50`);
      const body = (await response.json()) as { items: { id: string; source: string; title: string }[] };
      const sources = ((await (await fetch(`${url}/sources`)).json()) as { sources: { name: string }[] }).sources.map(
        (s) => s.name,
      );

      expect(response.status).toBe(200);
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items.every((item) => sources.includes(item.source) && !item.title.startsWith('[DEMO]'))).toBe(true);
      expect((await fetch(`${url}/listings/demo%3Arental-1`)).status).toBe(404);
      expect(output()).toMatch(/removed DEMO listings left by an earlier version/);

      // A second start on the same data folder, while the first runs: one sentence and a non-zero exit.
      const second = spawnStart(dataDir);
      const code = await new Promise<number | null>((resolve) => second.child.once('exit', resolve));
      expect(code).not.toBe(0);
      expect(second.output()).toMatch(
        new RegExp(`npm start failed: the data folder ${dataDir} is in use \\(by process \\d+\\)`),
      );
      expect(second.output()).not.toMatch(/^\s+at /m); // no stack trace
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
    expect(output()).toMatch(/stopped/);
  }, 120_000); // two processes start (tsx, dynalite) on a shared, busy machine
});
