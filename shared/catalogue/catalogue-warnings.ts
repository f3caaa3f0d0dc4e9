import { distanceKm } from '../geo/distance';
import type { Listing, Warning } from '../listing/schema';
import { foldText } from '../text/fold-text';

/** A rent below this share of its group's median is "far below" (issue 20). */
export const FAR_BELOW_MEDIAN = 0.6;
/** A median needs at least this many rents of the same layout in the same district (the listing's own included). */
export const MIN_MEDIAN_SAMPLE = 5;
/** Two listings with coordinates this far apart (km) are at different addresses. */
const SAME_PLACE_KM = 0.3;

interface Seen {
  id: string;
  rentCzk?: number;
  group?: string;
  groupName?: string;
  place: Place;
}

interface Place {
  lat?: number;
  lon?: number;
  address?: string;
  district?: string;
  municipality: string;
  label: string;
}

/**
 * The warning signs that compare a rental with the rest of the catalogue (issue 20), gathered while
 * a publish reads the store page by page (each listing's images are in hand only then): a rent below
 * FAR_BELOW_MEDIAN of the median of its layout in its district (with at least MIN_MEDIAN_SAMPLE
 * rents), and a photo whose URL another listing at another address uses. Each reason names the
 * figures or the other listing.
 */
export class CatalogueWarnings {
  private readonly seen: Seen[] = [];
  private readonly photos = new Map<string, Seen[]>();

  add(listing: Listing): void {
    if (listing.kind !== 'rental') return;
    const { location } = listing;
    const district = location.district ?? location.municipality;
    const place: Place = {
      lat: location.lat,
      lon: location.lon,
      address: location.address,
      district: location.district,
      municipality: location.municipality,
      label: location.address ?? [location.district, location.municipality].filter(Boolean).join(', '),
    };
    const seen: Seen = {
      id: listing.id,
      rentCzk: listing.rentCzk,
      group: listing.disposition && `${foldText(location.municipality)}|${foldText(district)}|${listing.disposition}`,
      groupName:
        listing.disposition &&
        `${listing.disposition} ${listing.propertyType === 'house' ? 'houses' : 'flats'} in ${district}`,
      place,
    };
    this.seen.push(seen);
    for (const url of new Set(listing.images)) {
      const users = this.photos.get(url) ?? [];
      users.push(seen);
      this.photos.set(url, users);
    }
  }

  /** The warnings per listing id (only ids that have one). */
  finish(): Map<string, Warning[]> {
    const out = new Map<string, Warning[]>();
    const push = (id: string, warning: Warning) => out.set(id, [...(out.get(id) ?? []), warning]);
    for (const [id, warning] of this.belowMedian()) push(id, warning);
    for (const [id, warning] of this.sharedPhotos()) push(id, warning);
    return out;
  }

  private *belowMedian(): Iterable<[string, Warning]> {
    const groups = new Map<string, number[]>();
    for (const s of this.seen)
      if (s.group && s.rentCzk !== undefined) groups.set(s.group, [...(groups.get(s.group) ?? []), s.rentCzk]);
    for (const s of this.seen) {
      const rents = s.group ? groups.get(s.group) : undefined;
      if (!rents || rents.length < MIN_MEDIAN_SAMPLE || s.rentCzk === undefined) continue;
      const median = medianOf(rents);
      if (s.rentCzk >= FAR_BELOW_MEDIAN * median) continue;
      const share = Math.round((1 - s.rentCzk / median) * 100);
      yield [
        s.id,
        {
          sign: 'rent-far-below-median',
          reason: `Rent ${s.rentCzk.toLocaleString('en')} CZK/month is ${share} % below the median of ${median.toLocaleString('en')} CZK/month for ${s.groupName} (${rents.length} listings); we flag rents under ${FAR_BELOW_MEDIAN * 100} % of the median, a common sign of a fake listing.`,
        },
      ];
    }
  }

  private *sharedPhotos(): Iterable<[string, Warning]> {
    const others = new Map<string, Map<string, Seen>>();
    for (const users of this.photos.values()) {
      for (const a of users)
        for (const b of users)
          if (a.id !== b.id && isAnotherPlace(a.place, b.place))
            others.set(a.id, (others.get(a.id) ?? new Map()).set(b.id, b));
    }
    for (const [id, found] of others) {
      const named = [...found.values()].slice(0, 2).map((o) => `${o.id} (${o.place.label})`);
      const more = found.size > 2 ? ` and ${found.size - 2} more` : '';
      yield [
        id,
        {
          sign: 'photo-at-another-address',
          reason:
            `The same photo is in a listing at another address: ${named.join(', ')}${more}. Photos copied from another flat are a common sign of a fake listing.`.slice(
              0,
              400,
            ),
        },
      ];
    }
  }
}

/** Whether two places are different addresses: by coordinates when both have them, else by address, else by district or town. */
function isAnotherPlace(a: Place, b: Place): boolean {
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined)
    return distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) > SAME_PLACE_KM;
  if (a.address !== undefined && b.address !== undefined) return foldText(a.address) !== foldText(b.address);
  if (a.district !== undefined && b.district !== undefined) return foldText(a.district) !== foldText(b.district);
  return foldText(a.municipality) !== foldText(b.municipality);
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
