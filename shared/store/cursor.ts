import { createHash } from 'node:crypto';
import * as z from 'zod';
import { InvalidCursorError } from '../errors';

/** Where a page walk stopped: the segment, and the key of the last item returned. */
export interface CursorState {
  segment: number;
  key: Record<string, string | number>;
}

const MAX_CURSOR_LENGTH = 2048;

const cursorSchema = z.strictObject({
  v: z.literal(1),
  q: z.string(),
  s: z.number().int().nonnegative(),
  k: z.record(z.string().max(64), z.union([z.string().max(600), z.number().finite()])),
});

/** A short digest of the query a cursor belongs to, so that a cursor cannot be replayed on another query. */
export function queryFingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}

export function encodeCursor(state: CursorState, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ v: 1, q: fingerprint, s: state.segment, k: state.key })).toString('base64url');
}

/** Decodes an opaque cursor; throws InvalidCursorError when it is malformed or from another query. */
export function decodeCursor(cursor: string, fingerprint: string): CursorState {
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
  return { segment: result.data.s, key: result.data.k };
}
