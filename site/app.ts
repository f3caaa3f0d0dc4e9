import { fetchListing, fetchListings, type Listing, type ListingsQuery } from './api-client';
import { el } from './dom';
import { renderPartnerForm } from './partner-form';
import { renderCard, renderDetail } from './render-listing';
import { renderConfirmation, renderManagement, renderModeration } from './staff-pages';
import { strings } from './strings';

/*
 * The search page: the API's filters as a form kept in the URL (a search can be bookmarked and
 * shared), results as cards with paging, and a detail view at #/listing/{id}. Everything from the API
 * is rendered as text.
 */

type Kind = 'job' | 'rental';
// The API's parameter names (a renamed one fails the typecheck).
const FIELDS: Record<Kind, (keyof ListingsQuery)[]> = {
  rental: ['q', 'english', 'municipality', 'district', 'minRent', 'maxRent', 'minArea', 'maxArea', 'disposition', 'furnished', 'pets', 'maxDistanceKm', 'postedWithinDays', 'sort'],
  job: ['q', 'english', 'municipality', 'minSalary', 'czechNotRequired', 'workplace', 'employment', 'profession', 'maxDistanceKm', 'postedWithinDays', 'sort'],
};

const main = document.querySelector('main')!;
const form = document.querySelector<HTMLFormElement>('#search')!;
const results = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLParagraphElement>('#status')!;
const more = document.querySelector<HTMLButtonElement>('#more')!;
const detail = document.querySelector<HTMLElement>('#detail')!;
let nextCursor: string | null = null;

function currentKind(): Kind {
  return new URLSearchParams(location.search).get('kind') === 'job' ? 'job' : 'rental';
}

/** The form's fields for a kind, filled from the URL. */
function buildForm(kind: Kind, params: URLSearchParams): void {
  document.querySelectorAll<HTMLButtonElement>('[data-kind]').forEach((tab) => tab.setAttribute('aria-selected', String(tab.dataset.kind === kind)));
  const fields = el('div', { class: 'fields' });
  const input = (name: string, label: string, type = 'text', attrs: Record<string, string> = {}) => {
    const id = `f-${name}`;
    const control = el('input', { id, name, type, ...attrs });
    if (type === 'checkbox') (control as HTMLInputElement).checked = params.get(name) === 'true';
    else (control as HTMLInputElement).value = params.get(name) ?? '';
    fields.append(el('label', { for: id }, label), control);
  };
  const choice = (name: string, label: string, options: [string, string][]) => {
    const select = el('select', { id: `f-${name}`, name }, el('option', { value: '' }, strings.any), ...options.map(([value, text]) => el('option', { value }, text)));
    select.value = params.get(name) ?? '';
    fields.append(el('label', { for: `f-${name}` }, label), select);
  };
  input('q', strings.words, 'search');
  input('english', strings.englishOnly, 'checkbox', { title: strings.englishOnlyHint });
  input('municipality', strings.filters.municipality);
  if (kind === 'rental') {
    input('district', strings.filters.district);
    input('minRent', strings.filters.minRent, 'number', { min: '0', step: '500' });
    input('maxRent', strings.maxRent, 'number', { min: '0', step: '500' });
    input('minArea', strings.filters.minArea, 'number', { min: '0', step: '5' });
    input('maxArea', strings.filters.maxArea, 'number', { min: '0', step: '5' });
    choice('disposition', strings.disposition, ['1+kk', '1+1', '2+kk', '2+1', '3+kk', '3+1', '4+kk', '4+1', 'room'].map((d) => [d, d]));
    choice('furnished', strings.filters.furnished, Object.entries(strings.values.furnished!));
    input('pets', strings.filters.pets, 'checkbox');
  } else {
    input('minSalary', strings.minSalary, 'number', { min: '0', step: '1000' });
    input('czechNotRequired', strings.czechNotRequired, 'checkbox', { title: strings.czechNotRequiredHint });
    choice('workplace', strings.filters.workplace, Object.entries(strings.values.workplace!));
    choice('employment', strings.filters.employment, Object.entries(strings.values.employment!));
    choice('profession', strings.filters.profession, Object.entries(strings.values.profession!));
  }
  input('maxDistanceKm', strings.maxDistance, 'number', { min: '0', step: '1' });
  input('postedWithinDays', strings.filters.postedWithinDays, 'number', { min: '1', max: '365', step: '1' });
  const sorts = kind === 'rental' ? ['newest', 'price', '-price', 'distance'] : ['newest', 'salary', 'distance'];
  const sort = el('select', { id: 'f-sort', name: 'sort' }, ...sorts.map((s) => el('option', { value: s }, strings.sorts[s as keyof typeof strings.sorts])));
  sort.value = params.get('sort') ?? 'newest';
  fields.append(el('label', { for: 'f-sort' }, strings.sort), sort, el('button', { type: 'submit' }, strings.search));
  form.replaceChildren(fields);
}

