import { ABBREVIATION, ADVERB, LOWER_CASE, MENTION, OTHER_LANGUAGE, type Tongue } from './lexicon';

/** A language named in a sentence: which, and where (UTF-16 offsets, the same in the folded text). */
export interface Mention {
  tongue: Tongue;
  start: number;
  end: number;
}

// What makes "CZ", "EN" or "SK" a language and not a country, a norm or a licence group.
const LANGUAGE_CONTEXT = /(language|jazyk|native|speaker|fluent|level|uroven|urovn|[abc][12]|slovem|pismem|spoken|written|must|required|plus|advantage|vyhod|podmink|znalost|knowledge|preferred|proficien|communicat|komunik)/u;

function collect(re: RegExp, text: string, tongue: Tongue, into: Mention[]): void {
  re.lastIndex = 0;
  for (const match of text.matchAll(re)) into.push({ tongue, start: match.index, end: match.index + match[0].length });
}

/**
 * Every language named in a sentence, in order, overlaps resolved to the longer mention.
 * `sentence` is the original, `folded` its foldKeepingLength.
 */
export function findMentions(sentence: string, folded: string): Mention[] {
  const found: Mention[] = [];
  for (const tongue of ['czech', 'english', 'slovak'] as const) {
    collect(MENTION[tongue], folded, tongue, found);
    collect(ADVERB[tongue], sentence, tongue, found);
  }
  collect(OTHER_LANGUAGE, folded, 'other', found);
  for (const tongue of ['czech', 'english', 'other'] as const) collect(LOWER_CASE[tongue], folded, tongue, found);
  const words = pickLongest(found);
  const abbreviations: Mention[] = [];
  for (const tongue of ['czech', 'english', 'slovak', 'other'] as const) collect(ABBREVIATION[tongue], sentence, tongue, abbreviations);
  const context = LANGUAGE_CONTEXT.test(folded) || words.length > 0;
  const kept = abbreviations.filter((a) => {
    const isShort = /^(CZ|CS|EN|ENG|SK|Sk|SJ|Sj|DE|PL|RU|UA|FR)$/u.test(sentence.slice(a.start, a.end));
    if (!isShort) return true;
    // A two-letter country-like code counts beside another language ("CZ/SK", "CZ and EN") or with a language word.
    return context || abbreviations.some((b) => b !== a && (Math.abs(b.start - a.end) <= 6 || Math.abs(a.start - b.end) <= 6));
  });
  const all = pickLongest([...words, ...kept]);
  // "SK" alone is a driving-licence group or a country; it is Slovak only beside Czech.
  return all.filter((m, i) => m.tongue !== 'slovak' || !isAbbreviation(sentence, m) || [all[i - 1], all[i + 1]].some((n) => n?.tongue === 'czech'));
}

function isAbbreviation(sentence: string, mention: Mention): boolean {
  return mention.end - mention.start <= 3 && /^[A-ZŠČ]/u.test(sentence.slice(mention.start, mention.end));
}

function pickLongest(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
