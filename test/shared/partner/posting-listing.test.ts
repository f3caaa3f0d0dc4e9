import { postingInputSchema } from '../../../shared/partner/posting-input';
import { postingListing } from '../../../shared/partner/posting-listing';
import { partnerForm } from '../../support/partner-form';

const T0 = new Date('2026-11-24T10:00:00Z');
const context = { siteUrl: 'https://jobs.example.org', now: T0, firstSeenAt: T0.toISOString() };

describe('postingListing', () => {
  it.each([
    ['not-needed', 'required', true],
    ['advantage', 'advantage', true],
    ['required', 'required', false],
    ['not-needed', 'not-needed', false],
  ] as const)('marks a posting with Czech %s and English %s English-friendly: %s', (czech, english, friendly) => {
    const input = postingInputSchema.parse(partnerForm(T0, { languages: { czech, english } }));

    const listing = postingListing('partner:abc', input, context);

    expect(listing.englishFriendly).toBe(friendly);
    expect(listing.englishSignals.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^Czech .* \(stated by the employer\)$/),
      expect.stringMatching(/^English .* \(stated by the employer\)$/),
    ]);
  });
});
