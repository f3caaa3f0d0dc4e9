// What a `mutate` entry of test/mutation/modules.json covers, in lines: the whole file (`path`), a line
// range (`path:54-134`, Stryker's own syntax) or a named function (`path#walkList`, `path#Class.method`,
// or a top-level constant such as a table of patterns), found in the TypeScript syntax tree on every run
// so that the entry follows the function when lines move (Stryker's own `file:from-to` patterns are line
// numbers, which any reformatting silently shifts onto other code). The one reader of those entries:
// stryker.config.mjs (through tsx), the CI step (run-changed.ts) and modules.test.ts all use it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { LineRange } from './changed-lines';

/** One entry read: the file and the lines it covers, `ranges` undefined for the whole file. */
export interface MutateTarget {
  path: string;
  ranges: LineRange[] | undefined;
}

const RANGE = /^(.*?):(\d+)(?::\d+)?-(\d+)(?::\d+)?$/;

function nameOf(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  return name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name))
    ? name.text
    : undefined;
}

/** A function, a class, an object of functions, or any constant declared at the top of the file. */
function isFunctionLike(node: ts.Node): boolean {
  if (ts.isVariableDeclaration(node) && ts.isSourceFile(node.parent.parent.parent)) return true;
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isClassDeclaration(node)) return true;
  if (ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) return true;
  const value =
    ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isPropertyAssignment(node)
      ? node.initializer
      : undefined;
  return (
    value !== undefined &&
    (ts.isArrowFunction(value) || ts.isFunctionExpression(value) || ts.isObjectLiteralExpression(value))
  );
}

/** The declarations named `path` (`walkList`, `Store.upsert`): each part a child of the one before. */
function findDeclarations(scope: ts.Node, path: readonly string[]): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) && nameOf(node) === path[0]) {
      if (path.length === 1) found.push(node);
      else found.push(...findDeclarations(node, path.slice(1)));
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return found;
}

/**
 * The lines of the function (or class, or object of functions) named `name` in `source`, from its first
 * token (after its doc comment) to its closing brace; a name declared twice (overloads) covers each.
 * Throws when the name is not declared, so that a renamed function cannot leave an entry covering nothing.
 */
export function functionLines(source: string, fileName: string, name: string): LineRange[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const nodes = findDeclarations(file, name.split('.'));
  if (nodes.length === 0) throw new Error(`${fileName} declares no function "${name}"`);
  return nodes.map((node) => ({
    from: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
    to: file.getLineAndCharacterOfPosition(node.getEnd()).line + 1,
  }));
}

/** Reads one entry; `read(path)` gives a file's text (only asked for `path#name`). */
export function readMutateEntry(entry: string, read: (path: string) => string): MutateTarget {
  const hash = entry.indexOf('#');
  if (hash !== -1) {
    const path = entry.slice(0, hash);
    return { path, ranges: functionLines(read(path), path, entry.slice(hash + 1)) };
  }
  const range = RANGE.exec(entry);
  if (range) return { path: range[1] as string, ranges: [{ from: Number(range[2]), to: Number(range[3]) }] };
  if (/[*?{[]/.test(entry))
    throw new Error(`mutate entry "${entry}": name a file, a file:from-to or a file#function, not a glob`);
  return { path: entry, ranges: undefined };
}

/** A module's entries joined per file: a file named whole anywhere is whole; ranges otherwise add up. */
export function readMutateEntries(entries: readonly string[], read: (path: string) => string): MutateTarget[] {
  const byPath = new Map<string, LineRange[] | undefined>();
  for (const { path, ranges } of entries.map((entry) => readMutateEntry(entry, read))) {
    const known = byPath.has(path);
    const before = byPath.get(path);
    byPath.set(
      path,
      !known ? ranges : before === undefined || ranges === undefined ? undefined : [...before, ...ranges],
    );
  }
  return [...byPath].map(([path, ranges]) => ({ path, ranges }));
}

/**
 * A module's entries as Stryker `mutate` patterns: `path` for a whole file, `path:from-to` for each range.
 * @param root the project's root folder, which the entries' paths are relative to
 * @throws Error when an entry names a function its file does not declare, or is a glob
 */
export function toStrykerPatterns(entries: readonly string[], root: string): string[] {
  return readMutateEntries(entries, (path) => readFileSync(join(root, path), 'utf8')).flatMap(({ path, ranges }) =>
    ranges === undefined ? [path] : ranges.map(({ from, to }) => `${path}:${from}-${to}`),
  );
}

/**
 * MUTATION_ONLY's entries (`file#function`, `file:from-to` or a file) as Stryker `mutate` patterns, each
 * of a file the module mutates: a typo or another module's file would otherwise give a run of no mutants
 * (or of mutants its tests do not reach) that replaces the module's report and incremental file.
 * @throws Error naming the entry and the module's files
 */
export function onlyPatterns(
  only: readonly string[],
  moduleName: string,
  moduleEntries: readonly string[],
  root: string,
): string[] {
  const paths = readMutateEntries(moduleEntries, (path) => readFileSync(join(root, path), 'utf8')).map((t) => t.path);
  for (const entry of only) {
    const hash = entry.indexOf('#');
    const path = hash !== -1 ? entry.slice(0, hash) : (RANGE.exec(entry)?.[1] ?? entry);
    if (!paths.includes(path))
      throw new Error(
        `MUTATION_ONLY "${entry}": not a file of module ${moduleName} (${paths.join(', ')}); name one of them, or a function in one as file#function`,
      );
  }
  return toStrykerPatterns(only, root);
}
