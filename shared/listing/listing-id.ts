/**
 * The one way a listing's id is made: `source:sourceId` ("sreality:3292504140"), the source being the
 * adapter's name. The runner (diff, expiry) and the normalisers must agree on it, or unchanged
 * listings are rewritten and expiry misses them.
 */
export function listingId(source: string, sourceId: string): string {
  return `${source}:${sourceId}`;
}
