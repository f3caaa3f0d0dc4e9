import fc from 'fast-check';
import { ParseError } from '../../../shared/errors';
import { assertParsableHtml } from '../../../shared/text/html-guard';

const limits = { maxElements: 1000, maxDepth: 50 };

describe('assertParsableHtml', () => {
  it('passes a page of ordinary depth and size', () => {
    const card =
      '<div class="c-products__item"><article><a href="/x"><h2>title</h2><p>info<p>price</a></article></div>';

    expect(() =>
      assertParsableHtml(
        `<!DOCTYPE html><html><body>${card.repeat(50)}<script>if (a < b) { x = "<div>"; }</script></body></html>`,
        undefined,
        limits,
      ),
    ).not.toThrow();
  });

  it.each([
    ['unclosed nested <div>s', '<div>'.repeat(60)],
    ['end tags that close nothing between them', '<div></b>'.repeat(60)],
    ['script elements between the <div>s', '<div><script></script>'.repeat(60)],
    ['a "<" inside attribute values', '<div title="<">'.repeat(60)],
  ])('refuses %s nested deeper than the limit', (_, html) => {
    expect(() => assertParsableHtml(html, 'https://example.org/x', limits)).toThrow(ParseError);
  });

  it('refuses more elements than the limit, void ones included', () => {
    expect(() => assertParsableHtml('<br>'.repeat(1001), undefined, limits)).toThrow(/more than 1000 elements/);
  });

  it('never throws anything but ParseError', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<div>',
            '</div>',
            '<p>',
            '<br/>',
            '<!--',
            '-->',
            '<script>',
            '</script>',
            '"',
            "'",
            '<a href="',
            '>',
            'text',
          ),
          { maxLength: 200 },
        ),
        (parts) => {
          try {
            assertParsableHtml(parts.join(''), undefined, limits);
          } catch (error) {
            expect(error).toBeInstanceOf(ParseError);
          }
        },
      ),
    );
  });
});
