import type { EnglishSignal } from '../listing/schema';
import { detectAdLanguage, hasFullEnglishVersion } from './language/ad-language';
import { glossSentence } from './language/gloss';
import { splitSentences } from './language/segment';
import { readStatements, type Statement } from './language/statements';

/** Whether a job needs a language: explicit statements only, or "unknown" when the ad says nothing. */
export type LanguageNeed = 'required' | 'advantage' | 'not-needed' | 'unknown';
/** Czech adds "likely-required": the ad says nothing about Czech but is written only in Czech (or Slovak). */
export type CzechNeed = LanguageNeed | 'likely-required';

export interface LanguageAssessment {
  /** The language the ad is written in (ISO 639-1), when the detector is confident. */
  language?: string;
  languages: { english: LanguageNeed; czech: CzechNeed };
  /** See {@link isEnglishFriendly}. */
  englishFriendly: boolean;
  /** Why: the deciding sentence of each language, quoted, with its meaning in English. */
  englishSignals: EnglishSignal[];
}

export interface LanguageInput {
  title?: string;
  text?: string;
  /** What a source states in structured fields (Úřad práce languages, StartupJobs languages), with the field quoted. */
  stated?: { english?: LanguageNeed; czech?: LanguageNeed; evidence?: string };
}

export const MAX_TEXT = 100_000;

/** Lower is stricter. */
const RANK: Record<LanguageNeed, number> = { required: 1, advantage: 2, 'not-needed': 3, unknown: 4 };
const PHRASE: Record<CzechNeed, string> = {
  required: 'is required',
  advantage: 'is an advantage',
  'not-needed': 'is not needed',
  unknown: 'is not mentioned',
  'likely-required': 'is likely needed: the ad is written only in Czech',
};

/**
 * The rule of issue 15: a job is English-friendly when Czech is not required (nor likely needed) AND
 * the ad is written in English (or has a full English version), OR it explicitly makes Czech optional
 * or unnecessary and asks for English (English required, an advantage, or named as the working
 * language). A Czech-written ad that asks for English but is silent about Czech is not: the ad, and
 * so the workplace, can only be read in Czech.
 */
export function isEnglishFriendly(czech: CzechNeed, english: LanguageNeed, writtenInEnglish: boolean): boolean {
  if (czech === 'required' || czech === 'likely-required') return false;
  if (writtenInEnglish) return true;
  return (czech === 'advantage' || czech === 'not-needed') && (english === 'required' || english === 'advantage');
}

/**
 * Whether a job needs Czech and English, and whether English is enough, with the sentence or field
 * that decided it and that sentence's meaning in English. Pure. Each sentence (Intl.Segmenter, per
 * line) is read clause by clause: a cue ("výhodou", "a must", "not required") speaks about the
 * languages nearest to it in its clause; a heading ("Výhodou bude:") about the lines under it;
 * alternatives ("English or German") are each an advantage; Czech-or-Slovak is Czech. Across
 * sentences the strictest reading wins, and a source's structured statement wins when stricter.
 * Source of the rule and of its error classes: issue 15 (measured on hand-labelled real ads).
 */
export function assessLanguages(input: LanguageInput): LanguageAssessment {
  // Real ads are a few thousand characters; a hostile megabyte is read only as far as any ad goes.
  const text = [input.title, input.text].filter(Boolean).join('\n').slice(0, MAX_TEXT);
  const read = splitSentences(text).map((sentence) => ({
    sentence: sentence.text,
    statements: readStatements(sentence),
  }));
  // The body decides; a body too short to tell is read with its title.
  const body = (input.text ?? input.title)?.slice(0, MAX_TEXT);
  const short = (body ?? '').replace(/[^\p{L}]/gu, '').length < 40;
  const language = detectAdLanguage(body) ?? (short && input.text !== undefined ? detectAdLanguage(text) : undefined);
  const signals: EnglishSignal[] = [];
  const stated = input.stated ?? {};
  let czech: CzechNeed = decide('Czech', 'czech', read, stated.czech, stated.evidence, signals);
  const english = decide('English', 'english', read, stated.english, stated.evidence, signals);
  // Reading paragraph by paragraph costs a detector call each: only when it can change the verdict.
  const fullEnglishVersion =
    language !== 'en' && czech !== 'required' && hasFullEnglishVersion(input.text?.slice(0, MAX_TEXT));
  if (language === 'en') signals.unshift({ reason: 'the ad is written in English' });
  else if (fullEnglishVersion) signals.unshift({ reason: 'the ad has a full English version' });
  const writtenInEnglish = language === 'en' || fullEnglishVersion;
  if (czech === 'unknown' && (language === 'cs' || language === 'sk') && !fullEnglishVersion) {
    czech = 'likely-required';
    signals.push({ reason: `Czech ${PHRASE[czech]}` });
  }
  return {
    language,
    languages: { english, czech },
    englishFriendly: isEnglishFriendly(czech, english, writtenInEnglish),
    englishSignals: signals.slice(0, 6),
  };
}

interface ReadSentence {
  sentence: string;
  statements: Statement[];
}

/** One language's need: the strictest statement across sentences, or the source's when stricter. */
function decide(
  name: string,
  tongue: 'czech' | 'english',
  read: ReadSentence[],
  stated: LanguageNeed | undefined,
  statedEvidence: string | undefined,
  signals: EnglishSignal[],
): LanguageNeed {
  let found: { need: LanguageNeed; read: ReadSentence } | undefined;
  for (const r of read) {
    for (const s of r.statements) {
      // Czech-or-Slovak is read as Czech: the two are one requirement for an English speaker.
      if (
        s.tongue !== tongue &&
        !(tongue === 'czech' && s.tongue === 'slovak' && r.statements.some((o) => o.tongue === 'czech'))
      )
        continue;
      if (!found || RANK[s.need] < RANK[found.need]) found = { need: s.need, read: r };
    }
  }
  if (stated && stated !== 'unknown' && (!found || RANK[stated] < RANK[found.need])) {
    signals.push({
      reason: `${name} ${PHRASE[stated]} (stated by the source)`,
      ...(statedEvidence ? { evidence: statedEvidence } : {}),
      meaning: `${name} ${stated === 'advantage' ? 'an advantage' : stated === 'not-needed' ? 'not needed' : 'required'}`,
    });
    return stated;
  }
  if (!found) return 'unknown';
  const evidence = found.read.sentence.length > 300 ? `${found.read.sentence.slice(0, 297)}…` : found.read.sentence;
  signals.push({ reason: `${name} ${PHRASE[found.need]}`, evidence, meaning: glossSentence(found.read.statements) });
  return found.need;
}
