import type { Listing, ListingCard } from './api-client';
import { el } from './dom';
import { strings } from './strings';

/** The title to show: the English one (issue 19), else (a listing stored before it) the original. */
export function shownTitle(listing: ListingCard): string {
  return listing.titleEnglish?.text ?? listing.title;
}

/**
 * What goes beside the English title: the original title (when it differs) and, for a title a machine
 * translated or could not translate, a label saying so.
 */
export function titleNote(listing: ListingCard): HTMLElement | undefined {
  const english = listing.titleEnglish;
  if (!english || english.text === listing.title)
    return english?.from === 'not-translated'
      ? el('p', { class: 'original-title' }, strings.titleNotTranslated)
      : undefined;
  const label = english.from === 'machine-translation' ? ` (${strings.machineTranslated})` : '';
  return el(
    'p',
    { class: 'original-title' },
    `${strings.originalTitle}: `,
    el('span', { lang: listing.language ?? 'cs' }, listing.title),
    label,
  );
}

/**
 * The description in English with the original one click away: a machine translation is labelled
 * (with the figures it changed, the original's shown as the ones to trust); an untranslated one says
 * why and shows the original.
 */
export function descriptionSection(listing: Listing): HTMLElement | undefined {
  if (listing.description === undefined) return undefined;
  const english = listing.descriptionEnglish;
  const original = el('p', { class: 'description', lang: listing.language ?? 'cs' }, listing.description);
  if (english?.from === 'original' && english.text === undefined)
    return el('section', { class: 'description-section' }, original);
  if (!english?.text) {
    const why = english?.note ? `${strings.notTranslated}: ${english.note}` : strings.notTranslated;
    return el('section', { class: 'description-section' }, el('p', { class: 'translation-note' }, why), original);
  }
  const flags = english.numberMismatches ?? [];
  return el(
    'section',
    { class: 'description-section' },
    el(
      'p',
      { class: 'translation-note' },
      english.from === 'machine-translation' ? strings.machineTranslation(english.engine) : strings.englishVersion,
    ),
    flags.length > 0
      ? el(
          'ul',
          { class: 'figure-flags' },
          ...flags.map((flag) => el('li', {}, strings.figureDiffers(flag.original, flag.translated))),
        )
      : undefined,
    el('p', { class: 'description description-english', lang: 'en' }, english.text),
    el('details', { class: 'original-text' }, el('summary', {}, strings.showOriginal), original),
  );
}

/** Money read from the description, each with the clause quoted (rentals; issue 19). */
export function moneyFromTextSection(listing: Listing): HTMLElement | undefined {
  const found = listing.kind === 'rental' ? listing.moneyFromText : undefined;
  if (!found || found.length === 0) return undefined;
  return el(
    'ul',
    { class: 'evidence money-from-text' },
    ...found.map((m) =>
      el(
        'li',
        {},
        `${strings.fromDescription} `,
        el('q', { lang: 'cs' }, m.quote),
        el('span', { class: 'meaning' }, ` ${strings.means} ${m.meaning}`),
      ),
    ),
  );
}
