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
    // A room let in a flat: the title names the flat's layout too.
    ['Pokoj v bytě 3+1', 'room', 1],
    ['Pronájem pokoje 18 m², byt 4+kk', 'room', 1],
    ['Spolubydlení ve 4+kk, Poruba', 'room', 1],
    ['Pronájem bytu 3+1 s velkým obývacím pokojem', '3+1', 3],
    ['ROOM', 'room', 1],
  ])('reads %j as %s', (value, disposition, rooms) => {
    expect(normaliseDisposition(value)).toMatchObject(rooms === undefined ? { disposition } : { disposition, rooms });
  });

  it.each(['', 'byt', 'dům', undefined])('returns undefined for %j', (value) => {
    expect(normaliseDisposition(value)).toBeUndefined();
  });

  // Two layouts offered ("2+kk nebo 3+kk", "Pronájem bytů 2+kk a 3+kk") state no one layout: the first was taken.
  it.each(['2+kk nebo 3+kk', '2+kk/3+kk', 'Pronájem bytů 2+kk a 3+kk', '1+1, 2+1', '2+kk - 3+1', 'flat 2+kk or 3+kk'])(
    'returns undefined for two layouts, %j',
    (value) => {
      expect(normaliseDisposition(value)).toBeUndefined();
    },
  );

  it.each([
    // Spaced as portals also write one layout ("3 + KK"): around the plus sign of each.
    'Pronájem bytu 2 + kk nebo 3 + kk',
    // The offer goes on after the second layout.
    'Pronájem bytů 2+kk a 3+kk v Porubě, volné ihned',
  ])('returns undefined for two layouts in running text, %j', (value) => {
    expect(normaliseDisposition(value)).toBeUndefined();
  });

  it.each([
    ['Byt 2+1 (možno 3+1)', '2+1'],
    ['2+kk, 3. patro', '2+kk'],
    ['Pronájem bytu 3+1, 75 m², 2+kk vedle', '3+1'],
    ['2+kk a 2+kk', '2+kk'],
    // The same layout twice is one layout however it is spaced.
    ['Dva byty 2 + kk a 2 + kk, oba s balkonem', '2+kk'],
  ])('reads %j as %j: one layout, or the same twice', (value, disposition) => {
    expect(normaliseDisposition(value)?.disposition).toBe(disposition);
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

describe('normaliseDisposition as portals write it', () => {
  it.each([
    // Six rooms are a layout of their own whichever way they are written; only seven or more are "6+".
    ['6+kk', '6+kk', 6],
    ['Pronájem bytu 6+1, 180 m²', '6+1', 6],
    ['DISP_6_1', '6+1', 6],
    ['sixPlusKk', '6+kk', 6],
    ['threePlusOne', '3+1', 3],
    ['fourPlusKk', '4+kk', 4],
    ['fivePlusOne', '5+1', 5],
    ['DISP_1_KK', '1+kk', 1],
    ['2 +1', '2+1', 2],
    ['Byt 3+ 1 po rekonstrukci', '3+1', 3],
    ['Pronájem bytu 10+1', '6+', 10],
    ['Byt 6+ v centru', '6+', 6],
    ['Byt 6 + v centru', '6+', 6],
    ['6 a více pokojů', '6+', 6],
    ['garsonka', '1+kk', 1],
    ['Studio apartment', '1+kk', 1],
    ['DISP_ROOM', 'room', 1],
    // A room in a shared flat, not the flat: the layout named is the flat's (was read as '3+1').
    ['Spolubydlení v bytě 3+1', 'room', 1],
    ['spolubydlení', 'room', 1],
    // The room words anywhere in a title, not only at its start.
    ['Volný pokoj ve 4+kk, Poruba', 'room', 1],
    ['DISP_OTHER', 'atypical', undefined],
    ['other', 'atypical', undefined],
    ['atypical', 'atypical', undefined],
  ])('reads %j as %s', (value, disposition, rooms) => {
    expect(normaliseDisposition(value)).toEqual(
      rooms === undefined
        ? { disposition }
        : { disposition, rooms, ...(disposition === 'room' ? { propertyType: 'room' } : {}) },
    );
  });

  it.each([
    'byt 2+kk2',
    '1+2',
    '0+kk',
    'mother',
    'DISP_2_KK_X',
    'xDISP_2_KK',
    // A portal's code is read only as the whole value.
    'twoPlusKkx',
    'xtwoPlusKk',
    'sixAndMorex',
    'xsixAndMore',
    // English words that hold "room" or "other" name no layout.
    'Apartment with one bedroom',
    'Roomy apartment near the centre',
    'Other listings by this agent',
  ])('reads no layout from %j, which names none', (value) => {
    expect(normaliseDisposition(value)).toBeUndefined();
  });
});

describe('normaliseDisposition of a bare or padded value', () => {
  it.each([
    ['6+', '6+', 6],
    [' DISP_2_KK ', '2+kk', 2],
    [' twoPlusKk', '2+kk', 2],
  ])('reads %j as %s', (value, disposition, rooms) => {
    expect(normaliseDisposition(value)).toEqual({ disposition, rooms });
  });
});
