import { cleanText } from './clean-text';
import { parseMoney, PLUS_VAT, VAT_RATE } from './money';

export { VAT_RATE } from './money';
import { withoutNonAmounts } from './money-text-not-amounts';
import { PLAUSIBLE_RENT_CZK } from './rent';

export type TextMoneyField = 'depositCzk' | 'feesCzk' | 'commissionCzk';

export interface MoneyEvidence {
  field: TextMoneyField;
  /** The clause of the description that states it, as written. */
  quote: string;
  /** What it says, in English: "deposit: 2 × rent (25,000 CZK)". */
  meaning: string;
}

export interface TextMoney {
  depositCzk?: number;
  feesCzk?: number;
  commissionCzk?: number;
  evidence: MoneyEvidence[];
}

interface Rule {
  field: TextMoneyField;
  name: string;
  keyword: RegExp;
  /** Said to be nothing: "bez kauce", "no commission", "energie v ceně". */
  none: RegExp;
  /** Whether "N nájmy" (N × rent) is a way of stating it. */
  inRents: boolean;
}

const RULES: Rule[] = [
  {
    field: 'depositCzk',
    name: 'deposit',
    keyword: /kauc|jistin|jistot|vratn\p{L}* z[aá]loh|deposit/iu,
    // "bez kauce", "bez vratné kauce", "bez provize a kauce", "kauce gratis", "kauce: žádná", "žádná kauce", "nepožadujeme kauci",
    // "kauce není požadována", "no deposit", "deposit-free", "without a deposit".
    none: /bez\s+(?:\p{L}+\s+(?:a|i|ani)\s+)?(?:vratn\p{L}*\s+)?(?:kauc|jistot|jistin)|(?:kauc|jistot|jistin)\p{L}*\s*(?::\s*)?(?:gratis|zdarma|[zž][aá]dn[aá]|ne(?![\p{L}\d])|se\s+nepo[zž]aduje|nepo[zž]aduje|nen[ií]\s+(?:po[zž]adov[aá]n|vy[zž]adov[aá]n|nutn|pot[rř]eb))|[zž][aá]dn[aáoé]u?\s+(?:vratn\p{L}*\s+)?(?:kauc|jistot|jistin)|nepo[zž]adujeme\s+(?:kauci|jistotu|jistinu)|no\s+(?:\p{L}+\s+(?:or|and|nor)\s+)?(?:security\s+)?deposit|deposit[- ]free|without\s+(?:a\s+)?deposit|deposit\s*:?\s*none/iu,
    inRents: true,
  },
  {
    field: 'commissionCzk',
    name: 'agency commission',
    keyword: /provize|odm[eě]n\p{L}*\s+(rk|realitn)|commission|agency\s+fee/iu,
    // Also named after another money: "bez kauce a provize", "no deposit or commission".
    none: /bez\s+(?:\p{L}+\s+(?:a|i|ani)\s+)?provize|[zž][aá]dn[aá]\s+provize|no\s+(?:\p{L}+\s+(?:or|and|nor)\s+)?(agency\s+)?(commission|fee)|commission[- ]free/iu,
    inRents: true,
  },
  {
    field: 'feesCzk',
    name: 'fees',
    keyword: /poplat|z[aá]loh\p{L}*\s+na\s+(energi|slu[zž]b)|slu[zž]by|utilities|service\s+charges?|\bfees\b/iu,
    none: /(poplatk\p{L}*|energi\p{L}*|slu[zž]by)\s+(jsou\s+)?(v\s+cen[eě]|zahrnut)|v[cč]etn[eě]\s+(poplatk|energi|slu[zž]eb)|(utilities|fees)\s+(are\s+)?included/iu,
    inRents: false,
  },
];

