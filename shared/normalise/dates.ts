/** An ISO-8601 UTC instant from unix seconds, an ISO string or a Czech "24.11.2026"; else undefined. */
export function toIsoInstant(value: number | string | undefined | null): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) && value > 946_684_800 && value < 4_102_444_800
      ? new Date(value * 1000).toISOString()
      : undefined;
  // V8's Date.parse reads almost anything ("0" is 1 January 2000): a date without a four-digit year is unknown.
  if (!/(?<!\d)\d{4}(?!\d)/.test(value)) return undefined;
  const czech = /^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s*$/.exec(value);
  const time = czech ? Date.UTC(Number(czech[3]), Number(czech[2]) - 1, Number(czech[1])) : Date.parse(value);
  if (Number.isNaN(time) || time < 946_684_800_000 || time > 4_102_444_800_000) return undefined;
  return new Date(time).toISOString();
}

/** An ISO date (YYYY-MM-DD) from the same inputs; "ihned" (immediately) stays unknown. */
export function toIsoDate(value: number | string | undefined | null): string | undefined {
  return toIsoInstant(value)?.slice(0, 10);
}
