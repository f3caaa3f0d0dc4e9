import { parseAreaM2 } from '../../../shared/normalise/area';

describe('parseAreaM2', () => {
  it.each([
    ['52 m²', 52],
    ['52m2', 52],
    ['52,5 m2', 52.5],
    ['Užitná plocha 1 250 m²', 1250],
    ['1.054 m²', 1054],
    ['1 054,5 m²', 1054.5],
    ['1.054,5 m²', 1054.5],
    ['Užitná plocha 1.250 m²', 1250],
    ['50-60 m²', undefined],
    ['50 – 60 m²', undefined],
    ['54.5 m²', 54.5],
    ['54 m² + 5 m² balkon', 54],
    [68, 68],
    ['velký byt', undefined],
    [0, undefined],
    ['3 m²', undefined],
  ])('reads %j as %j', (value, expected) => {
    expect(parseAreaM2(value)).toBe(expected);
  });
});

describe('parseAreaM2 as portals write it', () => {
  it.each([
    [null, undefined],
    [undefined, undefined],
    ['52.5 m²', 52.5],
    ['Plocha: 52,75 m2', 52.75],
    ['45 m^2', 45],
    ['60㎡', 60],
    ['byt o 75 metrech čtverečních', 75],
    ['52 M2', 52],
    ['10 000 m²', 10000],
    ['dům 12 000 m² pozemku', undefined],
    // The bounds of a plausible floor area: 5 m² to 10 000 m².
    [5, 5],
    [4.9, undefined],
    [10_000, 10_000],
    [10_001, undefined],
    ['5 m²', 5],
    ['4 m²', undefined],
    ['2+kk, 3. patro', undefined],
  ])('reads %j as %j', (value, expected) => {
    expect(parseAreaM2(value)).toBe(expected);
  });
});
