import type { LanguageNeed } from '../language-requirements';
import { clauseIds, findCues, isLoneCue, type Cue } from './clauses';
import { foldKeepingLength } from './fold';
import {
  BARE_NO_AFTER,
  BARE_YES_AFTER,
  IN_LANGUAGE,
  NEGATED_SPEAKING,
  NON_SPEAKERS,
  NOT_A_STATEMENT,
  ONE_OF,
  SKILL,
  SUITABLE,
  WITHOUT_BEFORE,
  WORKING_LANGUAGE,
  type Tongue,
} from './lexicon';
import { findMentions, type Mention } from './mentions';
import type { Sentence } from './segment';

/** What one sentence says about one language. */
export interface Statement {
  tongue: Tongue;
  need: Exclude<LanguageNeed, 'unknown'>;
  /** The sentence says this is the working / company language. */
  workingLanguage: boolean;
  /** One of several alternatives ("English or German"). */
  alternative: boolean;
  /** The folded words of its clause, for the English gloss. */
  clause: string;
}

type Link = 'or' | 'and' | 'list' | 'none';
const LEVEL_BEFORE =
  /(fluent|native|excellent|perfect|good|strong|advanced|basic|plynul\w*|vyborn\w*|perfektn\w*|dobr\w*|aktivn\w*|pokrocil\w*|zakladn\w*|rodil\w*)\s+$/u;
const CONNECTOR = /^(a|i|aj|nebo|ci|alebo|anebo|or|and|eventualne|jazyk\w*|languages?)$/u;

/** How two neighbouring mentions are joined, from the text between them. */
function linkBetween(gap: string): Link {
  const g = gap.trim();
  if (/^(,?\s*(nebo|or|ci|alebo|anebo|eventualne)|\/)$/u.test(g)) return 'or';
  if (/^(a|i|and|&|\+|aj|as well as|plus)$/u.test(g) || g === '') return 'and';
  if (g === ',') return 'list';
  return 'none';
}

/**
 * The alternatives among the mentions: runs joined by "or" or "/" (and the comma list before them,
 * "English, German or French", unless the run is Czech-or-Slovak, which is one requirement), or every
 * mention after "one of". Czech and Slovak count as one language here.
 */
function alternatives(mentions: Mention[], folded: string): boolean[] {
  const links = mentions.slice(1).map((m, i) => linkBetween(folded.slice(mentions[i]!.end, m.start)));
  const isAlt = mentions.map(() => false);
  const oneOf = mentions.length > 1 && folded.slice(0, mentions[0]!.start).search(ONE_OF) >= 0;
  let i = 0;
  while (i < links.length) {
    if (links[i] !== 'or' && !(oneOf && links[i] === 'list')) {
      i++;
      continue;
    }
    let from = i;
    let to = i + 1;
    while (to < links.length && (links[to] === 'or' || (oneOf && links[to] === 'list'))) to++;
    const run = () => new Set(mentions.slice(from, to + 1).map((m) => (m.tongue === 'slovak' ? 'czech' : m.tongue)));
    if (run().size > 1) while (from > 0 && links[from - 1] === 'list') from--;
    if (run().size > 1) for (let k = from; k <= to; k++) isAlt[k] = true;
    i = to;
  }
  return isAlt;
}

