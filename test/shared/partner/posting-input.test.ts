import fc from 'fast-check';
import { isValidIco } from '../../../shared/partner/ico';
import {
  hashToken,
  newManagementToken,
  staffTokenMatches,
  tokenMatches,
} from '../../../shared/partner/management-token';
import { botSignal, postingInputSchema, timingProblems } from '../../../shared/partner/posting-input';
import { sanitiseText } from '../../../shared/partner/sanitise';
import { partnerForm } from '../../support/partner-form';

const NOW = new Date('2026-11-24T10:00:00Z');
const valid = partnerForm(NOW) as Record<string, unknown> & { description: string };

describe('isValidIco', () => {
  it.each([
    ['00006947', true],
    ['45274649', true],
    ['45274648', false],
    ['1234567', false],
    ['abcdefgh', false],
  ])('says %s is %s', (ico, expected) => {
    expect(isValidIco(ico)).toBe(expected);
  });
});

describe('postingInputSchema', () => {
  it('accepts a real-shaped posting', () => {
    expect(postingInputSchema.parse(valid)).toMatchObject({
      companyId: '45274649',
      title: 'Mechanical Design Engineer',
    });
  });

  it.each(['companyName', 'title', 'description'])('refuses script or markup in %s, naming it', (field) => {
    for (const hostile of [
      '<script>alert(1)</script>',
      '<b>bold</b>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
    ]) {
      const result = postingInputSchema.safeParse({
        ...valid,
        [field]: `${(valid as Record<string, unknown>)[field]} ${hostile}`,
      });

      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.path.join('.')).toBe(field);
    }
  });

  it('refuses markup in the location too, and strips invisible characters', () => {
    expect(
      postingInputSchema
        .safeParse({ ...valid, location: { municipality: '<i>Ostrava</i>' } })
        .error?.issues[0]?.path.join('.'),
    ).toBe('location.municipality');
    expect(postingInputSchema.parse({ ...valid, title: 'Engineer\u0000\u202e' }).title).toBe('Engineer');
  });

  it.each([
    ['a soft hyphen', 'Engi\u00adneer', 'Engineer'],
    ['U+180E', 'Engi\u180eneer', 'Engineer'],
    ['bidi isolates', '\u2066Engineer\u2069 \u2067(night)\u2069', 'Engineer (night)'],
    ['a bidi override', 'Engineer \u202egnp.exe', 'Engineer gnp.exe'],
    ['fullwidth letters (NFKC)', 'Ｅｎｇｉｎｅｅｒ', 'Engineer'],
    ['a Hangul filler and a word joiner', 'Engi\u3164neer\u2060', 'Engineer'],
  ])('stores the title without %s', (_name, title, stored) => {
    expect(postingInputSchema.parse({ ...valid, title }).title).toBe(stored);
  });

  it.each([
    ['a javascript: apply URL', { applyUrl: 'javascript:alert(1)' }, 'applyUrl'],
    ['no way to apply', { applyUrl: undefined }, 'applyUrl'],
    ['an invalid IČO', { companyId: '12345678' }, 'companyId'],
    ['an unknown field', { admin: true }, ''],
    ['a title of invisible characters', { title: '\u200b\u200b\u200b' }, 'title'],
    ['no Czech claim (a required choice)', { languages: { english: 'required' } }, 'languages.czech'],
    ['min above max', { salary: { min: 90000, max: 80000, currency: 'CZK', period: 'month' } }, 'salary.min'],
  ])('rejects %s, naming the field', (_name, change, field) => {
    const result = postingInputSchema.safeParse({ ...valid, ...change });

    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join('.')).toBe(field);
  });

  it('only ever accepts or names a problem, for any input', () => {
    const fields = Object.keys(postingInputSchema.shape);
    // Anything at all, and the valid form with some of its fields replaced by anything.
    const inputs = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...fields), fc.anything()).map((changed) => ({ ...valid, ...changed })),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const result = postingInputSchema.safeParse(input);
        if (result.success) {
          // What was accepted is clean: reading it again changes nothing.
          expect(postingInputSchema.parse(result.data)).toEqual(result.data);
          return;
        }
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) {
          expect(issue.message).toMatch(/\S/);
          if (issue.path.length > 0) expect(fields).toContain(issue.path[0]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('timing and bot checks', () => {
  it('refuses an expiry in the past or more than 60 days ahead', () => {
    const parsed = postingInputSchema.parse(valid);

    expect(timingProblems({ ...parsed, expiresOn: '2026-11-01' }, NOW)).toEqual([
      { field: 'expiresOn', message: 'must not be in the past' },
    ]);
    expect(timingProblems({ ...parsed, expiresOn: '2027-02-01' }, NOW)).toEqual([
      { field: 'expiresOn', message: 'must be at most 60 days ahead' },
    ]);
    expect(timingProblems(parsed, NOW)).toEqual([]);
  });

  it('marks a filled honeypot and a form filled in under five seconds', () => {
    const parsed = postingInputSchema.parse(valid);

    expect(botSignal({ ...parsed, website: 'http://spam.example' }, NOW)).toBe('honeypot');
    expect(botSignal({ ...parsed, formShownAt: NOW.getTime() - 1000 }, NOW)).toBe('too-fast');
    expect(botSignal(parsed, NOW)).toBeUndefined();
  });
});

describe('management and staff tokens', () => {
  it('matches only the token whose hash is stored', () => {
    const { token, hash } = newManagementToken();

    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(`${token}x`, hash)).toBe(false);
    expect(tokenMatches(token, hashToken('another'))).toBe(false);
    expect(tokenMatches(undefined, hash)).toBe(false);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('compares staff tokens of any length without throwing', () => {
    expect(staffTokenMatches('s3cret-staff-token', 's3cret-staff-token')).toBe(true);
    expect(staffTokenMatches('short', 's3cret-staff-token')).toBe(false);
    expect(staffTokenMatches(undefined, 's3cret-staff-token')).toBe(false);
    expect(staffTokenMatches('anything', undefined)).toBe(false);
  });
});

describe('sanitiseText', () => {
  it('never leaves a tag or a control character', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const clean = sanitiseText(value, { multiline: true });
        expect(/<\/?[a-z!][^>]*>/i.test(clean)).toBe(false);
        // eslint-disable-next-line no-control-regex
        expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(clean)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
