import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * One temporary folder per test run for everything the tests write by default (the local data
 * folder, the e-mail outbox, scratch files), so that `npm test` never writes into the developer's own
 * .data/. The jest global setup creates it and names it in TEST_DATA_ROOT (which the workers
 * inherit); the global teardown removes it.
 */

export function createTestDataRoot(): string {
  process.env.TEST_DATA_ROOT = mkdtempSync(join(tmpdir(), 'ostrava-listings-tests-'));
  return process.env.TEST_DATA_ROOT;
}

export function removeTestDataRoot(): void {
  if (process.env.TEST_DATA_ROOT) rmSync(process.env.TEST_DATA_ROOT, { recursive: true, force: true });
}

/** The run's temporary folder (a fixed one under the system's temp folder for a test run without the global setup). */
export function testDataRoot(): string {
  return process.env.TEST_DATA_ROOT ?? join(tmpdir(), 'ostrava-listings-tests');
}
