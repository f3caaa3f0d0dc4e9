import { API_PREFIX } from '../infra/definitions/site-security';
import { expiryProblem, MARKUP, MAX_POSTING_DAYS, TEXT_LIMITS } from '../shared/partner/posting-rules';
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
  { name: 'employment', label: f.employment, options: [['full-time', 'Full-time (HPP)'], ['part-time', 'Part-time'], ['work-agreement', 'Work agreement (DPP/DPČ)'], ['contract', 'Contract (IČO)'], ['internship', 'Internship']] },
  { name: 'workplace', label: f.workplace, options: [['onsite', 'On site'], ['hybrid', 'Hybrid'], ['remote', 'Remote']] },
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

/** The request body the API expects. */
export function toBody(values: Record<string, string>, formShownAt: number): Record<string, unknown> {
  const num = (v: string | undefined) => (v && v.trim() ? Number(v) : undefined);
  const salaryMin = num(values.salaryMin);
  const salaryMax = num(values.salaryMax);
  const employment = values.employment || 'full-time';
  const moreEmployment = (values.moreEmployment ?? '').split(',').filter((type) => type && type !== employment);
  return {
    companyName: values.companyName,
    companyId: values.companyId?.trim() || undefined,
    contactEmail: values.contactEmail,
    title: values.title,
    description: values.description,
    location: { municipality: values.municipality, district: values.district || undefined },
    salary: salaryMin || salaryMax ? { min: salaryMin, max: salaryMax, currency: values.currency || 'CZK', period: values.period || 'month' } : undefined,
    employment: [employment, ...moreEmployment],
    workplace: values.workplace || 'onsite',
    languages: { czech: values.czech, english: values.english },
    applyUrl: values.applyUrl?.trim() || undefined,
    applyEmail: values.applyEmail?.trim() || undefined,
    expiresOn: values.expiresOn,
    website: values.website ?? '',
    formShownAt,
  };
}

export interface PartnerFormOptions {
  /** Values to start from (editing a posting). */
  values?: Record<string, string>;
  /** Sends the body; by default a new posting (POST /partner/jobs). */
  send?: (body: Record<string, unknown>) => Promise<Response | undefined>;
  heading?: string;
}

/** The form's values for an existing posting (the contact e-mail is private: asked again). */
export function valuesOf(listing: Record<string, unknown>): Record<string, string> {
  const salary = listing.salary as { min?: number; max?: number; currency?: string; period?: string } | undefined;
  const languages = listing.languages as { czech?: string; english?: string } | undefined;
  const location = listing.location as { municipality?: string; district?: string } | undefined;
  const employment = (listing.employment as string[] | undefined) ?? [];
  return {
    companyName: String(listing.company ?? ''),
    companyId: String(listing.companyId ?? ''),
    title: String(listing.title ?? ''),
    description: String(listing.description ?? ''),
    municipality: location?.municipality ?? '',
    salaryMin: salary?.min === undefined ? '' : String(salary.min),
    salaryMax: salary?.max === undefined ? '' : String(salary.max),
    employment: employment[0] ?? 'full-time',
    moreEmployment: employment.slice(1).join(','),
    district: location?.district ?? '',
    currency: salary?.currency ?? '',
    period: salary?.period ?? '',
    workplace: String(listing.workplace ?? 'onsite'),
    czech: languages?.czech ?? '',
    english: languages?.english ?? '',
    applyUrl: String(listing.applyUrl ?? ''),
    applyEmail: String(listing.applyEmail ?? ''),
    expiresOn: String(listing.validThrough ?? '').slice(0, 10),
  };
}

const postNew = (body: Record<string, unknown>) =>
  fetch(`${API_PREFIX}/partner/jobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined);

/** Renders the form into `root`, and sends it. */
export function renderPartnerForm(root: HTMLElement, options: PartnerFormOptions = {}): void {
  const formShownAt = Date.now();
  const form = el('form', { id: 'partner-form', novalidate: '' });
  const kept = Object.fromEntries(UNSHOWN.map((name) => [name, options.values?.[name] ?? '']));
  // The salary fields say the unit the posting's salary is in (an edit keeps it).
  const unit = kept.currency && kept.period ? { salaryMin: f.salaryIn('from', kept.currency, kept.period), salaryMax: f.salaryIn('to', kept.currency, kept.period) } : {};
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
    form.append(el('label', { for: id }, label + (spec.required ? ' *' : '')), control, el('span', { class: 'problem', id: `${id}-problem`, role: 'alert' }));
  }
  // The honeypot: hidden from people and screen readers, tempting to bots.
  form.append(el('div', { class: 'hp', 'aria-hidden': 'true' }, el('label', { for: 'p-website' }, 'Website'), el('input', { id: 'p-website', name: 'website', tabindex: '-1', autocomplete: 'off' })));
  const result = el('div', { id: 'partner-result', role: 'status' });
  form.append(el('button', { type: 'submit' }, f.submit), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = { ...kept, ...Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)])) };
    const problems = checkPosting(values, new Date());
    form.querySelectorAll('.problem').forEach((p) => (p.textContent = ''));
    for (const [name, message] of Object.entries(problems)) {
      const target = form.querySelector(`#p-${name}-problem`);
      if (target) target.textContent = message;
    }
    if (Object.keys(problems).length > 0) return;
    result.textContent = strings.loading;
    const response = await (options.send ?? postNew)(toBody(values, formShownAt));
    const body = (await response?.json().catch(() => undefined)) as { managementUrl?: string; confirmationEmail?: string; message?: string; parameter?: string } | undefined;
    if (response?.status === 201 && body?.managementUrl) {
      const mail = body.confirmationEmail === 'failed' ? f.mailFailed : f.thanks;
      result.replaceChildren(el('p', { id: 'confirmation-note' }, mail), el('p', {}, f.keepLink), el('p', {}, el('code', { id: 'management-url' }, body.managementUrl)));
    } else if (response?.status === 200) {
      result.textContent = f.edited;
    } else {
      result.textContent = body?.message ? `${f.refused}: ${body.message}` : strings.error;
    }
  });
  root.replaceChildren(el('h2', {}, options.heading ?? f.heading), el('p', {}, f.intro), form);
}
