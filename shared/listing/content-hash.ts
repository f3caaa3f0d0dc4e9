import { createHash } from 'node:crypto';
import type { ListingDraft } from './schema';

/**
 * SHA-256 of a draft's content, independent of key order, so that the same listing scraped twice
 * hashes the same and the store can skip rewriting it.
 */
export function contentHash(draft: ListingDraft): string {
  return hashOf(draft);
}

/** SHA-256 hex of any JSON-like value, independent of key order. */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
