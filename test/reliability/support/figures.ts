import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { testDataRoot } from '../../support/test-data-root';

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

/** In the run's temporary folder (set up by the global setup before any worker starts). */
const figuresFile = () => join(testDataRoot(), 'reliability/figures.jsonl');

/** Test files run in separate workers: each appends its figures to one file the teardown reads. */
export function recordFigure(figure: Figure): void {
  mkdirSync(join(figuresFile(), '..'), { recursive: true });
  appendFileSync(figuresFile(), `${JSON.stringify(figure)}\n`);
}

export function readFigures(): Figure[] {
  if (!existsSync(figuresFile())) return [];
  return readFileSync(figuresFile(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure);
}

export function clearFigures(): void {
  rmSync(figuresFile(), { force: true });
}
