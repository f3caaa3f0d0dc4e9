import { cleanText } from './clean-text';

/** Phrases that mean "no price stated": the price stays unknown. "v RK" also covers "Info v RK". */
const NO_PRICE =
  /(dohodou|na\s+dotaz|v\s+rk|neuveden|cena\s+na\s+vy[zž][aá]d[aá]n[ií]|konkuren[cč]n[ií]|price\s+on\s+request|negotiable)/i;
// The currency as a symbol, a code or in words: "Kč", "CZK", "korun" ("30 tisíc korun"), "€", "EUR". A figure
// starts after no digit: tried from inside a long run of digits, each start scanned the rest of it (quadratic).
const AMOUNT = /(?<!\d)(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?\s*(?:,-|,–)?\s*(k[cč]|czk|korun|€|eur)/i;

// "+ DPH", "bez DPH", "plus VAT", "excl. VAT": a commission or fees stated before VAT, which the tenant pays on
// top.
export const PLUS_VAT = /(?:\+|plus)\s*(?:DPH|VAT)\b|bez\s+DPH\b|excl(?:\.|uding)?\s+VAT\b/iu;
/**
 * The Czech standard VAT rate (zákon č. 235/2004 Sb. § 47), which an agency's commission bears, and so do
 * monthly fees stated "+ DPH": a landlord who is a VAT payer bills its services with VAT and the tenant
 * pays it, so the figure without it understates the month's cost. The standard rate, not the reduced 12 %
 * of water and heat: a text that says only "+ DPH" names no other.
 */
export const VAT_RATE = 0.21;

// "včetně DPH", "VAT included", "DPH v ceně": a figure with its VAT in it ("vč. DPH", "incl. VAT" name no
// fees included, so they need no removing).
const VAT_INCLUDED = /v[cč]etn[eě]\s*(?:DPH|VAT)|(?:DPH|VAT)\s+(?:je\s+|is\s+)?(?:v\s+cen[eě]|zahrnut|included)/giu;

export interface MoneyAmount {
  amount: number;
  currency: 'CZK' | 'EUR';
}

/**
 * The first amount of money in a text as portals write it ("12 500 Kč", "12.500,- Kč", "30 000 korun", "350 EUR"),
 * or undefined when the text says there is no price ("Info v RK", "cena dohodou") or has none.
 * A zero is not a price, and a number too long to read exactly (over 2^53) is no price either: both
 * stay unknown.
 */
export function parseMoney(text: string | undefined): MoneyAmount | undefined {
  if (text === undefined) return undefined;
  const clean = cleanText(text);
  if (NO_PRICE.test(clean)) return undefined;
  const match = AMOUNT.exec(clean);
  if (!match) return undefined;
  const amount = Number(match[1]!.replace(/[ .]/g, '')) + (match[2] ? Number(`0.${match[2]}`) : 0);
  if (!(amount > 0 && amount <= Number.MAX_SAFE_INTEGER)) return undefined;
  const currency = /eur|€/i.test(match[3]!) ? 'EUR' : 'CZK';
  return { amount, currency };
}

/** A whole positive CZK amount from a number or a text; anything else (0, NaN, EUR) is unknown. */
export function czkOrUnknown(value: number | string | undefined | null): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? wholeCzk(value) : undefined;
  const money = parseMoney(value ?? undefined);
  return money?.currency === 'CZK' ? wholeCzk(money.amount) : undefined;
}

/** An amount rounded to whole CZK, unknown when that is not positive ("0,30 Kč" states no rent). */
function wholeCzk(amount: number): number | undefined {
  const rounded = Math.round(amount);
  return rounded > 0 ? rounded : undefined;
}

// Per person ("Kč/osoba", "Kč/os.", "za osobu", "na os.") or per year or quarter ("za rok", "Kč/rok",
// "ročně", "čtvrtletně"): no monthly figure for the flat. Text is cleaned first (one space between words).
const PER_PERSON =
  /\/\s?os(?:ob[auy]|\.)?(?![\p{L}\d])|(?<![\p{L}\d])(?:[nz]a\sos(?:ob[uy]|\.)|per\sperson)(?![\p{L}\d])/iu;
