import { fetchListing, fetchListings, type Listing, type ListingCard } from './api-client';
import { el } from './dom';
import { renderPartnerForm } from './partner-form';
import { showFreshness } from './freshness';
import { placesOf, showMap } from './map';
import { renderCard, renderDetail } from './render-listing';
import { activeFilters, buildSearchForm, queryFromForm, searchFailureText, type Kind } from './search-form';
import { renderAlertConfirmation, renderAlertManagement, renderSaveSearch } from './save-search';
import { renderConfirmation, renderManagement, renderModeration } from './staff-pages';
import { strings } from './strings';

/*
 * The search page: the filters (site/search-form.ts) kept in the URL, results as cards with paging and
 * an optional map, and a detail view at #/listing/{id}. Everything from the API is rendered as text.
 */

const main = document.querySelector('main')!;
const form = document.querySelector<HTMLFormElement>('#search')!;
const filters = document.querySelector<HTMLDetailsElement>('#filters')!;
const results = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLParagraphElement>('#status')!;
const notes = el('p', { id: 'notes', class: 'meta' });
status.after(notes);
const resultsMap = document.querySelector<HTMLDivElement>('#results-map')!;
const more = document.querySelector<HTMLButtonElement>('#more')!;
const detail = document.querySelector<HTMLElement>('#detail')!;
const saveSearch = document.querySelector<HTMLElement>('#save-search')!;
let nextCursor: string | null = null;
let shown: ListingCard[] = [];

function currentKind(): Kind {
  return new URLSearchParams(location.search).get('kind') === 'job' ? 'job' : 'rental';
}

/** The form for the URL's kind and filters, and the panel's summary of the filters set. */
function buildForm(kind: Kind, params: URLSearchParams): void {
  buildSearchForm(form, kind, params);
  summarise(kind, params);
  void showFreshness(document.querySelector('#freshness')!, kind);
}

function summarise(kind: Kind, params: URLSearchParams): void {
  const active = activeFilters(kind, params);
  document.querySelector('#filters-summary')!.textContent =
    `(${active.length === 0 ? strings.filtersNone : active.join(' · ')})`;
}

/** Marks the navigation link of what is shown: the kind searched or viewed, or the partner form. */
function markCurrent(kind: Kind | undefined): void {
  document.querySelectorAll<HTMLAnchorElement>('nav a').forEach((link) => {
    const current = link.id === 'post-link' ? location.hash === '#/post' : link.dataset.kind === kind;
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
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
  if (!append) renderSaveSearch(saveSearch, new URLSearchParams(location.search), currentKind());
  try {
    const page = await fetchListings(params, thisSearch.signal);
    if (thisSearch.signal.aborted) return;
    if (!append) {
      results.replaceChildren();
      shown = [];
    }
    const now = new Date();
    results.append(...page.items.map((listing) => renderCard(listing, now, openDetail)));
    shown.push(...page.items);
    nextCursor = page.nextCursor;
    more.hidden = nextCursor === null;
    // With no filter set, nothing found means no data yet: fewer filters would not help.
    const filtered = activeFilters(currentKind(), params).length > 0;
    status.textContent =
      results.children.length > 0
        ? strings.results(results.children.length)
        : filtered
          ? strings.empty
          : strings.noData(currentKind());
    notes.textContent = page.notes.join(' ');
    renderMapToggle();
  } catch (error) {
    if (!thisSearch.signal.aborted) status.textContent = searchFailureText(error);
  }
}

/** The results' map, behind a button: Leaflet loads only when someone asks for it. */
function renderMapToggle(): void {
  const open = resultsMap.dataset.open === 'true';
  const button = el(
    'button',
    { type: 'button', class: 'secondary', 'aria-expanded': String(open), 'aria-controls': 'results-map-view' },
    open ? strings.map.hide : strings.map.show,
  );
  const view = el('div', { id: 'results-map-view' });
  button.addEventListener('click', () => {
    resultsMap.dataset.open = String(!open);
    renderMapToggle();
  });
  resultsMap.replaceChildren(button, view);
  if (open && shown.length > 0) void showMap(view, placesOf(shown), strings.map.results);
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
  const staff = [
    ['#/post', (v: HTMLElement) => renderPartnerForm(v)],
    ['#/moderate', renderModeration],
  ] as const;
  const manage = /^#\/manage\/([^/]+)\/([\w-]+)$/.exec(location.hash);
  const confirm = /^#\/confirm\/([^/]+)\/([\w-]+)$/.exec(location.hash);
  const match = /^#\/listing\/(.+)$/.exec(location.hash);
  const alert = /^#\/alerts\/([A-Za-z0-9_-]{16})\/(confirm|manage)\/([\w-]+)$/.exec(location.hash);
  const page = staff.find(([hash]) => hash === location.hash);
  main.classList.toggle('showing-detail', Boolean(page ?? manage ?? confirm ?? match ?? alert));
  markCurrent((page ?? manage ?? confirm ?? alert) ? undefined : currentKind());
  detail.replaceChildren(view);
  if (page) await page[1](view);
  else if (alert)
    await (alert[2] === 'confirm' ? renderAlertConfirmation : renderAlertManagement)(view, alert[1]!, alert[3]!);
  else if (manage) await renderManagement(view, decodeURIComponent(manage[1]!), manage[2]!);
  else if (confirm) await renderConfirmation(view, decodeURIComponent(confirm[1]!), confirm[2]!);
  else if (match) {
    view.append(el('p', { role: 'status' }, strings.loading));
    try {
      const listing: Listing = await fetchListing(decodeURIComponent(match[1]!));
      // The card from the results compares the flat with the catalogue (median rent, shared photos): its warnings join the detail's.
      view.replaceChildren(
        renderDetail(
          listing,
          () => history.back(),
          new Date(),
          shown.find((card) => card.id === listing.id),
        ),
      );
      markCurrent(listing.kind);
      if (!view.isConnected) return;
      view.querySelector('h2')?.focus();
      const mapSlot = view.querySelector<HTMLElement>('.detail-map');
      if (mapSlot) void showMap(mapSlot, placesOf([listing]), strings.map.detail);
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
document.querySelector('#filters-label')!.textContent = strings.filtersLabel;
// Open on a wide screen, folded on a phone, where the results should start near the top.
filters.open = window.matchMedia('(min-width: 48rem)').matches;
document.querySelectorAll<HTMLAnchorElement>('a[data-kind]').forEach((tab) => {
  tab.textContent = strings.tabs[tab.dataset.kind as Kind];
  tab.addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', `?kind=${tab.dataset.kind}`);
    buildForm(tab.dataset.kind as Kind, new URLSearchParams(location.search));
    void search(false);
    void showRoute();
  });
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = queryFromForm(form, currentKind());
  history.pushState(null, '', `?${query.toString()}`);
  summarise(currentKind(), query);
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