/** Blanks the mentions out, so that "jazyk" in "český jazyk" is not read as a skill word or a cue. */
function blank(folded: string, mentions: readonly Mention[]): string {
  let out = folded;
  for (const m of mentions) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

/** What one sentence says about each language it names; nothing for mentions that are not statements. */
export function readStatements(sentence: Sentence): Statement[] {
  const folded = foldKeepingLength(sentence.text);
  const mentions = findMentions(sentence.text, folded);
  if (mentions.length === 0) return [];
  const plain = blank(folded, mentions);
  const ids = clauseIds(plain);
  const clauseOf = (pos: number) => ids[Math.min(pos, ids.length - 1)]!;
  const texts = new Map<number, string>();
  const clauseText = (id: number): string => {
    let text = texts.get(id);
    if (text === undefined) texts.set(id, (text = plain.replace(/[^]/g, (c, k: number) => (ids[k] === id ? c : ' '))));
    return text;
  };
  // Cues are found once in the sentence and kept with the clause each starts in.
  const cuesByClause = new Map<number, Cue[]>(clauseIdsOf(ids).map((id) => [id, []]));
  for (const cue of findCues(plain))
    if (ids[cue.start] === ids[Math.max(cue.start, cue.end - 1)]) cuesByClause.get(ids[cue.start]!)!.push(cue);
  const clauseIdsInOrder = clauseIdsOf(ids);
  const isAlt = alternatives(mentions, folded);
  const withMentions = new Set(mentions.map((m) => clauseOf(m.start)));
  const suitableForNonSpeakers = plain.search(NEGATED_SPEAKING) >= 0 && plain.search(SUITABLE) >= 0;

  const links = mentions.slice(1).map((m, i) => linkBetween(folded.slice(mentions[i]!.end, m.start)));
  // "Czech (mandatory) and English (nice to have)": a parenthesis right after a language is about it.
  const ownParenthesis = (mention: Mention): Statement['need'] | undefined => {
    const open = /^\s*\(/.exec(plain.slice(mention.end));
    const id = open ? clauseOf(mention.end + open[0].length - 1) : undefined;
    return id !== undefined && id !== clauseOf(mention.start) && !withMentions.has(id)
      ? cuesByClause.get(id)?.[0]?.need
      : undefined;
  };
  // "Fluent English and German is a plus": a cue after "is" speaks about the language just before it,
  // not about an earlier one that has a level of its own.
  const belongsToNext = (cue: Cue, mention: Mention): boolean => {
    const index = mentions.indexOf(mention);
    const next = mentions[index + 1];
    if (!next || cue.start < next.end || links[index] !== 'and') return false;
    return (
      /^\s*(is|je|would\s+be|will\s+be|bude|by\s+byla?)\b/u.test(plain.slice(next.end, cue.start)) &&
      LEVEL_BEFORE.test(folded.slice(Math.max(0, mention.start - 20), mention.start))
    );
  };
  // "Čeština není podmínkou – komunikace probíhá v angličtině": a cue does not reach across a spaced
  // dash to a language when another language stands on the cue's side of it.
  const acrossDash = (cue: Cue, mention: Mention): boolean => {
    const [from, to] = cue.start < mention.start ? [cue.end, mention.start] : [mention.end, cue.start];
    const dash = /\s[–—-]\s/u.exec(plain.slice(from, to));
    if (!dash) return false;
    const at = from + dash.index;
    const cueSide = (pos: number) => cue.start < at === pos < at;
    return mentions.some((m) => m !== mention && cueSide(m.start));
  };
  const readings = mentions.map((mention) => {
    const id = clauseOf(mention.start);
    const text = clauseText(id);
    const before = folded.slice(0, mention.start);
    const cues = cuesByClause.get(id)!;
    const notNeeded =
      WITHOUT_BEFORE.test(before.slice(-60)) ||
      NON_SPEAKERS.test(before.slice(-8)) ||
      BARE_NO_AFTER.test(folded.slice(mention.end, mention.end + 12)) ||
      suitableForNonSpeakers;
    let need: Statement['need'] | undefined = notNeeded
      ? 'not-needed'
      : (ownParenthesis(mention) ??
        nearest(
          cues.filter((c) => !belongsToNext(c, mention) && !acrossDash(c, mention)),
          mention,
        )?.need);
    if (need === undefined && BARE_YES_AFTER.test(folded.slice(mention.end, mention.end + 8))) need = 'required';
    if (need === undefined)
      need = inheritedCue(clauseIdsInOrder, id, cuesByClause, (cid) => (withMentions.has(cid) ? '' : clauseText(cid)));
    const working = text.search(WORKING_LANGUAGE) >= 0;
    // Under "We offer:" a language is a course, a perk or a holiday unless a cue says it is asked for.
    const listed = sentence.section === 'requirements' || sentence.section === 'advantages' || isBare(text);
    const described = text.search(SKILL) >= 0 || IN_LANGUAGE.test(before.slice(-8));
    const isStatement = need !== undefined || working || (sentence.section !== 'benefits' && (listed || described));
    return {
      mention,
      text,
      need,
      working,
      isStatement,
      skipped: need !== 'not-needed' && text.search(NOT_A_STATEMENT) >= 0,
    };
  });
  // "in Czech or English", "Czech and English, fluent": a language joined to a statement is part of it.
  for (let pass = 0; pass < 2; pass++) {
    links.forEach((link, i) => {
      if (link === 'none') return;
      const [a, b] = [readings[i]!, readings[i + 1]!];
      if (a.isStatement !== b.isStatement) a.isStatement = b.isStatement = true;
    });
  }
  return readings.flatMap((r, index): Statement[] => {
    if (!r.isStatement || r.skipped) return [];
    let need = r.need ?? (sentence.section === 'advantages' ? 'advantage' : 'required');
    if (isAlt[index] && need === 'required') need = 'advantage';
    return [{ tongue: r.mention.tongue, need, workingLanguage: r.working, alternative: isAlt[index]!, clause: r.text }];
  });
}

function clauseIdsOf(ids: number[]): number[] {
  return [...new Set(ids)];
}

function nearest(cues: readonly Cue[], mention: Mention): Cue | undefined {
  const distance = (c: Cue) => (c.end <= mention.start ? mention.start - c.end : Math.max(0, c.start - mention.end));
  return [...cues].sort((a, b) => distance(a) - distance(b))[0];
}

/** A cue standing alone in the clause beside this one ("Bonusem bude, pokud se domluvíš anglicky"). */
function inheritedCue(
  order: number[],
  id: number,
  cues: Map<number, Cue[]>,
  clauseText: (id: number) => string,
): Cue['need'] | undefined {
  const at = order.indexOf(id);
  const lone = (cid: number | undefined): cid is number =>
    cid !== undefined && isLoneCue(clauseText(cid), cues.get(cid)!);
  // A lone cue at the start of a sentence speaks about what follows; anywhere else, about what precedes.
  const first = order[0];
  if (at === 1 && lone(first)) return cues.get(first)![0]!.need;
  const following = order[at + 1];
  if (lone(following)) return cues.get(following)![0]!.need;
  return undefined;
}

/** A clause that is only the language's name, maybe with a level: an item of a requirements list. */
function isBare(text: string): boolean {
  return text
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1)
    .every((w) => CONNECTOR.test(w));
}
