import type { ListingCard } from '../../site/api-client';
import { detailRows } from '../../site/render-listing';

const base = { url: 'https://example.org/x', title: 'x', englishFriendly: false, englishSignals: [], location: { municipality: 'Ostrava' }, firstSeenAt: '2026-11-30T13:05:00.000Z', status: 'active' as const };

describe('detailRows', () => {
  it("shows a job's enumerated values in words, not as the API's codes", () => {
    const job: ListingCard = {
      ...base,
      id: 'mpsv:1',
      kind: 'job',
      source: 'mpsv',
      employment: ['full-time', 'work-agreement'],
      workplace: 'onsite',
      profession: { isco: '74120', majorGroup: 'craft-and-trades' },
      languages: { czech: 'likely-required', english: 'not-needed' },
    };
    const rows = Object.fromEntries(detailRows(job));
    expect(rows).toMatchObject({
      Employment: 'Full-time (HPP), DPP / DPČ',
      Workplace: 'On site',
      'Kind of work': 'Craft and trades',
      Czech: 'Likely needed: the ad is written only in Czech',
      English: 'Not needed',
      'Posted (the date the source gives)': 'not stated',
      'First seen by us': '2026-11-30',
    });
  });

  it("shows a flat's furnishing and who offers it in words; numbers and unknowns as before", () => {
    const flat: ListingCard = { ...base, id: 'bezrealitky:1', kind: 'rental', source: 'bezrealitky', propertyType: 'flat', rentCzk: 12000, furnished: 'partly', agency: 'private', postedAt: '2026-11-20T01:00:00.000Z' };
    const rows = Object.fromEntries(detailRows(flat));
    expect(rows).toMatchObject({ Rent: '12,000', Furnished: 'Partly furnished', 'Offered by': 'The owner', 'Pets allowed': 'not stated', 'Posted (the date the source gives)': '2026-11-20' });
  });

  it('keeps a value the site has no words for as the API sent it', () => {
    // Values a later version of the API may send that the site's types do not know yet.
    const job = JSON.parse(JSON.stringify({ ...base, id: 'mpsv:2', kind: 'job', source: 'mpsv', employment: ['seasonal'], workplace: 'moon', languages: { czech: 'unknown', english: 'unknown' } })) as ListingCard;
    const rows = Object.fromEntries(detailRows(job));
    expect(rows).toMatchObject({ Employment: 'seasonal', Workplace: 'moon' });
  });
});
