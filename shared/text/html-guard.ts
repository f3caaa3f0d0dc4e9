import { ParseError } from '../errors';

/**
 * Limits on what a page may hold before a DOM is built from it. Real portal pages are far inside
 * them (reality.idnes.cz's 30-card list page: about 4 000 tags, nesting 28 deep); a hostile page of a
 * million unclosed `<div>`s (5 MB, under the body cap) would keep the synchronous DOM build and the
 * recursive text walks busy for minutes and deep enough to overflow the stack.
 */
export const HTML_LIMITS = { maxElements: 100_000, maxDepth: 400 } as const;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Elements whose end tag may be left out (the parser closes them implicitly): not counted as nesting.
const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
const NAME = /[a-zA-Z][a-zA-Z0-9-]*/y;

/**
 * Throws ParseError when a page has more elements or deeper nesting than HTML_LIMITS allow. One
 * forward pass over the tags (every step moves on; quoted values and raw text are skipped by search)
 * that stops at the first limit crossed: time linear in the page (times the depth limit for end tags),
 * memory bounded by the depth limit.
 */
export function assertParsableHtml(
  html: string,
  url?: string,
  limits: { maxElements: number; maxDepth: number } = HTML_LIMITS,
): void {
  let elements = 0;
  // The open elements, as the parser will nest them: an end tag closes its element and any left open
  // inside it; one that matches nothing open is ignored (as parsers do). At most maxDepth entries.
  const open: string[] = [];
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[at + 1] === '/';
    NAME.lastIndex = at + (closing ? 2 : 1);
    const name = NAME.exec(html)?.[0].toLowerCase();
    if (name === undefined) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const end = tagEnd(html, NAME.lastIndex);
    if (end === -1) return; // an unfinished last tag: nothing more to build
    const selfClosing = html[end - 1] === '/';
    if (!closing && ++elements > limits.maxElements)
      throw new ParseError(`the page has more than ${limits.maxElements} elements: not a portal page`, url);
    if (!VOID.has(name) && !IMPLIED_END.has(name) && !selfClosing) {
      if (closing) {
        const index = open.lastIndexOf(name);
        if (index !== -1) open.length = index;
      } else if (open.push(name) > limits.maxDepth)
        throw new ParseError(`the page nests elements more than ${limits.maxDepth} deep: not a portal page`, url);
      else if (RAW_TEXT.has(name)) {
        // Its text is not markup: go on at its end tag (none: the rest is text, nothing more to build).
        const close = html.indexOf(`</${name}`, end);
        if (close === -1) return;
        at = close;
        continue;
      }
    }
    at = html.indexOf('<', end + 1);
  }
}

/** The index of the ">" that ends a tag whose attributes start at `from`, skipping quoted values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let at = from;
  while (at < html.length) {
    const char = html[at];
    if (char === '>') return at;
    if (char === '"' || char === "'") {
      const close = html.indexOf(char, at + 1);
      if (close === -1) return -1;
      at = close + 1;
    } else at++;
  }
  return -1;
}
