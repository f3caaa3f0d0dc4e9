import { foldText } from '../../text/fold-text';
import { detectLanguage } from '../detect-language';

/** The language an ad is written in, and whether it also has a full English version. */
export interface AdLanguage {
  /** ISO 639-1, when the detector is confident. */
  language?: string;
  /** Both an English and a Czech (or Slovak) text, each a large part of the ad. */
  fullEnglishVersion: boolean;
}

// Words that structure a Czech job ad: two of them mean the ad is written in Czech, whatever share
// of English tech terms makes a detector say "en".
const CZECH_AD_WORDS = /(?<![\p{L}])(hled[aá]me|nab[ií]z[ií]me|po[zž]adujeme|po[zž]adavky|n[aá]pl[nň] pr[aá]ce|n[aá]stup|p[rř]ijmeme|mzda|pracovn[ií] doba|o n[aá]s|uchaze[cč]\w*|zam[eě]stnan\w*|pracovn[ií]k\w*)(?![\p{L}])/giu;
// A version counts as full when it holds at least this share of the ad's letters.
const VERSION_SHARE = 0.35;

/** Paragraph by paragraph: the share of letters written in each language. */
function shares(text: string): Map<string, number> {
  const letters = new Map<string, number>();
  let total = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    const count = paragraph.replace(/[^\p{L}]/gu, '').length;
    const language = count >= 40 ? detectLanguage(paragraph) : undefined;
    if (!language) continue;
    const key = language === 'sk' ? 'cs' : language;
    letters.set(key, (letters.get(key) ?? 0) + count);
    total += count;
  }
  for (const [key, count] of letters) letters.set(key, count / Math.max(1, total));
  return letters;
}

/**
 * The ad's language: Czech when two Czech ad words appear (an ad full of English tech terms is still
 * Czech), else the detector's answer. A full English version: English and Czech paragraphs each hold
 * at least 35% of the letters.
 */
export function detectAdLanguage(text: string | undefined): AdLanguage {
  if (text === undefined) return { fullEnglishVersion: false };
  const byShare = shares(text);
  const fullEnglishVersion = (byShare.get('en') ?? 0) >= VERSION_SHARE && (byShare.get('cs') ?? 0) >= VERSION_SHARE;
  const czechWords = new Set((text.match(CZECH_AD_WORDS) ?? []).map((w) => foldText(w)));
  const language = czechWords.size >= 2 ? 'cs' : detectLanguage(text);
  return { language, fullEnglishVersion };
}
