import type { EnglishSignal } from '../listing/schema';
import { foldText } from '../text/fold-text';
import { detectLanguage } from './detect-language';

export type LanguageNeed = 'required' | 'advantage' | 'not-needed' | 'unknown';

export interface LanguageAssessment {
  /** The language the ad is written in (ISO 639-1), when the detector is confident. */
  language?: string;
  languages: { english: LanguageNeed; czech: LanguageNeed };
  /** English is enough: the ad is in English or asks for English, and Czech is not required. */
  englishFriendly: boolean;
  englishSignals: EnglishSignal[];
}

export interface LanguageInput {
  title?: string;
  text?: string;
  /** What a source states in structured fields (MPSV required languages, StartupJobs languages). */
  stated?: { english?: LanguageNeed; czech?: LanguageNeed };
}

interface Rule {
  need: LanguageNeed;
  /** Matched against folded text (lower case, no diacritics). */
  pattern: RegExp;
}

// Czech: "čj", "čeština", "český jazyk", "Czech"; English likewise ("aj", "angličtina", Polish
// "angielski"). Patterns run on folded text (lower case, no diacritics).
const CZ = String.raw`(?:cestin\w*|ceskeho jazyka|cesky jazyk\w*|cesky|cj|czech(?: language)?)`;
const EN = String.raw`(?:anglictin\w*|anglickeho jazyka|anglicky jazyk\w*|anglicky|aj|english(?: language)?|angielsk\w*)`;
const ADVANTAGE = String.raw`(?:vyhodou|vyhoda|je plus|plusem|advantage|an asset|a plus|is a plus|nice to have|beneficial|welcome|preferred|appreciated|bonus|mile widzian\w*)`;
const REQUIRED = String.raw`(?:podminkou|podminka|nutn\w*|nezbytn\w*|pozadov\w*|required|mandatory|a must|essential|necessary|needed|slovem i pismem|na \w* ?urovni|urovni|aktivne|b1|b2|c1|c2|native|rodn\w* jazyk)`;
const LEVEL = String.raw`(?:fluent|native|good|excellent|perfect|proficient|professional|business|working|strong|advanced|upper[- ]intermediate|intermediate|communicative|solid|plyn\w*|aktivni|vyborn\w*|dobr\w*|komunikativni|perfektni|pokrocil\w*|znalost\w*)`;

/** The rules for one language; `other` keeps a phrase about the other language from counting. */
function rulesFor(lang: string, other: string, extraRequired: string[] = []): Rule[] {
  // Between the language and its qualifier: no comma, no clause end, no mention of the other language.
  const gap = (max: number) => String.raw`(?:(?!${other})[^.;,\n]){0,${max}}`;
  return [
    {
      need: 'not-needed',
      pattern: new RegExp(String.raw`\b(bez (znalosti )?${lang}|${lang}( language)? (is |are )?not (required|needed|necessary|a must|mandatory)|no(t)? (need|knowledge of|prior knowledge of) ${lang}|without (any )?(knowledge of )?${lang}|no ${lang}( skills)? (needed|required|necessary)|${lang} (skills )?(are |is )?not (required|needed|necessary)|(nevyzadujeme|nepozadujeme) ${lang}|${lang} (neni|nemusi byt) (podminkou|nutn\w*|potreb\w*)|znalost \w* ?${lang} neni (podminkou|nutn\w*|potreb\w*)|non[- ]${lang} speakers|(do not|don.?t) (need to |have to )?(speak|require) ${lang})\b`),
    },
    { need: 'advantage', pattern: new RegExp(String.raw`\b(${lang}${gap(40)}${ADVANTAGE}|${ADVANTAGE}${gap(12)}${lang}|(basic|some) ${lang} (is )?(an? )?(advantage|plus|bonus))\b`) },
    {
      need: 'required',
      pattern: new RegExp(
        String.raw`\b(${lang}${gap(40)}${REQUIRED}|${lang} (and|a|i) ${other}${gap(30)}${REQUIRED}|${other} (and|a|i) ${lang}${gap(30)}${REQUIRED}|${LEVEL} (znalost |command of |knowledge of |written |spoken )?${lang}|(must|need to|have to|should|able to|ability to) (speak|communicate in|read and write|write) ${gap(20)}${lang}|${lang}[- ](speaking|speaker)|${lang} (b1|b2|c1|c2)${extraRequired.map((r) => `|${r}`).join('')})\b`,
      ),
    },
  ];
}

