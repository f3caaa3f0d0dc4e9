import { api, refusalMessage, type Job, type PendingPosting } from './api-client';
import { el } from './dom';
import { dateInWords } from './format';
import { renderPartnerForm, valuesOf } from './partner-form';
import { priceLine } from './render-listing';
import { strings } from './strings';

const m = strings.moderation;
const TOKEN_KEY = 'staff-token';
/** The states in which the poster may still change a posting (the server decides; this only hides buttons). */
const CHANGEABLE = new Set(['unconfirmed', 'pending', 'active']);

// A request that got no answer (the network failed) reads as status 0, as any other refusal would.
const unanswered = () => undefined;

/** A language claim in words ("not-needed" → "Not needed"). */
const need = (claim: string | undefined) => (claim === undefined ? strings.unknown : (strings.needs[claim] ?? claim));

/** The API's words for a refusal, else the generic error. */
const messageOf = (error: { message?: string } | string | undefined) => refusalMessage(error) ?? strings.error;

/** What a moderator weighs besides the text: pay, the language claims, the firm, how to apply and whom to ask. */
function facts(listing: PendingPosting): HTMLElement {
  const { languages } = listing;
  const rows: [string, unknown][] = [
    [m.salary, priceLine(listing)],
    [
      m.languages,
      `${strings.fields.czech}: ${need(languages.czech)} · ${strings.fields.english}: ${need(languages.english)}`,
    ],
    [m.ico, listing.companyId],
    [m.applyRoute, [listing.applyUrl, listing.applyEmail].filter(Boolean).join(' · ')],
    [m.contact, listing.contactEmail],
    [strings.fields.location!, [listing.location.district, listing.location.municipality].filter(Boolean).join(', ')],
    [strings.fields.validThrough!, dateInWords(listing.validThrough)],
  ];
  return el(
    'dl',
    { class: 'facts' },
    ...rows.flatMap(([name, value]) => [
      el('dt', {}, name),
      el('dd', {}, value === undefined || value === '' ? strings.unknown : String(value)),
    ]),
  );
}

/** The moderation page: the staff token is asked once per browser session and kept in sessionStorage. */
export async function renderModeration(root: HTMLElement): Promise<void> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    const input = el('input', { id: 'staff-token', type: 'password', autocomplete: 'off' });
    const form = el(
      'form',
      { id: 'staff-login' },
      el('label', { for: 'staff-token' }, m.token),
      input,
      el('button', { type: 'submit' }, m.enter),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, input.value);
      void renderModeration(root);
    });
    root.replaceChildren(el('h2', {}, m.heading), form);
    return;
  }
  const headers = { 'x-staff-token': token };
  const pending = await api.GET('/moderation/pending', { headers }).catch(unanswered);
  const status = pending?.response.status ?? 0;
  if (status === 403 || status === 429) {
    sessionStorage.removeItem(TOKEN_KEY);
    root.replaceChildren(
      el('h2', {}, m.heading),
      el('p', { role: 'alert' }, status === 403 ? m.wrongToken : messageOf(pending?.error)),
    );
    return;
  }
  const items = pending?.data?.items ?? [];
  const list = el('ul', { id: 'pending' });
  for (const listing of items) {
    const approve = el('button', { type: 'button', class: 'approve' }, m.approve);
    const reason = el('input', { type: 'text', 'aria-label': m.reason, placeholder: m.reason });
    const reject = el('button', { type: 'button', class: 'reject' }, m.reject);
    const outcome = el('span', { role: 'status' });
    const params = { path: { id: listing.id } };
    const decide = async (decision: 'approve' | 'reject') => {
      const result = await (
        decision === 'approve'
          ? api.POST('/moderation/jobs/{id}/approve', { params, headers, body: { contentHash: listing.contentHash } })
          : api.POST('/moderation/jobs/{id}/reject', { params, headers, body: { reason: reason.value } })
      ).catch(unanswered);
      outcome.textContent = result?.data
        ? decision === 'approve'
          ? m.approved
          : m.rejected
        : messageOf(result?.error);
    };
    approve.addEventListener('click', () => void decide('approve'));
    reject.addEventListener('click', () => void decide('reject'));
    list.append(
      el(
        'li',
        { 'data-id': listing.id },
        el('strong', {}, listing.title),
        ` — ${listing.company ?? ''} `,
        facts(listing),
        el('p', { class: 'description' }, listing.description ?? ''),
        approve,
        reason,
        reject,
        outcome,
      ),
    );
  }
  root.replaceChildren(el('h2', {}, m.heading), items.length === 0 ? el('p', {}, m.none) : list);
}

