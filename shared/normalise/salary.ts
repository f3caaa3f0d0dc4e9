import { foldText } from '../text/fold-text';
import { cleanText } from './clean-text';
import { plausiblePeriod, type SalaryCurrency, type SalaryPeriod } from './salary-period';

export type { SalaryCurrency, SalaryPeriod } from './salary-period';

export interface SalaryOptions {
  /** CZK per EUR, for pay stated in euros (configurable: REGION config EUR_CZK_RATE). */
  eurCzk: number;
  /** Hours a week assumed when turning hourly pay into monthly, unless the ad states its hours. */
  hoursPerWeek: number;
}

export const DEFAULT_SALARY_OPTIONS: SalaryOptions = { eurCzk: 25, hoursPerWeek: 40 };

export interface Salary {
  min?: number;
  max?: number;
  currency: SalaryCurrency;
  period: SalaryPeriod;
  monthlyCzkMin?: number;
  monthlyCzkMax?: number;
  /** Hours a week assumed (or stated) to turn hourly or daily pay into monthly. */
  hoursPerWeek?: number;
}

const WEEKS_PER_MONTH = 52 / 12;
// Longer texts are descriptions, not pay lines: only their start is read (bounded time).
const MAX_TEXT = 2000;

// An amount: "25 190", "28.500", "2,500", "37,5", "150". Thousands groups (3 digits) first, so
// "28.500" is 28500 and "37,5" is 37.5.
const NUM = String.raw`\d{1,3}(?:[ .,]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const UNIT = String.raw`(?:\s*(tis\b\.?|tisic\w*|k\b|mil\b\.?|mio\b\.?))?`;
const PREFIX_CURRENCY = String.raw`(?:(czk|eur|€)\s*)?`;
const PAY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(od|from|min\.?|minimum|minimalne|at least|starting at)\s+|(do|az|up to|max\.?|maximum|maximalne)\s+)?` +
    `${PREFIX_CURRENCY}(${NUM})${UNIT}` +
    String.raw`(?:(?:\s*,-)?\s*(kc|czk|eur|€)?\s*(?:-|az|do|to)\s*${PREFIX_CURRENCY}(${NUM})${UNIT})?` +
    String.raw`(?:\s*,-)?\s*(kc|czk|eur|€)?`,
  'gu',
);

/** Words that say the period, in Czech and English, as folded text (no diacritics, lower case). */
const PERIOD_WORDS: readonly [SalaryPeriod, RegExp][] = [
  ['hour', /hodinov|(?:na|za) hodinu|\/ ?hod|\/ ?h\b|\/ ?hr\b|per hour|an hour|hourly|hod\. ?mzd/],
  [
    'day',
    /\/ ?den\b|(?:na|za) den\b|denne|denni|per day|a day|daily|\/ ?day|\/ ?md\b|manday|man-day|(?:za|na) smenu|\/ ?smen[auy]\b|per shift|a shift/,
  ],
  ['month', /mesic|\/ ?mes\b|per month|a month|monthly|\/ ?mo\b|\/ ?month/],
  ['year', /rocne|rocni|za rok|\/ ?rok|per year|a year|yearly|annual|per annum|p\. ?a\.|\/ ?yr\b|\/ ?year/],
];

/**
 * Pay from what ads write: "45 000 – 60 000 Kč", "80–130 tis. Kč", "25 190 - 36 210 Kč hrubého",
 * "od 45 tis.", "až 45 000 Kč" (a maximum), "180 Kč/hod", "1 200 Kč na den", "600 000 Kč ročně",
 * "2 500 EUR". The first amount written with a currency or "tis." is the pay; the words next to it
 * say the period (hour, day, month, year). An amount implausible for its stated period is read as
 * monthly when it fits a month (a monthly wage is never an hourly rate), and an amount with no
 * period word takes the first period it fits (month, hour, year, day; bounds in salary-period.ts).
 * Gross stays gross; "dohodou" or "konkurenční" is unknown (undefined).
 */
export function parseSalary(
  text: string | undefined,
  options: SalaryOptions = DEFAULT_SALARY_OPTIONS,
): Salary | undefined {
  if (!text) return undefined;
  const folded = foldText(cleanText(text.slice(0, MAX_TEXT))).replace(/[\u2010-\u2015\u2212]/g, '-');
  for (const match of folded.matchAll(PAY)) {
    const salary = readMatch(match, folded, options);
    if (salary) return salary;
  }
  return undefined;
}