const czechRules = rulesFor(CZ, EN);
const englishRules = rulesFor(EN, CZ, [
  String.raw`(german|nemcin\w*|polish|french|spanish) (and|a) ${EN}`,
  String.raw`${EN} (and|a) (german|nemcin\w*|polish|french|spanish)`,
  String.raw`in ${EN} (daily|on a daily basis|every day)`,
  String.raw`(working|company|team|corporate|tymov\w*|firemni|pracovni) (language|jazyk) (is |je )?${EN}`,
]);

// Words that structure a Czech job ad: two of them mean the ad is written in Czech, whatever share
// of English tech terms makes a detector say "en".
const CZECH_AD_WORDS = /\b(hled[aá]me|nab[ií]z[ií]me|po[zž]adujeme|po[zž]adavky|n[aá]pl[nň] pr[aá]ce|n[aá]stup|p[rř]ijmeme|mzda|pracovn[ií] doba|o n[aá]s)\b/gi;

function adLanguage(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const czechWords = new Set((text.match(CZECH_AD_WORDS) ?? []).map((w) => foldText(w)));
  return czechWords.size >= 2 ? 'cs' : detectLanguage(text);
}

/** Lower is stricter. */
const RANK: Record<LanguageNeed, number> = { required: 1, advantage: 2, 'not-needed': 3, unknown: 4 };

/**
 * Whether a job needs Czech and English, and whether English is enough, with the sentence or field
 * that decided it. Pure. Negations ("Czech not required", "bez znalosti češtiny") and advantages
 * ("čeština výhodou", "Czech is a plus") win over a bare mention, sentence by sentence.
 */
export function assessLanguages(input: LanguageInput): LanguageAssessment {
  const text = [input.title, input.text].filter(Boolean).join('\n');
  const sentences = splitSentences(text);
  const signals: EnglishSignal[] = [];
  const czech = decide('Czech', czechRules, sentences, input.stated?.czech, signals);
  const english = decide('English', englishRules, sentences, input.stated?.english, signals);
  const language = adLanguage(input.text ?? input.title);
  if (language === 'en') signals.unshift({ reason: 'the ad is written in English' });
  const asksEnglish = english === 'required' || english === 'advantage';
  const englishFriendly = czech !== 'required' && (language === 'en' || asksEnglish || czech === 'not-needed');
  return { language, languages: { english: english === 'unknown' && language === 'en' ? 'required' : english, czech }, englishFriendly, englishSignals: signals.slice(0, 6) };
}

/**
 * One language's need. In a sentence the first matching rule wins (negation, then advantage, then
 * requirement); across sentences the strictest reading wins, and a structured statement from the
 * source wins when it is stricter than the text.
 */
function decide(name: string, rules: Rule[], sentences: string[], stated: LanguageNeed | undefined, signals: EnglishSignal[]): LanguageNeed {
  let found: { need: LanguageNeed; evidence: string } | undefined;
  for (const sentence of sentences) {
    const folded = foldText(sentence);
    const rule = rules.find((r) => r.pattern.test(folded));
    if (rule && (!found || RANK[rule.need] < RANK[found.need])) found = { need: rule.need, evidence: sentence };
  }
  if (stated && stated !== 'unknown' && (!found || RANK[stated] < RANK[found.need])) {
    signals.push({ reason: `${name} ${describe(stated)} (stated by the source)` });
    return stated;
  }
  if (!found) return 'unknown';
  signals.push({ reason: `${name} ${describe(found.need)}`, evidence: found.evidence.length > 300 ? `${found.evidence.slice(0, 297)}…` : found.evidence });
  return found.need;
}

function describe(need: LanguageNeed): string {
  return need === 'required' ? 'is required' : need === 'advantage' ? 'is an advantage' : need === 'not-needed' ? 'is not needed' : 'is not mentioned';
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+|\s+[•·▪–-]\s+/)
    .map((s) => s.replace(/^[\s•·▪*-]+/, '').trim())
    .filter((s) => s.length > 2);
}
