import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** One measured line of the reliability report. */
export interface Figure {
  area: 'load' | 'scrape faults' | 'storage faults' | 'hostile input' | 'crash safety';
  check: string;
  result: string;
  /** Listings the store held before the check that it no longer holds (must be 0). */
  listingsLost?: number;
  /** Inputs or requests tried. */
  tried?: number;
}

const FILE = join(__dirname, '../../../.data/reliability/figures.jsonl');

/** Test files run in separate workers: each appends its figures to one file the teardown reads. */
export function recordFigure(figure: Figure): void {
  mkdirSync(join(FILE, '..'), { recursive: true });
  appendFileSync(FILE, `${JSON.stringify(figure)}\n`);
}

export function readFigures(): Figure[] {
  if (!existsSync(FILE)) return [];
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure);
}

export function clearFigures(): void {
  rmSync(FILE, { force: true });
}
