import { jobTitleEnglish, rentalTitleEnglish } from '../../../shared/normalise/english-title';
import { professionName } from '../../../shared/normalise/profession-names';

const poruba = { municipality: 'Ostrava', district: 'Poruba' };

describe('rentalTitleEnglish', () => {
  it.each([
    ['Pronájem bytu 2+kk 52 m²', 'flat', '2+kk', 52, poruba, '2+kk flat, 52 m², Poruba'],
    [
      'Pronájem bytu 3+1, 74,5 m²',
      'flat',
      '3+1',
      74.5,
      { municipality: 'Ostrava', district: 'Zábřeh' },
      '3+1 flat, 74.5 m², Zábřeh',
    ],
    [
      'Pronájem garsoniéry 24 m²',
      'flat',
      '1+kk',
      24,
      { municipality: 'Ostrava', district: 'Vítkovice' },
      'Studio (garsoniéra), 24 m², Vítkovice',
    ],
    ['Garsonka v centru', 'flat', '1+kk', undefined, { municipality: 'Ostrava' }, 'Studio (garsoniéra), Ostrava'],
    ['Pronájem pokoje 14 m²', 'room', 'room', 14, poruba, 'Room, 14 m², Poruba'],
    ['Spolubydlení pro studentku', 'room', 'room', undefined, poruba, 'Room in a shared flat, Poruba'],
    [
      'Pronájem rodinného domu 4+1',
      'house',
      '4+1',
      130,
      { municipality: 'Háj ve Slezsku' },
      '4+1 house, 130 m², Háj ve Slezsku',
    ],
    [
      'Pronájem domu',
      'house',
      undefined,
      undefined,
      { municipality: 'Karviná', district: 'Fryštát' },
      'House, Fryštát, Karviná',
    ],
    ['Pronájem atypického bytu', 'flat', 'atypical', 80, poruba, 'Flat (atypical layout), 80 m², Poruba'],
    ['Byt k pronájmu', 'flat', undefined, undefined, { municipality: 'Havířov' }, 'Flat, Havířov'],
  ] as const)('makes "%s" (%s %s, %s m²) into "%s"', (title, propertyType, disposition, areaM2, location, expected) => {
    expect(rentalTitleEnglish({ title, propertyType, disposition, areaM2, location })).toEqual({
      text: expected,
      from: 'listing-fields',
    });
  });
});

describe('jobTitleEnglish', () => {
  it('names the CZ-ISCO profession in English for a Czech ad', () => {
    expect(jobTitleEnglish({ title: 'Svářeč/ka CO2', language: 'cs', iscoCode: '72121' })).toEqual({
      text: 'Welder and flame cutter',
      from: 'profession',
    });
  });

  it('keeps the title of an ad written in English', () => {
    expect(jobTitleEnglish({ title: 'Data analyst', language: 'en', iscoCode: '25290' })).toEqual({
      text: 'Data analyst',
      from: 'original',
    });
  });

  it('marks a Czech title without a profession for translation, keeping the original meanwhile', () => {
    expect(jobTitleEnglish({ title: 'Skladník', language: 'cs' })).toEqual({
      text: 'Skladník',
      from: 'not-translated',
    });
  });
});

describe('professionName', () => {
  it.each([
    ['25120', 'Software developer'],
    ['93330', 'Freight handler'],
    ['83221', 'Car, taxi and van driver'],
    ['3434', 'Chef'],
    // A unit group not listed falls back to its sub-major group.
    ['26510', 'Legal, social and cultural professional'],
  ])('names CZ-ISCO %s "%s"', (code, name) => {
    expect(professionName(code)).toBe(name);
  });

  it.each([[undefined], ['7'], ['00000'], ['12a45']])('knows no name for %s', (code) => {
    expect(professionName(code)).toBeUndefined();
  });
});
