import { normaliseEnergyClass, normaliseFurnished, normaliseYesNo } from '../../../shared/normalise/features';

describe('features', () => {
  it.each([
    ['VYBAVENY', 'yes'],
    ['CASTECNE', 'partly'],
    ['NEVYBAVENY', 'no'],
    ['NOT_EQUIPPED', 'no'],
    ['Částečně vybavený', 'partly'],
    ['zařízený', 'yes'],
    [1, 'yes'],
    [2, 'no'],
    [3, 'partly'],
    ['nevím', undefined],
  ])('furnished %j is %j', (value, expected) => {
    expect(normaliseFurnished(value)).toBe(expected);
  });

  it.each([
    [true, true],
    ['ano', true],
    ['Ne', false],
    [1, true],
    [0, false],
    ['možná', undefined],
  ])('yes/no %j is %j', (value, expected) => {
    expect(normaliseYesNo(value)).toBe(expected);
  });

  it.each([
    ['G', 'G'],
    ['Třída G - Mimořádně nehospodárná', 'G'],
    ['PENB: B', 'B'],
    ['penb_c', 'C'],
    ['F - Velmi nehospodárná', 'F'],
    ['Energy class: D', 'D'],
    ['Třída energetické náročnosti budovy: E', 'E'],
    ['neuvedeno', undefined],
  ])('energy class %j is %j', (value, expected) => {
    expect(normaliseEnergyClass(value)).toBe(expected);
  });
});

describe('features as portals write them', () => {
  it.each([
    [true, 'yes'],
    [false, 'no'],
    ['Partly furnished', 'partly'],
    ['Partially furnished', 'partly'],
    ['Nezařízený', 'no'],
    ['Unfurnished', 'no'],
    ['not equipped', 'no'],
    ['ne', 'no'],
    ['No', 'no'],
    ['false', 'no'],
    ['Vybaveno', 'yes'],
    ['Nové vybavení', 'yes'],
    ['Zařízené', 'yes'],
    ['Equipped', 'yes'],
    ['Furnished', 'yes'],
    ['Ano', 'yes'],
    ['yes', 'yes'],
    ['true', 'yes'],
    ['Nezadáno', undefined],
    ['Ano, kompletně', 'yes'],
    ['Yes, fully', 'yes'],
    ['Ne, jen kuchyňská linka', 'no'],
    ['ne vybavený', 'no'],
    ['Neuvedeno', undefined],
    ['Vybaveno, ne však pračka', 'yes'],
    ['Po dohodě ano', undefined],
    [0, undefined],
    [4, undefined],
    [null, undefined],
    [undefined, undefined],
  ])('furnished %j is %j', (value, expected) => {
    expect(normaliseFurnished(value)).toBe(expected);
  });

  it.each([
    [false, false],
    [2, undefined],
    [null, undefined],
    [undefined, undefined],
    ['yes', true],
    ['TRUE', true],
    ['1', true],
    ['je', true],
    ['S výtahem', true],
    ['no', false],
    ['false', false],
    ['0', false],
    ['Není', false],
    ['Bez výtahu', false],
    ['ano i ne', undefined],
    ['Není uvedeno', undefined],
    ['výtah je', undefined],
    ['10', undefined],
  ])('yes/no %j is %j', (value, expected) => {
    expect(normaliseYesNo(value)).toBe(expected);
  });

  it.each([
    ['A', 'A'],
    ['b', 'B'],
    ['Class D', 'D'],
    ['Energy: E', 'E'],
    ['Třída F', 'F'],
    ['PENB:C', 'C'],
    ['PENBC', 'C'],
    ['Energy classB', 'B'],
    ['EnergyE', 'E'],
    ['TřídaC', 'C'],
    ['TŘÍDAG', 'G'],
    ['tridaD', 'D'],
    ['Energetická náročnost budovy: mimořádně úsporná A', 'A'],
    // "č." folds to "c.", a letter with no letter either side: it was read as class C.
    ['Vyhláška č. 264/2020 Sb., třída D', 'D'],
    ['dle vyhlášky č. 148/2007 Sb.', undefined],
    // "N/A" (not available) is no class A, and two classes offered ("B/C") are not guessed.
    ['N/A', undefined],
    ['B/C', undefined],
    ['PENB: n/a', undefined],
    // Two classes offered as a range or a choice are not guessed (the first was taken).
    ['C - D', undefined],
    ['C-D', undefined],
    ['Třída C–D', undefined],
    ['C nebo D', undefined],
    ['B or C', undefined],
    ['třída B až C', undefined],
    ['C či D', undefined],
    ['PENB:C-D', undefined],
    // A dash before a word is the class's name.
    ['G - Mimořádně nehospodárná', 'G'],
    ['C - úsporná', 'C'],
    ['B - Delší popis', 'B'],
    ['C-dobrá', 'C'],
    ['C ornament', 'C'],
    // Only a class right after the first counts: here the scale is named further on.
    ['Třída C, stupnice A - G', 'C'],
    ['H', undefined],
    ['Třída G - Mimořádně nehospodárná', 'G'],
    ['nehospodárná', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('energy class %j is %j', (value, expected) => {
    expect(normaliseEnergyClass(value)).toBe(expected);
  });
});
