import { foldText } from '../text/fold-text';
import { cleanText } from './clean-text';

export type SalaryPeriod = 'hour' | 'day' | 'month' | 'year';

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
  currency: 'CZK' | 'EUR';
  period: SalaryPeriod;
  monthlyCzkMin?: number;
  monthlyCzkMax?: number;
  /** Hours a week assumed (or stated) to turn hourly or daily pay into monthly. */
  hoursPerWeek?: number;
}

const WEEKS_PER_MONTH = 52 / 12;

/**
 * Pay from what ads write: "45 000 – 60 000 Kč", "od 40 000 Kč", "do 55 000 Kč/měsíc", "180 Kč/hod",
 * "600 000 Kč ročně", "2 500 EUR". Gross stays gross; "dohodou" or "konkurenční" is unknown.
 * Monthly CZK: hourly × hours a week × 52/12 (the hours are an assumption the caller states), yearly ÷ 12.
 */
export function parseSalary(text: string | undefined, options: SalaryOptions = DEFAULT_SALARY_OPTIONS): Salary | undefined {
  if (!text) return undefined;
  const clean = cleanText(text).replace(/(\d)[ .](?=\d{3}(?!\d))/g, '$1');
  const folded = foldText(clean);
  const currencyAt = [...folded.matchAll(/k[cč]|czk|€|eur/g)].at(-1)?.index;
  // "dohodou", "konkurenční" or no currency at all: the pay is not stated.
  if (currencyAt === undefined) return undefined;
  // Numbers after the last currency mention are hours, days or dates, not pay.
  const amounts = [...folded.slice(0, currencyAt).matchAll(/(\d+(?:,\d+)?)\s*(tis\b\.?|k\b)?/g)]
    .map((m) => Number(m[1]!.replace(',', '.')) * (m[2] ? 1000 : 1))
    .filter((n) => n > 0 && Number.isFinite(n))
    .slice(-2);
  if (amounts.length === 0) return undefined;
  const currency = /€|eur/.test(folded.slice(currencyAt)) ? 'EUR' : 'CZK';
  const tail = folded.slice(currencyAt);
  const period: SalaryPeriod = /^(k[cč]|czk|€|eur)\s*(\/|za|per|a)?\s*(hod|h\b|hour|hr)/.test(tail) || /hodinov/.test(folded)
    ? 'hour'
    : /(rok|rocne|year|annual|p\.a\.)/.test(tail)
      ? 'year'
      : /^(k[cč]|czk|€|eur)\s*(\/|za|per|a)?\s*(den|day)/.test(tail)
        ? 'day'
        : 'month';
  const onlyUpTo = amounts.length === 1 && /\b(do|up to|max\.?)\s*\d/.test(folded);
  let [min, max] = amounts.length === 2 ? [amounts[0], amounts[1]] : onlyUpTo ? [undefined, amounts[0]] : [amounts[0], undefined];
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const stated = /(\d{1,2})\s*(hodin|h)\s*(tydne|\/\s*tyden|a week|per week)/.exec(folded);
  const hoursPerWeek = stated ? Number(stated[1]) : options.hoursPerWeek;
  return {
    min,
    max,
    currency,
    period,
    ...monthlyCzk(min, max, currency, period, { ...options, hoursPerWeek }),
    ...(period === 'hour' || period === 'day' ? { hoursPerWeek } : {}),
  };
}

/** Monthly gross CZK for an amount stated in a currency per period. */
export function monthlyCzk(min: number | undefined, max: number | undefined, currency: 'CZK' | 'EUR', period: SalaryPeriod, options: SalaryOptions = DEFAULT_SALARY_OPTIONS) {
  const perMonth = { hour: options.hoursPerWeek * WEEKS_PER_MONTH, day: (options.hoursPerWeek / 8) * WEEKS_PER_MONTH, month: 1, year: 1 / 12 }[period];
  const rate = currency === 'EUR' ? options.eurCzk : 1;
  const convert = (n: number | undefined) => (n === undefined ? undefined : Math.round((n * perMonth * rate) / 100) * 100 || undefined);
  return { monthlyCzkMin: convert(min), monthlyCzkMax: convert(max) };
}
