import fc from 'fast-check';
import { cleanText, htmlToPlainText } from '../../../shared/normalise/clean-text';

describe('cleanText and htmlToPlainText', () => {
  it('removes zero-width and no-break characters', () => {
    expect(cleanText('12\u200d500\u00a0Kč  ')).toBe('12500 Kč');
  });

  it('keeps paragraphs and drops tags, scripts and link targets', () => {
    expect(
      htmlToPlainText('<p>Světlý byt<br>u parku.</p><script>alert(1)</script><p><a href="https://x">Více</a></p>'),
    ).toBe('Světlý byt\nu parku.\n\nVíce');
  });

  it('never returns text that looks like markup', () => {
    fc.assert(
      fc.property(fc.string(), (html) => {
        const text = htmlToPlainText(html);
        expect(text === undefined || !/<\/?[a-z][^>]*>/i.test(text)).toBe(true);
      }),
    );
  });

  it('joins a title that spans lines into one line', () => {
    expect(cleanText('\n<span>pronájem</span>\nbytu 2+kk\t43 m²\n'.replace(/<[^>]+>/g, ''))).toBe(
      'pronájem bytu 2+kk 43 m²',
    );
  });
});
