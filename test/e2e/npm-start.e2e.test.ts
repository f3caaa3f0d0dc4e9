import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** Starts the real `npm start` entry point (tsx, dynalite child process) and waits for its URL. */
function start(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=import', 'infra/local/start.ts', '--replay'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, POWERTOOLS_LOG_LEVEL: 'WARN' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)));
  });
}

describe('npm start -- --replay', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'npm-start-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('serves the README query on the recorded and demo data, says there is demo data, and stops cleanly on SIGINT', async () => {
    const { child, url, output } = await start(dataDir);
    try {
      const response = await fetch(`${url}/listings?kind=rental&maxRent=15000&disposition=2%2Bkk`);
      const body = (await response.json()) as { items: { title: string; disposition: string; source: string }[] };

      expect(response.status).toBe(200);
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items.every((item) => item.disposition === '2+kk')).toBe(true);
      // The recorded portal pages hold matching flats too; the demo set's are marked as such.
      expect(body.items.some((item) => item.source !== 'demo')).toBe(true);
      expect(body.items.filter((item) => item.source === 'demo').every((item) => item.title.startsWith('[DEMO]'))).toBe(true);
      expect(output()).toMatch(/DEMO listings: not real data/);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
    expect(output()).toMatch(/stopped/);
  });
});
