import type { DescriptionEnglish } from '../listing/schema';

type NumberFlag = DescriptionEnglish['numberMismatches'][number];

/** A figure found in a text: as written, and every value it can be read as. */
interface Figure {
  written: string;
  values: string[];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const CZ_DATE = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/g;
const EN_DATE_DMY = new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS.join('|')})\s+(\d{4})`, 'gi');
const EN_DATE_MDY = new RegExp(String.raw`(${MONTHS.join('|')})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'gi');
// "16 900", "3.500,-", "1,5", "16,900", "1.5", "52": groups of three after a space, dot or comma, then decimals.
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?(?:,-)?|\d+(?:[.,]\d+)?(?:,-)?/g;

const isoDate = (d: string, m: string | number, y: string) =>
  `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;

/** The dates of a text as ISO dates, and the text with them blanked out (so their digits are not read again). */
function takeDates(text: string): { dates: Figure[]; rest: string } {
  const dates: Figure[] = [];
  let rest = text.replace(
    CZ_DATE,
    (all, d: string, m: string, y: string) => (dates.push({ written: all, values: [isoDate(d, m, y)] }), ' '),
  );
  rest = rest.replace(
    EN_DATE_DMY,
    (all, d: string, month: string, y: string) => (
      dates.push({ written: all, values: [isoDate(d, MONTHS.indexOf(month.toLowerCase()) + 1, y)] }),
      ' '
    ),
  );
  rest = rest.replace(
    EN_DATE_MDY,
    (all, month: string, d: string, y: string) => (
      dates.push({ written: all, values: [isoDate(d, MONTHS.indexOf(month.toLowerCase()) + 1, y)] }),
      ' '
    ),
  );
  return { dates, rest };
}

/**
 * Every reading of a written number: Czech ("16 900", "3.500,-" = 3500, "1,5" = 1.5) and English
 * ("16,900" = 16900, "1.5"). A translation may keep the Czech form, so both readings count for it.
 */
function readings(written: string): string[] {
  const bare = written.replace(/,-$/, '').replace(/[ \u00a0\u202f]/g, '');
  const czech =
    /,\d{3}$/.test(bare) && !/\.\d{3}/.test(bare)
      ? undefined
      : Number(bare.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.'));
  const english = Number(bare.replace(/,(?=\d{3}(\D|$))/g, ''));
  return [...new Set([czech, english].filter((n): n is number => n !== undefined && Number.isFinite(n)).map(String))];
}

// "35 tis.", "80–130 tisíc", "1,5 mil.", "15 thousand", "2 million": the figure also counts times the word.
const SCALE =
  /^(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(tis\.|tis[ií]c\p{L}*|thousand|mil\.|mili[oó]n\p{L}*|million)(?!\p{L})/iu;

function scaled(values: string[], after: string): string[] {
  const word = SCALE.exec(after)?.[1]?.toLowerCase();
  if (word === undefined) return values;
  const factor = word.startsWith('t') ? 1_000 : 1_000_000;
  return [...new Set([...values, ...values.map((value) => String(Math.round(Number(value) * factor)))])];
}

function figures(text: string): Figure[] {
  const { dates, rest } = takeDates(text);
  const numbers = [...rest.matchAll(NUMBER)].map((m) => {
    const written = m[0].trim();
    return {
      written,
      values: scaled(readings(written), rest.slice(m.index + m[0].length, m.index + m[0].length + 40)),
    };
  });
  return [...dates, ...numbers];
}

// Below this a figure is a count, floor or hour ("2 rooms", "3rd floor", "24/7"), which a translation
// may well add or reorder; money, areas, years and dates are at or above it.
const SIGNIFICANT = 100;
const significant = (figure: Figure) =>
  figure.values.some((value) => /^\d{4}-/.test(value) || Number(value) >= SIGNIFICANT);
const shares = (a: Figure, b: Figure) => a.values.some((value) => b.values.includes(value));

/**
 * The figures of an original Czech text that its translation does not carry (issue 19): money, area,
 * dates and any other number, compared by value ("16 900 Kč" = "16,900 CZK", "1. 12. 2026" =
 * "December 1, 2026"). Three kinds of flag, each with the figure to trust:
 * - a figure of the original the translation lacks or changed: `original`, and `translated` when the
 *   translation has a figure at the same place;
 * - figures the translation swapped ("rent 15,000, deposit 30,000" for "nájem 30 000, kauce 15 000"):
 *   when both texts hold the same figures, each one out of its place, with what stands there instead;
 * - a figure the translation added: `translated` alone.
 * Counts and floors below 100 are compared but never flagged as swapped or added. Pure; at most 50 flags.
 */
export function numberMismatches(original: string, translation: string): NumberFlag[] {
  const source = figures(original);
  const target = figures(translation);
  const used = new Set<number>();
  const flags: NumberFlag[] = [];
  source.forEach((figure, index) => {
    // The figure at the same place first, so that a reordering shows up below.
    const at = [index, ...target.keys()].find((t) => t < target.length && !used.has(t) && shares(figure, target[t]!));
    if (at !== undefined) {
      used.add(at);
      return;
    }
    const atPlace = source.length === target.length ? target[index]?.written : undefined;
    flags.push({ original: figure.written.slice(0, 80), ...(atPlace ? { translated: atPlace.slice(0, 80) } : {}) });
  });
  if (flags.length === 0 && source.length === target.length) {
    source.forEach((figure, index) => {
      const there = target[index]!;
      if (!shares(figure, there) && significant(figure) && significant(there))
        flags.push({ original: figure.written.slice(0, 80), translated: there.written.slice(0, 80) });
    });
  }
  target.forEach((figure, index) => {
    if (
      !used.has(index) &&
      significant(figure) &&
      !flags.some((flag) => flag.translated === figure.written.slice(0, 80))
    )
      flags.push({ translated: figure.written.slice(0, 80) });
  });
  return flags.slice(0, 50);
}
