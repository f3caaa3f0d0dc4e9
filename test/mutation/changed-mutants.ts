// How many mutants Stryker will make on given lines, before running it, and which lines to keep when a
// change makes more than CI can test in its time (README, "Mutation testing in CI").
import { createHash } from 'node:crypto';
import type { Logger } from '@stryker-mutator/api/logging';
import type { LineRange } from './changed-lines';

/** The mutants Stryker makes on one line of a file (those a `// Stryker disable` comment ignores left out). */
export interface LineMutants {
  /** The module of test/mutation/modules.json whose tests are run on them. */
  module?: string;
  path: string;
  line: number;
  mutants: number;
}

const silent = new Proxy(
  {},
  { get: (_target, key) => (String(key).startsWith('is') ? () => false : () => undefined) },
) as Logger;

/**
 * Counts per line the mutants Stryker's own instrumenter (the code `stryker run` uses, same version)
 * places in `ranges` of `source`; lines with none are left out. Stryker numbers lines from 0.
 */
export async function mutantsPerLine(
  path: string,
  source: string,
  ranges: readonly LineRange[],
): Promise<LineMutants[]> {
  const mutate = ranges.map(({ from, to }) => ({
    start: { line: from - 1, column: 0 },
    end: { line: to - 1, column: Number.MAX_SAFE_INTEGER },
  }));
  // The instrumenter is ESM only (Babel inside): loaded natively, as tsx's CommonJS hook breaks its imports.
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const { mutants } = await new Instrumenter(silent).instrument([{ name: path, content: source, mutate }], {
    plugins: null,
    excludedMutations: [],
    ignorers: [],
  });
  const counts = new Map<number, number>();
  for (const mutant of mutants) {
    if (mutant.status === 'Ignored') continue;
    const line = mutant.location.start.line + 1;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([line, count]) => ({ path, line, mutants: count }));
}

/**
 * What testing `lines` costs, in mutants: their mutants, plus `moduleCost` for each module after the first
 * (each module is a Stryker run of its own, with its own start and first test run).
 */
export function costOf(lines: readonly LineMutants[], moduleCost: number): number {
  const modules = new Set(lines.map((line) => line.module));
  return lines.reduce((sum, line) => sum + line.mutants, 0) + moduleCost * Math.max(0, modules.size - 1);
}

/**
 * Lines whose cost (`costOf`) is at most `limit`, chosen in an order fixed by each line's path and number
 * (a SHA-1 of `path:line`), so that the same change always tests the same sample and every part of a large
 * change has the same chance to be in it. Returns every line when they fit.
 */
export function sampleLines(lines: readonly LineMutants[], limit: number, moduleCost = 0): LineMutants[] {
  if (costOf(lines, moduleCost) <= limit) return [...lines];
  const rank = (line: LineMutants): string => createHash('sha1').update(`${line.path}:${line.line}`).digest('hex');
  const chosen: LineMutants[] = [];
  for (const line of [...lines].sort((a, b) => rank(a).localeCompare(rank(b)))) {
    if (costOf([...chosen, line], moduleCost) <= limit) chosen.push(line);
  }
  return chosen.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}
