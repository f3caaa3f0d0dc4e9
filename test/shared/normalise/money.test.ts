import { czkOrUnknown, parseFees, parseMoney, parseRentText } from '../../../shared/normalise/money';
import { parseDeposit } from '../../../shared/normalise/money-in-text';

describe('parseMoney', () => {
  it.each([
    ['12 500 Kč/měsíc', 12500],
    ['12\u00a0500\u00a0Kč', 12500],
    ['12\u200d500 Kč', 12500],
    ['12.500,- Kč', 12500],
    ['15 000 CZK', 15000],
    ['Cena: 9 900 Kč za měsíc', 9900],
  ])('reads %j as %d CZK', (text, amount) => {
    expect(parseMoney(text)).toEqual({ amount, currency: 'CZK' });
  });

  it.each(['Info v RK', 'cena dohodou', 'Cena na dotaz', '0 Kč', '', 'Konkurenční plat'])(
    'returns undefined for %j',
    (text) => {
      expect(parseMoney(text)).toBeUndefined();
    },
  );

  it('reads euros as euros', () => {
    expect(parseMoney('450 €')).toEqual({ amount: 450, currency: 'EUR' });
  });

  it.each([
    'Info v RK (orientačně 15 000 Kč)',
    'Cena dohodou, od 12 000 Kč',
    'Cena na dotaz, 9 000 Kč',
    'v RK, 12 000 Kč',
    'Cena neuvedena, 0 Kč',
    'Cena na vyžádání (10 000 Kč)',
    'Mzda: konkurenční, 40 000 Kč',
    'Price on request (about 20 000 CZK)',
    'Negotiable, 18 000 CZK',
  ])('keeps the price unknown when the text says there is none, whatever amount it names: %j', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  it.each([
    ['12 500,50 Kč', 12500.5],
    ['1.250.000 Kč', 1250000],
    ['9500,- Kč', 9500],
  ])('reads %j as %d CZK', (text, amount) => {
    expect(parseMoney(text)).toEqual({ amount, currency: 'CZK' });
  });
});

describe('parseFees', () => {
  it.each<[number | string | undefined, number | undefined]>([
    [3500, 3500],
    [3500.4, 3500],
    [0, 0],
    [-1, undefined],
    [Number.NaN, undefined],
    ['3 500 Kč', 3500],
    ['v ceně', 0],
    ['Včetně', 0],
    ['zahrnuto v nájmu', 0],
    ['included', 0],
    ['dohodou', undefined],
    [undefined, undefined],
    // Per person: the household's fees are not stated.
    ['2 500 Kč/osoba', undefined],
    ['2 500 Kč/osoba/měsíc', undefined],
    ['2 500 Kč/ osobu', undefined],
    ['2 500 Kč/osoby měsíčně', undefined],
    ['2 500 Kč/os', undefined],
    ['3500,- Kč/os./měs.', undefined],
    ['1 800 Kč za osobu', undefined],
    ['1 800 Kč za osobu měsíčně', undefined],
    ['1 800 Kč na osoby a měsíc', undefined],
    ['1 800 Kč na os. měsíčně', undefined],
    ['1 800 CZK per person a month', undefined],
    ['2 500 Kč/osobní auto', 2500],
    ['2 500 Kč/měsíc, pro 2 osoby', 2500],
    // Stated without VAT, which the tenant pays on top (VAT_RATE, 21 %); with it, as stated.
    ['2 000 Kč + DPH', 2420],
    ['2 000 Kč bez DPH', 2420],
    ['2 000 CZK plus VAT', 2420],
    ['2 420 Kč včetně DPH', 2420],
    ['2 420 Kč vč. DPH', 2420],
    ['2 420 CZK incl. VAT', 2420],
    ['2 420 Kč, DPH v ceně', 2420],
    ['2 420 CZK, VAT included', 2420],
    ['2 420 Kč, DPH je zahrnuto', 2420],
    ['v ceně nájmu včetně DPH', 0],
    ['2 420 Kč včetněDPH', 2420],
    ['2 420 CZK, VAT is included', 2420],
    ['2 420 Kč, DPH je v ceně', 2420],
    ['dohodou + DPH', undefined],
    ['2 000 Kč  +  DPH', 2420],
  ])('reads %j as %j', (value, expected) => {
    expect(parseFees(value)).toBe(expected);
  });
});

describe('parseRentText', () => {
  it.each([
    ['12 500 Kč/měsíc + 3 000 Kč poplatky', { rentCzk: 12500, feesCzk: 3000 }],
    ['12 500 Kč + 2 500 Kč služby a energie', { rentCzk: 12500, feesCzk: 2500 }],
    ['15 000 Kč včetně poplatků', { rentCzk: 15000, feesCzk: 0, feesIncluded: true }],
    ['14 000 Kč/měsíc', { rentCzk: 14000 }],
    ['Info v RK', { rentCzk: undefined }],
    ['12 000 Kč + poplatky 3 500 Kč', { rentCzk: 12000, feesCzk: 3500 }],
    ['12 000 Kč +energie 2 000 Kč', { rentCzk: 12000, feesCzk: 2000 }],
    ['12 000 Kč+3 000 Kč poplatky', { rentCzk: 12000, feesCzk: 3000 }],
    ['12 000 Kč + 3 000 Kčpoplatky', { rentCzk: 12000, feesCzk: 3000 }],
    ['13 000 Kč vč.energií', { rentCzk: 13000, feesCzk: 0, feesIncluded: true }],
    ['450 € + 100 € poplatky', { rentCzk: undefined }],
    ['0,40 Kč', { rentCzk: undefined }],
    // Fees under half a crown are no figure: unknown, never "no fees".
    ['15 000 Kč + 0,40 Kč poplatky', { rentCzk: 15000 }],
    // Fees per person or per year are no monthly figure for the flat.
    ['15 000 Kč/měs. + poplatky 3 500 Kč/os.', { rentCzk: 15000 }],
    ['15 000 Kč + 3 500 Kč/os. poplatky', { rentCzk: 15000 }],
    ['15 000 Kč + 2 000 Kč za osobu poplatky', { rentCzk: 15000 }],
    ['15 000 Kč/měsíc + 3 500 Kč za rok poplatky', { rentCzk: 15000 }],
    ['15 000 Kč + poplatky 12 000 Kč ročně', { rentCzk: 15000 }],
    ['15 000 Kč + energie dle spotřeby', { rentCzk: 15000 }],
    ['15 000 Kč + 3 000 Kč Kč poplatky', { rentCzk: 15000, feesCzk: 3000 }],
    ['15 000 Kč + poplatky 12 000 Kč ročně (voda, teplo)', { rentCzk: 15000 }],
    ['15 000 Kč + poplatky 12 000 Kč rocne', { rentCzk: 15000 }],
    ['15 000 Kč + poplatky 6 000 Kč čtvrtletně za vodu', { rentCzk: 15000 }],
    ['15 000 Kč + poplatky 12 000 Kč/rok', { rentCzk: 15000 }],
    ['15 000 Kč + poplatky 12 000 Kč/ rok, voda', { rentCzk: 15000 }],
    ['15 000 Kč + poplatky 3 500 Kč/os', { rentCzk: 15000 }],
    // Only the fees' own part counts: a yearly figure after the next "+" is another charge's.
    ['15 000 Kč + poplatky 3 500 Kč + parkování 6 000 Kč ročně', { rentCzk: 15000, feesCzk: 3500 }],
    ['15 000 Kč + poplatky 3 500 Kč, nájemní smlouva na rok', { rentCzk: 15000, feesCzk: 3500 }],
    ['15 000 Kč + poplatky 3 500 Kč, zároveň elektřina', { rentCzk: 15000, feesCzk: 3500 }],
    ['15 000 Kč + poplatky 3 500 Kč + elektřina', { rentCzk: 15000, feesCzk: 3500 }],
  ])('reads %j', (text, expected) => {
    expect(parseRentText(text)).toStrictEqual(expected);
  });
});

describe('parseDeposit and czkOrUnknown', () => {
  it.each([
    ['vratná kauce 30 000 Kč', undefined, 30000],
    ['Kauce: 2 nájmy', 12000, 24000],
    ['jistina dohodou', 12000, undefined],
    ['kauce 2 měsíce', 12000, 24000],
    ['kauce ve výši 3 měsíců', 10000, 30000],
    ['kauce 2nájmy', 11000, 22000],
    ['kauce 2 nájmy, tj. 24 000 Kč', 12000, 24000],
    ['kauce 2 nájmy', undefined, undefined],
    // The field read by the description's rules: a decimal multiple whole, words, and nothing guessed.
    ['1,5 nájmu', 12000, 18000],
    ['dva nájmy', 12000, 24000],
    ['2 měsíční nájmy', 12000, 24000],
    ['bez kauce', 12000, 0],
    ['2 nájmy, tj. 25 000 Kč', 12000, undefined],
    ['2-3 nájmy', 12000, undefined],
    ['30 000 - 45 000 Kč', 12000, undefined],
    ['1 nájem + 1 000 Kč', 12000, undefined],
    ['Kauce 2 nájmy, bez kauce pro studenty', 12000, undefined],
    ['0,40 Kč', 12000, undefined],
    ['12 měsíců', 12000, undefined],
    // A field that starts with a zero is left empty, not "no deposit".
    ['0 Kč', 12000, undefined],
    ['0Kč', 12000, undefined],
    ['0,- Kč', 12000, undefined],
    ['0CZK + poplatky 0 Kč', 12000, undefined],
    ['0Kc', 12000, undefined],
    ['0,00 Kč', 12000, undefined],
    ['00 Kč', 12000, undefined],
    // A figure that only starts with a zero is a figure: half a month's rent.
    ['0,5 nájmu', 12000, 6000],
    ['0.5 nájmu', 12000, 6000],
    // A zero typed before a figure, as a form that pads its field would send it.
    ['05 000 Kč', 12000, 5000],
    // A figure alone is in crowns, as the field is.
    ['30000', 12000, 30000],
    ['30 000', 12000, 30000],
    ['30.000,-', 12000, 30000],
    ['30000,-', undefined, 30000],
    ['1 000 000', 12000, 1000000],
    // A word before the figure is no bare field: "cca" (about) states no figure.
    ['cca 30000', 12000, undefined],
    // A few crowns are a placeholder, not a deposit (MIN_DEPOSIT_CZK).
    ['10 Kč', 12000, undefined],
    ['10', 12000, undefined],
    ['499 Kč', 12000, undefined],
    ['500', 12000, 500],
    // Words that mean none.
    ['gratis', 12000, 0],
    ['žádná', 12000, 0],
    ['ne', 12000, 0],
    ['2 měs. nájmy', 12000, 24000],
    ['30 tisíc korun', 12000, 30000],
    // Not a bare figure: a figure and a word, or two figures.
    ['30000 EUR', 12000, undefined],
    ['30000 30000', 12000, undefined],
    ['2026-12-31', 12000, undefined],
  ])('reads %j', (text, rent, expected) => {
    expect(parseDeposit(text, rent)).toBe(expected);
  });

  // Less than half a crown rounds to 0: no amount, so unknown (a rent or deposit is never 0).
  it.each([
    [0, undefined],
    [12000.4, 12000],
    [NaN, undefined],
    ['350 EUR', undefined],
    [null, undefined],
    [0.4, undefined],
    ['0,30 Kč', undefined],
    ['0,5 Kč', 1],
  ])('turns %j into %j', (value, expected) => {
    expect(czkOrUnknown(value as never)).toBe(expected);
  });
});

describe('parseMoney at the edges of what it reads', () => {
  it.each([
    // Written without a space before the currency, as in price lines typed by hand.
    ['15 000,-Kč', 15000, 'CZK'],
    ['Nájem 9800Kč měsíčně', 9800, 'CZK'],
    ['450€ / month', 450, 'EUR'],
    // A stray space before ",-", as typed.
    ['Nájemné 9 500 ,- Kč', 9500, 'CZK'],
    // The currency in words.
    ['30 000 korun', 30000, 'CZK'],
    ['1 koruna', 1, 'CZK'],
    ['500 Korun českých', 500, 'CZK'],
    ['Nájem 600 eur', 600, 'EUR'],
    ['600 €', 600, 'EUR'],
    // The largest amount a number holds exactly (2^53 - 1) is still read.
    ['9007199254740991 Kč', 9007199254740991, 'CZK'],
  ])('reads %j', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('reads no amount too long to hold exactly (a run of digits pasted into the price)', () => {
    expect(parseMoney('99999999999999999 Kč')).toBeUndefined();
  });
});

describe('parseRentText when a part is missing or written loosely', () => {
  it('reads nothing from no text', () => {
    expect(parseRentText(undefined)).toEqual({});
  });

  it.each([
    // Fees named without an amount stay unknown; the rent is still read.
    ['12 000 Kč + poplatky dle spotřeby', { rentCzk: 12000 }],
    ['12 000 Kč + energie', { rentCzk: 12000 }],
    // The amount after the word, glued to its currency.
    ['12 000 Kč + poplatky 3 500Kč', { rentCzk: 12000, feesCzk: 3500 }],
    ['11 500 Kč + zálohy na služby a energie 4 200 Kč', { rentCzk: 11500, feesCzk: 4200 }],
    ['14 000 Kč + služby 2 000 Kč', { rentCzk: 14000, feesCzk: 2000 }],
    // The amount glued to its currency and the word after a slash.
    ['11 000 Kč + 2500Kč/energie', { rentCzk: 11000, feesCzk: 2500 }],
    // VAT after the fees' figure is paid on them; VAT stated of the rent alone is not.
    ['12 000 Kč + poplatky 2 000 Kč + DPH', { rentCzk: 12000, feesCzk: 2420 }],
    ['12 000 Kč + 2 000 Kč poplatky bez DPH', { rentCzk: 12000, feesCzk: 2420 }],
    ['12 000 Kč bez DPH + poplatky 2 000 Kč', { rentCzk: 12000, feesCzk: 2000 }],
    ['12 000 Kč + DPH + 2 000 Kč poplatky', { rentCzk: 12000, feesCzk: 2000 }],
  ])('reads %j', (text, expected) => {
    expect(parseRentText(text)).toEqual(expected);
  });
});

describe('parseDeposit and parseFees without a text', () => {
  it('reads no deposit from no text, whatever the rent', () => {
    expect(parseDeposit(undefined, 12000)).toBeUndefined();
  });

  it('reads fees said to be in the rent however the words are spaced (a double space as typed)', () => {
    expect(parseFees('Poplatky: v  ceně nájmu')).toBe(0);
    expect(parseFees('energie v\r\nceně')).toBe(0);
  });
});
