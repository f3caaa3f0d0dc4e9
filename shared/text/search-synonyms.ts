import { foldText, foldedWords } from './fold-text';

/*
 * The English words people search with, and the Czech terms ads write instead (issue 18: "studio"
 * found nothing). Each English term (folded, a phrase matched before the query is split into words)
 * also finds listings containing any of its Czech forms, as parts of folded words: "garsonier" matches
 * "garsoniéra" and "garsoniéru". Layout terms follow the Czech convention: a studio is a 1+kk (or a
 * garsoniéra), a one-bedroom flat has a living room besides: 2+kk or 2+1.
 */
const SYNONYMS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(studio|studio flat|studio apartment|bedsit)\b/, ['studio', 'garsonier', 'garsonk', '1+kk']],
  [/\b(one|1)[ -]?bed(room)?\b/, ['2+kk', '2+1']],
  [/\b(two|2)[ -]?bed(room)?s?\b/, ['3+kk', '3+1']],
  [/\b(three|3)[ -]?bed(room)?s?\b/, ['4+kk', '4+1']],
  [/\b(room|shared flat|flatshare)\b/, ['room', 'pokoj', 'spolubydl']],
  [/\b(garage)\b/, ['garage', 'garaz']],
  [/\b(parking)\b/, ['parking', 'parkovan', 'parkovac']],
  [/\b(flat|apartment)\b/, ['flat', 'apartment', 'byt']],
  [/\b(house)\b/, ['house', 'dum', 'domu', 'rodinny']],
  [/\b(balcony)\b/, ['balcony', 'balkon', 'lodzi']],
  [/\b(terrace)\b/, ['terrace', 'teras']],
  [/\b(garden)\b/, ['garden', 'zahrad']],
  [/\b(cellar|basement)\b/, ['cellar', 'basement', 'sklep']],
  [/\b(lift|elevator)\b/, ['lift', 'elevator', 'vytah']],
  [/\b(furnished)\b/, ['furnished', 'zarizen', 'vybaven']],
  [/\b(dishwasher)\b/, ['dishwasher', 'mycka']],
  [/\b(washing machine)\b/, ['washing', 'pracka']],
];

/**
 * The query's terms, each a list of alternatives of which one must occur (as part of a folded word):
 * "studio Poruba" → [["studio", "garsonier", "garsonk", "1+kk"], ["poruba"]]. Words with no synonym
 * stand for themselves.
 */
export function searchTerms(query: string): string[][] {
  let rest = foldText(query);
  const terms: string[][] = [];
  for (const [pattern, forms] of SYNONYMS) {
    const global = new RegExp(pattern.source, 'g');
    if (!global.test(rest)) continue;
    terms.push([...forms]);
    rest = rest.replace(global, ' ');
  }
  return [...terms, ...foldedWords(rest).map((word) => [word])];
}
