import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TS_NODE_ARGS } from '../support/ts-node-args';

const ROOT = join(__dirname, '../..');
// Each child gets 150 s (tsx start-up and a replayed scrape take seconds, minutes on a busy machine).
const tsx = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [...TS_NODE_ARGS, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 150_000,
  });

describe('npm run scrape and npm run parse', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scrape-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('scrapes sreality from recorded responses into the local store, then rescrapes only the list pages', () => {
    const first = tsx(['infra/local/scrape-cli.ts', '--source', 'sreality', '--replay'], { DATA_DIR: dataDir });
    const again = tsx(['infra/local/scrape-cli.ts', '--all', '--replay'], { DATA_DIR: dataDir });

    const run = summaryRow(first.stdout + first.stderr, 'sreality');
    const rerun = summaryRow(again.stdout + again.stderr, 'sreality');
    expect(first.status).toBe(0);
    expect(run).toMatchObject({ outcome: 'complete' });
    expect(Number(run.new)).toBeGreaterThan(0);
    expect(again.status).toBe(0);
    // Nothing changed: one request per list page, nothing new or rewritten.
    expect(rerun).toMatchObject({ outcome: 'complete', requests: rerun.pages, new: '0', changed: '0' });
  }, 320_000);

  it('refuses an unknown source with a usage message and a non-zero exit', () => {
    const result = tsx(['infra/local/scrape-cli.ts', '--source', 'nowhere'], { DATA_DIR: dataDir });

    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown or disabled source "nowhere"/);
  }, 160_000);

  it('prints normalised listings of a saved page as JSON lines', () => {
    const result = tsx(['infra/local/parse-cli.ts', '--source', 'sreality', 'test/fixtures/sreality/search-byty.json']);

    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(result.status).toBe(0);
    expect(lines.map((l) => l.id)).toContain('sreality:2415919452');
  }, 160_000);

  it('prints usage for --help, for parse and for scrape', () => {
    const parse = tsx(['infra/local/parse-cli.ts', '--help']);
    const scrape = tsx(['infra/local/scrape-cli.ts', '--help']);

    expect(parse.status).toBe(0);
    expect(parse.stdout).toMatch(/usage: npm run parse -- --source NAME \[--url URL\] FILE/);
    expect(scrape.status).toBe(0);
    expect(scrape.stdout).toMatch(/usage: npm run scrape -- --source NAME \[--replay\]/);
  });

  it("prints a list page's skipped records, declared total and next page on standard error", () => {
    const result = tsx(['infra/local/parse-cli.ts', '--source', 'idnes', 'test/fixtures/idnes/list-byty.html']);

    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(10);
    expect(result.stderr).toMatch(/declared total: 14/);
    expect(result.stderr).toMatch(
      /next page: GET https:\/\/reality\.idnes\.cz\/s\/pronajem\/byty\/moravskoslezsky-kraj\/\?page=1/,
    );
  });

  it('fails clearly, without a stack trace, on a page it cannot parse', () => {
    const result = tsx([
      'infra/local/parse-cli.ts',
      '--source',
      'sreality',
      'test/fixtures/sreality/hostile-changed-layout.json',
    ]);

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/npm run parse failed: ParseError/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 160_000);
});

/** One source's row of the summary table (console.table) as column → cell text. */
function summaryRow(stdout: string, source: string): Record<string, string> {
  const cells = (line: string) =>
    line
      .split('│')
      .slice(1, -1)
      .map((cell) => cell.trim().replace(/^'|'$/g, ''));
  const lines = stdout.split('\n');
  const header = lines.find((line) => line.includes('outcome'));
  const row = lines.find((line) => line.includes(`'${source}'`));
  if (!header || !row) throw new Error(`no summary row for ${source} in:\n${stdout}`);
  return Object.fromEntries(cells(header).map((name, i) => [name, cells(row)[i]!]));
}
