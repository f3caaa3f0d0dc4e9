import { czechNeeds } from '../../../shared/listing/schema';
import { filterConditions, matchesConditions } from '../../../shared/catalogue/listing-filter';

const NOW = new Date('2026-11-10T12:00:00.000Z');

describe('filterConditions', () => {
  it.each(czechNeeds.map((czech) => [czech, czech === 'advantage' || czech === 'not-needed'] as const))(
    'lets czechNotRequired through a job whose Czech is %s: %s',
    (czech, shown) => {
      const conditions = filterConditions('job', { czechNotRequired: true }, NOW);

      expect(matchesConditions({ languages: { czech, english: 'required' } }, conditions)).toBe(shown);
    },
  );

  it('keeps english=true to the English-friendly verdict, whatever the Czech value', () => {
    const conditions = filterConditions('job', { englishFriendly: true }, NOW);

    expect(matchesConditions({ englishFriendly: true, languages: { czech: 'unknown' } }, conditions)).toBe(true);
    expect(matchesConditions({ englishFriendly: false, languages: { czech: 'likely-required' } }, conditions)).toBe(
      false,
    );
  });
});

describe('filterConditions for the cash to move in', () => {
  const complete = { moveIn: { knownTotalCzk: 40_000, unknown: [], complete: true } };
  const partial = { moveIn: { knownTotalCzk: 30_000, unknown: ['commission'], complete: false } };
  const noRent = { moveIn: { unknown: ['rent', 'fees'], complete: false } };
  const older = {};

  it('lets maxMoveInCzk through listings whose known total is at most the limit, unknown parts included', () => {
    const conditions = filterConditions('rental', { maxMoveInCzk: 35_000 }, NOW);

    expect([complete, partial, noRent, older].map((entry) => matchesConditions(entry, conditions))).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  it('keeps only fully known sums with moveInComplete=true', () => {
    const conditions = filterConditions('rental', { maxMoveInCzk: 50_000, moveInComplete: true }, NOW);

    expect([complete, partial, noRent].map((entry) => matchesConditions(entry, conditions))).toEqual([
      true,
      false,
      false,
    ]);
  });
});
