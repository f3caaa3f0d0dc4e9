import { TranslationUnavailableError } from '../errors';
import type { DescriptionEnglish, Listing, ListingDraft, TitleEnglish } from '../listing/schema';
import { numberMismatches } from '../normalise/translation-numbers';
import { textHash } from './recorded-translator';
import { budgetMonth, type TranslationBudget } from './translation-budget';
import type { Translator } from './translator';

export interface TranslateListingDeps {
  translator: Translator;
  /** The monthly character budget; without one (local runs) nothing is counted. */
  budget?: { store: TranslationBudget; charactersPerMonth: number };
  now: Date;
}

/** What translating one run's listings did: characters sent to the translator, texts translated, texts left untranslated by reason. */
export interface TranslationTally {
  characters: number;
  translated: number;
  untranslated: Record<string, number>;
}

export const emptyTally = (): TranslationTally => ({ characters: 0, translated: 0, untranslated: {} });

type Outcome = { text: string; engine: string } | { untranslated: string };

/**
 * A draft with its English title and description (issue 19), translating only what is not English
 * yet and has no stored translation of the same text: `previous` (the stored listing) is reused when
 * the text's SHA-256 is unchanged, so a re-scrape of unchanged content sends nothing. A text refused
 * by the budget, not recorded (locally) or failed by the service is stored as "not-translated" with
 * the reason. Machine-translated descriptions carry the figures the translation changed.
 */
export async function translateListing(
  draft: ListingDraft,
  previous: Listing | undefined,
  deps: TranslateListingDeps,
  tally: TranslationTally,
): Promise<ListingDraft> {
  let { titleEnglish, descriptionEnglish } = draft;
  if (titleEnglish?.from === 'not-translated') {
    const hash = textHash(draft.title);
    const before = previous?.titleEnglish;
    titleEnglish =
      before?.from === 'machine-translation' && before.sourceTextHash === hash
        ? before
        : titleFrom(draft.title, hash, await translateText(draft.title, deps, tally));
  }
  if (draft.description !== undefined && descriptionEnglish === undefined) {
    const hash = textHash(draft.description);
    const before = previous?.descriptionEnglish;
    descriptionEnglish =
      before?.from === 'machine-translation' && before.sourceTextHash === hash
        ? before
        : descriptionFrom(draft.description, hash, await translateText(draft.description, deps, tally));
  }
  return { ...draft, titleEnglish, descriptionEnglish };
}

function titleFrom(original: string, hash: string, outcome: Outcome): TitleEnglish {
  // A title is one line: a translation that came back with line breaks is joined.
  if ('text' in outcome)
    return {
      text: outcome.text.replace(/\s+/g, ' ').trim().slice(0, 300) || original,
      from: 'machine-translation',
      sourceTextHash: hash,
    };
  return { text: original, from: 'not-translated' };
}

function descriptionFrom(original: string, hash: string, outcome: Outcome): DescriptionEnglish {
  if ('untranslated' in outcome)
    return { from: 'not-translated', note: outcome.untranslated.slice(0, 200), numberMismatches: [] };
  return {
    text: outcome.text.slice(0, 20_000),
    from: 'machine-translation',
    engine: outcome.engine,
    numberMismatches: numberMismatches(original, outcome.text),
    sourceTextHash: hash,
  };
}

async function translateText(text: string, deps: TranslateListingDeps, tally: TranslationTally): Promise<Outcome> {
  const untranslated = (reason: string): Outcome => {
    tally.untranslated[reason] = (tally.untranslated[reason] ?? 0) + 1;
    return { untranslated: reason };
  };
  if (deps.budget) {
    const { store, charactersPerMonth } = deps.budget;
    if (!(await store.reserve(budgetMonth(deps.now), text.length, charactersPerMonth))) {
      return untranslated(
        `the monthly translation budget (${charactersPerMonth.toLocaleString('en')} characters) is used up`,
      );
    }
  }
  // Counted as sent, whatever the answer: what Amazon Translate would bill for this text.
  tally.characters += text.length;
  try {
    const outcome = await deps.translator.translate(text);
    if ('untranslated' in outcome) return untranslated(outcome.untranslated);
    tally.translated++;
    return { text: outcome.text, engine: deps.translator.engine };
  } catch (error) {
    if (!(error instanceof TranslationUnavailableError)) throw error;
    return untranslated('the translation service failed; it is tried again when the listing changes');
  }
}
