import type { JobCard, Listing, ListingCard } from './api-client';
import { el } from './dom';
import { badgeReason, languageBadge } from './language-badge';
import { czk, czkPerMonth, dateInWords, monthlyRange, placeInWords } from './format';
import { listingAge } from './listing-date';
import { descriptionSection, moneyFromTextSection, shownTitle, titleNote } from './render-english';
import type { Located } from './map';
import { gallery, photo, photoAlt, photoUrls } from './photos';
import { offerSection, reductionLine } from './price-history';
import { warningLine, warningsOf, warningsSection } from './warnings';
import { strings } from './strings';

/** The price line of a card: rent with fees (saying when they are unknown), or the salary ("from 35,000 CZK/month"). */
export function priceLine(listing: ListingCard): string {
  if (listing.kind === 'rental') {
    const { rentCzk: rent, feesCzk: fees } = listing;
    if (rent === undefined) return strings.unknown;
    return fees === undefined
      ? `${czkPerMonth(rent)} (${strings.feesUnknown})`
      : `${czkPerMonth(rent + fees)} (${strings.withFees(fees)})`;
  }
  return monthlyRange(listing.salary?.monthlyCzkMin, listing.salary?.monthlyCzkMax) ?? strings.salaryUnknown;
}

/** The cash to move in, in words ("Move-in: 52,000 CZK + commission unknown"); undefined for a job. */
export function moveInLine(listing: ListingCard): string | undefined {
  if (listing.kind !== 'rental' || !listing.moveIn) return undefined;
  const { knownTotalCzk, unknown } = listing.moveIn;
  return strings.moveIn(
    knownTotalCzk === undefined ? undefined : czk(knownTotalCzk),
    unknown.filter((part) => part !== 'rent').map((part) => strings.moveInParts[part] ?? part),
  );
}

/** The move-in line and, when the deposit is above the legal cap, a warning under it. */
function moveInSection(listing: ListingCard): HTMLElement[] {
  const line = moveInLine(listing);
  if (line === undefined || listing.kind !== 'rental') return [];
  const overCap = listing.moveIn?.depositOverCap ? [el('p', { class: 'warning' }, strings.depositOverCap)] : [];
  return [el('p', { class: 'move-in' }, line), ...overCap];
}

/**
 * How far from Ostrava's centre, and how precisely that is known: exact from the source's coordinates,
 * "about" when the place is only a city part's, a postcode area's or a town's centre.
 */
export function distanceInWords(location: Located): string | undefined {
  if (location.distanceKm === undefined) return undefined;
  const precision = location.precision ?? (location.lat !== undefined ? 'coordinates' : undefined);
  if (precision === 'coordinates') return strings.kmFromCentre(location.distanceKm);
  const level = precision ?? (location.district ? 'city-part' : 'municipality');
  // A whole city of 214 km² placed at its centre says nothing about the distance.
  if (level === 'municipality' && location.municipality?.trim().toLowerCase() === 'ostrava')
    return strings.somewhereInOstrava;
  const how = strings.precision[level] ?? strings.precision.municipality!;
  // An area's centre is only good to about 1.5 km: "about 0 km" would claim more than is known.
  if (location.distanceKm < 1) return strings.nearCentre(how);
  return strings.kmFromCentreAbout(location.distanceKm, how);
}

/** "Also on: bezrealitky, idnes": the same flat's other listings (issue 20), each a link to its own detail. */
function alsoOnLine(listing: ListingCard, open: (id: string) => void): HTMLElement | undefined {
  if (listing.kind !== 'rental' || !listing.alsoOn?.length) return undefined;
  const links = listing.alsoOn.map((other) => {
    const link = el('a', { href: `#/listing/${encodeURIComponent(other.id)}` }, other.source);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open(other.id);
    });
    return link;
  });
  return el(
    'p',
    { class: 'also-on' },
    strings.alsoOn,
    ...links.flatMap((link, i) => (i === 0 ? [link] : [', ', link])),
  );
}

