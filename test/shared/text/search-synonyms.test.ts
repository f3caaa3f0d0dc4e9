import { searchTerms } from '../../../shared/text/search-synonyms';

describe('searchTerms', () => {
  it.each([
    ['studio', [['studio', 'garsonier', 'garsonk', '1+kk']]],
    ['Studio Poruba', [['studio', 'garsonier', 'garsonk', '1+kk'], ['poruba']]],
    ['one-bedroom', [['2+kk', '2+1']]],
    [
      '1 bedroom flat',
      [
        ['2+kk', '2+1'],
        ['flat', 'apartment', 'byt'],
      ],
    ],
    ['room', [['room', 'pokoj', 'spolubydl']]],
    ['garage', [['garage', 'garaz']]],
    ['Zábřeh 2+kk', [['zabreh'], ['2+kk']]],
  ])('reads "%s" as %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it('does not read "bedroom" as a room', () => {
    expect(searchTerms('bedroom').flat()).not.toContain('pokoj');
  });
});
