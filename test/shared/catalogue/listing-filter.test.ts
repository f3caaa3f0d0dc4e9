import { czechNeeds } from '../../../shared/listing/schema';
import { filterConditions, matchesConditions } from '../../../shared/catalogue/listing-filter';

const NOW = new Date('2026-11-10T12:00:00.000Z');

describe('filterConditions', () => {
  it.each(czechNeeds.map((czech) => [czech, czech === 'advantage' || czech === 'not-needed'] as const))('lets czechNotRequired through a job whose Czech is %s: %s', (czech, shown) => {
    const conditions = filterConditions('job', { czechNotRequired: true }, NOW);

    expect(matchesConditions({ languages: { czech, english: 'required' } }, conditions)).toBe(shown);
  });

  it('keeps english=true to the English-friendly verdict, whatever the Czech value', () => {
    const conditions = filterConditions('job', { englishFriendly: true }, NOW);

    expect(matchesConditions({ englishFriendly: true, languages: { czech: 'unknown' } }, conditions)).toBe(true);
    expect(matchesConditions({ englishFriendly: false, languages: { czech: 'likely-required' } }, conditions)).toBe(false);
  });
});

describe('filterConditions with words', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  const entry = (searchWords: string) => ({ searchWords });

  it.each([
    ['studio', 'pronajem garsoniery ostrava poruba', true],
    ['studio', 'pronajem bytu 1+kk 28 m2', true],
    ['studio', 'pronajem bytu 2+kk', false],
    ['one-bedroom', 'pronajem bytu 2+1 zabreh', true],
    ['room', 'pronajem pokoje v byte', true],
    ['garage', 'pronajem garaze hrabuvka', true],
    ['studio poruba', 'garsoniera zabreh', false],
  ])('"%s" against "%s": %s', (q, searchWords, found) => {
    expect(matchesConditions(entry(searchWords), filterConditions('rental', { words: [q] }, now))).toBe(found);
  });
});
