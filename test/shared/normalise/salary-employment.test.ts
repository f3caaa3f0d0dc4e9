import fc from 'fast-check';
import { parseEmployment, parseWorkplace } from '../../../shared/normalise/employment';
import { parseSalary, structuredSalary } from '../../../shared/normalise/salary';
import { isPlausible, plausiblePeriod } from '../../../shared/normalise/salary-period';
import { employmentTypes, salarySchema, workplaceTypes } from '../../../shared/listing/schema';

describe('parseSalary', () => {
  it.each([
    [
      '45 000 – 60 000 Kč',
      { min: 45000, max: 60000, currency: 'CZK', period: 'month', monthlyCzkMin: 45000, monthlyCzkMax: 60000 },
    ],
    ['45\u00a0000\u200d–\u200d60\u00a0000 Kč/měsíc', { min: 45000, max: 60000, period: 'month' }],
    ['od 40 000 Kč', { min: 40000, max: undefined, monthlyCzkMin: 40000 }],
    ['do 55 000 Kč měsíčně', { min: undefined, max: 55000, monthlyCzkMax: 55000 }],
    ['180 Kč/hod', { min: 180, period: 'hour', monthlyCzkMin: 31200, hoursPerWeek: 40 }],
    ['200 Kč/hod, 30 hodin týdně', { min: 200, period: 'hour', monthlyCzkMin: 26000, hoursPerWeek: 30 }],
    ['600 000 Kč ročně', { min: 600000, period: 'year', monthlyCzkMin: 50000 }],
    ['2 500 – 3 000 EUR', { min: 2500, max: 3000, currency: 'EUR', monthlyCzkMin: 62500, monthlyCzkMax: 75000 }],
    ['40 tis. Kč', { min: 40000 }],
    ['70–110 tis. Kč', { min: 70000, max: 110000, period: 'month', monthlyCzkMin: 70000, monthlyCzkMax: 110000 }],
    ['Plat 55 - 75 tis. Kč/měsíc', { min: 55000, max: 75000, period: 'month' }],
    [
      'Mzda: 27 340 – 38 120 Kč hrubého',
      { min: 27340, max: 38120, period: 'month', monthlyCzkMin: 27300, monthlyCzkMax: 38100 },
    ],
    ['až 52 000 Kč', { min: undefined, max: 52000, period: 'month' }],
    ['od 38 tis.', { min: 38000, max: undefined, currency: 'CZK', period: 'month' }],
    ['od 31 000 Kč do 42 000 Kč', { min: 31000, max: 42000 }],
    ['165 Kč na hodinu', { min: 165, period: 'hour' }],
    ['hodinová mzda 172 Kč', { min: 172, period: 'hour' }],
    ['1 400 Kč/den', { min: 1400, period: 'day', monthlyCzkMin: 30300 }],
    ['Roční mzda 780 000 Kč', { min: 780000, period: 'year', monthlyCzkMin: 65000 }],
    ['48 000 Kč měsíčně + roční odměny', { min: 48000, period: 'month' }],
    ['€2,800 – €3,400 per month', { min: 2800, max: 3400, currency: 'EUR', period: 'month' }],
    ['platem 29.000 Kč + čtvrtletní prémie (2.000-5.000 Kč)', { min: 29000, max: undefined, period: 'month' }],
    ['Stravenky 130 Kč/den, mzda 34 000 Kč', { min: 34000, period: 'month' }],
  ])('reads %j', (text, expected) => {
    expect(parseSalary(text)).toMatchObject(expected);
  });

  it.each(['Mzda dohodou', 'Konkurenční plat', 'Competitive salary', '', undefined])('is unknown for %j', (text) => {
    expect(parseSalary(text)).toBeUndefined();
  });

  it.each([
    ['26 450 Kč/hod', 26450],
    ['hodinová mzda 31 800 Kč', 31800],
  ])('reads %j as monthly: a monthly wage is never an hourly rate', (text, min) => {
    expect(parseSalary(text)).toMatchObject({ min, period: 'month', monthlyCzkMin: Math.round(min / 100) * 100 });
  });

  it('is unknown when no amount fits the stated period or any other', () => {
    expect(parseSalary('Stravenky 3 Kč/den')).toBeUndefined();
  });

  it('uses the configured exchange rate', () => {
    expect(parseSalary('1 000 EUR', { eurCzk: 24.3, hoursPerWeek: 40 })?.monthlyCzkMin).toBe(24300);
  });
});

