import fc from 'fast-check';
import { RecordRejectedError } from '../../../shared/errors';
import { contentHash } from '../../../shared/listing/content-hash';
import { listingSchema } from '../../../shared/listing/schema';
import { parseListingDraft } from '../../../shared/listing/validate-listing';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

describe('parseListingDraft', () => {
  it('accepts real-shaped rental and job drafts unchanged', () => {
    expect(parseListingDraft(rentalDraft(1))).toEqual(rentalDraft(1));
    expect(parseListingDraft(jobDraft(1))).toEqual(jobDraft(1));
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a rent of 0 (unknown must be absent)', { rentCzk: 0 }, 'rentCzk'],
    ['an empty title', { title: '   ' }, 'title'],
    ['HTML in the description', { description: 'Nice <b>flat</b>' }, 'description'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['an unknown disposition', { disposition: '2 rooms' }, 'disposition'],
    ['a non-UTC posting date', { postedAt: '2026-11-01T10:00:00+02:00' }, 'postedAt'],
    ['an id without its source', { id: '12345' }, 'id'],
    ['an unknown field', { broker: 'Jan Novák' }, '(record)'],
    ['a fractional rent', { rentCzk: 12500.5 }, 'rentCzk'],
    ['an out-of-range latitude', { location: { municipality: 'Ostrava', lat: 123 } }, 'location.lat'],
    ['an empty municipality', { location: { municipality: '' } }, 'location.municipality'],
  ])('rejects %s, naming the field', (_name, change, field) => {
    const attempt = () => parseListingDraft({ ...rentalDraft(1), ...change });

    expect(attempt).toThrow(RecordRejectedError);
    expect(attempt).toThrow(expect.objectContaining({ field, message: expect.stringContaining(field) }));
  });

  it('rejects a job whose salary minimum exceeds its maximum', () => {
    const salary = { min: 60000, max: 40000, currency: 'CZK', period: 'month' };

    expect(() => parseListingDraft({ ...jobDraft(1), salary })).toThrow(expect.objectContaining({ field: 'salary.min' }));
  });

  it('throws nothing but RecordRejectedError for any input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseListingDraft(input);
        } catch (error) {
          if (!(error instanceof RecordRejectedError)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('throws nothing but RecordRejectedError for mutated real drafts', () => {
    const draftWith = fc.record({ key: fc.constantFrom(...Object.keys(rentalDraft(1))), value: fc.anything() });
    fc.assert(
      fc.property(draftWith, ({ key, value }) => {
        try {
          parseListingDraft({ ...rentalDraft(1), [key]: value });
        } catch (error) {
          if (!(error instanceof RecordRejectedError)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('listingSchema', () => {
  it('requires the store bookkeeping on a stored listing', () => {
    const result = listingSchema.safeParse(rentalDraft(1));

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['status', 'firstSeenAt', 'lastSeenAt', 'contentHash']),
    );
  });
});

describe('contentHash', () => {
  it('does not depend on key order', () => {
    const draft = rentalDraft(1);
    const reordered = Object.fromEntries(Object.entries(draft).reverse()) as typeof draft;

    expect(contentHash(reordered)).toBe(contentHash(draft));
  });

  it('changes when any content changes', () => {
    expect(contentHash(rentalDraft(1, { feesCzk: 2600 }))).not.toBe(contentHash(rentalDraft(1)));
  });
});
