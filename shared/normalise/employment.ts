import type { employmentTypes, workplaceTypes } from '../listing/schema';
import { foldText } from '../text/fold-text';

export type EmploymentType = (typeof employmentTypes)[number];
export type Workplace = (typeof workplaceTypes)[number];

const EMPLOYMENT: [RegExp, EmploymentType][] = [
  [/\b(hpp|plny uvazek|full[- ]time|hlavni pracovni pomer)\b/, 'full-time'],
  [/\b(castecn\w* uvazek|zkracen\w* uvazek|part[- ]time)\b/, 'part-time'],
  [/\b(dpp|dpc|dohod\w* o provedeni prace|dohod\w* o pracovni cinnosti|brigad\w*)\b/, 'work-agreement'],
  [/\b(ico|zivnost\w*|osvc|freelance|contractor|b2b|contract basis)\b/, 'contract'],
  [/\b(staz\w*|internship|intern|trainee|praxe pro studenty)\b/, 'internship'],
  [/\b(na dobu urcitou|fixed[- ]term|temporary|sezonni|seasonal)\b/, 'temporary'],
];

/** Employment types named in a text or codes: HPP, part-time, DPP/DPČ, IČO, internship, fixed-term. */
export function parseEmployment(...texts: (string | undefined)[]): EmploymentType[] {
  const folded = foldText(texts.filter(Boolean).join(' ; '));
  return EMPLOYMENT.filter(([pattern]) => pattern.test(folded)).map(([, type]) => type);
}

/**
 * Where the work is done. A mention of hybrid demotes remote ("remote 2 days a week" is hybrid);
 * an ad that says neither stays unknown.
 */
export function parseWorkplace(...texts: (string | undefined)[]): Workplace | undefined {
  const folded = foldText(texts.filter(Boolean).join(' ; '));
  if (
    /\b(hybrid\w*|castecne z domova|castecn\w* home ?office|\d dn\w* (v tydnu )?(z domova|home ?office)|home ?office \d+x?|partial[- ]work[- ]from[- ]home|\d days? (a week )?(from home|remote))\b/.test(
      folded,
    )
  )
    return 'hybrid';
  if (
    /\b(full[- ]?remote|fully remote|100 ?% remote|remote[- ]first|prace z domova|plne z domova|work from anywhere|remote position|remote work|remote job|\bremote\b)/.test(
      folded,
    )
  )
    return 'remote';
  if (/\b(on[- ]?site|onsite|in the office|v kancelari|na pracovisti|na miste|in person)\b/.test(folded))
    return 'onsite';
  return undefined;
}
