import { JSONParser } from '@streamparser/json';
import { ParseError } from '../../errors';
import { normaliseJob } from '../../normalise/normalise-job';
import type { LanguageNeed } from '../../normalise/language-requirements';
import { parseJsonBody } from '../parse-json';
import type { RawJob } from '../raw-job';
import type { ListPage, PageRequest, SourceAdapter } from '../source-adapter';
import { KNOWN_MUNICIPALITIES, workplaceInRegion } from './workplace';

/*
 * Úřad práce ČR open data: the national vacancy register, one JSON document { "polozky": [ … ] } of
 * about 190 MB, refreshed daily, published for reuse. It is streamed and filtered to the
 * Moravian-Silesian Region while reading; never held whole. Contact persons
 * (prvniKontaktSeZamestnavatelem) are never read. Where the work is done (an address, a town only, a
 * district only) is read in workplace.ts; town names come from the obce.json code list fetched before
 * the file and a few known codes.
 */

const FILE = 'https://data.mpsv.cz/od/soubory/volna-mista/volna-mista.json';
const MUNICIPALITIES = 'https://data.mpsv.cz/od/soubory/ciselniky/obce.json';

/** Largest one posting may be, in bytes of JSON (real ones are a few KB; descriptions stay far below). */
export const MAX_POSTING_BYTES = 2 * 1024 * 1024;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const id = (v: unknown) => str(obj(v)?.id);
const text = (v: unknown) => str(obj(v)?.cs) ?? str(v);

// The register's language code list (Jazyk/anJ, ceJ, nemJ, rusJ, …; "jiny" names the language only in
// the note) and its levels (UrovenZnalostiJazyka/akt|pas|neurceno). The note can make an entry a
// nice-to-have ("výhoda", "výhodou"): the field alone does not mean "required".
const LANGUAGE_CODES: Record<string, 'english' | 'czech'> = { anj: 'english', cej: 'czech' };
const LEVELS: Record<string, string> = { akt: 'active', pas: 'passive' };
const NOTE_ADVANTAGE = /v[ýy]hod|v[ií]t[aá]n|plus|ocen[ií]/i;

