import { normaliseDisposition } from '../../../shared/normalise/disposition';

describe('normaliseDisposition', () => {
  it.each([
    ['2+kk', '2+kk', 2],
    ['Pronájem bytu 3 + KK 74 m²', '3+kk', 3],
    ['3+1', '3+1', 3],
    ['DISP_2_KK', '2+kk', 2],
    ['DISP_1_1', '1+1', 1],
    ['twoPlusKk', '2+kk', 2],
    ['onePlusOne', '1+1', 1],
    ['sixAndMore', '6+', 6],
    ['7+1', '6+', 7],
    ['Garsoniéra', '1+kk', 1],
    ['atypický', 'atypical', undefined],
    ['Pokoj', 'room', 1],
    ['ROOM', 'room', 1],
  ])('reads %j as %s', (value, disposition, rooms) => {
    expect(normaliseDisposition(value)).toMatchObject(rooms === undefined ? { disposition } : { disposition, rooms });
  });

  it.each(['', 'byt', 'dům', undefined])('returns undefined for %j', (value) => {
    expect(normaliseDisposition(value)).toBeUndefined();
  });
});

describe('normaliseDisposition of seven rooms or more', () => {
  it.each([
    ['DISP_7_KK', '6+', 7],
    ['DISP_10_1', '6+', 10],
    ['8+1', '6+', 8],
    ['DISP_6_KK', '6+kk', 6],
    ['sixAndMore', '6+', 6],
  ])('reads %p as %p', (value, disposition, rooms) => {
    expect(normaliseDisposition(value)).toMatchObject({ disposition, rooms });
  });
});
