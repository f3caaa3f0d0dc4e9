/**
 * Folds text for matching: lower case, diacritics removed, runs of space collapsed,
 * so that "zabreh" matches "Zábřeh" and "OSTRAVA " matches "Ostrava".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct folded words of a text (letters and digits), for word search. */
export function foldedWords(text: string): string[] {
  return [
    ...new Set(
      foldText(text)
        .split(/[^\p{L}\p{N}+]+/u)
        .filter((w) => w.length > 0),
    ),
  ];
}
