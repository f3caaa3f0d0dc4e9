import { expiryProblem, MARKUP, MAX_POSTING_DAYS, TEXT_LIMITS } from '../shared/partner/posting-rules';
import { api, refusalMessage, type Job, type PostingInput } from './api-client';
import { el } from './dom';
import { strings } from './strings';

/*
 * The partner form: the server's own rules (shared/partner/posting-rules.ts: lengths, no markup,
 * the expiry window) checked before sending, plus required fields and http(s) URLs; a hidden
 * honeypot, and the time the form was shown. The answer shows the private management link once.
 */

interface FieldSpec {
  name: string;
  label: string;
  type?: string;
  required?: boolean;
  min?: number;
  max?: number;
  options?: [string, string][];
}

const f = strings.partner;
const SPECS: FieldSpec[] = [
  { name: 'companyName', label: f.companyName, required: true, ...TEXT_LIMITS.companyName },
  { name: 'companyId', label: f.companyId, max: 8 },
  { name: 'contactEmail', label: f.contactEmail, type: 'email', required: true },
  { name: 'title', label: f.title, required: true, ...TEXT_LIMITS.title },
  { name: 'description', label: f.description, type: 'textarea', required: true, ...TEXT_LIMITS.description },
  { name: 'municipality', label: f.municipality, required: true, ...TEXT_LIMITS.municipality },
  { name: 'salaryMin', label: f.salaryMin, type: 'number' },
  { name: 'salaryMax', label: f.salaryMax, type: 'number' },
  {
    name: 'employment',
    label: f.employment,
    options: [
      ['full-time', 'Full-time (HPP)'],
      ['part-time', 'Part-time'],
      ['work-agreement', 'Work agreement (DPP/DPČ)'],
      ['contract', 'Contract (IČO)'],
      ['internship', 'Internship'],
    ],
  },
  {
    name: 'workplace',
    label: f.workplace,
    options: [
      ['onsite', 'On site'],
      ['hybrid', 'Hybrid'],
      ['remote', 'Remote'],
    ],
  },
  // No default: a firm that skips these would otherwise claim an English-friendly job it never stated.
  { name: 'czech', label: f.czech, required: true, options: [['', f.choose], ...f.needs] },
  { name: 'english', label: f.english, required: true, options: [['', f.choose], ...f.needs] },
  { name: 'applyUrl', label: f.applyUrl, type: 'url' },
  { name: 'applyEmail', label: f.applyEmail, type: 'email' },
  { name: 'expiresOn', label: f.expiresOn, type: 'date', required: true },
];

/** Problems in the form, by field name, before anything is sent (the server checks again). */
export function checkPosting(values: Record<string, string>, today: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const spec of SPECS) {
    const value = (values[spec.name] ?? '').trim();
    if (spec.required && !value) problems[spec.name] = f.required;
    else if (value && MARKUP.test(value)) problems[spec.name] = f.noMarkup;
    else if (value && spec.min && value.length < spec.min) problems[spec.name] = f.tooShort(spec.min);
    else if (value && spec.max && value.length > spec.max) problems[spec.name] = f.tooLong(spec.max);
  }
  if (values.applyUrl && !/^https?:\/\//i.test(values.applyUrl)) problems.applyUrl = f.httpOnly;
  if (!values.applyUrl && !values.applyEmail) problems.applyUrl = f.applyNeeded;
  if (values.expiresOn && expiryProblem(values.expiresOn, today)) problems.expiresOn = f.expiry(MAX_POSTING_DAYS);
  return problems;
}

/**
 * What a posting may hold that the form has no field for (a posting sent to the API directly): kept
 * from the values an edit starts from, so that saving the form never changes them behind the owner's back.
 */
const UNSHOWN = ['district', 'currency', 'period', 'moreEmployment'] as const;