/** One result card, as text, with the source's first photo when it has one. */
export function renderCard(listing: ListingCard, now: Date, open: (id: string) => void): HTMLElement {
  const place = [listing.location.district ?? listing.location.municipality, distanceInWords(listing.location)]
    .filter(Boolean)
    .join(' · ');
  const [thumbnail] = photoUrls(listing);
  const language = languageBadge(listing);
  const badge = language && el('span', { class: language.ok ? 'badge ok' : 'badge' }, language.text);
  const reason = badgeReason(listing);
  const link = el(
    'a',
    { href: `#/listing/${encodeURIComponent(listing.id)}`, class: 'card-title' },
    shownTitle(listing),
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open(listing.id);
  });
  const facts =
    listing.kind === 'rental'
      ? [
          label('disposition', listing.disposition) as string | undefined,
          listing.areaM2 ? `${listing.areaM2} m²` : undefined,
        ]
      : [listing.company];
  return el(
    'li',
    { class: thumbnail ? 'card with-photo' : 'card', 'data-id': listing.id },
    thumbnail ? photo(thumbnail, photoAlt(listing), 160) : undefined,
    el('h3', {}, link),
    titleNote(listing),
    el('p', { class: 'price' }, priceLine(listing)),
    ...moveInSection(listing),
    reductionLine(listing) ? el('p', { class: 'reduced' }, reductionLine(listing)) : undefined,
    warningLine(listing) ? el('p', { class: 'warning' }, warningLine(listing)) : undefined,
    el('p', { class: 'facts' }, [...facts, place].filter(Boolean).join(' · ')),
    el('p', {}, badge, reason ? el('span', { class: 'reason' }, ` ${reason}`) : undefined),
    el('p', { class: 'meta' }, `${strings.source}: ${listing.source} · ${listingAge(listing, now)}`),
    alsoOnLine(listing, open),
  );
}

/** The work-permit routes a posting states, in words. */
function workPermits(permit: JobCard['workPermit']): string[] | undefined {
  if (!permit) return undefined;
  return [
    permit.nonEuWelcome ? strings.permits.nonEu : undefined,
    permit.employeeCard ? strings.permits.employeeCard : undefined,
    permit.blueCard ? strings.permits.blueCard : undefined,
  ].filter((p): p is string => p !== undefined);
}

/** A language need in words ("likely-required" → "Likely needed: the ad is written only in Czech"). */
function need(v: string | undefined): string | undefined {
  return v === undefined ? undefined : (strings.needs[v] ?? v);
}

/** The detail's amounts and measures with their units. */
const UNITS: Record<string, (n: number) => string> = {
  rentCzk: czkPerMonth,
  feesCzk: czkPerMonth,
  depositCzk: czk,
  commissionCzk: czk,
  areaM2: (n) => `${n.toLocaleString('en')} m²`,
  hoursPerWeek: (n) => `${n.toLocaleString('en')} hours`,
  floor: (n) => (n === 0 ? 'ground floor' : `${n.toLocaleString('en')}`),
};
const DATES = new Set(['availableFrom', 'validThrough', 'postedAt', 'firstSeenAt']);

function value(v: unknown): string {
  if (v === undefined || v === null || v === '') return strings.unknown;
  if (typeof v === 'boolean') return v ? strings.yes : strings.no;
  if (Array.isArray(v)) return v.length === 0 ? strings.unknown : v.join(', ');
  if (typeof v === 'number') return v.toLocaleString('en');
  return String(v);
}

/**
 * How a candidate applies to a job, as links: the employer's http(s) page and a mailto address (the
 * API validated both; anything else is not made a link). Undefined when the listing states neither.
 */
export function applySection(listing: ListingCard): HTMLElement | undefined {
  if (listing.kind !== 'job') return undefined;
  const url = listing.applyUrl !== undefined && /^https?:\/\//i.test(listing.applyUrl) ? listing.applyUrl : undefined;
  const email =
    listing.applyEmail !== undefined && /^[^\s@<>"]+@[^\s@<>"]+$/.test(listing.applyEmail)
      ? listing.applyEmail
      : undefined;
  if (!url && !email) return undefined;
  return el(
    'section',
    { class: 'apply', id: 'apply' },
    el('h3', {}, strings.apply),
    url
      ? el('p', {}, el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, strings.applyOnline))
      : undefined,
    email ? el('p', {}, el('a', { href: `mailto:${email}` }, strings.applyByEmail(email))) : undefined,
  );
}

/** An enumerated value in words (`craft-and-trades` → "Craft and trades"); one the site does not know stays as sent. */
function label(field: string, v: unknown): unknown {
  const words = strings.values[field];
  if (!words) return v;
  return Array.isArray(v) ? v.map((x) => words[String(x)] ?? x) : typeof v === 'string' ? (words[v] ?? v) : v;
}

