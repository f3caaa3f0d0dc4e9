import type { ListingCard } from './api-client';
import { el } from './dom';
import { strings } from './strings';

/*
 * Maps, loaded only when one is shown: Leaflet and our drawing code are a chunk of their own
 * (./map-view, a dynamic import), and Leaflet's stylesheet is linked at the same moment. Without
 * network (no tiles) the page keeps working and says the map is unavailable.
 */

/** A point to draw: exact from the source's coordinates, or approximate (an area's centre). */
export interface MapPlace {
  lat: number;
  lon: number;
  title: string;
  href?: string;
  approximate: boolean;
}

/** Where a listing is, as the API says (its OpenAPI document's Location). */
export type Located = ListingCard['location'];

/** The listings' places: the source's coordinates, else the centre of the area it was placed in; none without either. */
export function placesOf(listings: ListingCard[]): MapPlace[] {
  return listings.flatMap((listing) => {
    const location = listing.location;
    const exact =
      typeof location.lat === 'number' && typeof location.lon === 'number'
        ? { lat: location.lat, lon: location.lon }
        : undefined;
    const at = exact ?? location.areaCentre;
    return at
      ? [{ ...at, title: listing.title, href: `#/listing/${encodeURIComponent(listing.id)}`, approximate: !exact }]
      : [];
  });
}

function linkStylesheet(): void {
  const name = document.querySelector<HTMLMetaElement>('meta[name="leaflet-css"]')?.content;
  if (!name || document.querySelector('link[data-leaflet]')) return;
  document.head.append(el('link', { rel: 'stylesheet', href: name, 'data-leaflet': '' }));
}

/** Draws the places into `container` (a labelled region), or says why there is no map. */
export async function showMap(container: HTMLElement, places: MapPlace[], label: string): Promise<void> {
  const note = (text: string) => container.replaceChildren(el('p', { class: 'map-note', role: 'status' }, text));
  if (places.length === 0) return note(strings.map.noPlaces);
  container.setAttribute('aria-label', label);
  container.setAttribute('role', 'region');
  const canvas = el('div', { class: 'map' });
  container.replaceChildren(canvas);
  linkStylesheet();
  try {
    const { drawMap } = await import('./map-view');
    drawMap(canvas, places, () => note(strings.map.unavailable));
    if (places.some((p) => p.approximate)) canvas.after(el('p', { class: 'map-note' }, strings.map.approximate));
  } catch {
    note(strings.map.unavailable);
  }
}
