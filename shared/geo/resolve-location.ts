import type * as z from 'zod';
import type { locationSchema } from '../listing/schema';
import { foldText } from '../text/fold-text';
import { distanceKm, OSTRAVA_CENTRE } from './distance';
import { mskMunicipalities, ostravaParts } from './localities.generated';
import { OSTRAVA_POSTCODE_PARTS, postcodeIn } from './ostrava-postcodes';

export type Location = z.infer<typeof locationSchema>;

export interface LocationInput {
  /** City or municipality as the source gives it ("Ostrava", "Ostrava - Poruba", "Havířov"). */
  city?: string;
  /** Finer names the source gives: city part, quarter, district ("Zábřeh", "Ostrava-Jih"). */
  parts?: (string | undefined)[];
  address?: string;
  lat?: number;
  lon?: number;
}

const municipalityByKey = new Map(mskMunicipalities.map((m) => [foldText(m.name), m]));
const partsByKey = new Map(ostravaParts.map((p) => [foldText(p.part), p]));
const districtsByKey = new Map(ostravaParts.map((p) => [foldText(p.district), p.district]));
// Longest names first, so that "Moravská Ostrava" wins over "Ostrava" and "Nová Bělá" over "Bělá".
const partPatterns = [...partsByKey.keys()]
  .filter((key) => key !== 'ostrava')
  .sort((a, b) => b.length - a.length)
  .map((key) => ({ key, pattern: new RegExp(`(^|[^a-z])${key}($|[^a-z])`) }));

/**
 * Municipality, Ostrava city district and distance from Ostrava's centre, from the source's words and
 * GPS. Nothing is guessed: the district comes only from a name the source states; lat/lon only from
 * the source. The distance is from GPS when given, else from the stated city part's centre, else (in
 * Ostrava) from the centre of the address's postcode area, else from the town's centre; `precision`
 * says which, and `areaCentre` is that centre when it is not the source's own point (issue 18).
 * Undefined when the municipality cannot be told at all.
 */
export function resolveLocation(input: LocationInput): Location | undefined {
  const cityKey = input.city === undefined ? undefined : foldText(input.city);
  const names = [input.city, ...(input.parts ?? [])].filter((n): n is string => !!n).map(foldText);
  const municipality = findMunicipality(cityKey, names);
  if (!municipality) return undefined;
  const part = municipality.name === 'Ostrava' ? findPart(names) : undefined;
  const district = part?.district ?? (municipality.name === 'Ostrava' ? findDistrict(names) : undefined);
  const hasGps =
    isCoordinate(input.lat, -90, 90) && isCoordinate(input.lon, -180, 180) && !(input.lat === 0 && input.lon === 0);
  const postcodePart =
    municipality.name === 'Ostrava' && !part
      ? partsByKey.get(foldText(OSTRAVA_POSTCODE_PARTS[postcodeIn(input.address) ?? ''] ?? ''))
      : undefined;
  const precision: Location['precision'] = hasGps
    ? 'coordinates'
    : part
      ? 'city-part'
      : postcodePart
        ? 'postcode'
        : 'municipality';
  const area = part ?? postcodePart ?? municipality;
  const from = hasGps ? { lat: input.lat!, lon: input.lon! } : area;
  return {
    municipality: municipality.name,
    district,
    address: input.address?.trim() || undefined,
    lat: hasGps ? input.lat : undefined,
    lon: hasGps ? input.lon : undefined,
    distanceKm: distanceKm(from, OSTRAVA_CENTRE),
    precision,
    areaCentre: hasGps ? undefined : { lat: area.lat, lon: area.lon },
  };
}

function findMunicipality(cityKey: string | undefined, names: string[]) {
  if (cityKey !== undefined) {
    const exact = municipalityByKey.get(cityKey) ?? municipalityByKey.get(cityKey.split(/\s*[-–,(]\s*/)[0]!);
    if (exact) return exact;
  }
  for (const name of names) {
    if (partsByKey.has(name) || districtsByKey.has(name) || /^ostrava\b/.test(name))
      return municipalityByKey.get('ostrava');
  }
  return undefined;
}

function findPart(names: string[]) {
  for (const name of names) {
    const exact = partsByKey.get(name) ?? partsByKey.get(name.replace(/^ostrava\s*[-–]?\s*/, ''));
    if (exact) return exact;
  }
  for (const name of names) {
    const found = partPatterns.find(({ pattern }) => pattern.test(name));
    if (found) return partsByKey.get(found.key);
  }
  return undefined;
}

function findDistrict(names: string[]): string | undefined {
  for (const name of names) {
    const district =
      districtsByKey.get(name) ?? districtsByKey.get(`ostrava-${name.replace(/^ostrava\s*[-–]?\s*/, '')}`);
    if (district) return district;
  }
  return undefined;
}

function isCoordinate(value: number | undefined, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
