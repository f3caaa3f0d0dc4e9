import { duplicateKey, skeleton } from '../../../shared/partner/duplicate-key';
import { rateLimitSubject } from '../../../shared/partner/rate-limit-subject';

const original = duplicateKey('Example Engineering s.r.o.', 'Mechanical Design Engineer');

describe('duplicateKey', () => {
  it.each([
    ['a trailing dot', 'Example Engineering s.r.o.', 'Mechanical Design Engineer.'],
    ['another spelling of s.r.o.', 'Example Engineering, s. r. o.', 'Mechanical Design Engineer'],
    ['"spol. s r.o."', 'Example Engineering spol. s r.o.', 'Mechanical Design Engineer'],
    ['no legal form at all', 'EXAMPLE ENGINEERING', 'mechanical design engineer'],
    ['Cyrillic look-alikes', 'Ехаmple Engineering s.r.o.', 'Mechаnical Design Engineer'],
    ['fullwidth letters', 'Ｅｘａｍｐｌｅ Engineering s.r.o.', 'Ｍｅｃｈａｎｉｃａｌ Design Engineer'],
    [
      'a soft hyphen, U+180E and bidi isolates',
      'Exam\u00adple Engineering s.r.o.',
      'Mecha\u180enical \u2066Design\u2069 Engineer',
    ],
    ['diacritics', 'Exámple Engineering s.r.o.', 'Mechanical Design Engíneer'],
    ['punctuation after the legal form', 'Example Engineering s.r.o.,', 'Mechanical Design Engineer'],
    ['a legal form in parentheses', 'Example Engineering (s.r.o.)', 'Mechanical Design Engineer'],
  ])('sees through %s', (_name, company, title) => {
    expect(duplicateKey(company, title)).toBe(original);
  });

  it('tells different jobs apart', () => {
    expect(duplicateKey('Example Engineering s.r.o.', 'Electrical Design Engineer')).not.toBe(original);
    expect(duplicateKey('Example Engineers s.r.o.', 'Mechanical Design Engineer')).not.toBe(original);
  });

  it('keeps a name that only ends like a legal form', () => {
    expect(skeleton('Atlas')).toBe('atlas');
    expect(duplicateKey('Atlas', 'Driver')).not.toBe(duplicateKey('Atl', 'Driver'));
  });
});

describe('rateLimitSubject', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:1', '2001:db8:1:2::/64'],
    ['2001:db8:1:3::1', '2001:db8:1:3::/64'],
    ['not an address', 'not an address'],
  ])('counts %s as %s', (address, subject) => {
    expect(rateLimitSubject(address)).toBe(subject);
  });
});
