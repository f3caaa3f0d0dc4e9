import { foldText } from '../text/fold-text';
import { cleanText } from './clean-text';
import { parseMoney } from './money';

/** How rental money is read: the CZK value of one euro (the same rate pay in euros is converted at). */
export interface RentOptions {
  /** CZK per EUR; undefined leaves amounts in euros unknown instead of converting them. */
  eurCzk?: number;
}

export const DEFAULT_RENT_OPTIONS: RentOptions = { eurCzk: 25 };

/**
 * Below this a monthly rent is a placeholder ("1 Kč", "10 Kč": the real price is "on request"); above
 * it the figure is a sale price put in the rent field. Neither is a rent, so either stays unknown.
 */
export const PLAUSIBLE_RENT_CZK = { min: 500, max: 500_000 } as const;

/** What a portal's price figure is per. */
export type PriceUnit = 'month' | 'year' | 'm2-month' | 'm2-year' | 'day' | 'whole' | 'unknown';

/**
 * The unit of a price from what portals write: sreality "za měsíc", "za m²/měsíc", "za den",
 * "za nemovitost"; ulovdomov "perMonth", "perDay", "perM2"; idnes "Kč/měsíc". Monthly when absent.
 */
export function parsePriceUnit(text: string | undefined): PriceUnit {
  if (text === undefined || text.trim() === '') return 'month';
  // Folded: lower case, so ulovdomov's "perM2" is "perm2".
  const unit = foldText(text);
  const perArea = /m2|m\^2|metr|sq|per ?m\b/.test(unit.replace(/²/g, '2'));
  if (/nemovitost|celek|total|property|whole|za vse/.test(unit)) return 'whole';
  if (/den|day|daily|noc|night/.test(unit)) return 'day';
  if (/rok|year|annual|rocn/.test(unit)) return perArea ? 'm2-year' : 'year';
  if (/mes|month/.test(unit)) return perArea ? 'm2-month' : 'month';
  return 'unknown';
}

/** The currency of an amount as portals name it; undefined when it is neither CZK nor EUR. */
export function parseCurrency(text: string | undefined): 'CZK' | 'EUR' | undefined {
  if (text === undefined || text.trim() === '') return 'CZK';
  const folded = foldText(text);
  if (/^(czk|kc|kc\.|korun)/.test(folded)) return 'CZK';
  if (/^(eur|€)/.test(folded)) return 'EUR';
  return undefined;
}

/** An amount in whole CZK: euros at the configured rate, any other currency (or no rate) unknown. */
export function toCzk(
  amount: number | undefined,
  currency: 'CZK' | 'EUR' | undefined,
  options: RentOptions = DEFAULT_RENT_OPTIONS,
): number | undefined {
  const czk = exactCzk(amount, currency, options);
  return czk === undefined ? undefined : Math.round(czk);
}

/** The amount in CZK, not rounded: a price per m² is rounded only once multiplied by the area. */
function exactCzk(
  amount: number | undefined,
  currency: 'CZK' | 'EUR' | undefined,
  options: RentOptions,
): number | undefined {
  if (amount === undefined || !Number.isFinite(amount) || amount < 0 || currency === undefined) return undefined;
  if (currency === 'CZK') return amount;
  return options.eurCzk === undefined ? undefined : amount * options.eurCzk;
}

export interface RentInput {
  /** The figure as sent: a number, or a text such as "12 500 Kč". */
  rent?: number | string;
  currency?: string;
  priceUnit?: string;
  /** The floor area in m², for a price per m². */
  areaM2?: number;
}

/**
 * The monthly rent in whole CZK: a price per m² times the area, a yearly one divided by 12, euros at
 * the configured rate. Unknown (undefined) when it cannot be had exactly: a price per day (a short
 * stay, not a monthly rent), for the whole property (a sale), per m² without an area, in another
 * currency, 0 ("on request") or a placeholder outside PLAUSIBLE_RENT_CZK.
 */
export function normaliseRent(input: RentInput, options: RentOptions = DEFAULT_RENT_OPTIONS): number | undefined {
  const text = typeof input.rent === 'string' ? parseMoney(cleanText(input.rent)) : undefined;
  const amount = typeof input.rent === 'number' ? input.rent : text?.amount;
  const currency = text?.currency ?? parseCurrency(input.currency);
  const unit = parsePriceUnit(input.priceUnit ?? (typeof input.rent === 'string' ? unitInText(input.rent) : undefined));
  const czk = exactCzk(amount, currency, options);
  if (czk === undefined || czk <= 0) return undefined;
  const monthly = perMonth(czk, unit, input.areaM2);
  if (monthly === undefined) return undefined;
  return monthly >= PLAUSIBLE_RENT_CZK.min && monthly <= PLAUSIBLE_RENT_CZK.max ? monthly : undefined;
}

function perMonth(czk: number, unit: PriceUnit, areaM2: number | undefined): number | undefined {
  switch (unit) {
    case 'month':
      return Math.round(czk);
    case 'year':
      return Math.round(czk / 12);
    case 'm2-month':
      return areaM2 === undefined ? undefined : Math.round(czk * areaM2);
    case 'm2-year':
      return areaM2 === undefined ? undefined : Math.round((czk * areaM2) / 12);
    default:
      return undefined;
  }
}

/** The unit written after the amount in a price text ("15 000 Kč/měsíc", "250 Kč/m²/měsíc"), if any. */
function unitInText(text: string): string | undefined {
  const after = /(?:k[cč]|czk|€|eur)\s*(?:\/|za|per)\s*(.+)$/i.exec(cleanText(text));
  return after ? after[1] : undefined;
}
