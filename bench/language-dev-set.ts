import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessLanguages, type LanguageNeed } from '../shared/normalise/language-requirements';

/*
 * The language-dev set: real job ads labelled by hand by the rule of issue 15, kept outside the
 * project (../shared/language-dev/ads.jsonl beside the worktree, or LANGUAGE_DEV_SET). Only the bench
 * reads it, and only when it is there; nothing of it is copied into the project.
 */

const DEFAULT_PATH = join(__dirname, '..', '..', 'shared', 'language-dev', 'ads.jsonl');

export interface DevAd {
  id: string;
  source: string;
  adLanguage: string;
  title: string;
  description: string;
  structured: Record<string, unknown> | null;
  czech: LanguageNeed;
  english: LanguageNeed;
  englishFriendly: boolean;
}

/** The labelled real ads, or undefined when the set is not on this machine. */
export function loadDevAds(path = process.env.LANGUAGE_DEV_SET ?? DEFAULT_PATH): DevAd[] | undefined {
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DevAd);
}

type Stated = { english?: LanguageNeed; czech?: LanguageNeed };
type Row = Record<string, unknown>;

/**
 * What a source adapter would make of the structured language fields these ads carry (sources the
 * product does not scrape, so the bench stands in for their adapters): the jobs.cz "Required
 * languages" row lists required languages; the civil-service tables list a language per row, and
 * rows sharing one group (`zskuci`) are alternatives, so each is only an advantage.
 */
export function statedFromStructured(structured: Record<string, unknown> | null): Stated {
  if (!structured) return {};
  const stated: Stated = {};
  const row = String(structured['jd-info-item languages'] ?? '');
  if (/angli|english/i.test(row)) stated.english = 'required';
  if (/češt|czech/i.test(row)) stated.czech = 'required';
  const rows = [
    ...((structured.tableItCijzk as Row[] | undefined) ?? []),
    ...((structured.tableItStdjz as Row[] | undefined) ?? []),
  ];
  const groups = new Map<string, Set<string>>();
  for (const r of rows) {
    const name = String(r.zcijzkSt ?? r.zstdjzSt ?? '').toLowerCase();
    const lang = /angli/.test(name) ? 'english' : /česk|češt/.test(name) ? 'czech' : name;
    const group = String(r.zskuci ?? '');
    groups.set(group, (groups.get(group) ?? new Set()).add(lang));
  }
  for (const langs of groups.values()) {
    for (const lang of ['english', 'czech'] as const) {
      if (!langs.has(lang)) continue;
      const need: LanguageNeed = langs.size > 1 ? 'advantage' : 'required';
      if (stated[lang] !== 'required') stated[lang] = need;
    }
  }
  return stated;
}

export interface DevMiss {
  id: string;
  expected: { czech: string; english: string; englishFriendly: boolean };
  got: { czech: string; english: string; englishFriendly: boolean };
}

/** Precision and recall of English-friendly, recall of "Czech required", and every ad read wrong. */
export function evaluateDevSet(ads: readonly DevAd[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let czechRequired = 0;
  let czechFound = 0;
  let czechRequiredShownFriendly = 0;
  let czechRight = 0;
  let englishRight = 0;
  const misses: DevMiss[] = [];
  for (const ad of ads) {
    const got = assessLanguages({ title: ad.title, text: ad.description, stated: statedFromStructured(ad.structured) });
    const friendly = got.englishFriendly;
    if (friendly && ad.englishFriendly) tp++;
    if (friendly && !ad.englishFriendly) fp++;
    if (!friendly && ad.englishFriendly) fn++;
    if (ad.czech === 'required') {
      czechRequired++;
      if (got.languages.czech === 'required') czechFound++;
      if (friendly) czechRequiredShownFriendly++;
    }
    // "likely-required" is the honest reading of a Czech ad that says nothing: right for "unknown".
    const czechGot = got.languages.czech === 'likely-required' ? 'unknown' : got.languages.czech;
    if (czechGot === ad.czech) czechRight++;
    if (got.languages.english === ad.english) englishRight++;
    if (friendly !== ad.englishFriendly || czechGot !== ad.czech || got.languages.english !== ad.english) {
      misses.push({
        id: ad.id,
        expected: { czech: ad.czech, english: ad.english, englishFriendly: ad.englishFriendly },
        got: { czech: got.languages.czech, english: got.languages.english, englishFriendly: friendly },
      });
    }
  }
  return {
    ads: ads.length,
    englishFriendly: {
      precision: tp / Math.max(1, tp + fp),
      recall: tp / Math.max(1, tp + fn),
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
    },
    czechRequired: {
      ads: czechRequired,
      recall: czechFound / Math.max(1, czechRequired),
      shownEnglishFriendly: czechRequiredShownFriendly,
    },
    accuracy: { czech: czechRight / Math.max(1, ads.length), english: englishRight / Math.max(1, ads.length) },
    misses,
  };
}
