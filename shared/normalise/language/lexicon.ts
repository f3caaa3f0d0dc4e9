/*
 * The words of the language-requirement rules, in Czech, Slovak and English, matched on folded text
 * (lower case, no diacritics; see fold.ts). Word lists rather than a stemmer: the vocabulary is closed
 * (a few language names and cue words), and the one Czech stemmer on npm (snowball-stemmers, a 2016
 * port bundling every language, ~850 KB) stems it inconsistently ("čestina" → "čes" but "češtiny" →
 * "češ", "slovenčina" → "slovek"), so prefixes written here are both smaller and more predictable.
 */

/** The languages whose requirement the product reports, plus Slovak (read with Czech) and the rest. */
export type Tongue = 'czech' | 'english' | 'slovak' | 'other';

const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const word = (body: string) => new RegExp(`${W}(?:${body})${E}`, 'gu');
// "českého a anglického jazyka": an adjective followed by "jazyk", or by another one that is.
const ADJ = String.raw`\w*(?:\s+jazy(?:k\w*|ce)|(?=\s*(?:,|a|i|nebo|ci|/)\s*\w+\s+jazy(?:k|ce)))`;

// Nouns after "Czech"/"Slovak"/"English" that make it an adjective of something else, not the language.
const NOT_LANGUAGE_NOUN = String.raw`(?:\s+(?:and|&|or|/)\s+(?:slovak|czech))?\s*(?:-?\s*based|republic|rep|market|markets|crowns?|koruna|laws?|compan\w*|citizens?|citizenship|office|offices|branch\w*|customers?|clients?|banks?|start-?ups?|entit\w*|employers?|team|teams|government|capital|national|tax|residen\w*|subsidiar\w*|site|sites|town|city|cities|territory|operations?|version|translation|border|region|speaking customers|brands?|products?|industry|economy|universit\w*|schools?|institutions?|partners?|investors?|holidays?|food|beer|tech|scene|ecosystem|people|nationals?|mark\w*|sales|payroll|accounting|legislation|legal|authorit\w*|insurance|driving|drivers?|licen[cs]es?|permits?|work\s+permit|passports?|id|standards?|norms?|regulations?|labou?r|holiday\w*|state|calendar|crowns?|czk|address)`;

/**
 * Mentions of each language. Abbreviations are listed separately: they count only in a language
 * context (see mentions.ts), because "CZ", "EN" and "SK" also mean countries, norms (ČSN EN ISO) and
 * driving-licence groups (ŘP sk. B), and Slovak "aj" means "also".
 */
export const MENTION: Record<Exclude<Tongue, 'other'>, RegExp> = {
  czech: word(String.raw`c[e]stin\w*|cesk${ADJ}|czech(?!${NOT_LANGUAGE_NOUN}${E})`),
  english: word(String.raw`anglictin\w*|anglick${ADJ}|english(?!${NOT_LANGUAGE_NOUN}${E})|angielsk\w*|po\s+anglicky`),
  slovak: word(String.raw`slovenstin\w*|slovencin\w*|slovensk${ADJ}|slovak(?!${NOT_LANGUAGE_NOUN}${E})`),
};

/** Adverbs "česky" / "anglicky" (speak it), told apart from the adjectives "český" by the unfolded "y". */
export const ADVERB: Record<'czech' | 'english' | 'slovak', RegExp> = {
  czech: /(?<![\p{L}])(?:po\s+)?[čc]esky(?![\p{L}])/giu,
  english: /(?<![\p{L}])(?:po\s+)?anglicky(?![\p{L}])/giu,
  slovak: /(?<![\p{L}])(?:po\s+)?slovensky(?![\p{L}])/giu,
};

/** Abbreviations, matched on the original text: upper case (or "Aj", "Čj") only. */
export const ABBREVIATION: Record<'czech' | 'english' | 'slovak' | 'other', RegExp> = {
  czech: /(?<![\p{L}\p{N}.])(?:ČJ|Čj|CJ|CZ|CS)(?![\p{L}\p{N}])/gu,
  english: /(?<![\p{L}\p{N}.])(?:AJ|Aj|EN|ENG)(?![\p{L}\p{N}])(?!\s*ISO|\s*\d|-\d)/gu,
  slovak: /(?<![\p{L}\p{N}.])(?:SK|Sk|SJ|Sj)(?![\p{L}\p{N}])/gu,
  other: /(?<![\p{L}\p{N}.])(?:NJ|Nj|RJ|Rj|FJ|Fj|ŠJ|Šj|PJ|DE|PL|RU|UA|FR)(?![\p{L}\p{N}])/gu,
};

