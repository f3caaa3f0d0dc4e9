import type { Statement } from './statements';

// Czech and Slovak level words (folded) and their English terms; English ones stand for themselves.
const LEVELS: [RegExp, string][] = [
  [/mirne pokrocil|pre-?intermediate/u, 'pre-intermediate'],
  [/stredne pokrocil|(?<!upper[\s-])intermediate/u, 'intermediate'],
  [/upper[\s-]intermediate/u, 'upper-intermediate'],
  [/(?<!mirne |stredne )pokrocil|advanced/u, 'advanced'],
  [/plyn\w*|fluen\w*/u, 'fluent'],
  [/rodil\w*|rodn\w*|materin\w*|native|mother tongue/u, 'native'],
  [/aktivn\w*|active/u, 'active'],
  [/pasivn\w*|passive/u, 'passive'],
  [/zaklad\w*|basic/u, 'basic'],
  [/komunikativn\w*|komunikacn\w*|communicative|conversational/u, 'communicative'],
  [/vyborn\w*|excellent/u, 'excellent'],
  [/perfektn\w*|perfect/u, 'perfect'],
  [/(?<![\p{L}])dobr\w*|(?<![\p{L}])good/u, 'good'],
  [/technick\w*|technical/u, 'technical'],
  [
    /slovem i pismem|psan\w* i mluven\w*|mluven\w* i psan\w*|spoken and written|written and spoken|written and verbal/u,
    'spoken and written',
  ],
  [/cteni|porozum\w*|reading|understand\w*/u, 'reading or understanding'],
  [/business/u, 'business'],
  [/professional|odborn\w*/u, 'professional'],
];

const NAME: Record<string, string> = {
  czech: 'Czech',
  english: 'English',
  slovak: 'Slovak',
  other: 'Another language',
};
const NEED: Record<Statement['need'], string> = {
  required: 'required',
  advantage: 'an advantage',
  'not-needed': 'not needed',
};

/** The level words of a clause in English, with CEFR levels as written ("fluent, B2"). */
export function levelsOf(clause: string): string[] {
  const levels = LEVELS.filter(([re]) => re.test(clause)).map(([, term]) => term);
  const cefr = [...clause.matchAll(/(?<![\p{L}\p{N}])([abc][12])(?![\p{L}\p{N}])/gu)].map((m) => m[1]!.toUpperCase());
  return [...new Set([...levels, ...cefr])];
}

/**
 * What a quoted sentence says, in English, from the statements read in it: e.g.
 * "Czech required (good, spoken and written); English an advantage".
 */
export function glossSentence(statements: readonly Statement[]): string {
  const parts = statements.map((s) => {
    const levels = s.need === 'not-needed' ? [] : levelsOf(s.clause);
    const notes = [
      ...levels,
      ...(s.alternative ? ['one of the languages named'] : []),
      ...(s.workingLanguage ? ['working language'] : []),
    ];
    return `${NAME[s.tongue]} ${NEED[s.need]}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  });
  return [...new Set(parts)].join('; ');
}
