// The change CI mutates: which files differ between a base commit and the working tree, and which of
// their lines, compared as Prettier formats both versions (test/mutation/run-changed.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedHeadLines } from './changed-lines';

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Whether `revision` names a commit here (`HEAD^1` does not in a clone of one commit). */
export function revisionExists(revision: string, cwd = '.'): boolean {
  return spawnSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { cwd }).status === 0;
}

/**
 * The files of the working tree that differ from `base`: each path now, with its path in `base` (another
 * one when git sees a rename or copy) or undefined for a file `base` does not have. Deleted files are
 * left out: there is nothing left to mutate.
 */
export function changedFiles(base: string, cwd = '.'): Map<string, string | undefined> {
  const fields = git(cwd, ['diff', '--name-status', '-M', '-z', base, '--']).split('\0');
  const files = new Map<string, string | undefined>();
  for (let i = 0; i < fields.length - 1;) {
    const status = fields[i] as string;
    if (status.startsWith('R') || status.startsWith('C')) {
      files.set(fields[i + 2] as string, fields[i + 1]);
      i += 3;
    } else {
      if (status === 'A') files.set(fields[i + 1] as string, undefined);
      else if (status !== 'D') files.set(fields[i + 1] as string, fields[i + 1]);
      i += 2;
    }
  }
  return files;
}

/** A file's text as committed in `revision`. */
export function showFile(revision: string, path: string, cwd = '.'): string {
  return git(cwd, ['show', `${revision}:${path}`]);
}

/** A formatter: `text` as the project formats the file at `path` (relative to the repository). */
export type Format = (path: string, text: string) => Promise<string>;

/**
 * Prettier's API with the repository's config (`.prettierrc.json`). A text Prettier cannot parse (a syntax
 * error in the base version) is compared as written; any other failure is thrown.
 */
export function prettierFormat(cwd = '.'): Format {
  return async (path, text) => {
    // Loaded when used: Prettier's CommonJS entry imports its ES modules at once, which jest cannot run.
    const prettier = await import('prettier');
    const filepath = join(cwd, path);
    try {
      return await prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
    } catch (error) {
      if (error instanceof SyntaxError || (error instanceof Error && 'loc' in error)) return text;
      throw error;
    }
  };
}

/**
 * For each of `paths` that the working tree in `cwd` changes against `base`, the lines (1-based, of the
 * file as it is now) whose formatted text differs; unchanged files and layout-only changes are left out.
 */
export async function changedLinesSince(
  base: string,
  paths: readonly string[],
  { cwd = '.', format = prettierFormat(cwd) }: { cwd?: string; format?: Format } = {},
): Promise<Map<string, number[]>> {
  const changed = changedFiles(base, cwd);
  const result = new Map<string, number[]>();
  for (const path of paths) {
    if (!changed.has(path)) continue;
    const basePath = changed.get(path);
    const head = readFileSync(join(cwd, path), 'utf8');
    const before = basePath === undefined ? undefined : await format(basePath, showFile(base, basePath, cwd));
    const lines = changedHeadLines(before, head, await format(path, head));
    if (lines.length > 0) result.set(path, lines);
  }
  return result;
}
