import { compareTwoStrings } from 'string-similarity';
import { distanceKm } from '../geo/distance';
import type { Listing } from '../listing/schema';
import { foldText } from '../text/fold-text';

/*
 * The same flat on several portals (issue 20). A pair is one flat when its physical fingerprint
 * matches (same building, same layout, floor area within a few per cent, rent close, floors not
 * different) AND something corroborates it: the same floor stated by both, a photo both use (the same
 * URL or file name), or descriptions alike. Identical flats stacked in one panel house share
 * building, layout, area and often rent: without corroboration such a pair is never merged.
 */

/** Same building: coordinates at most this far apart (km). */
export const SAME_BUILDING_KM = 0.05;
/** Floor areas within this share of the larger one (portals round, and some count a balcony). */
export const AREA_TOLERANCE = 0.03;
/** Monthly rents within this share of the larger one (some portals quote rent with fees). */
export const RENT_TOLERANCE = 0.1;
/** Descriptions at least this alike (Dice coefficient of character bigrams, string-similarity 4.0.4). */
export const TEXT_SIMILARITY = 0.62;
/** Description characters compared: enough for an ad's substance, bounded for a publish's memory. */
const TEXT_CHARS = 1500;

/** What the comparison reads of a rental. */
export interface FlatFacts {
  id: string;
  source: string;
  url: string;
  disposition?: string;
  areaM2?: number;
  rentCzk?: number;
  feesCzk?: number;
  floor?: number;
  location: { municipality: string; district?: string; address?: string; lat?: number; lon?: number };
  /** Folded, at most TEXT_CHARS characters. */
  text?: string;
  /** Photo file names (the URL's last segment without its extension), lower case. */
  photoNames: string[];
  photoUrls: string[];
  /** Street and house numbers read from the address once (pairs compare it many times). */
  building?: { street: string; numbers: string[] };
}

export function flatFacts(
  listing:
    | Extract<Listing, { kind: 'rental' }>
    | (Omit<FlatFacts, 'text' | 'photoNames' | 'photoUrls'> & { description?: string; images?: string[] }),
): FlatFacts {
  const images = listing.images ?? [];
  return {
    id: listing.id,
    source: listing.source,
    url: listing.url,
    disposition: listing.disposition,
    areaM2: listing.areaM2,
    rentCzk: listing.rentCzk,
    feesCzk: listing.feesCzk,
    floor: listing.floor,
    location: listing.location,
    text: listing.description === undefined ? undefined : foldText(listing.description).slice(0, TEXT_CHARS),
    photoNames: images.map(photoName).filter((name): name is string => name !== undefined),
    photoUrls: images,
    building: streetAndNumber(listing.location.address),
  };
}

/** The verdict on one pair, with what decided it. */
export interface FlatComparison {
  same: boolean;
  reason: string;
}

/** Whether two rentals are one flat, and why (or why not). Pure. */
export function compareFlats(a: FlatFacts, b: FlatFacts): FlatComparison {
  const no = (reason: string) => ({ same: false, reason });
  if (a.id === b.id) return no('the same listing');
  // The cheap numeric checks first: a publish compares every pair of a town's flats of one layout.
  if (!a.disposition || a.disposition !== b.disposition) return no('layouts differ or are unknown');
  if (
    a.areaM2 === undefined ||
    b.areaM2 === undefined ||
    Math.abs(a.areaM2 - b.areaM2) > AREA_TOLERANCE * Math.max(a.areaM2, b.areaM2)
  )
    return no('floor areas differ or are unknown');
  if (!rentsClose(a, b)) return no('rents differ or are unknown');
  if (a.floor !== undefined && b.floor !== undefined && a.floor !== b.floor) return no('different floors');
  const building = sameBuilding(a, b);
  if (!building) return no('not shown to be the same building');
  // One agency's template for two flats of a building: alike texts, but each names its own floor.
  const [fa, fb] = [a.floor ?? floorInText(a.text), b.floor ?? floorInText(b.text)];
  if (fa !== undefined && fb !== undefined && fa !== fb)
    return no(`different floors (${fa} / ${fb}, as stated or written in the description)`);
  const physical = `same building (${building}), ${a.disposition}, ${a.areaM2} / ${b.areaM2} m²`;
  if (a.floor !== undefined && a.floor === b.floor)
    return { same: true, reason: `${physical}, both on floor ${a.floor}` };
  const photo = sharedPhoto(a, b);
  if (photo) return { same: true, reason: `${physical}, the same photo (${photo})` };
  const similarity = a.text && b.text ? compareTwoStrings(a.text, b.text) : 0;
  if (similarity >= TEXT_SIMILARITY)
    return { same: true, reason: `${physical}, descriptions ${Math.round(similarity * 100)} % alike` };
  return no(
    `${physical}, but nothing corroborates it (floor unknown, no shared photo, descriptions ${Math.round(similarity * 100)} % alike)`,
  );
}