/** Lower-case "aj/nj", "základ čj": an abbreviation only beside a slash or after a knowledge word (see mentions.ts). */
export const LOWER_CASE = /(?<![\p{L}])(aj|cj|nj|rj|fj|sj)(?![\p{L}])/gu;
export const LOWER_CASE_TONGUE: Record<string, 'czech' | 'english' | 'other'> = {
  aj: 'english',
  cj: 'czech',
  nj: 'other',
  rj: 'other',
  fj: 'other',
  sj: 'other',
};
export const LOWER_CASE_BEFORE = /(?:\/\s*|znalost\w*\s+|zaklad\w*\s+|(?<![\p{L}])v\s+)$/u;

/** Other languages (and "a foreign language"), folded: they matter for either-or and for cue scope. */
export const OTHER_LANGUAGE = word(
  String.raw`nemcin\w*|nemeck${ADJ}|nemecky|german|rustin\w*|rusk${ADJ}|rusky|russian|ukrajinstin\w*|ukrajinsk${ADJ}|ukrainian|polstin\w*|polsk${ADJ}|polish|francouzstin\w*|francouzsk${ADJ}|francuzstin\w*|french|spanelstin\w*|spanelsk${ADJ}|spanish|italstin\w*|italsk${ADJ}|taliancin\w*|italian|portugalstin\w*|portugalsk${ADJ}|portuguese|turectin\w*|tureck${ADJ}|turkish|vietnamstin\w*|vietnamsk${ADJ}|vietnamese|srbstin\w*|serbian|chorvatstin\w*|croatian|madarstin\w*|madarcin\w*|hungarian|rumunstin\w*|romanian|bulharstin\w*|cinstin\w*|chinese|japonstin\w*|japanese|arabstin\w*|arabic|persk${ADJ}|perstin\w*|uzbecstin\w*|nizozemstin\w*|holandstin\w*|dutch|svedstin\w*|swedish|dansk${ADJ}|danish|norstin\w*|norwegian|finstin\w*|finnish|recstin\w*|greek|hebrej\w*|hebrew|korejstin\w*|korean|hindstin\w*|hindi|cizi${ADJ}|cizim\s+jazyce|foreign\s+languages?|jiny\s+jazyk|other\s+languages?`,
);

/** Words that make a mention a statement about the candidate's skill (level, use, knowledge). */
export const SKILL = word(
  String.raw`znalost\w*|znat|znas|znate|ovlad\w*|umis|umite|umet|umi|mluv\w*|hovor\w*|domluv\w*|dohovor\w*|dorozum\w*|komunik\w*|plyn\w*|aktiv\w*|pasiv\w*|zaklad\w*|pokrocil\w*|uroven\w*|urovn\w*|rodil\w*|rodn\w*|materin\w*|slovem|pismem|pisem\w*|psan\w*|mluven\w*|cteni|cist|porozum\w*|rozum\w*|dobr\w*|vyborn\w*|perfektn\w*|technick\w*|odborn\w*|schopnost\w*|dovednost\w*|jazykov\w*|jazyky|jazyk|zdatn\w*|[abc][12]|fluen\w*|native|speak\w*|spoken|written|write|writing|read|reading|proficien\w*|command|knowledge|skills?|level|communicat\w*|basic|intermediate|advanced|upper|business|working|conversational|understand\w*|good|excellent|perfect|strong|solid|professional|staci|suffices|enough|talk\w*|able|ability|verbal|oral|mother\s+tongue|languages?|sprachkenntnisse|ovladani|komunikacn\w*|komunikativn\w*`,
);

