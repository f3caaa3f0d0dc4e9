import type { DescriptionEnglish, EnglishSignal } from '../listing/schema';
import { foldText } from '../text/fold-text';
import { detectLanguage } from './detect-language';

const SPEAKS_ENGLISH =
  /(english[- ]speaking|speaks? english|english (is )?spoken|we speak english|in english|mluv[ií]me anglicky|anglicky mluv[ií]c|hovo[rř][ií]me anglicky|komunikace (i )?v angli[cč]tin[eě]|domluv[ií]te se anglicky|anglick[aá] smlouva|smlouva (i )?v angli[cč]tin[eě])/i;

/** The sentence around a match: from the previous sentence end to the next one, inclusive. */
function sentenceAround(text: string, index: number, length: number): string {
  let start = index;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = index + length;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return text.slice(start, end);
}

export interface RentalEnglish {
  language?: string;
  /** The English text the listing has (its own English version, or the description itself when in English); undefined until translated. */
  descriptionEnglish?: DescriptionEnglish;
  englishFriendly: boolean;
  englishSignals: EnglishSignal[];
}

/**
 * Whether an English speaker can rent it without Czech, and why: an English text on the listing
 * (bezrealitky's descriptionEnglish), a description written in English, or words saying the landlord
 * or agency speaks English (or offers an English contract).
 */
export function rentalEnglish(input: {
  description?: string;
  descriptionEnglish?: string;
  titleEnglish?: string;
}): RentalEnglish {
  const signals: EnglishSignal[] = [];
  const english = input.descriptionEnglish?.trim();
  if (english) signals.push({ reason: 'the listing has an English description', evidence: excerpt(english) });
  else if (input.titleEnglish?.trim())
    signals.push({ reason: 'the listing has an English title', evidence: excerpt(input.titleEnglish) });
  const language = detectLanguage(input.description);
  if (language === 'en') signals.push({ reason: 'the description is written in English' });
  const speaks = input.description === undefined ? null : SPEAKS_ENGLISH.exec(input.description);
  if (speaks) {
    const evidence = excerpt(sentenceAround(input.description!, speaks.index, speaks[0].length));
    signals.push({
      reason: 'the landlord or agency speaks English',
      evidence,
      ...(language === 'en' ? {} : { meaning: meaningOf(speaks[0]) }),
    });
  }
  const descriptionEnglish: DescriptionEnglish | undefined = english
    ? { from: 'original', text: english, numberMismatches: [] }
    : language === 'en' && input.description !== undefined
      ? { from: 'original', numberMismatches: [] }
      : undefined;
  return { language, descriptionEnglish, englishFriendly: signals.length > 0, englishSignals: signals };
}

/** What a Czech phrase that SPEAKS_ENGLISH matched says, in English; an English one is its own meaning. */
function meaningOf(phrase: string): string {
  const folded = foldText(phrase);
  if (/smlouv/.test(folded)) return 'a contract in English is offered';
  if (/mluvime|hovorime/.test(folded)) return 'we speak English';
  if (/domluvite/.test(folded)) return 'you can communicate in English';
  if (/mluvic/.test(folded)) return 'an English-speaking landlord or agent';
  if (/komunikace/.test(folded)) return 'communication in English is possible';
  return 'English is spoken';
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 200 ? `${clean.slice(0, 197)}…` : clean;
}
