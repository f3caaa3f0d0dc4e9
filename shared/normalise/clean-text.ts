import { decodeHTML, decodeHTMLStrict } from 'entities';

// No-break, thin and other Unicode spaces, and zero-width characters that portals put inside numbers.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// C0 and C1 control characters (a stray BEL, DEL or NEL in a portal's text, "&#x7f;"): the listing schema
// refuses them, which lost the whole listing; as a space they part words as they would on screen.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * One line of text: odd spaces and control characters made plain spaces, zero-width characters removed,
 * and every run of whitespace (line breaks included: portals break titles across source lines) collapsed
 * to one space.
 */
export function cleanText(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

// A tag's inside up to its ">": a quoted value may hold a ">" ('title="cena > 15 000 Kč"') and, never
// closed, runs to the end, as in a browser; a quote that follows no "=" is a letter ('class=x"').
const ATTRIBUTES = String.raw`(?:=\s*(?:"[^"]*(?:"|$)|'[^']*(?:'|$))|[^>])*`;

/**
 * Plain text from a portal's HTML or text: tags dropped (scripts and styles with their content),
 * line breaks and paragraphs kept as lines, a table's cells a space apart, at most one empty line in a
 * row. Undefined when nothing is left.
 */
export function htmlToPlainText(html: string | undefined, maxLength = 20_000): string | undefined {
  if (html === undefined) return undefined;
  // Many portals send plain text with line breaks: keep them rather than let HTML rules fold them.
  // For HTML, tags only mark lines here; the text is all we keep, so a light pass suffices (and any
  // "<" left over is defanged below).
  // Plain text may still carry entities ("30&nbsp;000 Kč", "&amp;"): only whole ones, with their ";", are
  // decoded there, so "Byt&parkování" keeps its "&para".
  // A comment, script or tag never closed runs to the end, as in a browser: each pattern then matches
  // once instead of scanning to the end from every "<" (seconds on 100 KB of "<a <a …").
  const text = !/<[a-z!/]/i.test(html)
    ? decodeHTMLStrict(html)
    : decodeHTML(
        html
          .replace(/\r?\n/g, ' ')
          // "<!-->" and "<!--->" are empty comments, and "--!>" closes one too.
          .replace(/<!--(?:-?>|[\s\S]*?(?:--!?>|$))/g, '')
          .replace(/<(script|style|noscript|template)\b[\s\S]*?(?:<\/\1\b[^>]*(?:>|$)|$)/gi, '')
          .replace(/<br\s*\/?>/gi, '\n')
          .replace(/<\/(p|div|li|h[1-6]|tr|ul|ol|table|section|article)\s*>/gi, '\n\n')
          // A table's cells are apart on screen: "Nájem 12 500 Kč", not "Nájem12 500 Kč".
          .replace(/<\/t[dh]\s*>/gi, ' ')
          .replace(new RegExp(String.raw`<li\b${ATTRIBUTES}(?:>|$)`, 'gi'), '\n')
          // A "<" that opens no tag ("cena <15 000 Kč", "< 20 000 Kč >") is text, as in a browser (HTML's
          // tokenizer opens a tag only at "<" before a letter, "!", "/" or "?").
          .replace(new RegExp(String.raw`<(?:[a-z/]${ATTRIBUTES}|[!?][^>]*)(?:>|$)`, 'gi'), ''),
      );
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(cleanText)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // A plain-text result must not look like markup to the listing schema either, nor to an HTML reader:
  // "</" and "<!" or "<?" open a comment there even before a space or nothing ("&lt;/ 5 &gt;" would hide
  // its text), and "<" before any letter ("&lt;éclair&gt;") reads as a tag to a looser reader.
  const safe = lines.replace(/<(?=[/!?\p{L}])/gu, '‹');
  return safe.length === 0 ? undefined : safe.slice(0, maxLength);
}

/**
 * One line of plain text from a portal's text or HTML (a title): htmlToPlainText's lines joined by a
 * space. Undefined when nothing is left.
 */
export function plainLine(html: string | undefined): string | undefined {
  const text = htmlToPlainText(html);
  return text === undefined ? undefined : cleanText(text);
}