/** The page the confirmation link opens: confirms the contact address, and says what happens next. */
export async function renderConfirmation(root: HTMLElement, id: string, token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  const answer = await api
    .POST('/partner/jobs/{id}/confirm', { params: { path: { id } }, headers, body: {} })
    .catch(unanswered);
  // A link opened again, once the posting moved on (listed, closed, refused), says where it is now.
  const state = answer?.data?.status;
  const text =
    state === undefined
      ? m.confirmFailed
      : state === 'pending'
        ? m.confirmed
        : `${m.status}: ${m.states[state] ?? state}`;
  root.replaceChildren(el('p', { role: 'status', id: 'confirm-outcome' }, text));
}

/**
 * The poster's page behind the management link: the posting's real state; while it may change, close
 * (asked twice: it is final), renew, edit and, before confirmation, send the confirmation e-mail
 * again. Every action re-reads the posting, so the page shows what the server holds.
 */
export async function renderManagement(root: HTMLElement, id: string, token: string, outcomeText = ''): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  const params = { path: { id } };
  const answer = await api.GET('/partner/jobs/{id}', { params, headers }).catch(unanswered);
  // A management link is a partner posting's, and partner postings are jobs.
  const listing: Job | undefined = answer?.data?.kind === 'job' ? answer.data : undefined;
  if (!listing) {
    root.replaceChildren(
      el('p', { role: 'alert' }, answer?.response.status === 403 ? m.linkInvalid : messageOf(answer?.error)),
    );
    return;
  }
  const state = listing.status;
  const outcome = el('p', { role: 'status', id: 'manage-outcome' }, outcomeText);
  const heading = [
    el('h2', {}, listing.title),
    el(
      'p',
      { id: 'posting-state' },
      `${m.status}: ${m.states[state] ?? state} · ${m.until} ${dateInWords(listing.validThrough) ?? strings.unknown}`,
    ),
    outcome,
  ];
  if (!CHANGEABLE.has(state)) {
    root.replaceChildren(...heading);
    return;
  }
  /** Sends one action and shows the posting again, with what happened (its words for a success, else the refusal). */
  const act = async <T>(
    send: () => Promise<{ data?: T; error?: { message?: string } | string }>,
    done: (answer: T) => string = () => '',
  ) => {
    const result = await send().catch(unanswered);
    await renderManagement(root, id, token, result?.data !== undefined ? done(result.data) : messageOf(result?.error));
  };
  const close = el('button', { type: 'button', id: 'close-posting' }, m.close);
  const reallyClose = el('button', { type: 'button', id: 'close-posting-yes', hidden: '' }, m.closeYes);
  close.addEventListener('click', () => {
    outcome.textContent = m.reallyClose;
    reallyClose.hidden = false;
  });
  reallyClose.addEventListener(
    'click',
    () => void act(() => api.POST('/partner/jobs/{id}/close', { params, headers, body: {} })),
  );
  const date = el('input', { type: 'date', id: 'renew-date', 'aria-label': m.renewUntil });
  const renew = el('button', { type: 'button', id: 'renew-posting' }, m.renew);
  renew.addEventListener(
    'click',
    () => void act(() => api.POST('/partner/jobs/{id}/renew', { params, headers, body: { expiresOn: date.value } })),
  );
  const resend = el('button', { type: 'button', id: 'resend-confirmation' }, m.resend);
  resend.addEventListener(
    'click',
    () =>
      void act(
        () => api.POST('/partner/jobs/{id}/resend-confirmation', { params, headers, body: {} }),
        (answer) => (answer.confirmationEmail === 'sent' ? m.resent : m.resendFailed),
      ),
  );
  const editor = el('section', { id: 'edit-posting' });
  renderPartnerForm(editor, {
    heading: strings.partner.editHeading,
    values: valuesOf(listing),
    send: async (posting) => {
      const { data, error } = await api.PUT('/partner/jobs/{id}', { params, headers, body: posting });
      return data ? { outcome: 'edited' } : { outcome: 'refused', message: refusalMessage(error) };
    },
  });
  root.replaceChildren(
    ...heading,
    state === 'unconfirmed' ? el('p', {}, resend) : '',
    el('p', {}, close, ' ', reallyClose),
    el('p', {}, date, ' ', renew),
    editor,
  );
}
