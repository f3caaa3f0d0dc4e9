import { moneyInText } from '../../../shared/normalise/money-in-text';
import { withoutNonAmounts } from '../../../shared/normalise/money-text-not-amounts';

const RENT = 12_500;

describe('moneyInText', () => {
  it.each([
    ['Kauce ve výši dvou nájmů, smlouva na rok.', 'depositCzk', 25_000, 'deposit: 2 × rent (25,000 CZK)'],
    ["Deposit two months' rent.", 'depositCzk', 25_000, 'deposit: 2 × rent (25,000 CZK)'],
    ['Deposit of 2 months rent required.', 'depositCzk', 25_000, 'deposit: 2 × rent (25,000 CZK)'],
    ['Vratná kauce ve výši 3 měsíčních nájmů.', 'depositCzk', 37_500, 'deposit: 3 × rent (37,500 CZK)'],
    ['Jistina dvojnásobek nájmu.', 'depositCzk', 25_000, 'deposit: 2 × rent (25,000 CZK)'],
    ['Kauce 30 000 Kč.', 'depositCzk', 30_000, 'deposit: 30,000 CZK'],
    ['Kauce 25 000 Kč (2 nájmy).', 'depositCzk', 25_000, 'deposit: 25,000 CZK'],
    ['Kauce 3.500,- Kč.', 'depositCzk', 3_500, 'deposit: 3,500 CZK'],
    ['Bez kauce.', 'depositCzk', 0, 'deposit: none'],
    ['Bez kauce, provize 1 nájem.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce 0 Kč, tedy bez kauce.', 'depositCzk', 0, 'deposit: none'],
    ['Bez provize, kauce 2 nájmy.', 'commissionCzk', 0, 'agency commission: none'],
    ['Nájem 12 500 Kč + poplatky 3 500 Kč.', 'feesCzk', 3_500, 'fees: 3,500 CZK a month'],
    ['Zálohy na energie 2 800 Kč měsíčně.', 'feesCzk', 2_800, 'fees: 2,800 CZK a month'],
    ['Utilities 3,500 CZK per month.', 'feesCzk', 3_500, 'fees: 3,500 CZK a month'],
    ['Energie v ceně nájmu.', 'feesCzk', 0, 'fees: none'],
    ['Provize RK jeden nájem.', 'commissionCzk', 12_500, 'agency commission: 1 × rent (12,500 CZK)'],
    [
      'Provize RK ve výši jednoho měsíčního nájemného + DPH.',
      'commissionCzk',
      15_125,
      'agency commission: 1 × rent + 21 % VAT (15,125 CZK)',
    ],
    ['Provize 15 000 Kč + DPH.', 'commissionCzk', 18_150, 'agency commission: 15,000 CZK + 21 % VAT (18,150 CZK)'],
    [
      'Commission 10,000 CZK plus VAT.',
      'commissionCzk',
      12_100,
      'agency commission: 10,000 CZK + 21 % VAT (12,100 CZK)',
    ],
    ['Provize 12 100 Kč včetně DPH.', 'commissionCzk', 12_100, 'agency commission: 12,100 CZK'],
    ['Provize 15 000 Kč.', 'commissionCzk', 15_000, 'agency commission: 15,000 CZK'],
    ['Bez provize, přímo od majitele.', 'commissionCzk', 0, 'agency commission: none'],
    ['Provize 0 Kč.', 'commissionCzk', 0, 'agency commission: none'],
    ['Kauce: 0,- Kč.', 'depositCzk', 0, 'deposit: none'],
    ['No commission.', 'commissionCzk', 0, 'agency commission: none'],
    ['Provize RK 0,5 nájmu + DPH.', 'commissionCzk', 7_563, 'agency commission: 0.5 × rent + 21 % VAT (7,563 CZK)'],
    ['Kauce 1,5 nájmu.', 'depositCzk', 18_750, 'deposit: 1.5 × rent (18,750 CZK)'],
    ['Deposit 1.5 months rent.', 'depositCzk', 18_750, 'deposit: 1.5 × rent (18,750 CZK)'],
    [
      'Commission 10,000 CZK excl. VAT.',
      'commissionCzk',
      12_100,
      'agency commission: 10,000 CZK + 21 % VAT (12,100 CZK)',
    ],
    ['Provize 10 000 Kč bez DPH.', 'commissionCzk', 12_100, 'agency commission: 10,000 CZK + 21 % VAT (12,100 CZK)'],
    ['Kauce 30 tis. Kč.', 'depositCzk', 30_000, 'deposit: 30,000 CZK'],
    ['Vratná kauce 25 tisíc Kč při podpisu smlouvy.', 'depositCzk', 25_000, 'deposit: 25,000 CZK'],
    ['Provize RK 12,5 tis. Kč.', 'commissionCzk', 12_500, 'agency commission: 12,500 CZK'],
    ['Kauce 12,50 tis. Kč.', 'depositCzk', 12_500, 'deposit: 12,500 CZK'],
    ['Kauce 2 nájmy, u zvířat také 2 nájmy.', 'depositCzk', 25_000, 'deposit: 2 × rent (25,000 CZK)'],
    ['Požadujeme vratnou zálohu 20 000 Kč.', 'depositCzk', 20_000, 'deposit: 20,000 CZK'],
    ['Kauce nepožadujeme.', 'depositCzk', 0, 'deposit: none'],
    ['Nájem se platí spolu s odměnou RK 10 000 Kč.', 'commissionCzk', 10_000, 'agency commission: 10,000 CZK'],
    ['Zálohou na energie se platí 2 500 Kč měsíčně.', 'feesCzk', 2_500, 'fees: 2,500 CZK a month'],
    ['Záloha na službu správy domu 600 Kč měsíčně.', 'feesCzk', 600, 'fees: 600 CZK a month'],
    ['Nájem 15 000 Kč, i s poplatkama v ceně.', 'feesCzk', 0, 'fees: none'],
    ['Nájem 15 000 Kč i s energiemi v ceně.', 'feesCzk', 0, 'fees: none'],
    ['Nájem 15 000 Kč včetně služeb.', 'feesCzk', 0, 'fees: none'],
    [
      'Commission 10,000 CZK excl VAT.',
      'commissionCzk',
      12_100,
      'agency commission: 10,000 CZK + 21 % VAT (12,100 CZK)',
    ],
    ['Kauce:0 Kč.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce 0,-Kč.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce 30tis Kč.', 'depositCzk', 30_000, 'deposit: 30,000 CZK'],
    ['Kauce 30tis. Kč.', 'depositCzk', 30_000, 'deposit: 30,000 CZK'],
    ['Kauce 30 tis Kč.', 'depositCzk', 30_000, 'deposit: 30,000 CZK'],
    ['Poplatky 3 tisíce Kč měsíčně.', 'feesCzk', 3_000, 'fees: 3,000 CZK a month'],
    // VAT is added to an agency's commission only: a deposit is no taxable supply.
    ['Kauce 30 000 Kč, ceny jsou bez DPH.', 'depositCzk', 30_000, 'deposit: 30,000 CZK'],
  ] as const)('reads "%s" as %s %s', (text, field, value, meaning) => {
    const money = moneyInText(`Pěkný byt v Porubě. ${text} Volné ihned.`, RENT);

    expect(money[field]).toBe(value);
    expect(money.evidence).toContainEqual({ field, quote: text, meaning });
  });

  it.each([
    ['a range of rents', 'Kauce 1-2 nájmy.'],
    ['"up to"', 'Kauce až 3 nájmy.'],
    ['alternatives', 'Kauce 20 000 Kč nebo 30 000 Kč.'],
    ['"by agreement"', 'Kauce dohodou.'],
    ['"by agreement" in English', 'Deposit by agreement.'],
    ['two clauses that disagree', 'Kauce 2 nájmy. Vratná kauce 30 000 Kč.'],
    ['no figure', 'Kauce je vratná po skončení nájmu.'],
    ['a percentage, not an amount', 'Provize RK 3 % z ročního nájmu.'],
    ['fees per person', 'Poplatky 2 000 Kč za osobu.'],
    ['fees by consumption', 'Poplatky za energie dle spotřeby.'],
    ['"a" as the Czech "and", not "one"', 'Kauce a nájem se platí předem.'],
    ['a deposit in euros', 'Kauce 1 000 EUR.'],
    ['fees per year, not per month', 'Poplatky 3 500 Kč za rok.'],
    ['fees per year in English', 'Service charges 12,000 CZK per year.'],
    ['fees per quarter', 'Poplatky 6 000 Kč čtvrtletně.'],
    ['an amount and a multiple of the rent that disagree', 'Kauce 30 000 Kč, tj. 2 nájmy.'],
    ['a negative deposit', 'Kauce -30 000 Kč.'],
    ['a multiple of the rent and "none" in one clause', 'Kauce 2 nájmy, bez kauce pro studenty.'],
    ['an amount and "no commission" in one clause', 'Provize 10 000 Kč, u dlouhodobého nájmu bez provize.'],
    ['a negative deposit with a Unicode minus', 'Kauce: \u221230 000 Kč.'],
    ['a deposit under half a crown (no amount, not none)', 'Kauce 0,40 Kč.'],
    ['a commission under half a crown', 'Provize 0,30 Kč.'],
    ['fees per person written "/osoba"', 'Poplatky 2 000 Kč/osoba.'],
    ['fees per person written "/os./měs."', 'Poplatky 3500,- Kč/os./měs.'],
    ['fees per person written "na os."', 'Zálohy na služby 1 800 Kč na os. měsíčně.'],
    ['fees stated for a number of people', 'Služby 1 800 Kč pro 2 osoby.'],
    ['a range in thousands', 'Kauce 20–30 tis. Kč.'],
    ['thousands in another currency', 'Kauce 1,5 tis. EUR.'],
    ['a deposit for pet owners first, the ordinary one after', 'Kauce 3 nájmy u zvířat, jinak 2 nájmy.'],
    ['an ordinary deposit and a higher one for pets', 'Kauce 2 nájmy (u zvířat 3 nájmy).'],
    ['fees per person written "na osobu"', 'Poplatky 2 000 Kč na osobu.'],
    ['service charges "per person"', 'Service charges 2,000 CZK per person.'],
    ['fees per person written "/ osoba"', 'Poplatky 2 000 Kč / osoba.'],
    ['fees per person written "/os"', 'Poplatky 2 000 Kč/os měsíčně.'],
    ['fees per person written "/osob."', 'Poplatky 1 500 Kč/osob./měs.'],
    ['a range of rents with spaces around its dash', 'Kauce 1 – 2 nájmy.'],
    ['fees paid as a yearly sum ("roční")', 'Služby 18 000 Kč (roční platba).'],
    ['fees paid in quarterly instalments', 'Poplatky 6 000 Kč ve čtvrtletních splátkách.'],
    ['"maximálně"', 'Kauce maximálně 2 nájmy.'],
    ['"by agreement" beside a usual figure', 'Deposit by agreement, typically 25,000 CZK.'],
    ['"dle dohody" beside a usual figure', 'Kauce dle dohody, obvykle 25 000 Kč.'],
    ['"individuálně" beside a usual figure', 'Kauce individuálně, obvykle 25 000 Kč.'],
    ['a figure that an individual assessment may lower', 'Kauce: 25 000 Kč, po individuálním posouzení i méně.'],
    ['a negative commission, its minus right after the word', 'Provize-10 000 Kč.'],
    ['a commission said to bear VAT with no figure', 'Provize RK se účtuje zvlášť, plus DPH.'],
  ])('leaves the deposit, fees and commission unknown for %s', (_why, text) => {
    const money = moneyInText(text, RENT);

    expect([money.depositCzk, money.feesCzk, money.commissionCzk]).toEqual([undefined, undefined, undefined]);
    expect(money.evidence).toEqual([]);
  });

  it.each([
    [
      'Kauce: 30 000 Kč, provize: 15 000 Kč, poplatky: 3 500 Kč.',
      { depositCzk: 30_000, commissionCzk: 15_000, feesCzk: 3_500 },
    ],
    ['Provize 15 000 Kč + DPH, kauce 2 nájmy.', { depositCzk: 25_000, commissionCzk: 18_150, feesCzk: undefined }],
    [
      'Vratná záloha 20 000 Kč, zálohy na energie 3 000 Kč měsíčně',
      { depositCzk: 20_000, commissionCzk: undefined, feesCzk: 3_000 },
    ],
    [
      'Kauce 20 000 Kč nebo 30 000 Kč, provize 10 000 Kč',
      { depositCzk: undefined, commissionCzk: 10_000, feesCzk: undefined },
    ],
    ['Poplatky 3 500 Kč za rok, kauce 25 000 Kč', { depositCzk: 25_000, commissionCzk: undefined, feesCzk: undefined }],
  ])('gives each figure of one line to the money named before it: %j', (text, expected) => {
    const money = moneyInText(text, RENT);

    expect({ depositCzk: money.depositCzk, commissionCzk: money.commissionCzk, feesCzk: money.feesCzk }).toEqual(
      expected,
    );
  });

  it.each([
    ['Jistota 20 000 Kč.', 'depositCzk', 20_000],
    ['Jistina 20 000 Kč.', 'depositCzk', 20_000],
    ['Vratná záloha 20 000 Kč.', 'depositCzk', 20_000],
    ['Kauce se nepožaduje.', 'depositCzk', 0],
    ['No deposit.', 'depositCzk', 0],
    ['Bez jistoty.', 'depositCzk', 0],
    ['Odměna RK 10 000 Kč.', 'commissionCzk', 10_000],
    ['Odměna realitní kanceláře 10 000 Kč.', 'commissionCzk', 10_000],
    ['Agency fee 10,000 CZK.', 'commissionCzk', 10_000],
    ['Žádná provize.', 'commissionCzk', 0],
    ['No agency fee.', 'commissionCzk', 0],
    ['Commission-free.', 'commissionCzk', 0],
    ['Commission free.', 'commissionCzk', 0],
    ['Služby 2 500 Kč měsíčně.', 'feesCzk', 2_500],
    ['Zálohy na služby 2 500 Kč.', 'feesCzk', 2_500],
    ['Service charge 2,500 CZK.', 'feesCzk', 2_500],
    ['Fees 2,500 CZK monthly.', 'feesCzk', 2_500],
    ['Poplatky jsou v ceně.', 'feesCzk', 0],
    ['Služby zahrnuty v nájmu.', 'feesCzk', 0],
    ['Včetně energií.', 'feesCzk', 0],
    ['Nájem včetně poplatků.', 'feesCzk', 0],
    ['Utilities are included.', 'feesCzk', 0],
    ['Fees included.', 'feesCzk', 0],
    ['Kauce jeden nájem.', 'depositCzk', 12_500],
    ['Kauce jedna měsíční nájemné.', 'depositCzk', 12_500],
    ['Kauce ve výši jednu nájemného.', 'depositCzk', 12_500],
    ['Deposit one month rent.', 'depositCzk', 12_500],
    ['Kauce dva nájmy.', 'depositCzk', 25_000],
    ['Kauce dvě nájemné.', 'depositCzk', 25_000],
    ['Deposit double rent.', 'depositCzk', 25_000],
    ['Kauce 2x nájem.', 'depositCzk', 25_000],
    ['Kauce 2 × nájem.', 'depositCzk', 25_000],
    ['Kauce tři nájmy.', 'depositCzk', 37_500],
    ['Kauce tří měsíčních nájmů.', 'depositCzk', 37_500],
    ['Kauce trojnásobek nájmu.', 'depositCzk', 37_500],
    ['Kauce trojnásobku nájemného.', 'depositCzk', 37_500],
    ['Deposit three months of rent.', 'depositCzk', 37_500],
    ['Kauce 6 nájmů.', 'depositCzk', 75_000],
    ['Kauce = 0 Kč.', 'depositCzk', 0],
    ['Deposit of 0 CZK.', 'depositCzk', 0],
    ['Kauce ve výši 0 Kč.', 'depositCzk', 0],
    ['Kauce 1 000 000 Kč.', 'depositCzk', 1_000_000],
    ['Commission 10,000 CZK excluding VAT.', 'commissionCzk', 12_100],
    ['Provize 10 000 Kč +DPH', 'commissionCzk', 12_100],
  ] as const)('reads "%s" as %s %d', (text, field, value) => {
    expect(moneyInText(`Byt 2+1 v Zábřehu. ${text}`, RENT)[field]).toBe(value);
  });

  it.each([
    ['seven rents, more than any deposit asks', 'Kauce 7 nájmů.'],
    ['zero rents', 'Kauce 0 nájmů.'],
    ['"max."', 'Kauce max. 2 nájmy.'],
    ['"individuálně"', 'Kauce individuálně.'],
    ['"dle dohody"', 'Kauce dle dohody.'],
    ['"možná"', 'Kauce možná 2 nájmy.'],
    ['"up to"', 'Deposit up to 2 months rent.'],
    ['"negotiable"', 'Deposit negotiable.'],
    ['a lower bound, "min."', 'Kauce min. 30 000 Kč.'],
    ['a lower bound, "minimálně"', 'Kauce minimálně 2 nájmy.'],
    ['a lower bound, "od"', 'Poplatky od 3 000 Kč.'],
    ['a lower bound, "od" with "tis."', 'Kauce od 30 tis. Kč.'],
    ['an upper bound, "do"', 'Kauce do 30 000 Kč.'],
    ['an upper bound, "do" a multiple of the rent', 'Kauce do 2 nájmů.'],
    ['a lower bound, "at least"', 'Deposit at least 30,000 CZK.'],
    ['a lower bound, "from"', 'Fees from 3,000 CZK a month.'],
    ['a lower bound, "min" without its dot', 'Kauce min 30 000 Kč.'],
    ['a lower bound glued to its figure, "min.30 000 Kč"', 'Kauce min.30 000 Kč.'],
    ['a lower bound before an amount written ",- Kč"', 'Kauce od 25 000,- Kč.'],
    ['a lower bound before an amount written ",-Kč"', 'Kauce min. 30 000,-Kč.'],
    ['a lower bound before a number word, "minimálně jeden nájem"', 'Kauce minimálně jeden nájem.'],
    ['an upper bound before a number word, "do dvou nájmů"', 'Kauce do dvou nájmů.'],
    ['a lower bound before "trojnásobek nájmu"', 'Jistota min. trojnásobek nájmu.'],
    ['a lower bound before "tři nájmy"', 'Kauce minimálně tři nájmy.'],
    ['"at least" before a number word', "Deposit at least two months' rent."],
    ['a lower bound before "2x nájem"', 'Kauce minimálně 2x nájem.'],
    ['a lower bound before "2xnájem"', 'Kauce min. 2xnájem.'],
    ['an upper bound before "2 × nájem"', 'Kauce do 2 × nájem.'],
    ['an upper bound before "měsíčních nájmů"', 'Kauce do 2 měsíčních nájmů.'],
    ['a lower bound before "ve výši"', 'Kauce minimálně ve výši 2 nájmů.'],
    ['a lower bound, "nejméně"', 'Kauce nejméně 2 nájmy.'],
    ['a lower bound, "alespoň"', 'Kauce alespoň 25 000 Kč.'],
    ['fees "ročně"', 'Poplatky 2 000 Kč ročně.'],
    ['fees "a year"', 'Fees 1,000 CZK a year.'],
    ['fees "annually"', 'Fees 1,000 CZK annually.'],
    ['fees "quarterly"', 'Fees 1,000 CZK quarterly.'],
    ['fees "za čtvrtletí"', 'Poplatky 3 000 Kč za čtvrtletí.'],
    ['fees "per annum"', 'Fees 12,000 CZK per annum.'],
  ])('reads nothing for %s', (_why, text) => {
    expect(moneyInText(text, RENT)).toEqual({ evidence: [] });
  });

  it.each([
    ['Kauce 30 000 Kč, nastěhování od ihned.', 30_000],
    ['Kauce 2 nájmy, splatná do 5 dnů od podpisu.', 25_000],
    ['Kauce 30 000 Kč, min. doba nájmu 1 rok.', 30_000],
    ['Kauce 30 000 Kč, minimální doba pronájmu 1 rok.', 30_000],
    ['Kauce 30 000 Kč, min. nájem 1 rok.', 30_000],
    ['Kauce 2 nájmy, vratná do dvou týdnů po skončení nájmu.', 25_000],
  ])('reads "%s" whole: a bound before a date, days or a term is no bound of the amount', (text, deposit) => {
    expect(moneyInText(text, RENT).depositCzk).toBe(deposit);
  });

  it.each([
    ['a semicolon', 'Kauce 2 nájmy; provize 1 nájem'],
    ['a new line', 'Kauce 2 nájmy\nprovize 1 nájem'],
    ['"!"', 'Kauce 2 nájmy! Provize 1 nájem'],
    ['"?"', 'Kauce 2 nájmy? Provize 1 nájem'],
  ])('reads clauses split at %s on their own', (_why, text) => {
    expect(moneyInText(text, RENT)).toMatchObject({ depositCzk: 25_000, commissionCzk: 12_500 });
  });

  it('ends a sentence at a word that only ends in "tis" ("gratis"), unlike the abbreviation "tis."', () => {
    expect(moneyInText('Parkování gratis. Provize RK 1 nájem.', RENT).evidence).toEqual([
      { field: 'commissionCzk', quote: 'Provize RK 1 nájem.', meaning: 'agency commission: 1 × rent (12,500 CZK)' },
    ]);
  });

  it.each([
    ['an ordinary deposit and a higher one for pets, in crowns', 'Kauce 25 000 Kč, u zvířat 30 000 Kč.', undefined],
    [
      'a clause that names the deposit with no figure, beside one that states it',
      'Kauce je vratná po skončení nájmu. Kauce 25 000 Kč.',
      25_000,
    ],
    [
      'a deposit in euros in one clause and in crowns in another',
      'Kauce 1 000 EUR. Vratná kauce 25 000 Kč.',
      undefined,
    ],
  ])('reads %s', (_why, text, deposit) => {
    expect(moneyInText(text, RENT).depositCzk).toBe(deposit);
  });

  it('quotes each clause of a line split at a semicolon with no space after it', () => {
    expect(moneyInText('Kauce 2 nájmy;provize 1 nájem', RENT).evidence.map((e) => e.quote)).toEqual([
      'Kauce 2 nájmy',
      'provize 1 nájem',
    ]);
  });

  it('quotes a clause without the spaces around it, and at most 300 characters of it', () => {
    const long = `Kauce 25 000 Kč se skládá při podpisu smlouvy a vrací se do třiceti dnů po skončení nájmu, ${'po odečtení nedoplatků za energie a nákladů na opravu škod, které nájemce způsobil nad rámec běžného opotřebení, '.repeat(3)}vše podle předávacího protokolu.`;

    expect(moneyInText('Byt 2+1 v Zábřehu.\n   Kauce 2 nájmy.   \n', RENT).evidence).toEqual([
      { field: 'depositCzk', quote: 'Kauce 2 nájmy.', meaning: 'deposit: 2 × rent (25,000 CZK)' },
    ]);
    expect(moneyInText(long, RENT).evidence).toEqual([
      { field: 'depositCzk', quote: long.slice(0, 300), meaning: 'deposit: 25,000 CZK' },
    ]);
  });

  it.each([
    ['the deposit named twice, in English and Czech', 'Deposit / kauce: 25 000 Kč.', 12_500, 25_000],
    [
      'a deposit beside a yearly contract (a year says nothing of a deposit)',
      'Kauce 25 000 Kč, roční smlouva.',
      12_500,
      25_000,
    ],
    ['a number word in capitals', "Deposit: Two months' rent.", 12_500, 25_000],
    ['an amount a crown off its multiple of the rent (rounded)', 'Kauce 24 691 Kč (2 nájmy).', 12_345, 24_691],
    ['an amount two crowns off its multiple of the rent', 'Kauce 24 692 Kč (2 nájmy).', 12_345, undefined],
  ])('reads %s', (_why, text, rent, deposit) => {
    expect(moneyInText(text, rent).depositCzk).toBe(deposit);
  });

  it('leaves a multiple of the rent unknown when the rent is unknown', () => {
    expect(moneyInText('Kauce ve výši dvou nájmů.', undefined)).toEqual({ evidence: [] });
  });

  // Its time is measured by `npm run bench`, not here: tests assert no wall-clock times.
  it('reads a clause padded with 40,000 spaces, and its zero still', () => {
    expect(moneyInText(`Kauce ${' '.repeat(40_000)}x`, RENT)).toEqual({ evidence: [] });
    expect(moneyInText(`Provize:${' '.repeat(40_000)}0 Kč`, RENT).commissionCzk).toBe(0);
  });

  it('reads nothing from no text', () => {
    expect(moneyInText(undefined, RENT)).toEqual({ evidence: [] });
  });
});