/** The floor a folded description names ("ve 2. patre", "3. np", "2nd floor", "floor 4"), when it names one only. */
export function floorInText(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const floors = new Set(
    [
      ...text.matchAll(
        /(?<![\d.,])(\d{1,2})\.\s*(?:patr|podlaz|np(?![a-z])|nadzemn)|(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)\s+floor|(?<![a-z])floor\s+(\d{1,2})(?![\d.,])/g,
      ),
    ].map((m) => Number(m[1] ?? m[2] ?? m[3])),
  );
  return floors.size === 1 ? [...floors][0] : undefined;
}

/** Two listings that cannot be one flat whatever corroborates them: layout, area, rent or floor differ. */
function contradicts(a: FlatFacts, b: FlatFacts): boolean {
  if (a.disposition !== b.disposition) return true;
  if (
    a.areaM2 !== undefined &&
    b.areaM2 !== undefined &&
    Math.abs(a.areaM2 - b.areaM2) > AREA_TOLERANCE * Math.max(a.areaM2, b.areaM2)
  )
    return true;
  if (a.rentCzk !== undefined && b.rentCzk !== undefined && !rentsClose(a, b)) return true;
  const [fa, fb] = [a.floor ?? floorInText(a.text), b.floor ?? floorInText(b.text)];
  return fa !== undefined && fb !== undefined && fa !== fb;
}

/** Coordinates ≤ SAME_BUILDING_KM apart, or the same street and house number; undefined when neither is shown. */
function sameBuilding(a: FlatFacts, b: FlatFacts): string | undefined {
  const [p, q] = [a.location, b.location];
  if (p.lat !== undefined && p.lon !== undefined && q.lat !== undefined && q.lon !== undefined) {
    const metres = exactDistanceKm(p, q) * 1000;
    if (metres <= SAME_BUILDING_KM * 1000) return `${Math.round(metres)} m apart`;
  }
  const x = a.building ?? streetAndNumber(p.address);
  const y = b.building ?? streetAndNumber(q.address);
  if (x && y && x.street === y.street && x.numbers.some((n) => y.numbers.includes(n)))
    return `${x.street} ${x.numbers.join('/')}`;
  return undefined;
}

/** Great-circle km, unrounded (distanceKm rounds to 0.1 km, too coarse for a building). */
function exactDistanceKm(a: { lat?: number; lon?: number }, b: { lat?: number; lon?: number }): number {
  const dLat = (b.lat! - a.lat!) * 111.32;
  const dLon = (b.lon! - a.lon!) * 111.32 * Math.cos((a.lat! * Math.PI) / 180);
  const flat = Math.hypot(dLat, dLon);
  // Past a few km the flat approximation drifts; nothing that far is one building anyway.
  return flat < 5 ? flat : distanceKm({ lat: a.lat!, lon: a.lon! }, { lat: b.lat!, lon: b.lon! });
}

