import { createHash } from 'node:crypto';
import * as z from 'zod';
import { InvalidCursorError } from '../errors';

/**
 * Where a page stopped: the sort position of the last item returned (its group, sort value and id),
 * not an offset, so that a next page taken after the catalogue changed neither skips nor repeats the
 * listings that stayed.
 */
export type SortPosition = readonly [group: 0 | 1, value: string | number, id: string];

const MAX_CURSOR_LENGTH = 2048;

const cursorSchema = z.strictObject({
  v: z.literal(2),
  q: z.string(),
  k: z.tuple([
    z.union([z.literal(0), z.literal(1)]),
    z.union([z.string().max(64), z.number().finite()]),
    z.string().max(200),
  ]),
});

/** A short digest of the query a cursor belongs to, so that a cursor cannot be replayed on another query. */
export function queryFingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}

export function encodeCursor(position: SortPosition, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ v: 2, q: fingerprint, k: position })).toString('base64url');
}

/** Decodes an opaque cursor; throws InvalidCursorError when it is malformed or from another query. */
export function decodeCursor(cursor: string, fingerprint: string): SortPosition {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw new InvalidCursorError('not a cursor this API issued');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw new InvalidCursorError('not a cursor this API issued', { cause: error });
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success) throw new InvalidCursorError('not a cursor this API issued', { cause: result.error });
  if (result.data.q !== fingerprint) {
    throw new InvalidCursorError('it belongs to a different query (kind, sort or filters changed)');
  }
  return result.data.k;
}
