import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { RecordedTranslator } from '../../shared/translate/recorded-translator';
import { FIXTURES_DIR } from './replay-fetcher';

/** Where the translations of the replayed listings are recorded (see test/fixtures/translations/README.md). */
export const RECORDED_TRANSLATIONS = join(FIXTURES_DIR, 'translations/recorded.json');

const recordingsSchema = z.record(
  z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 hex of the original text'),
  z.strictObject({ original: z.string().max(200), english: z.string().min(1).max(20_000) }),
);

/**
 * The local translator: the recorded translations, keyed by the SHA-256 of the original text
 * (`original` holds its beginning, for a reader of the file). Texts not recorded stay "not translated".
 */
export function recordedTranslator(path = RECORDED_TRANSLATIONS): RecordedTranslator {
  const recordings = recordingsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return new RecordedTranslator(Object.fromEntries(Object.entries(recordings).map(([hash, r]) => [hash, r.english])));
}
