import { strings } from '../../site/strings';

describe('strings.figureDiffers', () => {
  it.each([
    ['16 900', '19,600', 'The original says 16 900 where the translation says 19,600: trust the original.'],
    ['2 500', undefined, 'The original says 2 500, which the translation does not carry: trust the original.'],
    [undefined, '3,000', 'The translation says 3,000, which the original does not: trust the original.'],
  ])('says what the flag %s / %s means', (original, translated, text) => {
    expect(strings.figureDiffers(original, translated)).toBe(text);
  });
});
