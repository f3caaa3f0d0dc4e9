import { ADVANTAGE, NEGATED_REQUIREMENT, NEGATION, REQUIRED } from './lexicon';

/** A cue word found in a clause: what it says, and where. */
export interface Cue {
  need: 'required' | 'advantage' | 'not-needed';
  start: number;
  end: number;
}

// Clause boundaries at the top level of a sentence (outside parentheses).
const SEPARATOR =
  /[,;]|\s(?:but|ale|avsak|vsak|however|zatimco|whereas|protoze|because|since|nebot|pricemz|while|lebo|pretoze)(?![\p{L}])/gu;
// Words that carry no content of their own beside a cue: "Bonusem bude, …", "…, is definitely a plus".
const FILLER =
  /^(je|jsou|bude|budou|by|byl\w*|bylo|is|are|be|would|will|it|that|this|a|an|the|definitely|certainly|also|too|velk\w*|big|huge|great|real|urcite|take|taky|pro|nas|for|us|very|velmi|znacn\w*|silnou|mozna|may|could|can|tebe|vas|te|ti|your|you|k|ke|to|u|nas|pokud|if|when|kdyz|jak|how|as|well|nice|extra|strong)$/u;

/**
 * Clause numbers for each character of a sentence: commas, semicolons and "but"/"ale"/"because"
 * start a new clause; a parenthesis with a cue word of its own ("(French would be a bonus)") is a
 * clause of its own, and one without (levels, a list of languages) belongs to the clause around it.
 */
export function clauseIds(folded: string): number[] {
  const ids = new Array<number>(folded.length).fill(0);
  const separators = new Set([...folded.matchAll(SEPARATOR)].map((m) => m.index));
  let current = 0;
  let next = 1;
  let i = 0;
  while (i < folded.length) {
    if (folded[i] === '(') {
      const close = folded.indexOf(')', i);
      const end = close === -1 ? folded.length : close + 1;
      const own = findCues(folded.slice(i, end)).length > 0 ? next++ : current;
      ids.fill(own, i, end);
      i = end;
      continue;
    }
    if (separators.has(i)) current = next++;
    ids[i] = current;
    i++;
  }
  return ids;
}

/**
 * The cues in a piece of folded text, with negated requirements ("not required", "není podmínkou",
 * "nevyžadujeme") as one "not-needed" cue in place of the requirement word.
 */
export function findCues(folded: string): Cue[] {
  const cues: Cue[] = [];
  const negations = [...folded.matchAll(NEGATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const m of folded.matchAll(REQUIRED)) {
    const start = m.index;
    // A negation at most three words before the requirement word negates it: "is not a must".
    const negation = negations.find(
      (n) =>
        n.end <= start &&
        folded.slice(n.end, start).trim().split(/\s+/).filter(Boolean).length <= 3 &&
        !/[,;.]/.test(folded.slice(n.end, start)),
    );
    cues.push(
      negation
        ? { need: 'not-needed', start: negation.start, end: start + m[0].length }
        : { need: 'required', start, end: start + m[0].length },
    );
  }
  for (const m of folded.matchAll(NEGATED_REQUIREMENT))
    cues.push({ need: 'not-needed', start: m.index, end: m.index + m[0].length });
  for (const m of folded.matchAll(ADVANTAGE))
    cues.push({ need: 'advantage', start: m.index, end: m.index + m[0].length });
  return cues;
}

/** True when a clause (masked to its own characters) is only a cue and filler words: it speaks about the clause beside it. */
export function isLoneCue(clauseText: string, cues: readonly Cue[]): boolean {
  if (cues.length === 0 || clauseText.trim() === '') return false;
  let rest = clauseText;
  for (const cue of cues) rest = rest.slice(0, cue.start) + ' '.repeat(cue.end - cue.start) + rest.slice(cue.end);
  return rest
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => FILLER.test(w));
}