describe('moneyInText with figures in a clause that are no amount', () => {
  it.each([
    ['a due date', 'Kauce 30 000 Kč, splatná do 31.12.2026.', 'depositCzk', 30_000],
    ['a date it runs from', 'Kauce 30 000 Kč od 1.12.2026.', 'depositCzk', 30_000],
    ['a date spaced as typed', 'Vratná kauce 25 000 Kč, splatná do 1. 12. 2026 na účet.', 'depositCzk', 25_000],
    ['a date before the amount, after "od"', 'Kauce od 1. 12. 2026 30 000 Kč.', 'depositCzk', 30_000],
    ['a day and month without the year', 'Jistota 20 000 Kč k 15.1. převodem.', 'depositCzk', 20_000],
    ['a date written ISO', 'Kauce 18 000 Kč, nejpozději 2027-01-15.', 'depositCzk', 18_000],
    ['a date with the month in words', 'Kauce 30 000 Kč, splatná do 1. prosince 2026.', 'depositCzk', 30_000],
    ['a month and a year', 'Kauce 2 nájmy, byt volný od ledna 2027.', 'depositCzk', 25_000],
    ['a date in English', 'Deposit 30,000 CZK, due by 1 December 2026.', 'depositCzk', 30_000],
    ['a date in English, month first', 'Deposit 30,000 CZK, due December 1, 2026.', 'depositCzk', 30_000],
    ['"do konce měsíce"', 'Kauce 30 000 Kč, splatná do konce měsíce.', 'depositCzk', 30_000],
    ['a deadline in days', 'Kauce 30 000 Kč, splatná do 5 dnů.', 'depositCzk', 30_000],
    ['a deadline in working days', 'Kauce 24 000 Kč splatná během 3 pracovních dnů.', 'depositCzk', 24_000],
    ['a deadline in English', 'Deposit 30,000 CZK, payable within 14 days.', 'depositCzk', 30_000],
    ['a term of months', 'Kauce 30 000 Kč, min. doba nájmu 12 měsíců.', 'depositCzk', 30_000],
    ['a day of the month for the fees', 'Poplatky 3 000 Kč, splatné do 15. dne v měsíci.', 'feesCzk', 3_000],
    ['a day of the month with no word after it', 'Zálohy na služby 2 500 Kč, vždy k 20.', 'feesCzk', 2_500],
    ['a time', 'Kauce 30 000 Kč, předání klíčů v 17:30.', 'depositCzk', 30_000],
    ['a time in hours', 'Provize 15 000 Kč, prohlídky od 9.30 hod.', 'commissionCzk', 15_000],
    [
      'a deadline after the commission, and a date',
      'Provize RK 1 nájem, splatná do 10 dnů od 1.12.2026.',
      'commissionCzk',
      12_500,
    ],
    ['an occupancy cap', 'Kauce 2 nájmy, max. 2 osoby.', 'depositCzk', 25_000],
    ['an occupancy cap beside fees', 'Poplatky 3 000 Kč, max. 2 osoby.', 'feesCzk', 3_000],
    ['an occupancy cap written in full', 'Kauce 30 000 Kč, maximálně 3 lidé.', 'depositCzk', 30_000],
    ['an occupancy cap in English', 'Deposit 30,000 CZK, max 2 people.', 'depositCzk', 30_000],
    ['an occupancy cap after "pro"', 'Poplatky 3 000 Kč, maximálně pro 2 osoby.', 'feesCzk', 3_000],
    ['an occupancy cap after "až"', 'Poplatky 3 000 Kč, až 4 osoby.', 'feesCzk', 3_000],
    ['an occupancy cap after "up to"', 'Deposit 30,000 CZK, up to 2 people.', 'depositCzk', 30_000],
    ['a minimum term in years', 'Poplatky 3 000 Kč, min. 1 rok.', 'feesCzk', 3_000],
    [
      'a minimum term of more months than a deposit asks',
      'Kauce 30 000 Kč, nájem min. 12 měsíců.',
      'depositCzk',
      30_000,
    ],
    ['a day of the month without "do"', 'Poplatky 3 000 Kč, splatné vždy 15. den v měsíci.', 'feesCzk', 3_000],
    ['a day of the month in English', 'Fees 3,000 CZK, due by the 15th.', 'feesCzk', 3_000],
    ['hellers written out', 'Kauce 12 000,00 Kč.', 'depositCzk', 12_000],
    ['hellers glued to the currency', 'Kauce 12 000,00Kč.', 'depositCzk', 12_000],
    ['the yearly settlement of the advances', 'Zálohy na služby 3 000 Kč, roční vyúčtování.', 'feesCzk', 3_000],
    ['a settlement "1x ročně"', 'Poplatky 2 500 Kč měsíčně, vyúčtování 1x ročně.', 'feesCzk', 2_500],
    ['a settlement "1 x ročně"', 'Poplatky 2 500 Kč měsíčně, vyúčtování 1 x ročně.', 'feesCzk', 2_500],
    ['a settlement "ročně"', 'Poplatky 2 500 Kč měsíčně, vyúčtování ročně.', 'feesCzk', 2_500],
    ['a settlement "za rok"', 'Poplatky 2 500 Kč měsíčně, vyúčtování za rok.', 'feesCzk', 2_500],
    ['a settlement with its word inflected', 'Poplatky 2 500 Kč s vyúčtováním 1x ročně.', 'feesCzk', 2_500],
    ['a "1x roční" settlement', 'Poplatky 2 500 Kč, 1x roční vyúčtování.', 'feesCzk', 2_500],
    ['a "1 x roční" settlement', 'Poplatky 2 500 Kč, 1 x roční vyúčtování.', 'feesCzk', 2_500],
    ['an annual settlement in English', 'Service charges 2,500 CZK, annual settlement.', 'feesCzk', 2_500],
    ['a way to pay after "nebo"', 'Kauce 30 000 Kč, hotově nebo převodem.', 'depositCzk', 30_000],
    ['a way to pay after "or"', 'Deposit 30,000 CZK, cash or bank transfer.', 'depositCzk', 30_000],
    ['"až" before no amount', 'Kauce 30 000 Kč, splatná až při podpisu smlouvy.', 'depositCzk', 30_000],
  ] as const)('reads the amount beside %s: "%s"', (_why, text, field, value) => {
    expect(moneyInText(text, RENT)[field]).toBe(value);
  });

  it.each([
    ['fees paid for a year of one', 'Poplatky 3 500 Kč za 1 rok.'],
    ['fees paid for three months', 'Poplatky 9 000 Kč za 3 měsíce.'],
    ['fees "na 3 měsíce"', 'Poplatky 9 000 Kč na 3 měsíce.'],
    ['a deposit "up to two months"', 'Kauce max. 2 měsíce.'],
    ['a deposit at least two months', 'Kauce minimálně 2 měsíce.'],
    ['a deposit at most two rents in words', 'Kauce maximálně dva nájmy.'],
    ['a deposit at least two rents in words', 'Kauce minimálně dvou měsíčních nájmů.'],
    ['"nejvýše"', 'Kauce nejvýše 2 nájmy.'],
    ['"alespoň"', 'Kauce alespoň 20 000 Kč.'],
    ['"at most"', 'Deposit at most 2 months rent.'],
    ['a bound in crowns in words', 'Kauce do 30 tisíc korun.'],
    ['a bound of months abbreviated', 'Kauce max. 2 měs. nájmy.'],
    ['a cap on people and a second figure', 'Služby 1 800 Kč pro 2 osoby.'],
    ['a bound before a multiple written "2x"', 'Kauce max. 2x nájem.'],
    ['a bound in crowns written in words', 'Kauce max 500 korun.'],
    ['a bound of months', 'Kauce do 2 měsíců.'],
    ['six months, a deposit not a term', 'Kauce min. 6 měsíců.'],
    ['alternatives of rents in words', 'Kauce dva nebo tři nájmy.'],
    ['"aspoň"', 'Kauce aspoň 2 nájmy.'],
    ['"nebo méně"', 'Kauce 2 nájmy nebo méně.'],
    ['a bound before "×" glued to the rent', 'Kauce max. 2×nájem.'],
    ['"nebo více"', 'Kauce 2 nájmy nebo více.'],
    ['"or more"', 'Deposit 2 months rent or more.'],
    ['"až do výše"', 'Kauce až do výše 3 nájmů.'],
    ['"až do" an amount', 'Kauce až do 30 000 Kč.'],
    ['"up to" an amount', 'Deposit up to 30,000 CZK.'],
    ['fees settled as a yearly sum, not advances', 'Poplatky 30 000 Kč ročně.'],
  ])('leaves %s unknown', (_why, text) => {
    expect(moneyInText(text, RENT)).toEqual({ evidence: [] });
  });

  it('reads a term of years after "min." (no bound on the deposit)', () => {
    expect(moneyInText('Kauce 2 nájmy, min. dva roky nájmu.', RENT).depositCzk).toBe(25_000);
  });

  // How long these take grows linearly with the input: `npm run bench` (bench/hostile-text.ts) measures it.
  it('reads no date or count out of a long run of spaces, digits or dots', () => {
    expect(moneyInText(`Kauce 30 000 Kč do 1.${' '.repeat(40_000)}12.`, RENT).depositCzk).toBeUndefined();
    expect(moneyInText(`Kauce 30 000 Kč do ${'1'.repeat(40_000)} dnů`, RENT).depositCzk).toBeUndefined();
    expect(moneyInText(`Kauce 30 000 Kč ${'12.'.repeat(20_000)}`, RENT).depositCzk).toBeUndefined();
    expect(moneyInText(`Kauce 30 000 Kč, max${' '.repeat(40_000)}2 osoby`, RENT).depositCzk).toBe(30_000);
    expect(moneyInText(`Kauce ${'1'.repeat(40_000)} Kč`, RENT).depositCzk).toBeUndefined();
  });
});

