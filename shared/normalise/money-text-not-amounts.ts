// Figures in a money clause that are no amount of money: dates, times, deadlines and terms, a cap on the
// tenants ("Kauce 30 000 Kč, splatná do 31.12.2026", "od 1. 12. 2026", "do 5 dnů", "max. 2 osoby"), and
// the yearly settlement of the monthly fees ("roční vyúčtování"), which is no yearly amount.
// Each is taken out with the word that introduces it ("do", "od", "k"), so neither its digits count as a
// second amount nor its "do"/"od" as a bound of the amount. Every quantifier is bounded or runs over one
// word, so a long run of spaces or digits is read in linear time.

// Month names, Czech in any case ("ledna", "prosinec") and English ("December", "Dec").
const MONTH = String.raw`(?:led|únor|břez|dub|květ|červ|srp|září|říj|listopad|prosin|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?`;
// A year of this era: a four-figure amount ("3000 Kč") is no year.
const YEAR = String.raw`(?:19|20)\d{2}(?!\d)`;
const DATE = [
  // "31.12.2026", "1. 12. 2026", "1.12." (day first, as Czech write it)
  String.raw`\d{1,2}\.\s?\d{1,2}\.(?:\s?${YEAR})?`,
  // "2026-12-31"
  String.raw`${YEAR}-\d{1,2}-\d{1,2}`,
  // "1/12/2026": a day either way, and no amount
  String.raw`\d{1,2}\/\d{1,2}\/(?:${YEAR}|\d{2}(?!\d))`,
  // "1. prosince 2026", "1 December 2026"
  String.raw`\d{1,2}\.?\s?${MONTH}(?:\s?${YEAR})?`,
  // "December 1, 2026", "prosinec 2026"
  String.raw`${MONTH}\s?(?:\d{1,2},?\s?)?${YEAR}`,
  // "roku 2026", "v roce 2027"
  String.raw`(?:roku|roce|rok)\s${YEAR}`,
  // "10:00", "9.30 hod." (a figure with a dot and two more is a time only with its hours: "3.50 Kč" is no time)
  String.raw`\d{1,2}:\d{2}`,
  String.raw`\d{1,2}\.\d{2}\s?(?:hod\p{L}*|h)`,
].join('|');
// A date with the word before it that makes it one: "do 31.12.2026", "od 1. 12.", "k 1.12.2026".
const DATES = new RegExp(
  String.raw`(?:(?<![\p{L}\d])(?:od|ode|do|k|ke|dne|by|from|until|on|before|after)\s?|(?<![\p{L}\d.,]))(?:${DATE})(?![\p{L}\d])`,
  'giu',
);
// A deadline or a term: a number of days, weeks, months or years after a word that starts one ("splatná do
// 5 dnů", "během 3 pracovních dnů", "do konce měsíce", "min. doba nájmu 12 měsíců", "within 5 days"), or a
// day of the month ("do 15. dne v měsíci", "k 20.", "15. den", "by the 15th"). Not after "za", "na" or
// "per": "za 3 měsíce" is the period an amount is paid for, which the reader must see. Not months followed
// by a rent ("do 2 měsíčních nájmů" is a bound of the deposit).
const TERMS = new RegExp(
  [
    String.raw`(?<![\p{L}\d])(?:do|od|během|po|nejpozději|within|after|doba|dobu|dobou)\s(?:(?:(?:pro)?nájmu|určitou|neurčitou)\s)?(?:\d{1,3}\.?|\p{L}+)\s?(?:(?:pracovn|kalendářn|business|working)\p{L}*\s)?(?:dn\p{L}*|den|dni|t[ýy]d\p{L}*|m[eě]s[ií]c\p{L}*|m[eě]s\.|let|rok\p{L}*|hod\p{L}*|days?|weeks?|months?|years?|hours?)(?![\p{L}\d])(?!\s?(?:n[aá]j|rent))`,
    String.raw`(?<![\p{L}\d])(?:(?:do|k|ke|by)\s\d{1,2}\.(?!\d)(?:\s?(?:dn[eiů]|den)(?![\p{L}\d]))?|\d{1,2}\.\s?(?:dn[eiů]|den)(?![\p{L}\d])|\d{1,2}(?:st|nd|rd|th)(?![\p{L}\d]))`,
    // More months than any deposit asks (it is capped at three rents): a term ("min. 12 měsíců").
    String.raw`(?<![\p{L}\d])(?:min\.?|minim\p{L}*|max\p{L}*\.?|at\s+(?:least|most)|nejm[eé]n[eě]|alespo[nň])\s?(?:[7-9]|[1-9]\d{1,2})\s?(?:m[eě]s[ií]c\p{L}*|m[eě]s\.|months?)(?![\p{L}\d])(?!\s?(?:n[aá]j|rent))`,
  ].join('|'),
  'giu',
);
// A bound on a count of something that is no money, a condition of the tenancy: "max. 2 osoby", "maximálně
// pro 3 lidi", "až 4 osoby", "min. 1 rok", "up to 2 people", "max. 4. patro". Not before crowns, rents,
// months or thousands ("max. 2 nájmy", "do 30 000 Kč", "od 30 tis. Kč" stay bounds of the amount).
const COUNTS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:min\.?|minim\p{L}*|max\p{L}*\.?|nejv[yý][sš]e|nejm[eé]n[eě]|alespo[nň]|aspo[nň]|a[zž]|do|od|at\s+(?:least|most)|up\s+to)\s?(?:pro\s|for\s)?\d{1,3}(?![\d,])\.?\s?(?!K[cč]|CZK|kor|EUR|€|n[aá]j|m[eě]s|rent|month|tis|x(?!\p{L}))\p{L}+`,
  'giu',
);
// The yearly settlement of monthly advances ("roční vyúčtování", "vyúčtování 1x ročně", "annual settlement"):
// it says when the advances are settled, not that the amount is paid per year.
const SETTLEMENT =
  /(?:1\s?x\s)?ro[cč]n[ií]\s+vy[uú][cč]tov[aá]n\p{L}*|vy[uú][cč]tov[aá]n\p{L}*\s+(?:1\s?x\s)?(?:ro[cč]n[eě]|za\s+rok)|(?:annual|yearly)\s+(?:settlement|reconciliation|statement)/giu;

/** A money clause without the figures that are no amount (see above), each replaced by a space. */
export function withoutNonAmounts(text: string): string {
  return text.replace(DATES, ' ').replace(TERMS, ' ').replace(COUNTS, ' ').replace(SETTLEMENT, ' ');
}
