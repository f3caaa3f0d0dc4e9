import { API_PREFIX } from '../infra/definitions/site-security';
import type { Listing } from './api-client';
import { el } from './dom';
import { renderPartnerForm, valuesOf } from './partner-form';
import { strings } from './strings';

const m = strings.moderation;
const TOKEN_KEY = 'staff-token';

async function call(path: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${API_PREFIX}${path}`, init).catch(() => undefined);
  return { status: response?.status ?? 0, body: await response?.json().catch(() => undefined) };
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
  if (status === 403) {
    sessionStorage.removeItem(TOKEN_KEY);
    root.replaceChildren(el('h2', {}, m.heading), el('p', { role: 'alert' }, m.wrongToken));
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
      const result = await call(`/moderation/jobs/${encodeURIComponent(listing.id)}/${decision}`, { method: 'POST', headers, body: JSON.stringify(decision === 'reject' ? { reason: reason.value } : {}) });
      outcome.textContent = result.status === 200 ? (decision === 'approve' ? m.approved : m.rejected) : ((result.body as { message?: string } | undefined)?.message ?? strings.error);
    };
    approve.addEventListener('click', () => void decide('approve'));
    reject.addEventListener('click', () => void decide('reject'));
    list.append(el('li', { 'data-id': listing.id }, el('strong', {}, listing.title), ` — ${String(listing.company ?? '')} `, el('p', { class: 'description' }, listing.description ?? ''), approve, reason, reject, outcome));
  }
  root.replaceChildren(el('h2', {}, m.heading), items.length === 0 ? el('p', {}, m.none) : list);
}

/** The poster's page behind the management link: view, close as filled, renew. */
export async function renderManagement(root: HTMLElement, id: string, token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const { status, body } = await call(`/partner/jobs/${encodeURIComponent(id)}`, { headers });
  if (status !== 200) {
    root.replaceChildren(el('p', { role: 'alert' }, m.linkInvalid));
    return;
  }
  const listing = body as Listing;
  const outcome = el('p', { role: 'status', id: 'manage-outcome' });
  const close = el('button', { type: 'button', id: 'close-posting' }, m.close);
  const date = el('input', { type: 'date', id: 'renew-date', 'aria-label': m.renewUntil });
  const renew = el('button', { type: 'button', id: 'renew-posting' }, m.renew);
  const act = async (action: 'close' | 'renew') => {
    const result = await call(`/partner/jobs/${encodeURIComponent(id)}/${action}`, { method: 'POST', headers, body: JSON.stringify(action === 'renew' ? { expiresOn: date.value } : {}) });
    outcome.textContent = result.status === 200 ? m.saved : ((result.body as { message?: string } | undefined)?.message ?? strings.error);
  };
  close.addEventListener('click', () => void act('close'));
  renew.addEventListener('click', () => void act('renew'));
  const editor = el('section', { id: 'edit-posting' });
  renderPartnerForm(editor, {
    heading: strings.partner.editHeading,
    values: valuesOf(listing),
    send: (body) => fetch(`${API_PREFIX}/partner/jobs/${encodeURIComponent(id)}`, { method: 'PUT', headers, body: JSON.stringify(body) }).catch(() => undefined),
  });
  root.replaceChildren(
    el('h2', {}, listing.title),
    el('p', {}, `${m.status}: ${String(listing.status)} · ${m.until} ${String(listing.validThrough ?? '').slice(0, 10)}`),
    el('p', {}, close),
    el('p', {}, date, ' ', renew),
    outcome,
    editor,
  );
}
