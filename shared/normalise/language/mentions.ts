import {
  ABBREVIATION,
  ADVERB,
  LOWER_CASE,
  LOWER_CASE_BEFORE,
  LOWER_CASE_TONGUE,
  MENTION,
  OTHER_LANGUAGE,
  type Tongue,
} from './lexicon';

/** A language named in a sentence: which, and where (UTF-16 offsets, the same in the folded text). */
export interface Mention {
  tongue: Tongue;
  start: number;
  end: number;
}

// What makes "CZ", "EN" or "SK" a language and not a country, a norm or a licence group.
const LANGUAGE_CONTEXT =
  /(language|jazyk|native|speaker|fluent|level|uroven|urovn|[abc][12]|slovem|pismem|spoken|written|must|required|plus|advantage|vyhod|podmink|znalost|knowledge|preferred|proficien|communicat|komunik)/u;

// Every mention contains one of these (folded) or an upper-case abbreviation: a cheap test first.
const MAYBE_LANGUAGE =
  /angl|engl|angiel|cest|cesk|czech|slov|jazyk|jazyc|language|cj|aj|nj|rj|fj|sj|nem|germ|rus|ukra|pol|fran|franc|spa|ital|portug|ture|turk|viet|srb|serb|chorv|croat|mad|hung|rum|roman|bulh|cin|chin|japon|japan|arab|pers|uzbe|dutch|nizo|holand|sved|swed|dan|nor|fin|rec|greek|hebr|kor|hind|foreign/u;
const STEM = { czech: /cest|cesk|czech/u, english: /angl|engl|angiel/u, slovak: /slov/u };
const OTHER_STEM =
  /nem|germ|rus|ukra|pol|fren|franc|span|ital|portug|tur|viet|srb|serb|chorv|croat|mad|hung|rum|roman|bulh|cin|chin|japon|japan|arab|pers|uzbe|dutch|nizo|holand|sved|swed|dan|nor|fin|rec|greek|hebr|kore|hind|cizi|foreign|jiny|other/u;
const UPPER_ABBREVIATION = /(?:^|[^\p{L}])(?:[A-ZČŠ][A-Za-zčš]|ENG)(?![\p{L}])/u;

function collect(re: RegExp, text: string, tongue: Tongue, into: Mention[]): void {
  re.lastIndex = 0;
  for (const match of text.matchAll(re)) into.push({ tongue, start: match.index, end: match.index + match[0].length });
}

/**
 * Every language named in a sentence, in order, overlaps resolved to the longer mention.
 * `sentence` is the original, `folded` its foldKeepingLength.
 */
/** False when a text cannot name a language: a cheap test before the full search. */
export function mayNameLanguage(text: string, folded: string): boolean {
  return MAYBE_LANGUAGE.test(folded) || UPPER_ABBREVIATION.test(text);
}

export function findMentions(sentence: string, folded: string): Mention[] {
  if (!mayNameLanguage(sentence, folded)) return [];
  const found: Mention[] = [];
  for (const tongue of ['czech', 'english', 'slovak'] as const) {
    // Each full pattern only where its stem occurs: the patterns are slow, the stems are rare.
    if (!STEM[tongue].test(folded)) continue;
    collect(MENTION[tongue], folded, tongue, found);
    collect(ADVERB[tongue], sentence, tongue, found);
  }
  if (OTHER_STEM.test(folded)) collect(OTHER_LANGUAGE, folded, 'other', found);
  for (const m of folded.matchAll(LOWER_CASE)) {
    const end = m.index + m[0].length;
    if (
      LOWER_CASE_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index)) ||
      /^\s*\//.test(folded.slice(end, end + 3))
    ) {
      found.push({ tongue: LOWER_CASE_TONGUE[m[0]]!, start: m.index, end });
    }
  }
  const words = pickLongest(found);
  const abbreviations: Mention[] = [];
  for (const tongue of ['czech', 'english', 'slovak', 'other'] as const)
    collect(ABBREVIATION[tongue], sentence, tongue, abbreviations);
  const context = LANGUAGE_CONTEXT.test(folded) || words.length > 0;
  const kept = abbreviations.filter((a) => {
    const isShort = /^(CZ|CS|EN|ENG|SK|Sk|SJ|Sj|DE|PL|RU|UA|FR)$/u.test(sentence.slice(a.start, a.end));
    if (!isShort) return true;
    // A two-letter country-like code counts beside another language ("CZ/SK", "CZ and EN") or with a language word.
    return (
      context ||
      abbreviations.some((b) => b !== a && (Math.abs(b.start - a.end) <= 6 || Math.abs(a.start - b.end) <= 6))
    );
  });
  const all = pickLongest([...words, ...kept]);
  // "SK" alone is a driving-licence group or a country; it is Slovak only beside Czech.
  return all.filter(
    (m, i) =>
      m.tongue !== 'slovak' ||
      !isAbbreviation(sentence, m) ||
      [all[i - 1], all[i + 1]].some((n) => n?.tongue === 'czech'),
  );
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
