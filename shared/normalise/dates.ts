// Day first, as Czech portals write it, alone or in a phrase: "24.11.2026", "od 1. 12. 2026" (V8's
// Date.parse reads "od 1.12.2026" month first, as 12 January).
const CZECH_DATE = /(?<!\d)(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})(?!\d)/;
// "1/12/2026" is 1 December in Czech and 12 January in American English: which one is not guessed.
const SLASHED_DAY = /(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/;
// A day of the month beside the year ("Dec 1, 2026"); not a time's hours or minutes ("10:00"), nor the
// month right after the year ("2026-12", "2026/12": V8 reads either as the 1st).
const DAY_NUMBER = /(?<![\d:])(?<!\d{4}[-/])\d{1,2}(?![\d:])/;
// A zone written after a time or day ("Z", "+01:00", "+0100", "GMT", "UTC"), which V8 honours.
const STATED_ZONE = /\d(?:z|\s*[+-]\d\d:?\d\d|\s(?:gmt|utc))/i;
const ISO_DAY = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/**
 * An ISO-8601 UTC instant from unix seconds, an ISO string or a Czech day ("24.11.2026", "od 1.12.2026":
 * midnight UTC of that day); a day or time with no zone ("Dec 1, 2026", "2026-12-01T10:00") is read in UTC,
 * whatever the machine's zone; else undefined. A day that does not exist ("32.1.2027", "2027-02-30") is
 * unknown, not moved to the next month, and so is an instant outside 2000–2099.
 */
export function toIsoInstant(value: number | string | undefined | null): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) && value > 946_684_800 && value < 4_102_444_800
      ? new Date(value * 1000).toISOString()
      : undefined;
  // V8's Date.parse reads almost anything ("0" is 1 January 2000): a date without a four-digit year is unknown.
  if (!/(?<!\d)\d{4}(?!\d)/.test(value)) return undefined;
  const czech = CZECH_DATE.exec(value);
  const iso = ISO_DAY.exec(value);
  // V8 reads a year or a month without a day ("2026", "rok 2026", "květen 2027") as 1 January. DAY_NUMBER
  // never matches inside the year itself: its digits have digits beside them. A Czech or ISO day in the
  // text is read, whatever else it holds ("od 1. 12. 2026, tj. 1/12/2026").
  if (!czech && !iso && (SLASHED_DAY.test(value) || !DAY_NUMBER.test(value))) return undefined;
  if (iso && Number.isNaN(utcDay(Number(iso[1]), Number(iso[2]), Number(iso[3])))) return undefined;
  // V8 reads a text with no zone ("Dec 1, 2026", "2026-12-01T10:00") in the machine's zone, but a bare ISO
  // day in UTC: each is read in UTC here ("Z" added), so a machine in Prague keeps 1 December as Lambda does.
  const time = czech
    ? utcDay(Number(czech[3]), Number(czech[2]), Number(czech[1]))
    : Date.parse(STATED_ZONE.test(value) ? value : `${value}Z`);
  if (Number.isNaN(time) || time < 946_684_800_000 || time > 4_102_444_800_000) return undefined;
  return new Date(time).toISOString();
}

/** An ISO date (YYYY-MM-DD) from the same inputs; "ihned" (immediately) stays unknown. */
export function toIsoDate(value: number | string | undefined | null): string | undefined {
  return toIsoInstant(value)?.slice(0, 10);
}

/** Midnight UTC of a calendar day in milliseconds, or NaN for a day that does not exist (32 January, 30 February). */
function utcDay(year: number, month: number, day: number): number {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : NaN;
}
