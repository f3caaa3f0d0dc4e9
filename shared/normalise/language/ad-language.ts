import { foldText } from '../../text/fold-text';
import { detectLanguage } from '../detect-language';

// Words that structure a Czech job ad: two of them mean the ad is written in Czech, whatever share
// of English tech terms makes a detector say "en".
const CZECH_AD_WORDS =
  /(?<![\p{L}])(hled[aá]me|nab[ií]z[ií]me|po[zž]adujeme|po[zž]adavky|n[aá]pl[nň] pr[aá]ce|n[aá]stup|p[rř]ijmeme|mzda|pracovn[ií] doba|o n[aá]s|uchaze[cč]\w*|zam[eě]stnan\w*|pracovn[ií]k\w*)(?![\p{L}])/giu;
const ENGLISH_WORDS = /(?<![\p{L}])(the|and|you|we|with|for|our|will|are|is|of|your)(?![\p{L}])/giu;
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
 * The ad's language (ISO 639-1, when the detector is confident): Czech when two Czech ad words appear
 * (an ad full of English tech terms is still Czech), else the detector's answer.
 */
export function detectAdLanguage(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const czechWords = new Set((text.match(CZECH_AD_WORDS) ?? []).map((w) => foldText(w)));
  return czechWords.size >= 2 ? 'cs' : detectLanguage(text);
}

/** A full English version beside the Czech text: English and Czech paragraphs each hold at least 35% of the letters. */
export function hasFullEnglishVersion(text: string | undefined): boolean {
  // A cheap test first: an English version has plenty of English function words.
  if (text === undefined || (text.match(ENGLISH_WORDS) ?? []).length < 8) return false;
  const byShare = shares(text);
  return (byShare.get('en') ?? 0) >= VERSION_SHARE && (byShare.get('cs') ?? 0) >= VERSION_SHARE;
}
