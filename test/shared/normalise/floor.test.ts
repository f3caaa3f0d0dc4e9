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

describe('normaliseFloor as portals write it', () => {
  it.each([
    [null, undefined],
    [undefined, undefined],
    // The range a building can have: 5 floors below ground to 100 above.
    [-5, -5],
    [-6, undefined],
    [100, 100],
    [101, undefined],
    [2.5, undefined],
    ['-1. podlaží', -1],
    ['2.patro', 2],
    ['3 patro', 3],
    ['12. floor', 12],
    ['4.NP', 3],
    ['2. PP', -2],
    ['1.PP', -1],
    ['-2', -2],
    ['7', 7],
    // A cellar named after the floor is not the floor.
    ['2. patro, sklep v suterénu', 2],
    ['3. podlaží, sklepní kóje', 3],
    ['1. patro nad zvýšeným přízemím', 1],
    ['Sklep', -1],
    ['zvýšené přízemí, 1. NP', 0],
  ])('reads %p as %p', (value, floor) => {
    expect(normaliseFloor(value)).toBe(floor);
  });
});

describe('normaliseFloor without the dot after the number', () => {
  it.each([
    ['3 NP', 2],
    ['1 PP', -1],
    // Nor with a stray space before it, as typed by hand.
    ['3 . patro', 3],
    ['4 . NP', 3],
    ['1 . PP', -1],
  ])('reads %p as %p', (value, floor) => {
    expect(normaliseFloor(value)).toBe(floor);
  });
});

describe('normaliseFloor of two-digit floors and of what states no one floor', () => {
  it.each([
    // Panel houses in Poruba or Zábřeh have twelve floors and more.
    ['12', 12],
    ['12. NP', 11],
    // Deeper than any building's basement (FLOOR_RANGE): a typo, unknown.
    ['10. PP', undefined],
    // A maisonette's two floors state no one floor, as a range of areas states no one area ("2.-3. patro"
    // was read as -3, a floor below ground).
    ['1-2', undefined],
    ['2.-3. patro', undefined],
    ['2. - 3. patro', undefined],
    ['1.–2. NP', undefined],
    ['1-2 NP', undefined],
    // Two floors joined by "a" or "/" are a maisonette's too ("2. a 3. patro" was read as 3, "přízemí /
    // 1. patro" as 0, "suterén / přízemí" as -1).
    ['2. a 3. patro', undefined],
    ['1. / 2. NP', undefined],
    ['přízemí / 1. patro', undefined],
    ['přízemí a 1. patro', undefined],
    ['suterén / přízemí', undefined],
    // However they are spaced: no dot after the number, or no space around the slash.
    ['2 a 3 patro', undefined],
    ['přízemí/1. patro', undefined],
    ['2./3. patro', undefined],
    // One floor in both counts stays read, in brackets or after a slash.
    ['2. patro (3. NP)', 2],
    ['3. patro / 4. NP', 3],
    // The ground floor with its cellar is one floor: a cellar is no floor of the flat.
    ['přízemí + sklepní kóje', 0],
    ['zvýšené přízemí', 0],
    // A minus sign in brackets after a floor is no range.
    ['1. PP (-1)', -1],
    // A layout put in the floor field states no floor.
    ['3+1', undefined],
    // A half floor as text is no floor, as the number 2.5 is not: neither its whole part nor its last digit.
    ['2.5', undefined],
    ['2,5', undefined],
  ])('reads %p as %p', (value, floor) => {
    expect(normaliseFloor(value)).toBe(floor);
  });
});
