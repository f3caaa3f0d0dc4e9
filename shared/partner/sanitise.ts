/*
 * Characters that render as nothing or reorder text: controls (Cc, except tab and newline), format
 * characters (Cf: soft hyphen U+00AD, U+180E, zero-widths, the bidi embeddings and isolates
 * U+202A–202E and U+2066–2069, U+FEFF), every Default_Ignorable_Code_Point (Hangul fillers, variation
 * selectors, tags) and the line and paragraph separators. They hide differences from people and
 * spoof the order of text in titles and e-mails, so they are dropped everywhere (Unicode TR #9, TR #36).
 */
const INVISIBLE = /(?![\t\n])[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]/gu;

/**
 * A form field as plain text: NFKC-normalised (fullwidth and compatibility forms become their plain
 * letters), tags (and what script and style elements hold) removed, invisible and bidi control
 * characters dropped, whitespace tidied. Whatever is left is rendered as text.
 */
export function sanitiseText(value: string, options: { multiline?: boolean } = {}): string {
  const withoutMarkup = value
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?[a-z!][^>]*>?/gi, '')
    .replace(INVISIBLE, '');
  const lines = withoutMarkup.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim());
  return options.multiline
    ? lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : lines.join(' ').trim();
}
