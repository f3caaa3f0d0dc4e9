import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { changedFiles, changedLinesSince, revisionExists, type Format } from './git-change';
import { testDataRoot } from '../support/test-data-root';

// Each test builds its own small repository: no network, no dependence on this project's history.
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function commit(message: string): void {
  git('add', '-A');
  git(
    '-c',
    'user.name=test',
    '-c',
    'user.email=test@example.invalid',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    message,
  );
}

// The real Prettier with the repository's .prettierrc.json, through its CLI: jest's CommonJS runtime
// cannot load the ES module Prettier's API imports. Memoised by text, as each start takes seconds here.
const formattedTexts = new Map<string, string>();
const prettierCli: Format = async (path, text) => {
  const known = formattedTexts.get(`${path}\0${text}`);
  if (known !== undefined) return known;
  const output = execFileSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), '--stdin-filepath', path],
    {
      cwd: repo,
      input: text,
      encoding: 'utf8',
    },
  );
  formattedTexts.set(`${path}\0${text}`, output);
  return output;
};

const source = [
  'export function fee(rent: number, months: number): number {',
  '  if (months <= 0) return 0;',
  '  return rent * months;',
  '}',
  '',
].join('\n');

beforeEach(() => {
  mkdirSync(testDataRoot(), { recursive: true });
  repo = mkdtempSync(join(testDataRoot(), 'mutation-git-'));
  git('init', '-q', '-b', 'main');
  write('.prettierrc.json', JSON.stringify({ printWidth: 120, singleQuote: true, trailingComma: 'all' }));
  write('shared/fee.ts', source);
  commit('first');
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('revisionExists', () => {
  it('finds no first parent in a repository of one commit, and finds it after a second', () => {
    expect(revisionExists('HEAD^1', repo)).toBe(false);

    commit('second');

    expect(revisionExists('HEAD^1', repo)).toBe(true);
    expect(revisionExists('no-such-branch', repo)).toBe(false);
  });
});

describe('changedFiles', () => {
  it('names changed, added and renamed files with their path in the base, and leaves deleted ones out', () => {
    write('shared/gone.ts', 'export const gone = 1;\n');
    write('shared/old-name.ts', `${source}// a file long enough for git to see the rename\n`);
    commit('more');
    write('shared/fee.ts', source.replace('0;', '1;'));
    write('shared/new.ts', 'export const added = 1;\n');
    rmSync(join(repo, 'shared/gone.ts'));
    renameSync(join(repo, 'shared/old-name.ts'), join(repo, 'shared/new-name.ts'));
    git('add', '-A');

    const files = changedFiles('HEAD', repo);

    expect([...files].sort()).toEqual([
      ['shared/fee.ts', 'shared/fee.ts'],
      ['shared/new-name.ts', 'shared/old-name.ts'],
      ['shared/new.ts', undefined],
    ]);
  });
});

describe('changedLinesSince', () => {
  it('finds the lines a commit changes, by their number in the working tree', async () => {
    write('shared/fee.ts', source.replace('if (months <= 0) return 0;', 'if (months < 0) return 0;'));
    commit('change');

    const lines = await changedLinesSince('HEAD^1', ['shared/fee.ts'], { cwd: repo, format: prettierCli });

    expect(lines).toEqual(new Map([['shared/fee.ts', [2]]]));
  });

  it('finds nothing in a commit that only reformats (quotes, line breaks, a trailing comma, semicolons)', async () => {
    write(
      'shared/fee.ts',
      source.replace('(rent: number, months: number)', '(\n  rent: number,\n  months: number,\n)').replace('0;', '0'),
    );
    commit('layout only');

    const lines = await changedLinesSince('HEAD^1', ['shared/fee.ts'], { cwd: repo, format: prettierCli });

    expect(lines).toEqual(new Map());
  });

  it('reports a change inside a reformatted block on the working tree lines of that block', async () => {
    write(
      'shared/fee.ts',
      source
        .replace('(rent: number, months: number)', '(\n  rent: number,\n  months: number,\n)')
        .replace('rent * months', 'rent * months * 2'),
    );
    commit('layout and a change');

    const lines = await changedLinesSince('HEAD^1', ['shared/fee.ts'], { cwd: repo, format: prettierCli });

    expect(lines).toEqual(new Map([['shared/fee.ts', [6]]]));
  });

  it('counts every line of a file the base does not have, and only the paths asked for', async () => {
    write('shared/new.ts', 'export const a = 1;\nexport const b = 2;\n');
    write('shared/other.ts', 'export const c = 3;\n');
    commit('new files');

    const lines = await changedLinesSince('HEAD^1', ['shared/new.ts', 'shared/fee.ts'], {
      cwd: repo,
      format: prettierCli,
    });

    expect(lines).toEqual(new Map([['shared/new.ts', [1, 2]]]));
  });

  it('compares a renamed file with its old version', async () => {
    renameSync(join(repo, 'shared/fee.ts'), join(repo, 'shared/fees.ts'));
    write('shared/fees.ts', source.replace('rent * months', 'rent * months + 1'));
    commit('rename and change');

    const lines = await changedLinesSince('HEAD^1', ['shared/fees.ts'], { cwd: repo, format: prettierCli });

    expect(lines).toEqual(new Map([['shared/fees.ts', [3]]]));
  });
});
