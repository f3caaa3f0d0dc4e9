import { API_PREFIX } from '../infra/definitions/site-security';
import { api, refusalMessage } from './api-client';
import { el } from './dom';
import { activeFilters, type Kind } from './search-form';
import { strings } from './strings';

const a = strings.alerts;
/** What a saved search keeps of the page's query: not its page, sort or page size. */
const NOT_SAVED = new Set(['cursor', 'limit', 'sort']);
// A request that got no answer (the network failed) reads as status 0, as any other refusal would.
const unanswered = () => undefined;

/** The search's parameters as a saved search or a feed takes them. */
export function savedSearch(params: URLSearchParams, kind: Kind): Record<string, string> {
  const search: Record<string, string> = {};
  for (const [name, value] of params) if (!NOT_SAVED.has(name) && value !== '') search[name] = value;
  return { ...search, kind };
}

/** The feed of a search, on the site's own origin (the API under /api). */
export function feedUrl(search: Record<string, string>): string {
  return `${API_PREFIX}/listings.atom?${new URLSearchParams(search).toString()}`;
}

/**
 * "Save this search" under the results: the Atom feed link of the current search and a small form that
 * subscribes an address to its daily e-mail (double opt-in: the page says a confirmation was sent).
 * Errors are said in words in the status line, which screen readers announce.
 */
export function renderSaveSearch(root: HTMLElement, params: URLSearchParams, kind: Kind): void {
  const search = savedSearch(params, kind);
  const input = el('input', {
    id: 'alert-email',
    name: 'email',
    type: 'email',
    autocomplete: 'email',
    required: '',
    'aria-describedby': 'alert-email-hint alert-outcome',
    maxlength: '254',
  });
  const button = el('button', { type: 'submit' }, a.subscribe);
  const outcome = el('p', { id: 'alert-outcome', role: 'status', 'aria-live': 'polite' });
  const form = el(
    'form',
    { id: 'alert-form', novalidate: '' },
    el('label', { for: 'alert-email' }, a.email),
    el('p', { id: 'alert-email-hint', class: 'meta' }, a.emailHint),
    input,
    button,
    outcome,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void subscribe(input, button, outcome, search);
  });
  root.replaceChildren(
    el('h2', { id: 'save-search-heading' }, a.heading),
    el('p', {}, a.intro),
    el('p', {}, el('a', { id: 'feed-link', href: feedUrl(search), type: 'application/atom+xml' }, a.feed)),
    el('p', { class: 'meta' }, a.feedHint),
    form,
  );
}

async function subscribe(
  input: HTMLInputElement,
  button: HTMLButtonElement,
  outcome: HTMLElement,
  search: Record<string, string>,
): Promise<void> {
  const email = input.value.trim();
  if (email === '' || !input.checkValidity()) {
    input.setAttribute('aria-invalid', 'true');
    outcome.textContent = a.emailMissing;
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  button.disabled = true;
  outcome.textContent = a.sending;
  const answer = await api.POST('/alerts', { body: { email, search } }).catch(unanswered);
  button.disabled = false;
  if (answer?.data) {
    outcome.textContent = answer.data.confirmationEmail === 'sent' ? a.sent(email) : a.sendFailed;
    input.value = '';
    return;
  }
  outcome.textContent = a.refused(refusalMessage(answer?.error) ?? strings.error);
}

/** The page the confirmation link opens: confirms the address (the link's token as bearer) and says what comes next. */
export async function renderAlertConfirmation(root: HTMLElement, id: string, token: string): Promise<void> {
  const answer = await api
    .POST('/alerts/{id}/confirm', { params: { path: { id } }, headers: { authorization: `Bearer ${token}` }, body: {} })
    .catch(unanswered);
  root.replaceChildren(
    el('h2', {}, a.manageHeading),
    el(
      'p',
      { role: 'status', id: 'alert-confirm-outcome' },
      answer?.data?.status === 'confirmed' ? a.confirmed : a.confirmFailed,
    ),
  );
}

/** The page behind an alert e-mail's management link: the search, where it goes, and Unsubscribe. */
export async function renderAlertManagement(root: HTMLElement, id: string, token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  const params = { path: { id } };
  const answer = await api.GET('/alerts/{id}', { params, headers }).catch(unanswered);
  const alert = answer?.data;
  if (!alert) {
    root.replaceChildren(
      el('h2', {}, a.manageHeading),
      el(
        'p',
        { role: 'alert' },
        answer?.response.status === 403 ? a.linkInvalid : (refusalMessage(answer?.error) ?? strings.error),
      ),
    );
    return;
  }
  const kind: Kind = alert.search.kind === 'job' ? 'job' : 'rental';
  const query = new URLSearchParams(alert.search);
  const filters = activeFilters(kind, query);
  const outcome = el(
    'p',
    { role: 'status', id: 'alert-manage-outcome' },
    alert.status === 'unconfirmed' ? a.unconfirmed : '',
  );
  const unsubscribe = el('button', { type: 'button', id: 'alert-unsubscribe' }, a.unsubscribe);
  unsubscribe.addEventListener('click', () => {
    unsubscribe.disabled = true;
    void api
      .POST('/alerts/{id}/unsubscribe', { params: { path: { id } }, headers, body: {} })
      .catch(unanswered)
      .then((result) => {
        if (result?.data) {
          unsubscribe.remove();
          outcome.textContent = a.unsubscribed;
        } else {
          unsubscribe.disabled = false;
          outcome.textContent = refusalMessage(result?.error) ?? strings.error;
        }
      });
  });
  root.replaceChildren(
    el('h2', {}, a.manageHeading),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, a.search),
      el('dd', {}, `${strings.tabs[kind]}: ${filters.length === 0 ? a.noFilters : filters.join(' · ')}`),
      el('dt', {}, a.to),
      el('dd', {}, alert.email),
    ),
    el(
      'p',
      { class: 'alert-links' },
      el('a', { href: `/?${query.toString()}` }, a.openSearch),
      ' · ',
      el('a', { href: feedUrl(alert.search), type: 'application/atom+xml' }, a.feed),
    ),
    el('p', {}, unsubscribe),
    outcome,
  );
}
