import fc from 'fast-check';
import { RecordRejectedError } from '../../../shared/errors';
import { contentHash } from '../../../shared/listing/content-hash';
import { jobDraftSchema, listingSchema, rentalDraftSchema } from '../../../shared/listing/schema';
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

  it('replaces half an emoji (a lone surrogate) by U+FFFD in every text, keeping whole emoji', () => {
    const cut = 'Byt 2+kk u parku \u{1F333}'.slice(0, -1); // the tree emoji cut in half
    const draft = parseListingDraft({
      ...rentalDraft(1),
      title: cut,
      description: `Klidné místo \udc33 a \u{1F333}\nu parku`,
    });

    expect(draft.title).toBe('Byt 2+kk u parku \ufffd');
    expect(draft.description).toBe('Klidné místo \ufffd a \u{1F333}\nu parku');
    expect(draft.title.isWellFormed() && draft.description!.isWellFormed()).toBe(true);
  });

  it('rejects a job whose salary minimum exceeds its maximum', () => {
    const salary = { min: 60000, max: 40000, currency: 'CZK', period: 'month' };

    expect(() => parseListingDraft({ ...jobDraft(1), salary })).toThrow(
      expect.objectContaining({ field: 'salary.min' }),
    );
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

  // Every field of each kind set, so that each one can be varied.
  const fullRental = rentalDraft(1, {
    englishFriendly: true,
    validThrough: '2026-12-01T00:00:00.000Z',
    depositCzk: 20000,
    rooms: 2,
    furnished: 'partly',
    petsAllowed: false,
    availableFrom: '2026-12-01',
    floor: 3,
    elevator: true,
    balcony: false,
    parking: true,
    energyClass: 'C',
    agency: 'private',
    commissionCzk: 0,
    moneyFromText: [{ field: 'depositCzk', quote: 'kauce 2 nájmy', meaning: 'deposit: 2 × rent' }],
    energyExtra: true,
    titleEnglish: { text: '2+kk flat, 41 m², Poruba', from: 'listing-fields' },
    descriptionEnglish: {
      text: 'A bright flat.',
      from: 'machine-translation',
      engine: 'Amazon Translate',
      numberMismatches: [],
    },
  });
  const fullJob = jobDraft(1, {
    description: 'We build rail vehicles.',
    validThrough: '2026-12-01T00:00:00.000Z',
    companyId: '45274649',
    workPermit: { nonEuWelcome: true, employeeCard: false, blueCard: true },
    profession: { isco: '25121', majorGroup: 'professionals' },
    applyUrl: 'https://example.org/apply',
    applyEmail: 'jobs@example.org',
    titleEnglish: { text: 'Software developer', from: 'listing-fields' },
    descriptionEnglish: { from: 'original', numberMismatches: [] },
  });

  /** Every leaf of a draft (a field, a nested field, an array element) as a path. */
  function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => leaves(v, [...path, i]));
    if (value !== null && typeof value === 'object')
      return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
    return [path];
  }

  /** The draft with the leaf at `path` given another value of its type (an empty array gets an element). */
  function varied<T>(draft: T, path: (string | number)[]): T {
    const copy = structuredClone(draft) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const key = path.at(-1)!;
    const old = parent[key];
    parent[key] = Array.isArray(old)
      ? [{ url: 'https://example.org/a.jpg' }]
      : typeof old === 'number'
        ? old + 1
        : typeof old === 'boolean'
          ? !old
          : `${String(old)}x`;
    return copy as T;
  }

  it.each([
    ['rental', fullRental, rentalDraftSchema],
    ['job', fullJob, jobDraftSchema],
  ] as const)(
    'changes when any content of a %s changes: every field, nested field and list element',
    (_kind, draft, schema) => {
      expect(parseListingDraft(draft)).toEqual(draft);
      const paths = leaves(draft);
      expect(new Set(paths.map((p) => p[0]))).toEqual(new Set(Object.keys(schema.shape)));

      const hash = contentHash(draft);
      const unchanged = paths.filter((path) => contentHash(varied(draft, path)) === hash).map((path) => path.join('.'));

      expect(unchanged).toEqual([]);
    },
  );
});
