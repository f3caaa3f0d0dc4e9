import { foldKeepingLength } from './fold';
import { ADVANTAGE, REQUIRED } from './lexicon';
import { findMentions, mayNameLanguage } from './mentions';

/** What a heading says about the lines under it: requirements, nice-to-haves, what is offered, or nothing. */
export type Section = 'requirements' | 'advantages' | 'benefits' | 'none';

/** One sentence of an ad, with the section it sits in. */
export interface Sentence {
  text: string;
  section: Section;
}

const segmenter = new Intl.Segmenter('cs', { granularity: 'sentence' });

const ADVANTAGE_HEADING =
  /(vyhod|bonus|plus|nice[\s-]+to[\s-]+have|oceni|uvit|potesi|would\s+be\s+(great|nice|a\s+plus)|great\s+if|preferred|advantage|extra\s+points?|vitan)/u;
const BENEFITS_HEADING =
  /(nabizime|co\s+(ti|vam)\s+nabiz|benefit|we\s+offer|what\s+we\s+offer|what\s+you\s+(get|will\s+get)|co\s+ziskas|co\s+ziskate|co\s+u\s+nas\s+ziskas|perks|ponukame|odmenou|why\s+join|why\s+us|proc\s+(k\s+nam|u\s+nas))/u;
const REQUIREMENTS_HEADING =
  /(pozad|ocekav|potreb|requir|expect|looking\s+for|hledame|must|co\s+(bys\s+)?mel|co\s+od\s+tebe|koho\s+hledame|who\s+you\s+are|about\s+you|your\s+profile|profil|qualifications?|skills|predpoklad|neobejdes|jazyk|language|znalost)/u;
const OTHER_HEADING =
  /(napln|responsib|what\s+you('|’)?ll\s+do|what\s+you\s+will\s+do|o\s+nas|about\s+us|o\s+firme|o\s+pozici|about\s+the\s+(role|job|position)|job\s+description|popis|kontakt|contact|jak\s+se\s+prihlasit|how\s+to\s+apply)/u;

/** The section a heading opens, or undefined when the line is not a heading. */
export function headingSection(line: string): Section | undefined {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/).length;
  const colonOrQuestion = /[:?]\s*$/.test(trimmed);
  // A heading is short and ends in ":" or "?", or is a short known section title without a full stop.
  if (!(colonOrQuestion && words <= 12) && !(words <= 5 && !/[.!,;]$/.test(trimmed))) return undefined;
  const folded = foldKeepingLength(trimmed);
  if (BENEFITS_HEADING.test(folded)) return 'benefits';
  if (ADVANTAGE_HEADING.test(folded)) return 'advantages';
  if (REQUIREMENTS_HEADING.test(folded)) return 'requirements';
  if (OTHER_HEADING.test(folded)) return 'none';
  return colonOrQuestion ? 'none' : undefined;
}

/**
 * The sentences of a text (Intl.Segmenter, which keeps "English – fluent" and "ŘP sk. B" whole),
 * each line on its own, each tagged with the section its nearest heading above opened. A heading
 * line carries a cue ("Výhodou bude:") for the lines under it; a short line that is itself a
 * requirement ("Czech required") is a sentence, not a heading.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let section: Section = 'none';
  for (const rawLine of text.split(/\n/)) {
    const line = rawLine.replace(/^[\s•·▪*◦‣○●■□➢➤►✓✔-]+/u, '').trim();
    if (line.length === 0) continue;
    const heading = headingSection(line);
    if (heading !== undefined && !statesOnItsOwn(line)) {
      section = heading;
      // "Czech language:" above its level names the language itself.
      if (namesLanguage(line))
        sentences.push({ text: line.replace(/:\s*$/, ''), section: heading === 'benefits' ? heading : 'requirements' });
      // "Výhodou: znalost angličtiny" carries its item on the same line.
      const rest = line.replace(/^[^:]*:\s*/, '');
      if (rest !== line && rest.length > 0) sentences.push({ text: rest, section });
      continue;
    }
    // Only sentences that name a language are read; segmenting the others would be wasted.
    if (!mayNameLanguage(line, foldKeepingLength(line))) continue;
    for (const sentence of segmentLine(line)) {
      if (sentence.length > 1) sentences.push({ text: sentence, section: inlineSection(sentence) ?? section });
    }
  }
  return sentences;
}

// Abbreviations that end in a full stop inside a sentence: "min. B2", "ŘP sk. B", "např. AJ".
const ABBREVIATION_END =
  /(?:^|[\s(])(?:min|max|cca|např|napr|tzv|resp|popř|popr|event|vč|tj|mj|sk|skup|č|ul|tel|str|ing|mgr|bc|e\.g|i\.e|approx|incl|vs|etc|apod|atd|p|[A-ZÁ-Ž])\.$/iu;

/** The sentences of one line, put back together where Intl.Segmenter broke after an abbreviation. */
function segmentLine(line: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line)) {
    const sentence = segment.trim();
    const last = out.at(-1);
    if (last !== undefined && ABBREVIATION_END.test(last) && last.length < MAX_SENTENCE)
      out[out.length - 1] = `${last} ${sentence}`;
    else out.push(sentence);
  }
  return out.flatMap(pieces);
}

// Bounds for hostile input (a line of megabytes, a sentence without a full stop): reading a sentence
// costs its length times its mentions, so no sentence is longer than any real ad's sentences.
const MAX_LINE = 20_000;
const MAX_SENTENCE = 1_000;

/** A run-on "sentence" cut at spaces into pieces of at most MAX_SENTENCE characters. */
function pieces(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE) return [sentence];
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE) {
    const space = rest.lastIndexOf(' ', MAX_SENTENCE);
    const cut = space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut);
  }
  if (rest.trim().length > 0) out.push(rest.trim());
  return out;
}

/**
 * A heading-shaped line that names a language is a statement: "Komunikativní znalost ČJ", "Czech
 * required"; with a colon, only when it also has a cue ("Angličtina výhodou:"), since "Jazyky:" opens a list.
 */
function statesOnItsOwn(line: string): boolean {
  const folded = foldKeepingLength(line);
  if (!namesLanguage(line)) return false;
  return !/[:?]\s*$/.test(line.trim()) || folded.search(ADVANTAGE) >= 0 || folded.search(REQUIRED) >= 0;
}

function namesLanguage(line: string): boolean {
  return findMentions(line, foldKeepingLength(line)).some((m) => m.tongue !== 'other');
}

/** "Požadujeme: …", "Nice to have: …" at the start of a sentence set its section. */
function inlineSection(sentence: string): Section | undefined {
  const colon = sentence.indexOf(':');
  if (colon <= 0 || colon > 60) return undefined;
  return headingSection(sentence.slice(0, colon + 1));
}
