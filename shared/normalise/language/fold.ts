// Folding a character is the slow part of folding a text; an ad uses few distinct characters.
const FOLDED = new Map<string, string>();

function foldChar(char: string): string {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    const plain = char
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    folded = plain.length === char.length ? plain : char.toLowerCase().slice(0, char.length).padEnd(char.length, ' ');
    if (FOLDED.size < 10_000) FOLDED.set(char, folded);
  }
  return folded;
}

/**
 * Lower case without diacritics, one character for one, so that a match on the folded text marks
 * the same span in the original ("Čeština" ↔ "cestina"). Characters that fold to more than one (or
 * none) are kept as their lower case first character.
 */
export function foldKeepingLength(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}
