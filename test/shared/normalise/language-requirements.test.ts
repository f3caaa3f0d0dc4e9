import fc from 'fast-check';
import { evaluateLanguageSet, loadLabelledAds } from '../../../bench/language-evaluation';
import { assessLanguages, isEnglishFriendly, MAX_TEXT } from '../../../shared/normalise/language-requirements';

// Every sentence here was written for these tests, in the way Czech, Slovak and English ads phrase it.
const needs = (text: string) => assessLanguages({ text }).languages;

describe('assessLanguages', () => {
  describe('finds a Czech requirement', () => {
    it.each([
      ['Očekáváme aktivní znalost českého i anglického jazyka, a to slovem i písmem.'],
      ['Bez problémů se s námi domluvíš česky i anglicky.'],
      ['Ve firmě se mluví česky, interní porady vedeme v češtině.'],
      ['Naším pracovním jazykem je čeština.'],
      ['S klienty komunikuješ plynule v češtině.'],
      ['U zahraničních uchazečů požadujeme alespoň základy češtiny.'],
      ['Výborná znalosť českého jazyka slovom aj písmom.'],
      ['Požadujeme plynulú slovenčinu alebo češtinu.'],
      ['You communicate in Czech and English on a professional level.'],
      ['Proficiency in English and Czech/Slovak, both written and spoken.'],
      ['Czech language: mandatory.'],
      ['Native Czech speaker.'],
      ['Junior lawyer – perfect Czech, working English.'],
      ['Fluent CZ and EN are a must.'],
      ['Benefits:\nmeal vouchers\nfluent Czech is a must for this role'],
    ])('in %j', (text) => {
      expect(needs(text).czech).toBe('required');
    });
  });

  describe('finds an English requirement', () => {
    it.each([
      ['Angličtina na úrovni, která ti umožní domluvit se s kolegy.'],
      ['Zvládáš číst technickou dokumentaci v angličtině.'],
      ['Znalost odborné angličtiny.'],
      ['Velmi dobrá komunikace v AJ, písemná i ústní.'],
      ['Výborně ovládáš češtinu i angličtinu.'],
      ['Angličtina na komunikatívnej úrovni.'],
      ['Good command of English is expected.'],
      ['Řidič mezinárodní dopravy: ŘP sk. C+E, angličtina min. B1.'],
    ])('in %j', (text) => {
      expect(needs(text).english).toBe('required');
    });
  });

  it.each([
    ['Angličtina – pokročilá (B2)', { english: 'required' }],
    ['Čeština - plynule', { czech: 'required' }],
    ['English – intermediate, Czech – native, both are needed here.', { english: 'required', czech: 'required' }],
    ['Anglický jazyk - mierne pokročilý (B1)', { english: 'required' }],
  ])('keeps "language – level" with a spaced dash whole: %j', (text, expected) => {
    expect(needs(text)).toMatchObject(expected);
  });

  it.each([
    ['Fluent English required; Spanish is a bonus.', 'english', 'required'],
    ['You speak fluent English (German would be nice to have).', 'english', 'required'],
    ['Angličtina na komunikativní úrovni (polština výhodou).', 'english', 'required'],
    ['Plynulá angličtina, znalost ruštiny je plus.', 'english', 'required'],
    ['Znalost češtiny, vietnamštiny výhodou.', 'czech', 'required'],
    ['Angličtina na dobrej úrovni, nemčina vítaná.', 'english', 'required'],
    ['Fluent English and German is a plus.', 'english', 'required'],
    ['Fluent Czech (mandatory) and English (nice to have).', 'english', 'advantage'],
    ['Fluent Czech (mandatory) and English (nice to have).', 'czech', 'required'],
  ])('does not let a bonus for another language demote a required one: %j', (text, language, need) => {
    expect(needs(text)[language as 'czech' | 'english']).toBe(need);
  });

  it.each([
    ['Skladník\nVýhodou bude:\n\nalespoň pasivní znalost angličtiny\n\nřidičský průkaz sk. B', 'english', 'advantage'],
    ['Technik\nCo oceníme?\nčeština nebo slovenština na komunikativní úrovni', 'czech', 'advantage'],
    ['Tester\nNice to have\n\nbasic Czech\n\nexperience with Cypress', 'czech', 'advantage'],
    ['Účtovník\nOcenime:\nznalosť anglického jazyka', 'english', 'advantage'],
    ['Support engineer\nBonus points for:\nGerman\nMust have:\nfluent Czech', 'czech', 'required'],
  ])('takes an advantage from the heading above: %j', (text, language, need) => {
    expect(needs(text)[language as 'czech' | 'english']).toBe(need);
  });

  it.each([
    ['Prior experience in logistics; Czech would help.', 'czech', 'advantage'],
    ['Praxe v logistice, čeština se ti bude hodit.', 'czech', 'advantage'],
  ])('reads a nice-to-have phrased as help: %j', (text, language, need) => {
    expect(needs(text)[language as 'czech' | 'english']).toBe(need);
  });

  it.each([
    ['S kolegy se domluvíte v češtině nebo angličtině.', { czech: 'advantage', english: 'advantage' }],
    ['Základní znalost anglického nebo německého jazyka.', { english: 'advantage' }],
    ['Požadujeme: základ aj/nj', { english: 'advantage' }],
    ['Aspoň jeden cizí jazyk z těchto: NJ, AJ.', { english: 'advantage' }],
    ['You can work in Czech or English, whichever you prefer.', { czech: 'advantage', english: 'advantage' }],
    ['Angličtina alebo nemčina na komunikatívnej úrovni podmienkou.', { english: 'advantage' }],
  ])('reads either-or as an advantage for each language: %j', (text, expected) => {
    expect(needs(text)).toMatchObject(expected);
  });

  it.each([
    ['CZ native speaker preferred, EN is a must.', { czech: 'advantage', english: 'required' }],
    ['Jazyky: ČJ + AJ slovem i písmem.', { czech: 'required', english: 'required' }],
    ['Znalost Aj výhodou.', { english: 'advantage' }],
    ['Účetní – ČJ podmínkou, AJ vítána.', { czech: 'required', english: 'advantage' }],
    ['Požadujeme: AJ na komunikatívnej úrovni, NJ výhodou.', { english: 'required' }],
    ['Production according to ČSN EN ISO 9001, CZ-ISCO 7212.', { czech: 'unknown', english: 'unknown' }],
  ])('reads the abbreviations CZ, EN, AJ, ČJ and NJ: %j', (text, expected) => {
    expect(needs(text)).toMatchObject(expected);
  });

  it.each([
    ['Czech or Slovak (native) and English B2.'],
    ['Plynulá angličtina, čeština nebo slovenština.'],
    ['CZ/SK fluent.'],
    ['Perfektní znalost Čj/Sk.'],
    ['Ovládaš slovenčinu alebo češtinu slovom aj písmom.'],
  ])('counts Czech-or-Slovak as Czech required: %j', (text) => {
    expect(needs(text).czech).toBe('required');
  });

  it.each([
    ['Czech is not necessary for this role.'],
    ["You don't need to speak Czech."],
    ['No prior Czech knowledge needed.'],
    ['Nevyžadujeme znalost češtiny.'],
    ['Znalost češtiny není potřeba.'],
    ['Znalosť slovenčiny ani češtiny sa nevyžaduje.'],
    ['Vhodné i pro uchazeče, kteří nemluví česky.'],
    ['You do not have to speak Czech, English is enough.'],
  ])('reads "Czech not needed" in %j', (text) => {
    expect(needs(text).czech).toBe('not-needed');
  });

  it.each([
    [
      'Konstruktér do mezinárodního týmu, jednacím jazykem je angličtina. Znalost češtiny výhodou.',
      { czech: 'advantage', english: 'required' },
      true,
    ],
    ['Montážník – jednací jazyk angličtina, čeština není nutná.', { czech: 'not-needed', english: 'required' }, true],
    ['Technik servisu. Jednacím jazykom je angličtina, slovenčina výhodou.', { english: 'required' }, false],
  ])('reads "jednací jazyk" as the working language: %j', (text, expected, friendly) => {
    expect(assessLanguages({ text })).toMatchObject({ languages: expected, englishFriendly: friendly });
  });

  it.each([
    [
      'Pomocný dělník. Angličtina (základy) – podmínka; čeština – ne.',
      { czech: 'not-needed', english: 'required' },
      true,
    ],
    ['Skladník. Jazyky: angličtina A2, čeština: ne.', { czech: 'not-needed', english: 'required' }, true],
    ['Operátor. Slovenčina – nie, angličtina – áno, aspoň základy.', { english: 'required' }, false],
    ['Picker. Czech: no. English: basic.', { czech: 'not-needed', english: 'required' }, true],
    ['Payroll specialist. Czech is mandatory. English is not.', { czech: 'required', english: 'not-needed' }, false],
  ])('reads a bare "no" after a language as not needed: %j', (text, expected, friendly) => {
    expect(assessLanguages({ text })).toMatchObject({ languages: expected, englishFriendly: friendly });
  });

  it.each([
    [
      'Skladník. Čeština není podmínkou – s vedoucím se domlouváte v angličtině.',
      { czech: 'not-needed', english: 'required' },
      true,
    ],
    ['Montér. Znalost ČJ není nutná – v týmu se mluví anglicky.', { czech: 'not-needed', english: 'required' }, true],
    ['Operátor. Slovenčina nie je potrebná – pracuje sa v angličtine a češtine.', { czech: 'required' }, false],
    [
      'Support agent. Czech is not required – the whole team works in English.',
      { czech: 'not-needed', english: 'required' },
      true,
    ],
  ])('keeps a negation from reaching across a spaced dash to another language: %j', (text, expected, friendly) => {
    expect(assessLanguages({ text })).toMatchObject({ languages: expected, englishFriendly: friendly });
  });

  it.each([
    ['Technik. Čeština nepovinná, angličtina povinná.', { czech: 'not-needed', english: 'required' }, true],
    [
      'Laborant. Znalosť anglického jazyka povinná, čeština výhodou.',
      { czech: 'advantage', english: 'required' },
      true,
    ],
    ['Nurse. Czech is obligatory, English welcome.', { czech: 'required', english: 'advantage' }, false],
  ])('reads "povinná" and "obligatory" as required: %j', (text, expected, friendly) => {
    expect(assessLanguages({ text })).toMatchObject({ languages: expected, englishFriendly: friendly });
  });

  it.each([
    ['one line of a megabyte', 'Hledáme skladníka do Ostravy, angličtina výhodou, čeština není nutná. '.repeat(15_000)],
    ['cue words without a full stop', 'angličtina čeština výhodou nutná nebo '.repeat(27_000)],
    ['a million newlines', '\n'.repeat(1_000_000)],
    ['a language on each of a hundred thousand lines', 'čeština\n'.repeat(100_000)],
  ])(
    'reads hostile input in bounded time: only its first MAX_TEXT characters count (%s)',
    (_name, text) => {
      // What bounds the time and memory is the cap, asserted here without a clock (a wall-clock limit
      // fails on a busy machine). The test's own 60 s timeout only catches a runaway: catastrophic
      // backtracking on a megabyte takes hours.
      expect(text.length).toBeGreaterThan(MAX_TEXT);
      expect(assessLanguages({ text })).toEqual(assessLanguages({ text: text.slice(0, MAX_TEXT) }));
    },
    60_000,
  );

  it('does not read a requirement written past the first MAX_TEXT characters', () => {
    const filler = 'Nabízíme práci ve skladu v Ostravě a stravenky. '.repeat(Math.ceil(MAX_TEXT / 48));
    const text = `${filler}\nFluent Czech is required.`;

    expect(text.indexOf('Fluent')).toBeGreaterThanOrEqual(MAX_TEXT);
    expect(assessLanguages({ text: `Fluent Czech is required.\n${filler}` }).languages.czech).toBe('required');
    expect(assessLanguages({ text }).languages.czech).not.toBe('required');
  }, 60_000);

  it.each([
    ['We offer free Czech lessons and a modern office.'],
    ['Nabízíme:\nkurzy angličtiny zdarma\nstravenky'],
    ['Our Czech clients trust us; we are based in the Czech Republic.'],
    ['Část týmu nemluví česky, proto je angličtina nutná.'],
    ['Programovací jazyky: Java, Kotlin.'],
    ['Send your CV in Czech or English.'],
    ['Requirements:\nCzech driving licence\nthree years of experience'],
    ['What we offer:\nextra pay for working on Czech state holidays\na team that speaks Czech and English'],
  ])('finds no Czech statement in %j', (text) => {
    // A Czech-written ad silent about Czech still gets "likely-required", from its language alone.
    expect(['unknown', 'likely-required']).toContain(needs(text).czech);
  });

  it.each([
    ['We build payment software in Ostrava and hire engineers from all over Europe.', true, 'unknown'],
    ['Hledáme programátora do týmu v Ostravě. Angličtina na úrovni B2.', false, 'likely-required'],
    ['Hľadáme skladníka do Ostravy, nástup ihneď, mzda 30 000 Kč.', false, 'likely-required'],
    ['Hledáme vývojáře. Čeština výhodou, angličtina podmínkou.', true, 'advantage'],
    ['Hledáme pracovníky do výroby. Čeština není podmínkou.', false, 'not-needed'],
    ['We are hiring a support agent. Fluent Czech is a must.', false, 'required'],
  ])('applies the rule of issue 15 to %j', (text, friendly, czech) => {
    const result = assessLanguages({ text });

    expect(result).toMatchObject({ englishFriendly: friendly, languages: { czech } });
  });

  it.each([
    [
      'We build warehouse software. Czech is an advantage. Fluent Czech is required for this role.',
      'czech',
      'required',
      'Fluent Czech is required for this role.',
    ],
    [
      'Fluent Czech is required for this role. Czech is an advantage.',
      'czech',
      'required',
      'Fluent Czech is required for this role.',
    ],
    [
      'English would help. Czech is not needed. Good command of English is expected.',
      'english',
      'required',
      'Good command of English is expected.',
    ],
  ] as const)('takes the strictest sentence, wherever it stands: %j', (text, language, need, evidence) => {
    const result = assessLanguages({ text });

    expect(result.languages[language]).toBe(need);
    expect(result.englishSignals).toContainEqual(
      expect.objectContaining({ reason: `${language === 'czech' ? 'Czech' : 'English'} is required`, evidence }),
    );
  });

  it('does not read an ad as English-friendly when a later sentence requires Czech', () => {
    const result = assessLanguages({
      text: 'We are a logistics company with an international team. Czech is an advantage. Fluent Czech is required for this role.',
    });

    expect(result).toMatchObject({ language: 'en', englishFriendly: false, languages: { czech: 'required' } });
  });

  it('quotes the deciding sentence with its meaning in English', () => {
    const result = assessLanguages({
      text: 'Hledáme účetní. Požadujeme plynulou češtinu slovem i písmem, angličtina výhodou.',
    });

    expect(result.englishSignals).toContainEqual({
      reason: 'Czech is required',
      evidence: 'Požadujeme plynulou češtinu slovem i písmem, angličtina výhodou.',
      meaning: 'Czech required (fluent, spoken and written); English an advantage',
    });
  });

  it('says why Czech is likely needed when a Czech ad is silent about it', () => {
    const result = assessLanguages({ text: 'Hledáme skladníka. Nabízíme stravenky a příspěvek na dopravu.' });

    expect(result.englishSignals).toContainEqual({ reason: 'Czech is likely needed: the ad is written only in Czech' });
  });

  it('counts a full English version of a Czech ad as written in English', () => {
    const czech =
      'Hledáme zkušeného backend vývojáře do našeho týmu v Ostravě. Budeš navrhovat a vyvíjet služby pro logistické zákazníky po celé Evropě.';
    const english =
      'We are looking for an experienced backend developer for our team in Ostrava. You will design and build services for logistics customers all over Europe.';

    const result = assessLanguages({ text: `${czech}\n\n${english}` });

    expect(result).toMatchObject({ englishFriendly: true, languages: { czech: 'unknown' } });
    expect(result.englishSignals[0]).toEqual({ reason: 'the ad has a full English version' });
  });

  it('lets a stricter structured statement of the source win over the text, quoting the field', () => {
    const result = assessLanguages({
      text: 'Czech is an advantage.',
      stated: { czech: 'required', evidence: 'Required languages: Czech (Jazyk/ceJ), active' },
    });

    expect(result.languages.czech).toBe('required');
    expect(result.englishSignals).toContainEqual({
      reason: 'Czech is required (stated by the source)',
      evidence: 'Required languages: Czech (Jazyk/ceJ), active',
      meaning: 'Czech required',
    });
  });

  it('meets the targets on the project snippets: precision ≥ 0.95, recall ≥ 0.90 for English-friendly', () => {
    const ads = loadLabelledAds();

    const result = evaluateLanguageSet(ads);

    expect(ads.length).toBeGreaterThanOrEqual(170);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('only ever returns an assessment', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, text) => {
        const result = assessLanguages({ title, text });
        expect(typeof result.englishFriendly).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('assessLanguages: where it reads and what it quotes', () => {
  const englishAd = 'We build warehouse software in Ostrava for customers all over Europe.';

  it('reads the title and the text as separate lines: a requirement that ends the title stays whole', () => {
    const result = assessLanguages({ title: 'Accountant, Czech required', text: 'Nice office.' });

    expect(result.languages.czech).toBe('required');
    expect(result.englishSignals).toContainEqual(expect.objectContaining({ evidence: 'Accountant, Czech required' }));
  });

  it('detects the language from the text, not from an English title over a Czech ad', () => {
    const result = assessLanguages({
      title: 'Warehouse operator for our logistics centre in Ostrava, full time',
      text: 'Hledáme pracovníka do skladu v Ostravě. Nabízíme stravenky, příspěvek na dopravu a práci na hlavní pracovní poměr.',
    });

    expect(result).toMatchObject({ language: 'cs', englishFriendly: false, languages: { czech: 'likely-required' } });
  });

  it('reads a text too short to tell together with its title', () => {
    const result = assessLanguages({
      title: 'Skladník do mrazírny v Ostravě, práce na hlavní pracovní poměr',
      text: 'Nástup: ihned.',
    });

    expect(result).toMatchObject({ language: 'cs', languages: { czech: 'likely-required' } });
  });

  it.each([
    ['Java, Spring, Kafka, PostgreSQL, AWS, Terraform, SQL', 40, undefined],
    ['Java, Spring, Kafka, PostgreSQL, AWS, Terraform, Qt', 39, 'cs'],
  ])(
    'reads a text of 40 letters or more alone, a shorter one with its title: %j (%i letters)',
    (text, letters, language) => {
      const result = assessLanguages({
        title: 'Programátor do našeho týmu v Ostravě, hledáme posilu, nabízíme skvělé podmínky',
        text,
      });

      expect(text.replace(/[^\p{L}]/gu, '')).toHaveLength(letters);
      expect(result.language).toBe(language);
    },
  );

  it.each([[{}], [{ title: 'Skladník' }], [{ text: '' }]])(
    'says nothing is known of an ad with no text to read: %j',
    (input) => {
      expect(assessLanguages(input)).toStrictEqual({
        language: undefined,
        languages: { english: 'unknown', czech: 'unknown' },
        englishFriendly: false,
        englishSignals: [],
      });
    },
  );

  it('reads only the first 100 000 characters of a text: Czech words after them do not make an English ad Czech', () => {
    const sentence = 'We are looking for a warehouse worker for our team in Ostrava, and we offer meal vouchers. ';
    const text = `${sentence.repeat(Math.ceil(100_000 / sentence.length))}Hledáme skladníka, nabízíme stravenky.`;

    const result = assessLanguages({ text });

    expect(result).toMatchObject({ language: 'en', englishFriendly: true });
  });

  it('reads only the first 100 000 characters of a text: an English version after them does not count', () => {
    const czech =
      'Hledáme zkušeného skladníka do našeho týmu v Ostravě, nabízíme stravenky a příspěvek na dopravu.\n\n';
    const english =
      'We are looking for an experienced warehouse worker for our team in Ostrava, and we offer meal vouchers.\n\n';
    const text = czech.repeat(Math.ceil(100_000 / czech.length)) + english.repeat(Math.ceil(80_000 / english.length));

    const result = assessLanguages({ text });

    expect(result).toMatchObject({ language: 'cs', englishFriendly: false, languages: { czech: 'likely-required' } });
  });

  it('says first that an English ad is written in English', () => {
    const result = assessLanguages({ text: `${englishAd} English is an advantage.` });

    expect(result.englishSignals).toEqual([
      { reason: 'the ad is written in English' },
      { reason: 'English is an advantage', evidence: 'English is an advantage.', meaning: 'English an advantage' },
    ]);
  });

  it('gives a Czech ad silent about Czech only the reason that Czech is likely needed', () => {
    const result = assessLanguages({ text: 'Hledáme skladníka. Nabízíme stravenky a příspěvek na dopravu.' });

    expect(result.englishSignals).toEqual([{ reason: 'Czech is likely needed: the ad is written only in Czech' }]);
  });

  it('reads an ad written in Slovak and silent about Czech as likely needing Czech', () => {
    const result = assessLanguages({
      text: 'Hľadáme skladníka do nášho tímu v Žiline. Ponúkame stravné lístky, príspevok na dopravu a prácu na hlavný pracovný pomer.',
    });

    expect(result).toMatchObject({ language: 'sk', englishFriendly: false, languages: { czech: 'likely-required' } });
  });

  it('gives a bilingual ad that requires Czech the requirement as its reason, not its English version', () => {
    const text =
      'Hledáme zkušeného backend vývojáře do našeho týmu v Ostravě. Budeš navrhovat a vyvíjet služby pro logistické zákazníky po celé Evropě. Požadujeme plynulou češtinu.\n\n' +
      'We are looking for an experienced backend developer for our team in Ostrava. You will design and build services for logistics customers all over Europe. Fluent Czech is required.';

    const result = assessLanguages({ text });

    expect(result.englishFriendly).toBe(false);
    expect(result.englishSignals).toEqual([
      { reason: 'Czech is required', evidence: 'Požadujeme plynulou češtinu.', meaning: 'Czech required (fluent)' },
    ]);
  });

  it.each([
    ['Slovenčina nutná, čeština výhodou.', { czech: 'required', english: 'unknown' }],
    [
      `${englishAd} Slovak is required, Czech is an advantage, English is a plus.`,
      { czech: 'required', english: 'advantage' },
    ],
  ])('reads Slovak as Czech in a sentence that also names Czech, and never as English: %j', (text, expected) => {
    expect(needs(text)).toEqual(expected);
  });

  it('quotes the first of two equally strict sentences', () => {
    const result = assessLanguages({ text: `${englishAd} Fluent Czech is required. Czech is a must for the role.` });

    expect(result.englishSignals).toContainEqual(
      expect.objectContaining({ reason: 'Czech is required', evidence: 'Fluent Czech is required.' }),
    );
  });

  it.each([
    [300, 'whole'],
    [301, 'cut to 297 characters and an ellipsis'],
  ])('quotes a deciding sentence of %i characters %s', (length) => {
    const ending = ' and fluent Czech is required.';
    const sentence = `We need a warehouse operator who ${'x'.repeat(length - 33 - ending.length)}${ending}`;

    const result = assessLanguages({ text: sentence });

    expect(sentence).toHaveLength(length);
    const evidence = result.englishSignals.find((s) => s.reason === 'Czech is required')?.evidence;
    expect(evidence).toBe(length <= 300 ? sentence : `${sentence.slice(0, 297)}…`);
  });
});

describe('assessLanguages with what the source states', () => {
  const englishAd = 'We build warehouse software in Ostrava for customers all over Europe.';

  it('adds nothing for a language the source states as unknown', () => {
    const result = assessLanguages({ text: englishAd, stated: { czech: 'unknown', english: 'unknown' } });

    expect(result.englishSignals).toEqual([{ reason: 'the ad is written in English' }]);
  });

  it('keeps the text when the source states a looser need than the text', () => {
    const result = assessLanguages({
      text: 'Fluent Czech is required.',
      stated: { czech: 'advantage', evidence: 'Languages: Czech (advantage)' },
    });

    expect(result.languages.czech).toBe('required');
    expect(result.englishSignals).toContainEqual({
      reason: 'Czech is required',
      evidence: 'Fluent Czech is required.',
      meaning: 'Czech required (fluent)',
    });
  });

  it('quotes the text when the source states the same need', () => {
    const result = assessLanguages({
      text: 'Fluent Czech is required.',
      stated: { czech: 'required', evidence: 'Languages: Czech' },
    });

    expect(result.englishSignals).toContainEqual({
      reason: 'Czech is required',
      evidence: 'Fluent Czech is required.',
      meaning: 'Czech required (fluent)',
    });
    expect(result.englishSignals).not.toContainEqual(
      expect.objectContaining({ reason: 'Czech is required (stated by the source)' }),
    );
  });

  it('says what the source states when the text is silent, without evidence it did not give', () => {
    const result = assessLanguages({ text: englishAd, stated: { czech: 'advantage', english: 'not-needed' } });

    expect(result).toStrictEqual({
      language: 'en',
      languages: { czech: 'advantage', english: 'not-needed' },
      englishFriendly: true,
      englishSignals: [
        { reason: 'the ad is written in English' },
        { reason: 'Czech is an advantage (stated by the source)', meaning: 'Czech an advantage' },
        { reason: 'English is not needed (stated by the source)', meaning: 'English not needed' },
      ],
    });
  });
});

describe('isEnglishFriendly', () => {
  it.each([
    ['required', 'required', true, false],
    ['likely-required', 'required', false, false],
    ['unknown', 'unknown', true, true],
    ['unknown', 'required', false, false],
    ['advantage', 'advantage', false, true],
    ['not-needed', 'unknown', false, false],
    ['not-needed', 'required', false, true],
    ['likely-required', 'unknown', true, false],
  ] as const)('Czech %s, English %s, written in English %s → %s', (czech, english, writtenInEnglish, friendly) => {
    expect(isEnglishFriendly(czech, english, writtenInEnglish)).toBe(friendly);
  });
});