const NUMBER_WORDS: Record<string, number> = {
  jeden: 1,
  jednoho: 1,
  jedna: 1,
  jednu: 1,
  jednom: 1,
  one: 1,
  dva: 2,
  dvou: 2,
  dvě: 2,
  dvojnásobek: 2,
  dvojnásobku: 2,
  two: 2,
  double: 2,
  tři: 3,
  tří: 3,
  trojnásobek: 3,
  trojnásobku: 3,
  three: 3,
  triple: 3,
};
// "dvou nájmů", "2 nájmy", "jednoho měsíčního nájemného", "2 měs. nájmy", "two months' rent", "one month rent",
// "dvojnásobek nájmu", "2 měs." (months, abbreviated).
const IN_RENTS = new RegExp(
  String.raw`(?:^|[^\p{L}\d,.])(\d(?:[,.]\d{1,2})?|${Object.keys(NUMBER_WORDS).join('|')})\s*(?:x\s*|×\s*)?(?:(?:m[eě]s[ií][cč]n[ií]\p{L}*|m[eě]s\.)\s*)?(?:n[aá]jem|n[aá]jm\p{L}*|n[aá]jemn\p{L}*|m[eě]s[ií]c\p{L}*|m[eě]s(?:\.|(?![\p{L}\d]))|months?['’]?s?\s+(?:of\s+)?rent|rents?)`,
  'iu',
);
const IN_RENTS_ALL = new RegExp(IN_RENTS.source, 'giu');
// Ranges, alternatives ("20 000 nebo 30 000 Kč", "2 nájmy nebo více"), bounds ("min. 30 000 Kč", "od 3 000 Kč",
// "do 2 nájmů", "max. 2 nájmy", "až 3 nájmy", "at least", "nejméně", "alespoň"), vague words and amounts per
// person ("2 000 Kč/osoba", "Kč/os./měs."): the text does not state one figure, so none is read. A bound only
// before an amount in crowns, rents or months, written as IN_RENTS reads them ("do dvou nájmů", "min. 2x nájem",
// "minimálně ve výši 2 měsíčních nájmů", "až do výše 3 nájmů", "max. 2 měs.", "at least two months' rent"), and
// an alternative only before a figure, not before a date, days, a term, people or a way to pay ("splatná do
// 5 dnů", "min. doba nájmu 1 rok", "do dvou týdnů", "max. 2 osoby", "splatná až při podpisu", "hotově nebo
// převodem").
const AMBIGUOUS =
  /(?<![\p{L}\d])(dohodou|by\s+agreement|negotiable|individu[aá]ln\p{L}*|dle\s+dohody|mo[zž]n[aá]|za\s+osobu|na\s+osobu|per\s+person|[nz]a\s+os\.)(?![\p{L}\d])|(?<![\p{L}\d])(?:od|do|from|min\.?|minim\p{L}*|max\p{L}*\.?|nejv[yý][sš]e|nejm[eé]n[eě]|alespo[nň]|aspo[nň]|at\s+(?:least|most)|a[zž]|up\s+to)\s*(?:(?:ve\s+v[yý][sš]i|do\s+v[yý][sš]e)\s+)?(?:\d[\d \u00a0.,]*(?:-\s*)?|(?:jed|dv|t[rř])\p{L}*\s+|(?:one|two|three|double|triple)\s+)(?:[x×]\s*)?(?:m[eě]s[ií][cč]n\p{L}*\s+)?(?:K[cč]|CZK|kor|EUR|€|n[aá]j|m[eě]s[ií]c|m[eě]s\.|rent|month)|(?<![\p{L}\d])(?:nebo|or)\s+(?:\d|jed|dv|t[rř]|one|two|three|double|triple|v[ií]ce|m[eé]n[eě]|more|less)|\/\s*os(?:ob\p{L}*|\.)?(?![\p{L}\d])|\d\s*[-–]\s*\d/iu;
const NOT_MONTHLY =
  /(?<![\p{L}\d])(za\s+rok|ro[cč]n[eě]|ro[cč]n[ií]|za\s+[cč]tvrtlet\p{L}*|[cč]tvrtletn\p{L}*|per\s+(year|annum|quarter)|a\s+year|yearly|annual\p{L}*|quarterly)(?![\p{L}\d])/iu;
