import { spawnSync } from 'node:child_process';

import { toIsoDate, toIsoInstant } from '../../../shared/normalise/dates';

describe('dates', () => {
  it.each([
    [1732435200, '2024-11-24T08:00:00.000Z'],
    ['2026-11-01T10:00:00+01:00', '2026-11-01T09:00:00.000Z'],
    ['24.11.2026', '2026-11-24T00:00:00.000Z'],
    ['ihned', undefined],
    [0, undefined],
    ['0', undefined],
    ['12', undefined],
    ['Nov 5', undefined],
    ['Mon, 30 Nov 2026 10:00:00 GMT', '2026-11-30T10:00:00.000Z'],
    ['Dec 1, 2026', '2026-12-01T00:00:00.000Z'],
    ['1 Dec 2026', '2026-12-01T00:00:00.000Z'],
  ])('toIsoInstant(%j) is %j', (value, expected) => {
    expect(toIsoInstant(value)).toBe(expected);
  });

  it('gives a date for availableFrom', () => {
    expect(toIsoDate('1.12.2026')).toBe('2026-12-01');
  });

  it.each([
    ['5.1.2027', '2027-01-05'],
    [' 1. 12. 2026 ', '2026-12-01'],
    ['01.03.2027', '2027-03-01'],
    ['od 1.12.2026', '2026-12-01'],
    ['Volné od 5.1.2027.', '2027-01-05'],
    ['29.2.2028', '2028-02-29'],
    ['1 .12. 2026', '2026-12-01'],
    ['od 1 . 12 . 2026', '2026-12-01'],
    ['od 1. 12. 2026, tj. 1/12/2026', '2026-12-01'],
    ['Nástup 5.1.2027 nebo 2027-01-05', '2027-01-05'],
  ])('reads the Czech %j day first, as %s', (value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });

  it.each([
    ['a 32nd day', '32.1.2027'],
    ['31 April', '31.4.2027'],
    ['29 February in a common year', '29.2.2027'],
    ['a 13th month', '1.13.2027'],
    ['an ISO 30 February', '2027-02-30'],
    ['an ISO 30 February in a phrase', 'od 2027-02-30'],
    ['an ISO 30 February after a space', ' 2027-02-30'],
    ['an ISO 30 February with a time', '2027-02-30T10:00:00Z'],
    ['a five-digit year', '1.12.20261'],
    ['a five-digit number', '12345'],
    ['a five-digit year after a month', 'Nov 5 12345'],
    ['a year alone (V8: 1 January)', '2026'],
    ['a year in words', 'rok 2026'],
    ['a Czech month with no day (V8: 1 January)', 'květen 2027'],
    ['a month and year with a time', 'Nov 2026 10:00'],
    ['a slashed day that is 1 December in Czech and 12 January in English', '1/12/2026'],
    ['a slashed day with leading zeros', 'od 01/12/2026'],
    ['a slashed day after a word', 'od 1/12/2026'],
    ['a slashed day with a time', '1/12/2026 10:00'],
    ['an ISO month with no day (V8: its 1st)', '2026-12'],
    ['an ISO month with no day in a phrase', 'od 2026-12'],
    ['a slashed month with no day', '2026/12'],
  ])('leaves %s (%j) unknown rather than move it to another day', (_why, value) => {
    expect(toIsoInstant(value)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['null', null],
    ['not a number', NaN],
    ['infinite', Infinity],
  ])('leaves an %s value unknown', (_why, value) => {
    expect(toIsoInstant(value)).toBeUndefined();
  });

  it.each([
    [946_684_800, undefined],
    [946_684_801, '2000-01-01T00:00:01.000Z'],
    [4_102_444_799, '2099-12-31T23:59:59.000Z'],
    [4_102_444_800, undefined],
    ['1999-12-31T23:59:59Z', undefined],
    ['2000-01-01T00:00:00Z', '2000-01-01T00:00:00.000Z'],
    ['2100-01-01T00:00:00Z', '2100-01-01T00:00:00.000Z'],
    ['2100-01-01T00:00:01Z', undefined],
  ])('reads only instants of this century: %j is %j', (value, expected) => {
    expect(toIsoInstant(value)).toBe(expected);
  });

  it('gives the UTC day of an instant stated in another zone', () => {
    expect(toIsoDate('2026-11-30T23:30:00-02:00')).toBe('2026-12-01');
    expect(toIsoDate(undefined)).toBeUndefined();
  });
});

// V8 reads a day or time with no zone ("Dec 1, 2026", "2026-12-01T10:00") in the machine's zone, a bare ISO
// day in UTC. Lambda runs in UTC; a machine in Prague, Tokyo or New York must read the same. Jest's
// process.env is a copy, so the zone is set for a child process (which also runs a mutant under Stryker,
// through the env it inherits).
const ZONELESS: [string, string | undefined][] = [
  ['Dec 1, 2026', '2026-12-01T00:00:00.000Z'],
  ['December 1, 2026', '2026-12-01T00:00:00.000Z'],
  ['Volné od 1 Dec 2026.', '2026-12-01T00:00:00.000Z'],
  ['2026-12-01T00:30:00', '2026-12-01T00:30:00.000Z'],
  ['2026-12-01 23:30', '2026-12-01T23:30:00.000Z'],
  [' 2026-12-01 ', '2026-12-01T00:00:00.000Z'],
  ['2026-12-01', '2026-12-01T00:00:00.000Z'],
  ['2026-12-1', '2026-12-01T00:00:00.000Z'],
  ['2026/12/01', '2026-12-01T00:00:00.000Z'],
  ['1. 12. 2026', '2026-12-01T00:00:00.000Z'],
  ['2026-12-01T00:30:00Z', '2026-12-01T00:30:00.000Z'],
  ['2026-12-01T00:30:00z', '2026-12-01T00:30:00.000Z'],
  ['2026-12-01T00:30:00+01:00', '2026-11-30T23:30:00.000Z'],
  ['2026-12-01T00:30:00-0100', '2026-12-01T01:30:00.000Z'],
  ['Tue, 01 Dec 2026 00:30:00 +0100', '2026-11-30T23:30:00.000Z'],
  ['Tue, 01 Dec 2026 00:30:00 GMT', '2026-12-01T00:30:00.000Z'],
  ['Dec 1, 2026 10:00 UTC', '2026-12-01T10:00:00.000Z'],
  ['Dec 1, 2026 10:00 utc', '2026-12-01T10:00:00.000Z'],
];

describe('dates with no zone written', () => {
  it.each(ZONELESS)('reads %j as %s here', (value, expected) => {
    expect(toIsoInstant(value)).toBe(expected);
  });

  it.each(['Europe/Prague', 'Asia/Tokyo', 'America/New_York'])('reads the same on a machine in %s', (zone) => {
    const here = ZONELESS.map(([value]) => toIsoInstant(value));
    const script = `const { toIsoInstant } = require(${JSON.stringify(require.resolve('../../../shared/normalise/dates'))});
      const values = ${JSON.stringify(ZONELESS.map(([value]) => value))};
      process.stdout.write(JSON.stringify({ offset: new Date(Date.UTC(2026, 11, 1)).getTimezoneOffset(), read: values.map((v) => toIsoInstant(v) ?? null) }));`;
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    const { offset, read } = JSON.parse(child.stdout) as { offset: number; read: (string | null)[] };
    expect(offset).not.toBe(0);
    expect(read).toEqual(ZONELESS.map(([, expected]) => expected ?? null));
    expect(read).toEqual(here.map((v) => v ?? null));
  });
});
