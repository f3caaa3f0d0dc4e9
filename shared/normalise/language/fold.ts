/**
 * Lower case without diacritics, one character for one, so that a match on the folded text marks
 * the same span in the original ("Čeština" ↔ "cestina"). Characters that fold to more than one (or
 * none) are kept as their lower case first character.
 */
export function foldKeepingLength(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = char.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    const one = folded.length === char.length ? folded : char.toLowerCase().slice(0, char.length).padEnd(char.length, ' ');
    out += one;
  }
  return out;
}
