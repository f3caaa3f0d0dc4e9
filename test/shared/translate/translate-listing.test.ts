import { TranslationUnavailableError } from '../../../shared/errors';
import type { Listing } from '../../../shared/listing/schema';
import { RecordedTranslator, textHash } from '../../../shared/translate/recorded-translator';
import { emptyTally, translateListing } from '../../../shared/translate/translate-listing';
import { MemoryTranslationBudget } from '../../../shared/translate/translation-budget';
import type { Translator } from '../../../shared/translate/translator';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

const NOW = new Date('2026-11-15T10:00:00.000Z');
const DESCRIPTION = 'Byt 2+kk v Porubě, nájem 16 900 Kč, kauce 30 000 Kč.';

/** A translator that answers from a table and counts what it was sent. */
function fakeTranslator(answers: Record<string, string>): Translator & { sent: string[] } {
  const sent: string[] = [];
  return {
    engine: 'Fake MT',
    sent,
    translate: async (text) => (
      sent.push(text),
      text in answers ? { text: answers[text]! } : { untranslated: 'unknown text' }
    ),
  };
}

const czechRental = () =>
  rentalDraft(1, {
    description: DESCRIPTION,
    titleEnglish: { text: '2+kk flat, 52 m², Poruba', from: 'listing-fields' },
  });

