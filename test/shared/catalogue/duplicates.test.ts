import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFlats, flatFacts, groupDuplicates, type FlatFacts } from '../../../shared/catalogue/duplicates';

interface Pair {
  label: 'same' | 'different';
  case: string;
  a: Parameters<typeof flatFacts>[0];
  b: Parameters<typeof flatFacts>[0];
}
const { pairs } = JSON.parse(readFileSync(join(__dirname, '../../fixtures/duplicates/pairs.json'), 'utf8')) as {
  pairs: Pair[];
};

describe('compareFlats on the labelled pairs', () => {
  const verdicts = pairs.map((pair) => ({ ...pair, same: compareFlats(flatFacts(pair.a), flatFacts(pair.b)).same }));

  it('merges with precision ≥ 0.98 and recall ≥ 0.8', () => {
    const tp = verdicts.filter((v) => v.same && v.label === 'same').length;
    const fp = verdicts.filter((v) => v.same && v.label === 'different').length;
    const fn = verdicts.filter((v) => !v.same && v.label === 'same').length;

    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.98);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([...new Set(pairs.filter((p) => p.label === 'different').map((p) => p.case))])(
    'never merges "%s"',
    (kind) => {
      expect(verdicts.filter((v) => v.case === kind && v.same).map((v) => `${v.a.id} ${v.b.id}`)).toEqual([]);
    },
  );
});

describe('compareFlats', () => {
  const flat = (overrides: Partial<FlatFacts> = {}): FlatFacts => ({
    id: 'sreality:1',
    source: 'sreality',
    url: 'https://www.sreality.cz/detail/pronajem/byt/2+kk/ostrava-poruba-hlavni-trida/1',
    disposition: '2+kk',
    areaM2: 52,
    rentCzk: 13_000,
    feesCzk: 2_500,
    floor: 3,
    location: {
      municipality: 'Ostrava',
      district: 'Poruba',
      address: 'Hlavní třída 1234/56, Ostrava - Poruba',
      lat: 49.8316,
      lon: 18.1676,
    },
    text: 'nabizime k pronajmu byt 2+kk',
    photoNames: [],
    photoUrls: [],
    ...overrides,
  });
  const other = { id: 'bezrealitky:2', source: 'bezrealitky', text: 'pronajem bytu 2+kk po rekonstrukci' };

  it('merges the same flat on two portals, saying why', () => {
    expect(
      compareFlats(
        flat(),
        flat({
          ...other,
          location: { municipality: 'Ostrava', lat: 49.8317, lon: 18.1677 },
          areaM2: 51,
          rentCzk: 15_500,
          feesCzk: undefined,
        }),
      ),
    ).toEqual({
      same: true,
      reason: expect.stringMatching(/same building \(\d+ m apart\), 2\+kk, 52 \/ 51 m², both on floor 3/),
    });
  });

  it('finds one building by street and house number when there are no coordinates', () => {
    const noCoordinates = { municipality: 'Ostrava', address: 'Hlavní třída 56, Poruba' };

    expect(
      compareFlats(
        flat({ location: { municipality: 'Ostrava', address: 'Hlavní třída 1234/56' } }),
        flat({ ...other, location: noCoordinates }),
      ).same,
    ).toBe(true);
  });

  it.each<[string, Partial<FlatFacts>]>([
    ['another floor', { floor: 4 }],
    ['an area 4 % larger', { areaM2: 54.2 }],
    ['another layout', { disposition: '2+1' }],
    ['a rent higher by more than 10 %, with or without fees', { rentCzk: 19_000, feesCzk: 2_500 }],
    ['a building 80 m away', { location: { municipality: 'Ostrava', lat: 49.8323, lon: 18.1676 } }],
    ['the floor unknown and nothing alike', { floor: undefined }],
  ])('does not merge a flat with %s', (_name, change) => {
    expect(compareFlats(flat(), flat({ ...other, ...change })).same).toBe(false);
  });

  it("does not take one agency's text for two flats as corroboration when the texts name different floors", () => {
    const agency = (floor: number) =>
      `nabizime k pronajmu byt 2+kk o vymere 52 m2 ve ${floor}. patre panelového domu na ulici hlavni trida, po kompletni rekonstrukci, volny ihned, kauce 2 najmy, provize rk`;

    expect(
      compareFlats(flat({ floor: undefined, text: agency(2) }), flat({ ...other, floor: undefined, text: agency(5) }))
        .same,
    ).toBe(false);
    expect(
      compareFlats(flat({ floor: undefined, text: agency(2) }), flat({ ...other, floor: 5, text: agency(2) })).same,
    ).toBe(false);
    expect(
      compareFlats(flat({ floor: undefined, text: agency(2) }), flat({ ...other, floor: undefined, text: agency(2) }))
        .same,
    ).toBe(true);
  });

  it('takes a shared photo file name as corroboration when a floor is unknown', () => {
    expect(
      compareFlats(
        flat({ photoNames: ['img_4521_1'] }),
        flat({ ...other, floor: undefined, photoNames: ['img_4521_1'] }),
      ).reason,
    ).toMatch(/the same photo \(img_4521_1\)/);
  });
});

describe('groupDuplicates', () => {
  const base = pairs.find((p) => p.label === 'same' && p.a.floor !== undefined && p.a.floor === p.b.floor)!;

  it('puts one flat on three portals into one group, the first listed first', () => {
    const third = { ...base.b, id: 'idnes:abc', source: 'idnes' };
    const groups = groupDuplicates([base.a, base.b, third].map(flatFacts));

    expect(groups).toEqual([[base.a.id, base.b.id, 'idnes:abc']]);
  });

  it('never chains two flats on different floors into one group through a listing whose floor is unknown', () => {
    const text =
      'nabizime k pronajmu byt 2+kk v panelovem dome, 52 m2, po rekonstrukci, volny ihned, kontaktujte nasi kancelar';
    const building = {
      municipality: 'Ostrava',
      district: 'Poruba',
      address: 'Hlavní třída 1234/56, Ostrava - Poruba',
      lat: 49.8316,
      lon: 18.1676,
    };
    const facts = (id: string, source: string, floor: number | undefined): FlatFacts => ({
      id,
      source,
      url: `https://x.example/${id}`,
      disposition: '2+kk',
      areaM2: 52,
      rentCzk: 13_000,
      floor,
      location: building,
      text,
      photoNames: [],
      photoUrls: [],
    });
    const second = facts('sreality:1', 'sreality', 2);
    const unknown = facts('idnes:2', 'idnes', undefined);
    const fifth = facts('bezrealitky:3', 'bezrealitky', 5);

    const groups = groupDuplicates([second, unknown, fifth]);

    expect(groups.some((group) => group.includes(second.id) && group.includes(fifth.id))).toBe(false);
    expect(groups).toHaveLength(1);
  });

  it('never chains two flats whose areas differ beyond the tolerance into one group through a third between them', () => {
    const building = {
      municipality: 'Ostrava',
      district: 'Poruba',
      address: 'Hlavní třída 1234/56, Ostrava - Poruba',
      lat: 49.8316,
      lon: 18.1676,
    };
    const facts = (id: string, source: string, areaM2: number): FlatFacts => ({
      id,
      source,
      url: `https://x.example/${id}`,
      disposition: '2+kk',
      areaM2,
      rentCzk: 13_000,
      floor: 3,
      location: building,
      photoNames: [],
      photoUrls: [],
    });
    const small = facts('sreality:1', 'sreality', 50);
    const middle = facts('idnes:2', 'idnes', 51.4);
    const large = facts('bezrealitky:3', 'bezrealitky', 52.9);

    const groups = groupDuplicates([small, middle, large]);

    expect(groups.some((group) => group.includes(small.id) && group.includes(large.id))).toBe(false);
  });

  it('never groups two listings of one source', () => {
    expect(
      groupDuplicates([base.a, { ...base.b, id: `${base.a.source}:other`, source: base.a.source }].map(flatFacts)),
    ).toEqual([]);
  });
});