/** Czech and English as the posting's pozadovanaJazykovaZnalost states them, with the entries quoted. */
function languageNeeds(posting: Obj): RawJob['stated'] {
  const stated: NonNullable<RawJob['stated']> = {};
  const quoted: string[] = [];
  for (const entry of arr(posting.pozadovanaJazykovaZnalost).map(obj)) {
    const field = id(entry?.jazyk) ?? '';
    const code = field.replace(/^Jazyk\//, '').toLowerCase();
    const note = str(entry?.popis);
    const tongue =
      LANGUAGE_CODES[code] ??
      (code === 'jiny' && note
        ? /angli/i.test(note)
          ? 'english'
          : /[čc]e[sš]t|[čc]esk/i.test(note)
            ? 'czech'
            : undefined
        : undefined);
    if (!tongue) continue;
    const need: LanguageNeed = note && NOTE_ADVANTAGE.test(note) ? 'advantage' : 'required';
    if (stated[tongue] !== 'required') stated[tongue] = need;
    const level = LEVELS[(id(entry?.urovenZnalosti) ?? '').replace(/^UrovenZnalostiJazyka\//, '')];
    quoted.push(
      [`${tongue === 'english' ? 'English' : 'Czech'} (${field})`, level, note && `"${note}"`]
        .filter(Boolean)
        .join(', '),
    );
  }
  return quoted.length > 0 ? { ...stated, evidence: `Required languages: ${quoted.join('; ')}` } : undefined;
}

/**
 * RÚIAN municipality codes to names, from the obce.json code list [inferred shape: a "polozky" list of
 * { id: "Obec/554821", nazev: { cs: "Ostrava" } }, like the vacancy file]; an unreadable list adds none.
 */
export function municipalityNames(codeList: string | undefined): Record<string, string> {
  if (!codeList) return {};
  try {
    const items = obj(JSON.parse(codeList))?.polozky;
    return Object.fromEntries(
      arr(items).flatMap((item) => {
        const code = str(obj(item)?.id) ?? id(obj(item)?.kod);
        const name = text(obj(item)?.nazev);
        return code && name ? [[code.startsWith('Obec/') ? code : `Obec/${code}`, name]] : [];
      }),
    );
  } catch {
    return {};
  }
}

/** One posting as a raw job, or undefined when it has no usable id or no workplace in the region. */
export function toRawJob(
  posting: Obj,
  names: Readonly<Record<string, string>> = KNOWN_MUNICIPALITIES,
): RawJob | undefined {
  const portalId =
    str(posting.portalId) ?? (num(posting.portalId) !== undefined ? String(posting.portalId) : undefined);
  if (!portalId || !/^[A-Za-z0-9._~-]{1,150}$/.test(portalId)) return undefined;
  const workplace = workplaceInRegion(posting, names);
  if (!workplace) return undefined;
  const hourly = /hod/i.test(id(posting.typMzdy) ?? '');
  const employer = obj(posting.zamestnavatel);
  const min = num(posting.mesicniMzdaOd);
  const max = num(posting.mesicniMzdaDo);
  const isco = (id(posting.profeseCzIsco) ?? '').replace(/\D/g, '');
  return {
    source: 'mpsv',
    sourceId: portalId,
    url: `https://up.gov.cz/volna-mista-v-cr#/volna-mista-detail/${portalId}`,
    title: titleCase(text(posting.pozadovanaProfese)),
    description: withoutBookkeeping(text(posting.upresnujiciInformace)),
    company: str(employer?.nazev),
    companyId:
      str(employer?.ico) ?? (num(employer?.ico) !== undefined ? String(employer?.ico).padStart(8, '0') : undefined),
    salary:
      min !== undefined || max !== undefined
        ? { min, max, currency: 'CZK', period: hourly ? 'hour' : 'month' }
        : undefined,
    hoursPerWeek: num(posting.pocetHodinTydne),
    employmentText: employmentOf(posting),
    city: workplace.city,
    parts: workplace.parts,
    address: workplace.address,
    postedAt: str(posting.datumVlozeni),
    validThrough: str(posting.expirace),
    stated: languageNeeds(posting),
    workPermit: {
      nonEuWelcome: typeof posting.cizinecMimoEu === 'boolean' ? posting.cizinecMimoEu : undefined,
      employeeCard: typeof posting.zamestnaneckaKarta === 'boolean' ? posting.zamestnaneckaKarta : undefined,
      blueCard: typeof posting.modraKarta === 'boolean' ? posting.modraKarta : undefined,
    },
    iscoCode: isco.length > 0 && isco.length <= 6 ? isco : undefined,
  };
}

/** Contract types as the register codes them (`PracovnepravniVztah/…`), in the words parseEmployment reads. */
const CONTRACTS: Record<string, string> = {
  'PracovnepravniVztah/plny': 'HPP plný úvazek',
  'PracovnepravniVztah/zkraceny': 'zkrácený úvazek part-time',
  'PracovnepravniVztah/dpp': 'DPP',
  'PracovnepravniVztah/dpc': 'DPČ',
};

function employmentOf(posting: Obj): string | undefined {
  const contracts = arr(posting.pracovnePravniVztahy).map((c) => id(c) ?? '');
  const words = contracts.map((c) => CONTRACTS[c]).filter(Boolean);
  const ended = str(posting.terminUkonceniPracovnihoPomeru) ? 'na dobu určitou' : undefined;
  return [...words, ended].filter(Boolean).join(' ; ') || undefined;
}

/*
 * Labour-office bookkeeping that opens many descriptions ("A11 z:3/7/2023", "z: 26.6.2023",
 * "A02 z:27/9/2017 (ZAMK) a:3/9/2018", "83221 Řidiči os. … ZamK"): not part of the ad.
 */
const DATE = String.raw`\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{2,5}`;
const BOOKKEEPING = new RegExp(
  String.raw`^\s*(?:[A-Z]\d{2}\s+)?z:\s*${DATE}(?:\s*\([^)\n]{0,40}\))?(?:\s*a:\s*${DATE})?\s*|^\s*\d{5}\s+[^\n]{0,150}\n(?:\s*zamk\s*\n)?`,
  'i',
);

function withoutBookkeeping(description: string | undefined): string | undefined {
  return description?.replace(BOOKKEEPING, '').trim() || undefined;
}

// Abbreviations kept in capitals when a title written in CAPITALS is put in sentence case.
const ABBREVIATIONS = /^(hpp|dpp|dpč|ič|ičo|řp|it|pc|cnc|vzv|mhd|sš|vš|eu|čr|ostrava)$/i;

/** "ŘIDIČ/ŘIDIČKA  (HPP, DPP)" → "Řidič/řidička (HPP, DPP)"; titles in mixed case stay as written. */
function titleCase(title: string | undefined): string | undefined {
  if (!title || /\p{Ll}/u.test(title)) return title;
  const lower = title.toLocaleLowerCase('cs').replace(/\s+/g, ' ');
  const words = lower.replace(/[\p{L}]+/gu, (word, at: number) =>
    ABBREVIATIONS.test(word)
      ? word.toLocaleUpperCase('cs')
      : /sk\. $/.test(lower.slice(0, at))
        ? word.toLocaleUpperCase('cs')
        : word,
  );
  return words.charAt(0).toLocaleUpperCase('cs') + words.slice(1);
}

export const mpsvAdapter: SourceAdapter<RawJob> = {
  name: 'mpsv',
  kind: 'job',

  startRequests: () => [{ url: FILE, headers: { accept: 'application/json' } }],

  /** A whole saved file (small ones: `npm run parse`); the runner streams instead. */
  parseList(body: string, request: PageRequest): ListPage<RawJob> {
    const parsed = parseJsonBody(body, request.url);
    // A saved extract may be the bare list of postings; the published file wraps it in "polozky".
    const items = Array.isArray(parsed) ? parsed : obj(parsed)?.polozky;
    if (!Array.isArray(items)) throw new ParseError('the file has no "polozky" array', request.url);
    const records = items.flatMap((item) => {
      const posting = obj(item);
      const raw = posting ? toRawJob(posting) : undefined;
      return raw ? [raw] : [];
    });
    return { records };
  },

  referenceRequests: () => [{ url: MUNICIPALITIES, headers: { accept: 'application/json' } }],

  async *streamRecords(
    body: AsyncIterable<Buffer | string>,
    references: readonly string[] = [],
  ): AsyncIterable<RawJob> {
    const names = { ...KNOWN_MUNICIPALITIES, ...municipalityNames(references[0]) };
    // Only the postings are emitted (and dropped once read); asking for "$.polozky" itself would make
    // the parser keep the whole array.
    const parser = new JSONParser({ paths: ['$.polozky.*'], keepStack: false });
    let sawList = false;
    let sincePosting = 0;
    let head = '';
    let failure: Error | undefined;
    let ready: RawJob[] = [];
    parser.onValue = ({ value }) => {
      sawList = true;
      sincePosting = 0;
      const posting = obj(value);
      const raw = posting ? toRawJob(posting, names) : undefined;
      if (raw) ready.push(raw);
    };
    parser.onError = (error) => {
      failure = error;
    };
    for await (const chunk of body) {
      if (failure) break;
      if (head.length < 4096) head += chunk.toString().slice(0, 4096);
      // The parser holds the posting it is reading (and any one string in it) until it ends: bound it,
      // or one endless value would grow the heap until the function dies unrecorded.
      sincePosting += chunk.length;
      if (sincePosting > MAX_POSTING_BYTES)
        throw new ParseError(`a posting is larger than ${MAX_POSTING_BYTES} bytes: the file is not read further`, FILE);
      try {
        parser.write(chunk);
      } catch (error) {
        failure = error as Error;
      }
      if (ready.length > 0) {
        yield* ready;
        ready = [];
      }
    }
    if (!failure && !parser.isEnded) {
      try {
        parser.end();
      } catch (error) {
        failure = error as Error;
      }
    }
    if (failure)
      throw new ParseError(`the vacancy file is not valid JSON: ${failure.message}`, FILE, { cause: failure });
    yield* ready;
    // A file without its list must fail loudly, never read as "no vacancies today".
    if (!sawList && !/^\s*\{\s*"polozky"\s*:\s*\[\s*\]/.test(head))
      throw new ParseError('the vacancy file has no "polozky" array', FILE);
  },

  normalise: normaliseJob,
};