describe('translateListing', () => {
  it('translates a Czech description once, naming the engine and keeping the hash of the original', async () => {
    const translator = fakeTranslator({ [DESCRIPTION]: 'A 2+kk flat in Poruba, rent 16,900 CZK, deposit 30,000 CZK.' });
    const tally = emptyTally();

    const draft = await translateListing(czechRental(), undefined, { translator, now: NOW }, tally);

    expect(draft.descriptionEnglish).toEqual({
      text: 'A 2+kk flat in Poruba, rent 16,900 CZK, deposit 30,000 CZK.',
      from: 'machine-translation',
      engine: 'Fake MT',
      numberMismatches: [],
      sourceTextHash: textHash(DESCRIPTION),
    });
    expect(tally).toEqual({ characters: DESCRIPTION.length, translated: 1, untranslated: {} });
  });

  it('sends nothing when the stored listing has a translation of the same text', async () => {
    const translator = fakeTranslator({});
    const stored = {
      ...czechRental(),
      descriptionEnglish: {
        text: 'Stored English.',
        from: 'machine-translation',
        engine: 'Fake MT',
        numberMismatches: [],
        sourceTextHash: textHash(DESCRIPTION),
      },
    } as unknown as Listing;
    const tally = emptyTally();

    const draft = await translateListing(czechRental(), stored, { translator, now: NOW }, tally);

    expect(translator.sent).toEqual([]);
    expect(draft.descriptionEnglish?.text).toBe('Stored English.');
    expect(tally.characters).toBe(0);
  });

  it('translates again when the text changed since the stored translation', async () => {
    const translator = fakeTranslator({ [DESCRIPTION]: 'New English.' });
    const stored = {
      ...czechRental(),
      descriptionEnglish: {
        text: 'Old English.',
        from: 'machine-translation',
        numberMismatches: [],
        sourceTextHash: textHash('Starý text.'),
      },
    } as unknown as Listing;

    const draft = await translateListing(czechRental(), stored, { translator, now: NOW }, emptyTally());

    expect(translator.sent).toEqual([DESCRIPTION]);
    expect(draft.descriptionEnglish?.text).toBe('New English.');
  });

  it('flags a figure the translation changed, keeping the original one', async () => {
    const translator = fakeTranslator({ [DESCRIPTION]: 'A 2+kk flat in Poruba, rent 19,600 CZK, deposit 30,000 CZK.' });

    const draft = await translateListing(czechRental(), undefined, { translator, now: NOW }, emptyTally());

    expect(draft.descriptionEnglish?.numberMismatches).toEqual([{ original: '16 900', translated: '19,600' }]);
  });

  it('refuses a text past the monthly budget, counting nothing and saying why', async () => {
    const translator = fakeTranslator({ [DESCRIPTION]: 'English.' });
    const budget = new MemoryTranslationBudget();
    await budget.reserve('2026-11', 990, 1000);
    const tally = emptyTally();

    const draft = await translateListing(
      czechRental(),
      undefined,
      { translator, now: NOW, budget: { store: budget, charactersPerMonth: 1000 } },
      tally,
    );

    expect(translator.sent).toEqual([]);
    expect(draft.descriptionEnglish).toEqual({
      from: 'not-translated',
      note: 'the monthly translation budget (1,000 characters) is used up',
      numberMismatches: [],
    });
    expect(await budget.used('2026-11')).toBe(990);
    expect(tally).toEqual({
      characters: 0,
      translated: 0,
      untranslated: { 'the monthly translation budget (1,000 characters) is used up': 1 },
    });
  });

  it('counts the characters of a translated text against the month of `now`', async () => {
    const budget = new MemoryTranslationBudget();

    await translateListing(
      czechRental(),
      undefined,
      {
        translator: fakeTranslator({ [DESCRIPTION]: 'English.' }),
        now: NOW,
        budget: { store: budget, charactersPerMonth: 1000 },
      },
      emptyTally(),
    );

    expect(await budget.used('2026-11')).toBe(DESCRIPTION.length);
    expect(await budget.used('2026-12')).toBe(0);
  });

  it('stores the listing untranslated, with the reason, when the service fails', async () => {
    const failing: Translator = {
      engine: 'Amazon Translate',
      translate: async () => Promise.reject(new TranslationUnavailableError('down')),
    };

    const draft = await translateListing(czechRental(), undefined, { translator: failing, now: NOW }, emptyTally());

    expect(draft.descriptionEnglish).toMatchObject({
      from: 'not-translated',
      note: 'the translation service failed; it is tried again when the listing changes',
    });
  });

  it('lets an unexpected error through', async () => {
    const broken: Translator = { engine: 'x', translate: async () => Promise.reject(new TypeError('bug')) };

    await expect(
      translateListing(czechRental(), undefined, { translator: broken, now: NOW }, emptyTally()),
    ).rejects.toBeInstanceOf(TypeError);
  });

  it('translates a job title that has no English name yet, as one line', async () => {
    const job = jobDraft(1, {
      title: 'Skladník',
      language: 'cs',
      titleEnglish: { text: 'Skladník', from: 'not-translated' },
    });

    const draft = await translateListing(
      job,
      undefined,
      { translator: fakeTranslator({ Skladník: 'Warehouse\nworker' }), now: NOW },
      emptyTally(),
    );

    expect(draft.titleEnglish).toEqual({
      text: 'Warehouse worker',
      from: 'machine-translation',
      sourceTextHash: textHash('Skladník'),
    });
  });

  it('leaves English text and titles from the fields alone', async () => {
    const translator = fakeTranslator({});
    const job = jobDraft(1, {
      description: 'We build rail vehicles.',
      titleEnglish: { text: 'Software developer 1', from: 'original' },
      descriptionEnglish: { from: 'original', numberMismatches: [] },
    });

    const draft = await translateListing(job, undefined, { translator, now: NOW }, emptyTally());

    expect(translator.sent).toEqual([]);
    expect(draft).toEqual(job);
  });
});

describe('RecordedTranslator', () => {
  it('answers a recorded translation by the hash of the exact text, and says "not translated" otherwise', async () => {
    const translator = new RecordedTranslator({ [textHash('Pronájem bytu.')]: 'Flat to let.' });

    expect(await translator.translate('Pronájem bytu.')).toEqual({ text: 'Flat to let.' });
    expect(await translator.translate('Pronájem bytu')).toEqual({
      untranslated: 'no translation is recorded for this text (local run)',
    });
  });
});