const NOT_MONTHLY = /(?<![\p{L}\d])(?:za\srok|ro[cč]n[eě]|[cč]tvrtletn[eě])(?![\p{L}\d])|\/\s?rok(?![\p{L}\d])/iu;

export interface RentText {
  rentCzk?: number;
  feesCzk?: number;
  /** Whether the text says the fees are included in the rent. */
  feesIncluded?: boolean;
}

const FEES = /\+\s*([^+]*?)\s*(poplat|služ|energi|záloh)/i;
// The word may come first: "+ poplatky 3 500 Kč" (sreality's price_note).
// The gap after the word's stem takes the rest of the word ("poplatky", "energií") and any words up to the
// amount; the amount's own spaces are in [\d .] (the text is clean: one plain space between words).
const FEES_WORD_FIRST = /\+\s*(?:poplatk|služb|energi|záloh)[^\d+]*?(\d[\d .]*k[cč])/i;
const FEES_INCLUDED = /(včetně|vč\.)\s*(poplatk|energi|služeb|záloh)/i;

/**
 * Rent and fees from a price line such as "12 500 Kč/měsíc + 3 000 Kč poplatky" or
 * "15 000 Kč včetně poplatků". Fees that the text does not state stay unknown.
 */
export function parseRentText(text: string | undefined): RentText {
  if (text === undefined) return {};
  const clean = cleanText(text);
  const [rentPart] = clean.split('+');
  const rent = parseMoney(rentPart);
  const result: RentText = { rentCzk: rent?.currency === 'CZK' ? wholeCzk(rent.amount) : undefined };
  if (FEES_INCLUDED.test(clean)) return { ...result, feesCzk: 0, feesIncluded: true };
  const wordFirst = FEES_WORD_FIRST.exec(clean);
  const match = wordFirst ?? FEES.exec(clean);
  const fees = wordFirst ? ([wordFirst[0], wordFirst[1]!.replace(/\s*k[cč]$/i, '')] as const) : match;
  // The fees' part of the line, from its "+" to the next: stated per person or per year, it is no
  // monthly figure for the flat ("+ poplatky 3 500 Kč/os.", "+ 3 500 Kč za rok poplatky").
  const feesPart = fees && clean.slice(match!.index + 1).split('+')[0]!;
  if (feesPart && !PER_PERSON.test(feesPart) && !NOT_MONTHLY.test(feesPart)) {
    // The first amount is read ("3 000 Kč Kč" when the fees' own figure carried its currency).
    const money = parseMoney(`${fees[1]} Kč`);
    // Under half a crown is no figure: unknown, never "no fees".
    // VAT stated after the fees' figure ("+ poplatky 2 000 Kč + DPH") is the tenant's to pay on them.
    const feesCzk = withVat(money?.currency === 'CZK' ? wholeCzk(money.amount) : undefined, clean.slice(match!.index));
    if (feesCzk !== undefined) result.feesCzk = feesCzk;
  }
  return result;
}

/** Monthly fees from a number or a text: "3 500 Kč", "v ceně" / "včetně" (0); unknown otherwise. */
export function parseFees(value: number | string | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  if (value === undefined) return undefined;
  const clean = cleanText(value);
  // "včetně DPH", "VAT included" say what the figure holds, not that the fees are in the rent.
  if (/v\s+cen[eě]|v[cč]etn[eě]|zahrnut|included/i.test(clean.replace(VAT_INCLUDED, ' '))) return 0;
  // Per person ("2 500 Kč/osoba", "Kč/os./měs.", "za osobu"): the household's fees are not stated.
  if (PER_PERSON.test(clean)) return undefined;
  return withVat(czkOrUnknown(clean), clean);
}

/** Fees with the VAT the text says they are quoted without ("+ DPH", "bez DPH"), in whole CZK. */
function withVat(feesCzk: number | undefined, text: string): number | undefined {
  return feesCzk !== undefined && PLUS_VAT.test(text) ? Math.round(feesCzk * (1 + VAT_RATE)) : feesCzk;
}