describe('withoutNonAmounts', () => {
  it('puts a space for each date, term, count and settlement it takes out, so the words around stay apart', () => {
    expect(withoutNonAmounts('30 000 Kč/od 1.12.2026/do 5 dnů/max. 2 osoby/roční vyúčtováním/')).toBe(
      '30 000 Kč/ / / / /',
    );
  });
});

describe('moneyInText with placeholders, abbreviations and words', () => {
  it.each([['Kauce 10 Kč.'], ['Kauce 1 Kč.'], ['Kauce 499 Kč.'], ['Jistota: 100,- Kč.']])(
    'leaves a placeholder deposit unknown: "%s"',
    (text) => {
      expect(moneyInText(text, RENT).depositCzk).toBeUndefined();
    },
  );

  it('reads a deposit at the least plausible rent, 500 CZK', () => {
    expect(moneyInText('Kauce 500 Kč.', RENT).depositCzk).toBe(500);
  });

  it("reads a commission and fees of a few hundred crowns: the placeholder bound is the deposit's", () => {
    expect(moneyInText('Provize 300 Kč; poplatky 250 Kč měsíčně.', RENT)).toMatchObject({
      commissionCzk: 300,
      feesCzk: 250,
    });
  });

  it.each([
    ['Kauce 2 měs. nájmy.', 'depositCzk', 25_000, 'deposit: 2 × rent (25,000 CZK)'],
    ['Kauce 2 měs. nájemné.', 'depositCzk', 25_000, 'deposit: 2 × rent (25,000 CZK)'],
    ['Kauce 3 měs.', 'depositCzk', 37_500, 'deposit: 3 × rent (37,500 CZK)'],
    ['Kauce 2 měs', 'depositCzk', 25_000, 'deposit: 2 × rent (25,000 CZK)'],
    ['Provize RK 1 měs. nájem.', 'commissionCzk', 12_500, 'agency commission: 1 × rent (12,500 CZK)'],
    ['Kauce 30 tisíc korun.', 'depositCzk', 30_000, 'deposit: 30,000 CZK'],
    ['Kauce 30 000 korun českých.', 'depositCzk', 30_000, 'deposit: 30,000 CZK'],
    ['Poplatky 2 tisíce korun měsíčně.', 'feesCzk', 2_000, 'fees: 2,000 CZK a month'],
    ['Kauce gratis.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce zdarma.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce: žádná.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce: ne.', 'depositCzk', 0, 'deposit: none'],
    ['Žádná kauce.', 'depositCzk', 0, 'deposit: none'],
    ['Bez vratné kauce.', 'depositCzk', 0, 'deposit: none'],
    ['Nepožadujeme kauci.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce není požadována.', 'depositCzk', 0, 'deposit: none'],
    ['Jistota není nutná.', 'depositCzk', 0, 'deposit: none'],
    ['No security deposit.', 'depositCzk', 0, 'deposit: none'],
    ['Deposit-free.', 'depositCzk', 0, 'deposit: none'],
    ['Without a deposit.', 'depositCzk', 0, 'deposit: none'],
    ['Deposit: none.', 'depositCzk', 0, 'deposit: none'],
    ['Deposit none.', 'depositCzk', 0, 'deposit: none'],
    ['Deposit : none.', 'depositCzk', 0, 'deposit: none'],
    ['Deposit:none.', 'depositCzk', 0, 'deposit: none'],
    ['Without deposit.', 'depositCzk', 0, 'deposit: none'],
    ['Bez provize a kauce.', 'depositCzk', 0, 'deposit: none'],
    ['Bez vratnej kaucie.', 'depositCzk', 0, 'deposit: none'],
    ['Žádnou vratnou kauci nechceme.', 'depositCzk', 0, 'deposit: none'],
    ['Nepožadujeme žádnou kauci.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce:žádná.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce není vyžadována.', 'depositCzk', 0, 'deposit: none'],
    ['Kauce není potřeba.', 'depositCzk', 0, 'deposit: none'],
    ['Bez kauce i provize.', 'commissionCzk', 0, 'agency commission: none'],
    ['No deposit or commission.', 'commissionCzk', 0, 'agency commission: none'],
    ['No commission and deposit.', 'depositCzk', 0, 'deposit: none'],
  ] as const)('reads "%s" as %s %s', (text, field, value, meaning) => {
    const money = moneyInText(`Byt 2+1 v Zábřehu. ${text}`, RENT);

    expect(money[field]).toBe(value);
    expect(money.evidence).toContainEqual({ field, quote: text, meaning });
  });

  it.each([
    ['a deposit "not part of the price"', 'Kauce není součástí ceny, 30 000 Kč.', 30_000],
    ['a deposit "nevratná" (no "ne" word)', 'Kauce 30 000 Kč nevratná.', 30_000],
  ])('reads %s as stated, not none', (_why, text, deposit) => {
    expect(moneyInText(text, RENT).depositCzk).toBe(deposit);
  });
});