describe('structuredSalary', () => {
  it('keeps an hourly rate that fits an hour, with the stated hours', () => {
    expect(structuredSalary({ min: 140, max: 165, currency: 'CZK', period: 'hour' }, 37.5)).toMatchObject({
      period: 'hour',
      hoursPerWeek: 37.5,
      monthlyCzkMin: 22800,
      monthlyCzkMax: 26800,
    });
  });

  it('reads a monthly wage sent as hourly as monthly', () => {
    expect(structuredSalary({ min: 25190, max: 36210, currency: 'CZK', period: 'hour' }, undefined)).toMatchObject({
      period: 'month',
      monthlyCzkMin: 25200,
      monthlyCzkMax: 36200,
    });
  });

  it('is unknown for amounts that fit no period', () => {
    expect(structuredSalary({ min: 2, currency: 'CZK', period: 'month' }, undefined)).toBeUndefined();
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
  // Arbitrary text, and text shaped like the pay lines and terms the portals write.
  const texts = fc.oneof(
    fc.string(),
    fc.stringMatching(/^(od |do )?\d{1,3}( \d{3})?( - \d{1,3}( \d{3})?)? ?(Kč|CZK|EUR|€)(\/(hod|měs|rok|den))?$/),
    fc.constantFrom('HPP, zkrácený úvazek', 'Full-time, remote', 'DPP / DPČ, hybrid', 'práce z domova', 'brigáda'),
  );

  it("give only values of the listing's shape, or unknown", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const salary = parseSalary(text);
        if (salary !== undefined) {
          expect(salarySchema.safeParse(salary).error?.issues).toBeUndefined();
          if (salary.min !== undefined && salary.max !== undefined) expect(salary.min).toBeLessThanOrEqual(salary.max);
        }
        const employment = parseEmployment(text);
        expect(employment.every((e) => (employmentTypes as readonly string[]).includes(e))).toBe(true);
        expect(new Set(employment).size).toBe(employment.length);
        const workplace = parseWorkplace(text);
        if (workplace !== undefined) expect(workplaceTypes).toContain(workplace);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('structuredSalary at its edges', () => {
  it('orders a minimum and maximum sent the wrong way round', () => {
    expect(structuredSalary({ min: 60_000, max: 45_000, currency: 'CZK', period: 'month' }, undefined)).toMatchObject({
      min: 45_000,
      max: 60_000,
      monthlyCzkMin: 45_000,
      monthlyCzkMax: 60_000,
    });
  });

  it('drops a zero minimum (not stated) and keeps the maximum', () => {
    expect(structuredSalary({ min: 0, max: 50_000, currency: 'CZK', period: 'month' }, undefined)).toEqual({
      min: undefined,
      max: 50_000,
      currency: 'CZK',
      period: 'month',
      monthlyCzkMin: undefined,
      monthlyCzkMax: 50_000,
    });
  });

  it('is unknown with no amount above zero', () => {
    expect(structuredSalary({ min: 0, max: 0, currency: 'CZK', period: 'month' }, undefined)).toBeUndefined();
  });

  it.each([
    [80, 80],
    [81, 40],
    [0, 40],
    [undefined, 40],
  ])('takes stated hours of %p a week as %p (beyond 0 < h ≤ 80 the default)', (hours, used) => {
    expect(structuredSalary({ min: 1_500, currency: 'CZK', period: 'day' }, hours)).toMatchObject({
      period: 'day',
      hoursPerWeek: used,
    });
  });

  it('states no hours for monthly pay', () => {
    expect(structuredSalary({ min: 40_000, currency: 'CZK', period: 'month' }, 30)).not.toHaveProperty('hoursPerWeek');
  });

  it('converts euros at the configured rate', () => {
    expect(
      structuredSalary({ min: 2_000, currency: 'EUR', period: 'month' }, undefined, { eurCzk: 24, hoursPerWeek: 40 }),
    ).toMatchObject({ monthlyCzkMin: 48_000 });
  });
});

describe('parseEmployment and parseWorkplace as ads write them', () => {
  it.each([
    ['Hlavní pracovní poměr', ['full-time']],
    ['full time', ['full-time']],
    ['Zkrácený úvazek 30 h', ['part-time']],
    ['částečný úvazek', ['part-time']],
    ['Dohoda o provedení práce', ['work-agreement']],
    ['dohodou o pracovní činnosti', ['work-agreement']],
    ['Živnostenský list, OSVČ', ['contract']],
    ['B2B contract basis', ['contract']],
    ['Stáž pro studenty', ['internship']],
    ['Trainee programme', ['internship']],
    ['Fixed-term, seasonal work', ['temporary']],
    ['Sezónní práce na dobu určitou', ['temporary']],
    // A word that merely contains a code is not the code.
    ['Hledáme kolegu do týmu Microsoft Dynamics', []],
  ])('reads %j', (text, expected) => {
    expect(parseEmployment(text)).toEqual(expected);
  });

  it('reads terms spread over several fields', () => {
    expect(parseEmployment(undefined, 'HPP', 'Brigáda o víkendu')).toEqual(['full-time', 'work-agreement']);
  });

  it.each([
    ['Částečně z domova', 'hybrid'],
    ['3 dny v týdnu home office', 'hybrid'],
    // "1x týdně": once a week.
    ['Home office 1x týdně', 'hybrid'],
    ['2 days a week from home', 'hybrid'],
    ['Partial work from home', 'hybrid'],
    ['100% remote', 'remote'],
    ['Remote-first company', 'remote'],
    ['Plně z domova', 'remote'],
    ['Work from anywhere', 'remote'],
    ['Práce v kanceláři v Ostravě', 'onsite'],
    ['Onsite in Ostrava', 'onsite'],
    ['Práce na pracovišti', 'onsite'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseWorkplace(text)).toBe(expected);
  });
});

describe('parseSalary as ads write it', () => {
  it.each([
    ['min. 35 000 Kč', { min: 35000, max: undefined, period: 'month' }],
    ['minimálně 32 000 Kč', { min: 32000, max: undefined }],
    ['at least 40,000 CZK', { min: 40000, max: undefined, currency: 'CZK' }],
    ['up to 60 000 CZK', { min: undefined, max: 60000 }],
    ['max. 50 000 Kč', { min: undefined, max: 50000 }],
    ['starting at 2 000 EUR', { min: 2000, currency: 'EUR', monthlyCzkMin: 50000 }],
    ['35 tisíc Kč', { min: 35000 }],
    ['40k CZK', { min: 40000 }],
    ['1,2 mil. Kč ročně', { min: 1200000, period: 'year', monthlyCzkMin: 100000 }],
    ['1,5 mio CZK per annum', { min: 1500000, period: 'year' }],
    ['28.500 Kč', { min: 28500 }],
    ['37,5 tis. Kč', { min: 37500 }],
    ['CZK 45 000 – 55 000', { min: 45000, max: 55000, currency: 'CZK' }],
    ['€ 3 000 monthly', { min: 3000, currency: 'EUR', period: 'month' }],
    ['45 000,- Kč', { min: 45000 }],
    ['30 000,- až 40 000,- Kč', { min: 30000, max: 40000 }],
    ['190 Kč/h', { min: 190, period: 'hour' }],
    ['210 CZK per hour', { min: 210, period: 'hour' }],
    ['15 EUR an hour', { min: 15, currency: 'EUR', period: 'hour', monthlyCzkMin: 65000 }],
    ['1 600 Kč za směnu', { min: 1600, period: 'day', hoursPerWeek: 40 }],
    // A shift's pay was read as 1 800 Kč an hour (312,000 CZK a month) when written "/směna".
    ['Mzda: 1 800 Kč/směna', { min: 1800, period: 'day' }],
    ['1 800 Kč / směnu', { min: 1800, period: 'day' }],
    // A word between the amount and the shift: the period words, not SHIFT, read it.
    ['Mzda 1 800 Kč hrubého/směna', { min: 1800, period: 'day' }],
    ['Odměna 1 800 Kč čistého /směny', { min: 1800, period: 'day' }],
    ['1 800 Kč na směnu', { min: 1800, period: 'day' }],
    ['CZK 1,800 per shift', { min: 1800, period: 'day' }],
    // A shift named with its length or kind was read as that many crowns an hour: "/12h směna" lost its
    // clause at the "12", "12hodinovou" and "osmihodinovou" matched "hodinov" first.
    ['1 800 Kč/12h směna', { min: 1800, period: 'day' }],
    ['1 800 Kč / 12 h směna', { min: 1800, period: 'day' }],
    ['2 000 Kč za 12hodinovou směnu', { min: 2000, period: 'day' }],
    ['1 500 Kč za osmihodinovou směnu', { min: 1500, period: 'day' }],
    ['2 500 Kč/noční směna', { min: 2500, period: 'day' }],
    ['1 600 Kč na noční směnu', { min: 1600, period: 'day' }],
    ['€120/shift', { min: 120, currency: 'EUR', period: 'day' }],
    ['120 EUR per night shift', { min: 120, currency: 'EUR', period: 'day' }],
    ['120 EUR a 12h shift', { min: 120, currency: 'EUR', period: 'day' }],
    // A number after the amount that names no shift still ends its clause: no period, so the first fit.
    ['1 800 Kč 3 směny týdně', { min: 1800, period: 'hour' }],
    // A shift named further on is another amount's period.
    ['800 Kč, příplatek 200 Kč za směnu', { min: 800, period: 'hour' }],
    ['8 000 Kč/MD', { min: 8000, period: 'day' }],
    ['55 000 Kč/měs', { min: 55000, period: 'month' }],
    ['900 000 Kč p.a.', { min: 900000, period: 'year' }],
    ['250 Kč/hod, 37,5 hodin týdně', { min: 250, period: 'hour', hoursPerWeek: 37.5, monthlyCzkMin: 40600 }],
  ])('reads %j', (text, expected) => {
    expect(parseSalary(text)).toMatchObject(expected);
  });

  it.each(['Nabízíme 25 dní dovolené', 'Tramvaj č. 4, 5 minut pěšky', '13. plat'])(
    'reads no pay from %j, which states none',
    (text) => {
      expect(parseSalary(text)).toBeUndefined();
    },
  );
});

describe('parseSalary: the period words, the bounds and the number forms', () => {
  it.each([
    // Each period's plausible range includes its ends (salary-period.ts CZK_BOUNDS).
    ['60 Kč/hod', { min: 60, period: 'hour' }],
    ['3 000 Kč/hod', { min: 3000, period: 'hour' }],
    // Amounts that fit a month and a year take the year when the ad says so, before or after them.
    ['360 000 Kč ročně', { min: 360000, period: 'year', monthlyCzkMin: 30000 }],
    ['360 000 Kč/rok', { period: 'year' }],
    ['360 000 Kč p.a.', { period: 'year' }],
    ['15 000 EUR/yr', { period: 'year', monthlyCzkMin: 31300 }],
    ['15 000 EUR/year', { period: 'year' }],
    ['Roční mzda 360 000 Kč hrubého, k tomu stravenky a pět týdnů dovolené', { period: 'year' }],
    // With none, such an amount is monthly: most ads state monthly pay.
    ['150 000 Kč', { period: 'month' }],
    // A year word in the next sentence or clause is not this amount's period.
    ['Mzda 150 000 Kč. Roční bonus podle výsledků', { period: 'month' }],
    ['Mzda 150 000 Kč, roční bonus podle výsledků', { period: 'month' }],
    // A period word further back than the words just before the amount does not count.
    ['Roční odměny podle výsledků firmy a k tomu základní mzda 150 000 Kč', { period: 'month' }],
    // The period named right after the amount wins over one named before it.
    ['Roční kontrakt 150 000 Kč/měs', { period: 'month' }],
    ['Annual contract 6 000 EUR/mo', { period: 'month' }],
    ['Annual contract 6 000 EUR/month', { period: 'month' }],
    ['Denní brigáda 250 Kč/hod', { min: 250, period: 'hour' }],
    ['Denní brigáda 250 Kč/h', { min: 250, period: 'hour' }],
    ['Daily gig 12 EUR/hr', { min: 12, currency: 'EUR', period: 'hour' }],
    ['Hourly-paid shifts at 120 EUR/day', { min: 120, currency: 'EUR', period: 'day' }],
    // Of two period words after the amount, the first one written.
    ['1 500 Kč denně za osmihodinovou směnu', { min: 1500, period: 'day' }],
    // With no period word an amount takes the first period it fits: an hour before a day.
    ['800 Kč', { min: 800, period: 'hour' }],
    ['4 000 Kč', { min: 4000, period: 'day' }],
    // Number forms.
    ['1 200 000 Kč ročně', { min: 1200000, period: 'year', monthlyCzkMin: 100000 }],
    ['Tarifní mzda 25 190,50 Kč', { min: 25190.5, period: 'month', monthlyCzkMin: 25200 }],
    // "až" before a range is the range, not a maximum.
    ['Mzda až 35 – 45 tis. Kč', { min: 35000, max: 45000 }],
    // A range written high to low.
    ['55 000 – 45 000 Kč', { min: 45000, max: 55000 }],
    // The hours an ad states, however it writes them.
    ['220 Kč/hod, úvazek 30h týdně', { period: 'hour', hoursPerWeek: 30, monthlyCzkMin: 28600 }],
    ['220 Kč/hod, 25 hod/týden', { period: 'hour', hoursPerWeek: 25 }],
    ['Part-time job, 20 hour per week, 180 CZK per hour', { period: 'hour', hoursPerWeek: 20, monthlyCzkMin: 15600 }],
    // "hod. mzda" (hodinová mzda) after the amount is its period, with or without the space, and wins
    // over a day word before it, as "/hod" does.
    ['Denní brigáda 250 Kč hod.mzda', { min: 250, period: 'hour' }],
    ['Denní brigáda 250 Kč hod. mzda, nástup ihned', { min: 250, period: 'hour' }],
    // Only "hod." ends no sentence: a word ending in "hod" does ("výhod. Roční bonus" is the next one).
    ['Mzda 150 000 Kč a řada výhod. Roční bonus podle výsledků', { min: 150000, period: 'month' }],
  ])('reads %j', (text, expected) => {
    expect(parseSalary(text)).toMatchObject(expected);
  });

  it('states hours only for hourly or daily pay', () => {
    expect(parseSalary('45 000 Kč, 40 hodin týdně')).not.toHaveProperty('hoursPerWeek');
  });

  it('reads no pay from a number with neither currency nor "tis."', () => {
    expect(parseSalary('Rodinná firma s 250 zaměstnanci v Ostravě')).toBeUndefined();
  });

  // "undefined for zero or nonsense" (salary.ts amount): a zero end is a form's empty field, not pay.
  it.each(['Mzda 0 – 45 000 Kč', 'Mzda 45 000 – 0 Kč'])('reads no pay from %j, a range with a zero end', (text) => {
    expect(parseSalary(text)).toBeUndefined();
  });

  it('reads only the start of a long text (bounded time)', () => {
    expect(parseSalary(`${'Popis práce a týmu. '.repeat(110)}Mzda 45 000 Kč`)).toBeUndefined();
    expect(parseSalary(`${'Popis práce a týmu. '.repeat(90)}Mzda 45 000 Kč`)).toMatchObject({ min: 45000 });
  });
});

describe('plausiblePeriod and isPlausible', () => {
  it('finds no period for no amounts', () => {
    expect(isPlausible([], 'CZK', 'month', 25)).toBe(false);
    expect(plausiblePeriod([], 'CZK', undefined, 25)).toBeUndefined();
  });
});

describe('structuredSalary: a zero maximum', () => {
  it('drops a zero maximum (not stated) and keeps the minimum', () => {
    expect(structuredSalary({ min: 40_000, max: 0, currency: 'CZK', period: 'month' }, undefined)).toEqual({
      min: 40_000,
      max: undefined,
      currency: 'CZK',
      period: 'month',
      monthlyCzkMin: 40_000,
      monthlyCzkMax: undefined,
    });
  });
});

describe('parseEmployment and parseWorkplace: word forms', () => {
  it.each([
    ['Práce dohodou o provedení práce', ['work-agreement']],
    ['Hledáme brigádníky na sklad', ['work-agreement']],
    ['Spolupráce na živnostenský list', ['contract']],
    ['Hledáme stážistu do marketingu', ['internship']],
    ['Fixed-term contract for 12 months', ['temporary']],
  ])('reads %j', (text, expected) => {
    expect(parseEmployment(text)).toEqual(expected);
  });

  it.each([
    ['Hybridní režim práce', 'hybrid'],
    ['Částečný home office', 'hybrid'],
    ['Částečný homeoffice', 'hybrid'],
    ['Možnost 2 dny z domova', 'hybrid'],
    ['3 dny v týdnu homeoffice', 'hybrid'],
    ['Homeoffice 2x týdně', 'hybrid'],
    ['Home office 10 dní měsíčně', 'hybrid'],
    ['Work 1 day a week from home', 'hybrid'],
    ['2 days remote, the rest in Ostrava', 'hybrid'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseWorkplace(text)).toBe(expected);
  });

  it('keeps the fields apart: a workplace field and a title do not run together', () => {
    expect(parseWorkplace('Remote', 'First-line support engineer')).toBe('remote');
  });
});
