import fc from 'fast-check';
import { parseEmployment, parseWorkplace } from '../../../shared/normalise/employment';
import { parseSalary } from '../../../shared/normalise/salary';

describe('parseSalary', () => {
  it.each([
    ['45 000 – 60 000 Kč', { min: 45000, max: 60000, currency: 'CZK', period: 'month', monthlyCzkMin: 45000, monthlyCzkMax: 60000 }],
    ['45\u00a0000\u200d–\u200d60\u00a0000 Kč/měsíc', { min: 45000, max: 60000, period: 'month' }],
    ['od 40 000 Kč', { min: 40000, max: undefined, monthlyCzkMin: 40000 }],
    ['do 55 000 Kč měsíčně', { min: undefined, max: 55000, monthlyCzkMax: 55000 }],
    ['180 Kč/hod', { min: 180, period: 'hour', monthlyCzkMin: 31200, hoursPerWeek: 40 }],
    ['200 Kč/hod, 30 hodin týdně', { min: 200, period: 'hour', monthlyCzkMin: 26000, hoursPerWeek: 30 }],
    ['600 000 Kč ročně', { min: 600000, period: 'year', monthlyCzkMin: 50000 }],
    ['2 500 – 3 000 EUR', { min: 2500, max: 3000, currency: 'EUR', monthlyCzkMin: 62500, monthlyCzkMax: 75000 }],
    ['40 tis. Kč', { min: 40000 }],
  ])('reads %j', (text, expected) => {
    expect(parseSalary(text)).toMatchObject(expected);
  });

  it.each(['Mzda dohodou', 'Konkurenční plat', 'Competitive salary', '', undefined])('is unknown for %j', (text) => {
    expect(parseSalary(text)).toBeUndefined();
  });

  it('uses the configured exchange rate', () => {
    expect(parseSalary('1 000 EUR', { eurCzk: 24.3, hoursPerWeek: 40 })?.monthlyCzkMin).toBe(24300);
  });
});

describe('parseEmployment', () => {
  it.each([
    ['HPP', ['full-time']],
    ['Plný úvazek, možnost HPP nebo IČO', ['full-time', 'contract']],
    ['DPP / DPČ – brigáda', ['work-agreement']],
    ['Part-time, internship for students', ['part-time', 'internship']],
    ['Smlouva na dobu určitou', ['temporary']],
    ['Skvělý kolektiv', []],
  ])('reads %j', (text, expected) => {
    expect(parseEmployment(text)).toEqual(expected);
  });
});

describe('parseWorkplace', () => {
  it.each([
    ['Fully remote within the EU', 'remote'],
    ['Remote, but 2 days a week from the office – hybrid', 'hybrid'],
    ['Home office 2 dny v týdnu', 'hybrid'],
    ['Práce z domova', 'remote'],
    ['Work on site in our Ostrava plant', 'onsite'],
    ['Skvělý kolektiv', undefined],
  ])('reads %j as %s', (text, expected) => {
    expect(parseWorkplace(text)).toBe(expected);
  });
});

describe('pay and terms on arbitrary input', () => {
  it('only ever return values', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseSalary(text);
        parseEmployment(text);
        parseWorkplace(text);
      }),
      { numRuns: 1000 },
    );
  });
});