function readMatch(match: RegExpMatchArray, folded: string, options: SalaryOptions): Salary | undefined {
  const [
    whole,
    from,
    upTo,
    currencyBefore,
    first,
    firstUnit,
    currencyMid,
    currencyBetween,
    second,
    secondUnit,
    currencyAfter,
  ] = match;
  const currencies = [currencyBefore, currencyMid, currencyBetween, currencyAfter].filter(Boolean).join(' ');
  const unitOnly = currencies === '';
  if (unitOnly && !/^(tis|mil|mio)/.test(secondUnit ?? firstUnit ?? '')) return undefined;
  const currency: SalaryCurrency = /eur|€/.test(currencies) ? 'EUR' : 'CZK';
  let low = amount(first!, firstUnit ?? (second !== undefined ? secondUnit : undefined));
  let high = second === undefined ? undefined : amount(second, secondUnit);
  if (low === undefined || (second !== undefined && high === undefined)) return undefined;
  if (high === undefined && upTo && !from) [low, high] = [undefined, low];
  if (low !== undefined && high !== undefined && low > high) [low, high] = [high, low];
  const end = (match.index ?? 0) + whole!.length;
  const stated = statedPeriod(
    folded.slice(end, end + 40),
    folded.slice(Math.max(0, (match.index ?? 0) - 40), match.index),
  );
  const amounts = [low, high].filter((n): n is number => n !== undefined);
  const period =
    stated && !isFitting(amounts, currency, stated, options)
      ? isFitting(amounts, currency, 'month', options)
        ? 'month'
        : undefined
      : plausiblePeriod(amounts, currency, stated, options.eurCzk);
  if (!period) return undefined;
  const hours = /(\d{1,2}(?:[.,]5)?) ?(?:hodin|hod|h|hours?) ?(?:tydne|\/ ?tyden|a week|per week|weekly)/.exec(folded);
  const hoursPerWeek = hours ? Number(hours[1]!.replace(',', '.')) : options.hoursPerWeek;
  return {
    min: low,
    max: high,
    currency,
    period,
    ...monthlyCzk(low, high, currency, period, { ...options, hoursPerWeek }),
    ...(period === 'hour' || period === 'day' ? { hoursPerWeek } : {}),
  };
}

function isFitting(amounts: number[], currency: SalaryCurrency, period: SalaryPeriod, options: SalaryOptions): boolean {
  return plausiblePeriod(amounts, currency, period, options.eurCzk) === period;
}

/** "25 190" → 25190, "37,5" + "tis." → 37500; undefined for zero or nonsense. */
function amount(digits: string, unit: string | undefined): number | undefined {
  const thousands = /^\d{1,3}(?:[ .,]\d{3})+(?:,\d{1,2})?$/.exec(digits);
  const plain = thousands ? digits.replace(/[ .,](?=\d{3}(?!\d))/g, '') : digits;
  const value = Number(plain.replace(',', '.')) * (unit === undefined ? 1 : /^(mil|mio)/.test(unit) ? 1_000_000 : 1000);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

// A shift right after the amount, with its length or kind ("/12h směna", "za 12hodinovou směnu",
// "/noční směna", "/shift", "a 12 h shift"): a day's pay, read before the clause is cut at its digits.
const SHIFT = /^ ?(?:(?:za|na|per|a) |\/ ?)(?:\d+ h |[a-z\d]+ )?(?:smen[auy]|shift)/;

/** The period named right after the amount (up to the next clause), else just before it. */
function statedPeriod(after: string, before: string): SalaryPeriod | undefined {
  if (SHIFT.test(after)) return 'day';
  // "hod. mzda" (hodinová mzda) is an abbreviation, not the end of a sentence.
  const clause = after.split(/[+;(!?\d]|(?<!\bhod)\.\s|,\s/)[0]!;
  const lead = before.split(/[.;:,\n\d]|kc|czk|eur|€/).at(-1)!;
  for (const part of [clause, lead]) {
    const found = PERIOD_WORDS.map(([period, words]) => ({ period, at: part.search(words) }))
      .filter((f) => f.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (found) return found.period;
  }
  return undefined;
}

/**
 * Pay given as numbers with their period (a feed's structured fields), checked the same way: a
 * period its amounts do not fit is corrected to month when they fit a month, else the pay is unknown.
 */
export function structuredSalary(
  stated: { min?: number; max?: number; currency: SalaryCurrency; period: SalaryPeriod },
  hoursPerWeek: number | undefined,
  options: SalaryOptions = DEFAULT_SALARY_OPTIONS,
): Salary | undefined {
  const min = stated.min !== undefined && stated.min > 0 ? stated.min : undefined;
  const max = stated.max !== undefined && stated.max > 0 ? stated.max : undefined;
  const amounts = [min, max].filter((n): n is number => n !== undefined);
  if (amounts.length === 0) return undefined;
  const fits = isFitting(amounts, stated.currency, stated.period, options);
  const period = fits ? stated.period : isFitting(amounts, stated.currency, 'month', options) ? 'month' : undefined;
  if (!period) return undefined;
  const [low, high] = min !== undefined && max !== undefined && min > max ? [max, min] : [min, max];
  const hours =
    hoursPerWeek !== undefined && hoursPerWeek > 0 && hoursPerWeek <= 80 ? hoursPerWeek : options.hoursPerWeek;
  return {
    min: low,
    max: high,
    currency: stated.currency,
    period,
    ...monthlyCzk(low, high, stated.currency, period, { ...options, hoursPerWeek: hours }),
    ...(period === 'hour' || period === 'day' ? { hoursPerWeek: hours } : {}),
  };
}

/** Monthly gross CZK for an amount stated in a currency per period (rounded to 100 CZK). */
export function monthlyCzk(
  min: number | undefined,
  max: number | undefined,
  currency: SalaryCurrency,
  period: SalaryPeriod,
  options: SalaryOptions = DEFAULT_SALARY_OPTIONS,
) {
  const perMonth = {
    hour: options.hoursPerWeek * WEEKS_PER_MONTH,
    day: (options.hoursPerWeek / 8) * WEEKS_PER_MONTH,
    month: 1,
    year: 1 / 12,
  }[period];
  const rate = currency === 'EUR' ? options.eurCzk : 1;
  const convert = (n: number | undefined) =>
    n === undefined ? undefined : Math.round((n * perMonth * rate) / 100) * 100 || undefined;
  return { monthlyCzkMin: convert(min), monthlyCzkMax: convert(max) };
}
