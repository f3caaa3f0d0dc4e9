/** Ostrava's centre, Masarykovo náměstí: what "distance" in the API is measured from. */
export const OSTRAVA_CENTRE = { lat: 49.8357, lon: 18.2925 } as const;

/**
 * The region the service covers, km from OSTRAVA_CENTRE, unless configured otherwise (REGION_RADIUS_KM
 * for a function or the CLI, the stack's radiusKm context): Ostrava and the towns around it.
 */
export const DEFAULT_REGION_RADIUS_KM = 35;

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two WGS84 points (haversine), rounded to 0.1 km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number } = OSTRAVA_CENTRE): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) * 10) / 10;
}
