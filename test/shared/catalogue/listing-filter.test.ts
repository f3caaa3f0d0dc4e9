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