// A sum written with a minus ("kauce -30 000 Kč") is no amount to pay: read as no single figure.
const NEGATIVE = /(?:^|[\s:(=])[-\u2212]\d/u;
/**
 * Below this a deposit is a placeholder ("Kauce 10 Kč", "1 Kč"), not one to pay: unknown. The same bound
 * as a monthly rent's (PLAUSIBLE_RENT_CZK.min, 500 CZK): a deposit secures the rent (usually one to three
 * months of it, Czech Civil Code § 2254), so one below the least plausible rent is no real deposit.
 */
export const MIN_DEPOSIT_CZK = PLAUSIBLE_RENT_CZK.min;
// One run of spaces either side of the optional ":" (two "\s*" side by side took seconds on a long run of spaces).
const ZERO = /^\p{L}*\s*(?:(?:[:=]|ve\s+v[yý][sš]i|of)\s*)?0\s*(?:,-\s*)?(?:K[cč]|CZK)(?![\p{L}\d])/iu;
// "30 tis. Kč", "25 tisíc Kč", "12,5 tis." (tisíc: a thousand).
const THOUSANDS = /(?<![\d,.])(\d{1,3}(?:[,.]\d{1,2})?)\s*tis(?:\.|[ií]c\p{L}*)?(?![\p{L}\d])/giu;
// A sentence ends at . ! or ? before a capital, but not at the abbreviations "tis." ("30 tis. Kč", also
// glued to its figure: "30tis. Kč") and "excl." ("10,000 CZK excl. VAT").
const CLAUSES = /(?<=[.!?])(?<!(?<!\p{L})(?:tis|excl)\.)\s+(?=\p{Lu})|\n+|;\s*/u;

/**
 * Money a rental's description states in words and the fields do not (issue 19): the deposit ("kauce
 * ve výši dvou nájmů", "Deposit two months' rent", "kauce 30 000 Kč", "kauce 30 tis. Kč", "bez kauce"),
 * the monthly fees ("poplatky 3 500 Kč", "energie v ceně") and the agency commission ("provize RK jeden
 * nájem"), each with the clause that says it. Pure. A multiple of the rent needs a known rent; a range,
 * an alternative, "dohodou", two amounts or two differing multiples of the rent in one clause ("kauce
 * 3 nájmy u zvířat, jinak 2 nájmy") or two clauses that disagree leave the field unknown: nothing is
 * guessed.
 */
export function moneyInText(text: string | undefined, rentCzk: number | undefined): TextMoney {
  const result: TextMoney = { evidence: [] };
  if (text === undefined) return result;
  const clauses = text
    .split(CLAUSES)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  for (const rule of RULES) {
    const found = clauses.flatMap((clause) => {
      const read = readClause(clause, rule, rentCzk);
      return read === undefined ? [] : [{ clause, ...read }];
    });
    const values = new Set(found.map((f) => f.value));
    if (found.length === 0 || values.size !== 1 || found.some((f) => Number.isNaN(f.value))) continue;
    result[rule.field] = found[0]!.value;
    result.evidence.push({
      field: rule.field,
      quote: found[0]!.clause.slice(0, 300),
      meaning: `${rule.name}: ${found[0]!.meaning}`,
    });
  }
  return result;
}

/** What one clause states for a rule: a value (NaN: it speaks of it but states no single figure), or undefined when silent. */
function readClause(
  clause: string,
  rule: Rule,
  rentCzk: number | undefined,
): { value: number; meaning: string } | undefined {
  const none = rule.none.exec(clause);
  if (none) {
    // "Kauce 2 nájmy, bez kauce" says both: read the clause without its "none" and keep 0 only if
    // nothing else is stated there ("Kauce 0 Kč, bez kauce" agrees with itself).
    const other = readClause(
      `${clause.slice(0, none.index)} ${clause.slice(none.index + none[0].length)}`,
      rule,
      rentCzk,
    );
    return other === undefined || other.value === 0 ? { value: 0, meaning: 'none' } : { value: NaN, meaning: '' };
  }
  const keyword = rule.keyword.exec(clause);
  if (!keyword) return undefined;
  // English thousands ("3,500 CZK") as the Czech write them, so one figure is read as one, and thousands
  // in words ("30 tis. Kč", "12,5 tisíc Kč") as the figure they stand for.
  // Dates, deadlines, terms and a cap on the tenants first: their digits and their "do"/"od" are no amount.
  const rest = withoutNonAmounts(untilOtherMoney(clause.slice(keyword.index + keyword[0].length), rule))
    .replace(/(\d),(\d{3})(?!\d)/g, '$1 $2')
    .replace(THOUSANDS, (_, figure: string) => String(Math.round(Number(figure.replace(',', '.')) * 1000)));
  if (AMBIGUOUS.test(rest) || NEGATIVE.test(rest)) return { value: NaN, meaning: '' };
  const read = readAmount(rest, rule, rentCzk);
  // A deposit is no taxable supply: it bears no VAT whatever the clause says of prices.
  if (read === undefined || Number.isNaN(read.value) || rule.field === 'depositCzk' || !PLUS_VAT.test(rest))
    return read;
  // The cash to move in includes the VAT the commission or the fees are quoted without.
  const value = Math.round(read.value * (1 + VAT_RATE));
  return {
    value,
    meaning: `${read.meaning.replace(/ \([\d,]+ CZK\)$/, '')} + ${VAT_RATE * 100} % VAT (${value.toLocaleString('en')} CZK)`,
  };
}

/**
 * The part of a clause that speaks of `rule`: up to where another kind of money is named. Portals list
 * them in one line ("Kauce: 30 000 Kč, provize: 15 000 Kč, poplatky: 3 500 Kč."), and each figure
 * belongs to the word before it.
 */
function untilOtherMoney(text: string, rule: Rule): string {
  let end = text.length;
  for (const other of RULES) {
    if (other === rule) continue;
    const found = other.keyword.exec(text);
    if (found && found.index < end) end = found.index;
  }
  return text.slice(0, end);
}

function readAmount(
  rest: string,
  rule: Rule,
  rentCzk: number | undefined,
): { value: number; meaning: string } | undefined {
  // Fees are stored a month: an amount stated per year or quarter is not read as monthly.
  if (rule.field === 'feesCzk' && NOT_MONTHLY.test(rest)) return { value: NaN, meaning: '' };
  // "provize 0 Kč", "kauce: 0,- Kč": stated to be nothing (a lone digit is otherwise a multiple of the rent).
  if (ZERO.test(rest)) return { value: 0, meaning: 'none' };
  // Hellers before the currency are part of the figure ("12 000,00 Kč"), not a second one.
  const amounts = [
    ...rest.matchAll(/(?:\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)(?:,\d{2}(?=\s*(?:K[cč]|CZK|kor)))?/giu),
  ].filter((m) => !/^\d$/.test(m[0]) || !rule.inRents);
  const multiple = rule.inRents ? IN_RENTS.exec(rest) : null;
  // "Kauce 3 nájmy u zvířat, jinak 2 nájmy": two multiples that differ state no single figure.
  if (multiple && new Set([...rest.matchAll(IN_RENTS_ALL)].map((m) => timesOf(m[1]!))).size > 1)
    return { value: NaN, meaning: '' };
  if (multiple && amounts.length === 0) {
    // "0,5 nájmu", "1.5 months rent": a decimal multiple, read whole (not its last digit).
    const times = timesOf(multiple[1]!);
    if (times === undefined || !(times > 0) || times > 6 || rentCzk === undefined) return { value: NaN, meaning: '' };
    const value = Math.round(times * rentCzk);
    return { value, meaning: `${times} × rent (${value.toLocaleString('en')} CZK)` };
  }
  const money = parseMoney(rest);
  if (!money || money.currency !== 'CZK' || amounts.length !== 1)
    return amounts.length > 0 ? { value: NaN, meaning: '' } : undefined;
  const value = Math.round(money.amount);
  // Under half a crown ("kauce 0,40 Kč") is no amount: unknown, not "none" (a stated zero is read above);
  // nor is a deposit of a few crowns.
  if (value <= 0 || (rule.field === 'depositCzk' && value < MIN_DEPOSIT_CZK)) return { value: NaN, meaning: '' };
  // "kauce 24 000 Kč (2 nájmy)" agrees with itself; "kauce 30 000 Kč, 2 nájmy" on a 12,000 rent does not.
  if (multiple && rentCzk !== undefined) {
    const times = timesOf(multiple[1]!);
    if (times !== undefined && Math.abs(times * rentCzk - value) > 1) return { value: NaN, meaning: '' };
  }
  return { value, meaning: `${value.toLocaleString('en')} CZK${rule.field === 'feesCzk' ? ' a month' : ''}` };
}

/** How many rents "2", "1,5", "1.5" or "dvou" is; undefined for a word not in NUMBER_WORDS. */
function timesOf(count: string): number | undefined {
  return /^\d/.test(count) ? Number(count.replace(',', '.')) : NUMBER_WORDS[count.toLowerCase()];
}

const DEPOSIT_WORD = /kauc|jistin|jistot|deposit/iu;
const BARE_FIGURE = /^(?:\d{1,3}(?:[ .]\d{3})+|\d+)(?:,-)?$/;

/**
 * A deposit field as a portal states it ("30 000 Kč", "30000", "2 nájmy", "1,5 nájmu", "bez kauce"), read by the
 * rules a description's deposit clause is read by (a multiple × rent when the rent is known): a range,
 * two figures, a figure and "none", or an amount and a multiple that disagree leave it unknown.
 */
export function parseDeposit(text: string | undefined, rentCzk?: number): number | undefined {
  if (text === undefined) return undefined;
  const clean = cleanText(text);
  // A field that is a zero ("0 Kč", "0Kč", "0,-") is how some portals leave it empty: unknown, not "none".
  // Not a figure that only starts with one ("0,5 nájmu"); "00 Kč" or "0,00 Kč" read as no amount anyway.
  if (/^0(?![,.]?\d)/.test(clean)) return undefined;
  // A field that holds a figure alone ("30000", "30 000", "30.000,-") is in crowns, as the field is.
  const figure = BARE_FIGURE.test(clean) ? `${clean} Kč` : clean;
  return moneyInText(DEPOSIT_WORD.test(figure) ? figure : `Kauce ${figure}`, rentCzk).depositCzk;
}