// The API's values for the form's choices (the compiler checks each against the generated types).
const EMPLOYMENT = [
  'full-time',
  'part-time',
  'work-agreement',
  'contract',
  'internship',
  'temporary',
] as const satisfies readonly PostingInput['employment'][number][];
const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const satisfies readonly PostingInput['workplace'][];
const NEEDS = ['required', 'advantage', 'not-needed'] as const satisfies readonly PostingInput['languages']['czech'][];
const CURRENCIES = ['CZK', 'EUR'] as const satisfies readonly NonNullable<PostingInput['salary']>['currency'][];
const PERIODS = ['hour', 'day', 'month', 'year'] as const satisfies readonly NonNullable<
  PostingInput['salary']
>['period'][];

/** The form value as one of the API's values, or undefined. */
function choice<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.find((option) => option === value);
}

/** The request body the API expects; undefined while a required choice (Czech, English) is not made. */
export function toBody(values: Record<string, string>, formShownAt: number): PostingInput | undefined {
  // A field left out reads as empty: checkPosting has asked for it, and the API refuses it blank.
  const num = (v: string | undefined) => (v && v.trim() ? Number(v) : undefined);
  const salaryMin = num(values.salaryMin);
  const salaryMax = num(values.salaryMax);
  const employment = choice(EMPLOYMENT, values.employment) ?? 'full-time';
  const moreEmployment = (values.moreEmployment ?? '')
    .split(',')
    .flatMap((type) => choice(EMPLOYMENT, type) ?? [])
    .filter((type) => type !== employment);
  const [czech, english] = [choice(NEEDS, values.czech), choice(NEEDS, values.english)];
  if (!czech || !english) return undefined;
  return {
    companyName: values.companyName ?? '',
    companyId: values.companyId?.trim() || undefined,
    contactEmail: values.contactEmail ?? '',
    title: values.title ?? '',
    description: values.description ?? '',
    location: { municipality: values.municipality ?? '', district: values.district || undefined },
    salary:
      salaryMin || salaryMax
        ? {
            min: salaryMin,
            max: salaryMax,
            currency: choice(CURRENCIES, values.currency) ?? 'CZK',
            period: choice(PERIODS, values.period) ?? 'month',
          }
        : undefined,
    employment: [employment, ...moreEmployment],
    workplace: choice(WORKPLACES, values.workplace) ?? 'onsite',
    languages: { czech, english },
    applyUrl: values.applyUrl?.trim() || undefined,
    applyEmail: values.applyEmail?.trim() || undefined,
    expiresOn: values.expiresOn ?? '',
    website: values.website ?? '',
    formShownAt,
  };
}

/** What the API answered a sent form: a new posting with its private link, an edit saved, or a refusal (and its words, when it gave some). */
export type FormAnswer =
  | { outcome: 'submitted'; managementUrl: string; confirmationEmail: string }
  | { outcome: 'edited' }
  | { outcome: 'refused'; message?: string };

export interface PartnerFormOptions {
  /** Values to start from (editing a posting). */
  values?: Record<string, string>;
  /** Sends the body; by default a new posting (POST /partner/jobs). */
  send?: (body: PostingInput) => Promise<FormAnswer>;
  heading?: string;
}

/** The form's values for an existing posting (the contact e-mail is private: asked again). */
export function valuesOf(listing: Job): Record<string, string> {
  const { salary, languages, location, employment } = listing;
  return {
    companyName: listing.company ?? '',
    companyId: listing.companyId ?? '',
    title: listing.title,
    description: listing.description ?? '',
    municipality: location.municipality,
    salaryMin: salary?.min === undefined ? '' : String(salary.min),
    salaryMax: salary?.max === undefined ? '' : String(salary.max),
    employment: employment[0] ?? 'full-time',
    moreEmployment: employment.slice(1).join(','),
    district: location.district ?? '',
    currency: salary?.currency ?? '',
    period: salary?.period ?? '',
    workplace: listing.workplace ?? 'onsite',
    // A scraped job's "unknown" or "likely-required" is no choice a firm made: the form asks again.
    czech: choice(NEEDS, languages.czech) ?? '',
    english: choice(NEEDS, languages.english) ?? '',
    applyUrl: listing.applyUrl ?? '',
    applyEmail: listing.applyEmail ?? '',
    expiresOn: listing.validThrough?.slice(0, 10) ?? '',
  };
}