/** The API query for the form's state: empty fields left out. */
function queryFromForm(kind: Kind): URLSearchParams {
  const params = new URLSearchParams({ kind });
  for (const name of FIELDS[kind]) {
    const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (!control) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) params.set(name, 'true');
    } else if (control.value.trim() !== '' && !(name === 'sort' && control.value === 'newest')) params.set(name, control.value.trim());
  }
  return params;
}

// A slow earlier answer must not overwrite the results of a newer search.
let searchInFlight: AbortController | null = null;

async function search(append: boolean): Promise<void> {
  const params = new URLSearchParams(location.search);
  params.set('kind', currentKind());
  params.set('limit', '10');
  if (append && nextCursor) params.set('cursor', nextCursor);
  searchInFlight?.abort();
  const thisSearch = new AbortController();
  searchInFlight = thisSearch;
  status.textContent = strings.loading;
  more.hidden = true;
  try {
    const page = await fetchListings(params, thisSearch.signal);
    if (thisSearch.signal.aborted) return;
    if (!append) results.replaceChildren();
    const now = new Date();
    results.append(...page.items.map((listing) => renderCard(listing, now, openDetail)));
    nextCursor = page.nextCursor;
    more.hidden = nextCursor === null;
    status.textContent = results.children.length === 0 ? strings.empty : strings.results(results.children.length);
  } catch {
    if (!thisSearch.signal.aborted) status.textContent = strings.error;
  }
}

async function openDetail(id: string): Promise<void> {
  history.pushState(null, '', `${location.search}#/listing/${encodeURIComponent(id)}`);
  await showRoute();
}

/*
 * Each route renders into a view of its own. A route left before its answer came (a slow confirmation
 * POST, a detail fetch) then writes into a view no longer on the page, never over the route shown now.
 */
let shownHref = '';

async function showRoute(): Promise<void> {
  shownHref = location.href;
  const view = el('div', { class: 'view' });
  const staff = [['#/post', (v: HTMLElement) => renderPartnerForm(v)], ['#/moderate', renderModeration]] as const;
  const manage = /^#\/manage\/([^/]+)\/([\w-]+)$/.exec(location.hash);
  const confirm = /^#\/confirm\/([^/]+)\/([\w-]+)$/.exec(location.hash);
  const match = /^#\/listing\/(.+)$/.exec(location.hash);
  const page = staff.find(([hash]) => hash === location.hash);
  main.classList.toggle('showing-detail', Boolean(page ?? manage ?? confirm ?? match));
  detail.replaceChildren(view);
  if (page) await page[1](view);
  else if (manage) await renderManagement(view, decodeURIComponent(manage[1]!), manage[2]!);
  else if (confirm) await renderConfirmation(view, decodeURIComponent(confirm[1]!), confirm[2]!);
  else if (match) {
    view.append(el('p', { role: 'status' }, strings.loading));
    try {
      const listing: Listing = await fetchListing(decodeURIComponent(match[1]!));
      view.replaceChildren(renderDetail(listing, () => history.back()));
      if (view.isConnected) view.querySelector('h2')?.focus();
    } catch {
      view.replaceChildren(el('p', { role: 'alert' }, strings.error));
    }
  }
}

document.title = strings.title;
document.querySelector('#title')!.textContent = strings.title;
document.querySelector('#subtitle')!.textContent = strings.subtitle;
more.textContent = strings.more;
document.querySelector('#post-link')!.textContent = strings.postJob;
// A fragment navigation fires popstate and then hashchange: render it once (the confirmation link POSTs).
window.addEventListener('hashchange', () => {
  if (location.href !== shownHref) void showRoute();
});
document.querySelectorAll<HTMLButtonElement>('[data-kind]').forEach((tab) => {
  tab.textContent = strings.tabs[tab.dataset.kind as Kind];
  tab.addEventListener('click', () => {
    history.pushState(null, '', `?kind=${tab.dataset.kind}`);
    buildForm(tab.dataset.kind as Kind, new URLSearchParams(location.search));
    void search(false);
  });
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.pushState(null, '', `?${queryFromForm(currentKind()).toString()}`);
  void search(false);
});
more.addEventListener('click', () => void search(true));
window.addEventListener('popstate', () => {
  buildForm(currentKind(), new URLSearchParams(location.search));
  void showRoute();
});
buildForm(currentKind(), new URLSearchParams(location.search));
void search(false);
void showRoute();
