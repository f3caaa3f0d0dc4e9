export type SalaryPeriod = 'hour' | 'day' | 'month' | 'year';
export type SalaryCurrency = 'CZK' | 'EUR';

/*
 * Plausible gross pay per period in CZK, wide enough for a part-time minimum-wage job and a senior
 * specialist. Czech minimum wage 2026: about 22 400 CZK a month, 134 CZK an hour (nařízení vlády
 * č. 567/2006 Sb., as amended); the upper bounds leave room for executives. An amount outside its
 * period's range was written for another period ("25 190 Kč" is never an hourly rate).
 */
const CZK_BOUNDS: Record<SalaryPeriod, readonly [number, number]> = {
  hour: [60, 3000],
  day: [500, 20_000],
  month: [5000, 400_000],
  year: [120_000, 12_000_000],
};

/** The order in which an amount without a stated period is tried: most ads state monthly pay. */
const GUESS_ORDER: readonly SalaryPeriod[] = ['month', 'hour', 'year', 'day'];

/** Whether every stated amount fits the plausible range of a period, in CZK at the given rate. */
export function isPlausible(
  amounts: readonly number[],
  currency: SalaryCurrency,
  period: SalaryPeriod,
  eurCzk: number,
): boolean {
  const [low, high] = CZK_BOUNDS[period];
  const rate = currency === 'EUR' ? eurCzk : 1;
  return amounts.length > 0 && amounts.every((amount) => amount * rate >= low && amount * rate <= high);
}

/**
 * The period pay is really for: the stated one when its amounts fit it, else the first period they
 * fit (month, hour, year, day), else undefined (the numbers are not pay). So a monthly amount
 * labelled hourly, or an hourly one with no label, lands in the right period.
 */
export function plausiblePeriod(
  amounts: readonly number[],
  currency: SalaryCurrency,
  stated: SalaryPeriod | undefined,
  eurCzk: number,
): SalaryPeriod | undefined {
  if (stated && isPlausible(amounts, currency, stated, eurCzk)) return stated;
  return GUESS_ORDER.find((period) => isPlausible(amounts, currency, period, eurCzk));
}
