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
    ['neuvedeno', undefined],
  ])('energy class %j is %j', (value, expected) => {
    expect(normaliseEnergyClass(value)).toBe(expected);
  });
});
