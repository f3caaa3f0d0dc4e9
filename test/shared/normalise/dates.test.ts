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
  ])('toIsoInstant(%j) is %j', (value, expected) => {
    expect(toIsoInstant(value)).toBe(expected);
  });

  it('gives a date for availableFrom', () => {
    expect(toIsoDate('1.12.2026')).toBe('2026-12-01');
  });
});
