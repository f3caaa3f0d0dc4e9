import { filterConditions, type Condition } from '../../../shared/store/listing-filter';
import { PROJECTED_ATTRIBUTES } from '../../../shared/store/search-projection';

function paths(conditions: readonly Condition[]): string[] {
  return conditions.flatMap((c) => (c.op === 'or' ? paths(c.conditions) : [c.path.join('.')]));
}

describe('PROJECTED_ATTRIBUTES', () => {
  it.each(['rental', 'job'] as const)('holds every attribute a %s filter reads', (kind) => {
    const everyFilter = {
      englishFriendly: true, minPriceCzk: 1, maxPriceCzk: 2, maxDistanceKm: 3, municipality: 'Ostrava', district: 'Poruba',
      minAreaM2: 1, maxAreaM2: 2, dispositions: ['2+kk'], furnished: ['yes'], petsAllowed: true, workplaces: ['remote'],
      employment: ['full-time'], czechNotRequired: true, postedWithinDays: 3, source: 'sreality', words: ['flat'],
    };

    const read = paths(filterConditions(kind, everyFilter, new Date()));

    for (const path of read) expect(PROJECTED_ATTRIBUTES).toContain(path);
  });
});