/** "Hlavní třída 1234/56, Ostrava - Poruba" → street "hlavni trida", numbers ["1234", "56"]; undefined without a number. */
function streetAndNumber(address: string | undefined): { street: string; numbers: string[] } | undefined {
  if (!address) return undefined;
  const first = foldText(address).split(',')[0]!;
  const match = /^(\D+?)\s*(\d+[a-z]?(?:\/\d+[a-z]?)?)\b/.exec(first);
  if (!match) return undefined;
  return { street: match[1]!.replace(/\bul(ice)?\.?\s+/, '').trim(), numbers: match[2]!.split('/') };
}

/** Rents within RENT_TOLERANCE, comparing rent with rent, or rent + fees where one portal quotes them together. */
function rentsClose(a: FlatFacts, b: FlatFacts): boolean {
  if (a.rentCzk === undefined || b.rentCzk === undefined) return false;
  const candidates = [
    [a.rentCzk, b.rentCzk],
    [a.rentCzk + (a.feesCzk ?? 0), b.rentCzk + (b.feesCzk ?? 0)],
    [a.rentCzk + (a.feesCzk ?? 0), b.rentCzk],
    [a.rentCzk, b.rentCzk + (b.feesCzk ?? 0)],
  ];
  return candidates.some(([x, y]) => Math.abs(x! - y!) <= RENT_TOLERANCE * Math.max(x!, y!));
}

function sharedPhoto(a: FlatFacts, b: FlatFacts): string | undefined {
  const url = a.photoUrls.find((u) => b.photoUrls.includes(u));
  if (url) return url;
  return a.photoNames.find((name) => name.length >= 8 && b.photoNames.includes(name));
}

function photoName(url: string): string | undefined {
  const last = url.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1);
  return last?.replace(/\.[a-z0-9]{2,5}$/i, '').toLowerCase();
}

/**
 * Groups of listings that are one flat (each of two or more ids, the first the group's primary: the
 * earliest listed, by the order given). Pairs are compared within a town and layout only; listings of
 * one source are never put together (a portal's own double is not ours to merge), and a pair whose
 * groups already hold the same source, or hold two listings that differ in layout, area, rent or
 * floor, is not joined either (a listing with no floor must not chain two floors into one card).
 */
export function groupDuplicates(flats: readonly FlatFacts[]): string[][] {
  const parent = new Map(flats.map((f) => [f.id, f.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const sources = new Map(flats.map((f) => [f.id, new Set([f.source])]));
  // Each group's listings: a join must hold for every pair across the two groups, so that a listing
  // with no floor, or an area between two others, cannot chain two different flats into one card.
  const members = new Map(flats.map((f) => [f.id, [f]]));
  const order = new Map(flats.map((f, i) => [f.id, i]));
  const blocks = new Map<string, FlatFacts[]>();
  for (const flat of flats) {
    if (!flat.disposition) continue;
    const key = `${foldText(flat.location.municipality)}|${flat.disposition}`;
    blocks.set(key, [...(blocks.get(key) ?? []), flat]);
  }
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = [block[i]!, block[j]!];
        const [ra, rb] = [find(a.id), find(b.id)];
        if (ra === rb || [...sources.get(ra)!].some((s) => sources.get(rb)!.has(s))) continue;
        if (!compareFlats(a, b).same) continue;
        if (members.get(ra)!.some((x) => members.get(rb)!.some((y) => contradicts(x, y)))) continue;
        const [keep, join] = order.get(ra)! <= order.get(rb)! ? [ra, rb] : [rb, ra];
        parent.set(join, keep);
        for (const s of sources.get(join)!) sources.get(keep)!.add(s);
        members.get(keep)!.push(...members.get(join)!);
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const flat of flats) {
    const root = find(flat.id);
    groups.set(root, [...(groups.get(root) ?? []), flat.id]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
