import { normaliseFloor } from '../../../shared/normalise/floor';

describe('normaliseFloor', () => {
  it.each([
    [3, 3],
    [127, undefined],
    [-128, undefined],
    ['přízemí', 0],
    ['přízemí (1. NP = nadzemní podlaží)', 0],
    ['zvýšené přízemí', 0],
    ['2. patro (3. NP)', 2],
    ['4. podlaží z 8', 4],
    ['3. NP', 2],
    ['1. PP', -1],
    ['suterén', -1],
    ['', undefined],
    ['nevím', undefined],
  ])('reads %p as %p', (value, floor) => {
    expect(normaliseFloor(value)).toBe(floor);
  });
});
