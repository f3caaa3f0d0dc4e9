import unhomoglyph from 'unhomoglyph';
import { sanitiseText } from './sanitise';

// Czech and common foreign legal forms at the end of a company name, in any spacing and dotting:
// "s.r.o.", "s. r. o.", "spol. s r.o.", "a.s.", "v.o.s.", "k.s.", "z.s.", "o.p.s.", "SE", "GmbH", "Ltd".
const LEGAL_FORMS = [
  ['spol', 's', 'r', 'o'],
  ['s', 'r', 'o'],
  ['a', 's'],
  ['v', 'o', 's'],
  ['k', 's'],
  ['z', 's'],
  ['o', 'p', 's'],
  ['se'],
  ['gmbh'],
  ['ltd'],
  ['inc'],
  ['llc'],
];

/**
 * What a text looks like, for comparing: NFKC, invisible characters dropped, diacritics and case
 * folded, then the confusables skeleton of Unicode TR #39 (`confusables.txt`, through unhomoglyph:
 * Cyrillic "е" and Latin "e" become one letter). Not for display.
 */
export function skeleton(text: string): string {
  const plain = sanitiseText(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  // Confusables are case-sensitive (Cyrillic "М" is Latin "M", "м" is not "m"; Latin "I" is "l"): other
  // scripts' letters are mapped to Latin first, then case is folded, then the skeleton is taken.
  const latin = plain.replace(/[^\p{ASCII}]/gu, (char) => unhomoglyph(char));
  return unhomoglyph(latin.toLowerCase()).toLowerCase();
}

// Matched on the skeleton, so each form is written as its skeleton ("gmbh" is "grnbh" there).
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEGAL_FORM = new RegExp(
  `[\\s,]*(?<![\\p{L}\\p{N}])(${LEGAL_FORMS.map((parts) => parts.map((p) => escape(skeleton(p))).join('\\.?\\s*')).join('|')})\\.?\\s*$`,
  'u',
);

/**
 * The key two postings share when they are the same job: the skeletons of the company (without its
 * legal form) and of the title, letters and digits only (trailing dots, commas and spacing do not count).
 */
export function duplicateKey(companyName: string, title: string): string {
  // Punctuation after the legal form ("s.r.o.,", "(s.r.o.)") does not hide it.
  const company = skeleton(companyName)
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .replace(LEGAL_FORM, '');
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');
  return `dup:${letters(company)}|${letters(skeleton(title))}`;
}
