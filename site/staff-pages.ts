import { API_PREFIX } from '../infra/definitions/site-security';
import type { Listing } from './api-client';
import { el } from './dom';
import { renderPartnerForm, valuesOf } from './partner-form';
import { priceLine } from './render-listing';
import { strings } from './strings';

const m = strings.moderation;
const TOKEN_KEY = 'staff-token';
/** The states in which the poster may still change a posting (the server decides; this only hides buttons). */
const CHANGEABLE = new Set(['unconfirmed', 'pending', 'active']);

async function call(path: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${API_PREFIX}${path}`, init).catch(() => undefined);
  return { status: response?.status ?? 0, body: await response?.json().catch(() => undefined) };
}

const messageOf = (body: unknown) => (body as { message?: string } | undefined)?.message ?? strings.error;

/** What a moderator weighs besides the text: pay, the language claims, the firm, how to apply and whom to ask. */
function facts(listing: Listing): HTMLElement {
  const languages = listing.languages as { czech?: string; english?: string } | undefined;
  const rows: [string, unknown][] = [
    [m.salary, priceLine(listing)],
    [m.languages, `${strings.fields.czech}: ${languages?.czech ?? strings.unknown} · ${strings.fields.english}: ${languages?.english ?? strings.unknown}`],
    [m.ico, listing.companyId],
    [m.applyRoute, [listing.applyUrl, listing.applyEmail].filter(Boolean).join(' · ')],
    [m.contact, listing.contactEmail],
    [strings.fields.location!, [listing.location.district, listing.location.municipality].filter(Boolean).join(', ')],
    [strings.fields.validThrough!, String(listing.validThrough ?? '').slice(0, 10)],
  ];
  return el('dl', { class: 'facts' }, ...rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value === undefined || value === '' ? strings.unknown : String(value))]));
}

/** The moderation page: the staff token is asked once per browser session and kept in sessionStorage. */
export async function renderModeration(root: HTMLElement): Promise<void> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    const input = el('input', { id: 'staff-token', type: 'password', autocomplete: 'off' });
    const form = el('form', { id: 'staff-login' }, el('label', { for: 'staff-token' }, m.token), input, el('button', { type: 'submit' }, m.enter));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, input.value);
      void renderModeration(root);
    });
    root.replaceChildren(el('h2', {}, m.heading), form);
    return;
  }
  const headers = { 'x-staff-token': token, 'content-type': 'application/json' };
  const { status, body } = await call('/moderation/pending', { headers });
  if (status === 403 || status === 429) {
    sessionStorage.removeItem(TOKEN_KEY);
    root.replaceChildren(el('h2', {}, m.heading), el('p', { role: 'alert' }, status === 403 ? m.wrongToken : messageOf(body)));
    return;
  }
  const items = (body as { items?: Listing[] } | undefined)?.items ?? [];
  const list = el('ul', { id: 'pending' });
  for (const listing of items) {
    const approve = el('button', { type: 'button', class: 'approve' }, m.approve);
    const reason = el('input', { type: 'text', 'aria-label': m.reason, placeholder: m.reason });
    const reject = el('button', { type: 'button', class: 'reject' }, m.reject);
    const outcome = el('span', { role: 'status' });
    const decide = async (decision: 'approve' | 'reject') => {
      const result = await call(`/moderation/jobs/${encodeURIComponent(listing.id)}/${decision}`, { method: 'POST', headers, body: JSON.stringify(decision === 'reject' ? { reason: reason.value } : { contentHash: listing.contentHash }) });
      outcome.textContent = result.status === 200 ? (decision === 'approve' ? m.approved : m.rejected) : messageOf(result.body);
    };
    approve.addEventListener('click', () => void decide('approve'));
    reject.addEventListener('click', () => void decide('reject'));
    list.append(el('li', { 'data-id': listing.id }, el('strong', {}, listing.title), ` — ${String(listing.company ?? '')} `, facts(listing), el('p', { class: 'description' }, listing.description ?? ''), approve, reason, reject, outcome));
  }
  root.replaceChildren(el('h2', {}, m.heading), items.length === 0 ? el('p', {}, m.none) : list);
}

/** The page the confirmation link opens: confirms the contact address, and says what happens next. */
export async function renderConfirmation(root: HTMLElement, id: string, token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const { status, body } = await call(`/partner/jobs/${encodeURIComponent(id)}/confirm`, { method: 'POST', headers, body: '{}' });
  // A link opened again, once the posting moved on (listed, closed, refused), says where it is now.
  const state = String((body as { status?: string } | undefined)?.status ?? '');
  const text = status !== 200 ? m.confirmFailed : state === 'pending' ? m.confirmed : `${m.status}: ${m.states[state] ?? state}`;
  root.replaceChildren(el('p', { role: 'status', id: 'confirm-outcome' }, text));
}

/**
 * The poster's page behind the management link: the posting's real state; while it may change, close
 * (asked twice: it is final), renew, edit and, before confirmation, send the confirmation e-mail
 * again. Every action re-reads the posting, so the page shows what the server holds.
 */
export async function renderManagement(root: HTMLElement, id: string, token: string, outcomeText = ''): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const { status, body } = await call(`/partner/jobs/${encodeURIComponent(id)}`, { headers });
  if (status !== 200) {
    root.replaceChildren(el('p', { role: 'alert' }, status === 403 ? m.linkInvalid : messageOf(body)));
    return;
  }
  const listing = body as Listing;
  const state = String(listing.status);
  const outcome = el('p', { role: 'status', id: 'manage-outcome' }, outcomeText);
  const heading = [el('h2', {}, listing.title), el('p', { id: 'posting-state' }, `${m.status}: ${m.states[state] ?? state} · ${m.until} ${String(listing.validThrough ?? '').slice(0, 10)}`), outcome];
  if (!CHANGEABLE.has(state)) {
    root.replaceChildren(...heading);
    return;
  }
  const act = async (action: string, payload: Record<string, unknown> = {}, done: (answer: unknown) => string = () => '') => {
    const result = await call(`/partner/jobs/${encodeURIComponent(id)}/${action}`, { method: 'POST', headers, body: JSON.stringify(payload) });
    await renderManagement(root, id, token, result.status === 200 ? done(result.body) : messageOf(result.body));
  };
  const close = el('button', { type: 'button', id: 'close-posting' }, m.close);
  const reallyClose = el('button', { type: 'button', id: 'close-posting-yes', hidden: '' }, m.closeYes);
  close.addEventListener('click', () => {
    outcome.textContent = m.reallyClose;
    reallyClose.hidden = false;
  });
  reallyClose.addEventListener('click', () => void act('close'));
  const date = el('input', { type: 'date', id: 'renew-date', 'aria-label': m.renewUntil });
  const renew = el('button', { type: 'button', id: 'renew-posting' }, m.renew);
  renew.addEventListener('click', () => void act('renew', { expiresOn: date.value }));
  const resend = el('button', { type: 'button', id: 'resend-confirmation' }, m.resend);
  resend.addEventListener('click', () => void act('resend-confirmation', {}, (answer) => ((answer as { confirmationEmail?: string }).confirmationEmail === 'sent' ? m.resent : m.resendFailed)));
  const editor = el('section', { id: 'edit-posting' });
  renderPartnerForm(editor, {
    heading: strings.partner.editHeading,
    values: valuesOf(listing),
    send: (posting) => fetch(`${API_PREFIX}/partner/jobs/${encodeURIComponent(id)}`, { method: 'PUT', headers, body: JSON.stringify(posting) }).catch(() => undefined),
  });
  root.replaceChildren(...heading, state === 'unconfirmed' ? el('p', {}, resend) : '', el('p', {}, close, ' ', reallyClose), el('p', {}, date, ' ', renew), editor);
}