/** "in Czech", "v angličtině": a duty carried out in the language (checked just before a mention). */
export const IN_LANGUAGE = /(?:^|[\s(])(?:v|ve|in|po|na|s|se|with)\s+$/u;

export const ADVANTAGE = word(
  String.raw`vyhod\w*|plus\w*|bonus\w*|vitan\w*|vitame|vitany|ocenime|ocenujeme|uvitame|potesi|prednost\w*|advantage\w*|nice[\s-]+to[\s-]+have|preferred|preferabl\w*|desirabl\w*|welcome\w*|appreciated|beneficial|an\s+asset|bonus|would\s+be\s+great|would\s+be\s+nice|mile\s+widzian\w*|extra\s+points?|helps|would\s+help|pomuze|pomohla|se\s+(?:ti\s+|vam\s+)?(?:bude\s+)?hodi\w*`,
);

export const REQUIRED = word(
  String.raw`must|a\s+must|must[\s-]+have|have\s+to|has\s+to|required|requires?|requirements?|mandatory|necessary|essential|needed|need|needs|condition|prerequisite|podmink\w*|podmienk\w*|nutn\w*|nezbytn\w*|povinn\w*|obligatory|nevyhnutn\w*|pozadujeme|pozadujem|pozadovan\w*|pozaduje\w*|vyzadujeme|vyzadovan\w*|vyzaduje\w*|potreb\w*|musi\w*|je\s+treba|neobejdes|neobejdete|bez\s+ceho\s+se\s+neobejdes|ocekavame|expect`,
);

/** Negations that, followed by a requirement word, say the language is not needed. */
export const NEGATION = word(String.raw`not|no|nie|neni|nebude|nemusi\w*|\w+n['’]t|without|nejsou|nebudou|nie\s+je`);
/** Single words that are a negated requirement ("nevyžadujeme", "nepotřebuješ"). */
export const NEGATED_REQUIREMENT = word(
  String.raw`nevyzad\w*|nepozad\w*|nepotreb\w*|nemusi\w*|netreba|optional|volitel\w*|nepovin\w*|nonessential`,
);
/** "bez (znalosti) češtiny", "without (any) Czech", "no Czech": the gap words allowed before the mention. */
export const WITHOUT_BEFORE =
  /(?:^|[^\p{L}])(?:bez|without|no)(?:\s+(?:znalost\w*|nutnost\w*|jazykov\w*|predchozi\w*|any|prior|knowledge|of|the|speaking|need\s+to\s+(?:speak|know)))*\s+$/u;
/** "čeština – ne", "Czech: no", "English is not": a bare no after the language (checked just after a mention). */
export const BARE_NO_AFTER = /^\s*(?:[-–—:]|je|is)?\s*(?:ne|no|nie|not|none)\s*(?:[.,;)]|$)/u;
/** "angličtina – ano", "English: yes": a bare yes after the language is a requirement. */
export const BARE_YES_AFTER = /^\s*(?:[-–—:])?\s*(?:ano|yes)(?![\p{L}])/u;
/** "non-Czech speakers", "nečeskomluvící". */
export const NON_SPEAKERS = /non[\s-]*$/u;
/** "Suitable also for those who don't speak Czech": a negated speaking verb that makes Czech not needed. */
export const NEGATED_SPEAKING = word(
  String.raw`nemluv\w*|nehovor\w*|nerozum\w*|don['’]t\s+speak|do\s+not\s+speak|does\s+not\s+speak|doesn['’]t\s+speak`,
);
export const SUITABLE = word(
  String.raw`vhodn\w*|suitable|welcome\w*|vitan\w*|vitame|i\s+pro|aj\s+pre|also\s+for|even\s+if|i\s+kdyz|ani\s+kdyz`,
);

/** Language lessons or courses: a benefit, not a requirement. CVs in a language: how to apply. */
export const NOT_A_STATEMENT = word(
  String.raw`lekc\w*|kurz\w*|kurs\w*|vyuk\w*|doucov\w*|lessons?|classes|courses?|tutor\w*|vzdelavani|skoleni|learn\w*|uc[ie]\w*\s+se|nauc\w*|cv|zivotopis\w*|resumes?|motivacni|cover\s+letter|verze|version|preklad\w*\s+inzeratu|inzerat\w*|below|nize`,
);

/** "jeden z", "at least one of", "either": the languages listed after it are alternatives. */
export const ONE_OF = word(
  String.raw`jeden\s+z|jedn\w*\s+z|alespon\s+jeden|aspon\s+jeden|aspon\s+jedn\w*|one\s+of|either|at\s+least\s+one`,
);

/** "the working / company / in-house language is English". */
export const WORKING_LANGUAGE = word(
  String.raw`(?:pracovn\w*|jednac\w*|firemn\w*|vnitrofiremn\w*|uredn\w*|tymov\w*|komunikacn\w*|korporatn\w*|working|company|corporate|official|team|in-house|internal|office)\s+(?:jazyk\w*|language)|(?:jazyk\w*|language)\s+(?:of\s+)?(?:komunikace|communication|the\s+team|the\s+company)|we\s+(?:work|speak|communicate)\s+in|mluvime|hovorime|komunikujeme`,
);
