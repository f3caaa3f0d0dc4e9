import { createHash } from 'node:crypto';
import { contentHash, hashOf } from '../../../shared/listing/content-hash';
import { rentalDraft } from '../../support/listing-drafts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('hashOf', () => {
  // Stored listings keep their contentHash and sourceHash across releases: a new canonical form would
  // make every listing read as changed on the next run (a rewrite of the whole table, every detail
  // page fetched again). So the form itself is pinned: sorted keys, no spaces, undefined left out.
  it('hashes the canonical JSON: keys sorted at every depth, no spaces, undefined fields left out', () => {
    const value = {
      title: 'Byt 2+kk',
      rentCzk: 9500,
      floor: undefined,
      photos: ['b.jpg', 'a.jpg'],
      area: { note: null, m2: 54 },
    };

    expect(hashOf(value)).toBe(
      sha256('{"area":{"m2":54,"note":null},"photos":["b.jpg","a.jpg"],"rentCzk":9500,"title":"Byt 2+kk"}'),
    );
  });

  it('is the same whatever the order of keys', () => {
    expect(hashOf({ a: 1, b: { c: 2, d: 3 } })).toBe(hashOf({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it.each([
    ['numbers that run together', [1, 23], [12, 3]],
    ['an array and an object with its indices', ['a', 'b'], { 0: 'a', 1: 'b' }],
    ['null and an absent field', { a: null }, {}],
    ['the order of a list', ['a.jpg', 'b.jpg'], ['b.jpg', 'a.jpg']],
  ])('tells apart %s', (_name, one, other) => {
    expect(hashOf(one)).not.toBe(hashOf(other));
  });
});

describe('contentHash', () => {
  it('is the hash of the draft, 64 hex digits', () => {
    const draft = rentalDraft(1);

    expect(contentHash(draft)).toBe(hashOf(draft));
    expect(contentHash(draft)).toMatch(/^[0-9a-f]{64}$/);
  });
});