/** POST /partner/jobs. */
async function postNew(body: PostingInput): Promise<FormAnswer> {
  const { data, error } = await api.POST('/partner/jobs', { body });
  return data ? { outcome: 'submitted', ...data } : { outcome: 'refused', message: refusalMessage(error) };
}

/** Renders the form into `root`, and sends it. */
export function renderPartnerForm(root: HTMLElement, options: PartnerFormOptions = {}): void {
  const formShownAt = Date.now();
  const form = el('form', { id: 'partner-form', novalidate: '' });
  const kept = Object.fromEntries(UNSHOWN.map((name) => [name, options.values?.[name] ?? '']));
  // The salary fields say the unit the posting's salary is in (an edit keeps it).
  const unit =
    kept.currency && kept.period
      ? {
          salaryMin: f.salaryIn('from', kept.currency, kept.period),
          salaryMax: f.salaryIn('to', kept.currency, kept.period),
        }
      : {};
  for (const spec of SPECS) {
    const id = `p-${spec.name}`;
    const label = unit[spec.name as keyof typeof unit] ?? spec.label;
    const control = spec.options
      ? el('select', { id, name: spec.name }, ...spec.options.map(([value, label]) => el('option', { value }, label)))
      : spec.type === 'textarea'
        ? el('textarea', { id, name: spec.name, rows: '8' })
        : el('input', { id, name: spec.name, type: spec.type ?? 'text', ...(spec.required ? { required: '' } : {}) });
    const start = options.values?.[spec.name];
    if (start !== undefined) (control as HTMLInputElement).value = start;
    form.append(
      el('label', { for: id }, label + (spec.required ? ' *' : '')),
      control,
      el('span', { class: 'problem', id: `${id}-problem`, role: 'alert' }),
    );
  }
  // The honeypot: hidden from people and screen readers, tempting to bots.
  form.append(
    el(
      'div',
      { class: 'hp', 'aria-hidden': 'true' },
      el('label', { for: 'p-website' }, 'Website'),
      el('input', { id: 'p-website', name: 'website', tabindex: '-1', autocomplete: 'off' }),
    ),
  );
  const result = el('div', { id: 'partner-result', role: 'status' });
  form.append(el('button', { type: 'submit' }, f.submit), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = {
      ...kept,
      ...Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)])),
    };
    const problems = checkPosting(values, new Date());
    form.querySelectorAll('.problem').forEach((p) => (p.textContent = ''));
    for (const [name, message] of Object.entries(problems)) {
      const target = form.querySelector(`#p-${name}-problem`);
      if (target) target.textContent = message;
    }
    if (Object.keys(problems).length > 0) return;
    const body = toBody(values, formShownAt);
    if (!body) return;
    result.textContent = strings.loading;
    // No answer at all (the network failed) reads as a refusal without words.
    const answer: FormAnswer = await (options.send ?? postNew)(body).catch(() => ({ outcome: 'refused' }));
    if (answer.outcome === 'submitted') {
      const mail = answer.confirmationEmail === 'failed' ? f.mailFailed : f.thanks;
      result.replaceChildren(
        el('p', { id: 'confirmation-note' }, mail),
        el('p', {}, f.keepLink),
        el('p', {}, el('code', { id: 'management-url' }, answer.managementUrl)),
      );
    } else if (answer.outcome === 'edited') {
      result.textContent = f.edited;
    } else {
      result.textContent = answer.message ? `${f.refused}: ${answer.message}` : strings.error;
    }
  });
  root.replaceChildren(el('h2', {}, options.heading ?? f.heading), el('p', {}, f.intro), form);
}