describe('moneyInText with VAT on the fees', () => {
  it.each([
    ['Poplatky 2 000 Kč + DPH.', 2_420, 'fees: 2,000 CZK a month + 21 % VAT (2,420 CZK)'],
    ['Zálohy na služby 3 000 Kč bez DPH.', 3_630, 'fees: 3,000 CZK a month + 21 % VAT (3,630 CZK)'],
    ['Service charges 1,000 CZK plus VAT.', 1_210, 'fees: 1,000 CZK a month + 21 % VAT (1,210 CZK)'],
    ['Poplatky 2 420 Kč včetně DPH.', 2_420, 'fees: 2,420 CZK a month'],
  ])('reads "%s" as the fees the tenant pays, VAT included', (text, fees, meaning) => {
    const money = moneyInText(text, RENT);

    expect(money.feesCzk).toBe(fees);
    expect(money.evidence).toEqual([{ field: 'feesCzk', quote: text, meaning }]);
  });

  it('adds VAT to neither the deposit nor the fees beside a commission "+ DPH" in another clause', () => {
    expect(moneyInText('Kauce 30 000 Kč + DPH; poplatky 2 000 Kč; provize 10 000 Kč + DPH.', RENT)).toMatchObject({
      depositCzk: 30_000,
      feesCzk: 2_000,
      commissionCzk: 12_100,
    });
  });
});
