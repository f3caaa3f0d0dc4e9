import { parseAreaM2 } from '../../../shared/normalise/area';

describe('parseAreaM2', () => {
  it.each([['52 m²', 52], ['52m2', 52], ['52,5 m2', 52.5], ['Užitná plocha 1 250 m²', 1250], [68, 68], ['velký byt', undefined], [0, undefined], ['3 m²', undefined]])('reads %j as %j', (value, expected) => {
    expect(parseAreaM2(value)).toBe(expected);
  });
});