/** The detail view's facts as [label, text] pairs: every normalised field, enumerated values in words, both dates. */
export function detailRows(listing: ListingCard): [string, string][] {
  const rows: [string, unknown][] =
    listing.kind === 'rental'
      ? (
          [
            'rentCzk',
            'feesCzk',
            'depositCzk',
            'commissionCzk',
            'areaM2',
            'disposition',
            'furnished',
            'petsAllowed',
            'floor',
            'elevator',
            'balcony',
            'parking',
            'energyClass',
            'availableFrom',
            'agency',
          ] as const
        ).map((f) => [f, listing[f]])
      : [
          ['company', listing.company],
          ['employment', listing.employment],
          ['workplace', listing.workplace],
          ['czech', need(listing.languages.czech)],
          ['english', need(listing.languages.english)],
          ['profession', listing.profession?.majorGroup],
          ['workPermit', workPermits(listing.workPermit)],
          ['hoursPerWeek', listing.salary?.hoursPerWeek],
          ['validThrough', listing.validThrough],
        ];
  // Both dates, each for what it is: the source's own (often not stated) and our first sighting.
  rows.push(['postedAt', listing.postedAt], ['firstSeenAt', listing.firstSeenAt]);
  return rows.map(([field, v]) => [strings.fields[field] ?? field, inWords(field, v)]);
}

/** A field's value in words: amounts with units, dates as "31 December 2026", codes as their words. */
function inWords(field: string, v: unknown): string {
  if (typeof v === 'number' && UNITS[field]) return UNITS[field](v);
  if (typeof v === 'string' && DATES.has(field)) return dateInWords(v) ?? v;
  return value(label(field, v));
}

/** The detail view: every normalised field, how to apply, the evidence (when there is any), the original link and the glossary. */
export function renderDetail(
  listing: Listing,
  back: () => void,
  now: Date = new Date(),
  card?: ListingCard,
): HTMLElement {
  const backButton = el('button', { type: 'button', class: 'back' }, strings.back);
  backButton.addEventListener('click', back);
  const distance = distanceInWords(listing.location);
  const location = [placeInWords(listing.location), distance].filter(Boolean).join(' · ');
  return el(
    'article',
    { class: 'detail', 'aria-labelledby': 'detail-title', 'data-id': listing.id },
    backButton,
    // Focused when the detail opens (tabindex -1: focusable by script, not a tab stop), so a keyboard or screen reader starts here.
    el('h2', { id: 'detail-title', tabindex: '-1' }, shownTitle(listing)),
    titleNote(listing),
    el('p', { class: 'price' }, priceLine(listing)),
    ...moveInSection(listing),
    warningsSection(warningsOf(listing, card)),
    card?.kind === 'rental' && card.id === listing.id && card.alsoOn?.length
      ? el(
          'p',
          { class: 'also-on' },
          strings.alsoOn,
          ...card.alsoOn.flatMap((other, i) => [
            i === 0 ? '' : ', ',
            el('a', { href: other.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, other.source),
          ]),
        )
      : undefined,
    // Jobs carry no photos from any source: no gallery and no line saying so.
    listing.kind === 'rental' ? gallery(listing) : undefined,
    applySection(listing),
    el(
      'dl',
      {},
      ...detailRows(listing).flatMap(([name, text]) => [el('dt', {}, name), el('dd', {}, text)]),
      el('dt', {}, strings.fields.location!),
      el('dd', {}, location),
    ),
    moneyFromTextSection(listing),
    offerSection(listing, now),
    el('section', { class: 'detail-map' }),
    // No heading over nothing: most flats have no language evidence, and the description must not read as it.
    listing.englishSignals.length > 0 ? el('h3', {}, strings.evidence) : undefined,
    listing.englishSignals.length > 0
      ? el(
          'ul',
          { class: 'evidence' },
          ...listing.englishSignals.map((s) =>
            el(
              'li',
              {},
              s.reason,
              s.evidence ? el('q', {}, s.evidence) : undefined,
              s.meaning ? el('span', { class: 'meaning' }, ` ${strings.means} ${s.meaning}`) : undefined,
            ),
          ),
        )
      : undefined,
    descriptionSection(listing),
    // A partner posting is the original: it has no page elsewhere to link to.
    listing.source === 'partner'
      ? undefined
      : el(
          'p',
          {},
          el('a', { href: listing.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, strings.original),
        ),
    el('h3', {}, strings.glossaryTitle),
    el(
      'dl',
      { class: 'glossary' },
      ...strings.glossary[listing.kind].flatMap(([term, meaning]) => [el('dt', {}, term), el('dd', {}, meaning)]),
    ),
  );
}
