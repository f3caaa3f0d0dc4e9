import { eld } from 'eld/small';

const detector = eld.newInstance();
// Only the languages an Ostrava listing is plausibly written in: fewer false guesses on short texts.
detector.setLanguageSubset(['en', 'cs', 'sk', 'pl', 'de', 'uk', 'ru']);

/**
 * The ISO 639-1 language a text is written in, or undefined when the text is too short or the
 * detector is not confident. Slovak counts as itself, not Czech: callers treat both as "Czech-ish".
 */
export function detectLanguage(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const sample = text.slice(0, 2000);
  if (sample.replace(/[^\p{L}]/gu, '').length < 12) return undefined;
  const result = detector.detect(sample);
  return result.language && result.isReliable() ? result.language : undefined;
}
