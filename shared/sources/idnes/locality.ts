import { cleanText } from '../../normalise/clean-text';

export interface Locality {
  city?: string;
  parts: string[];
  address?: string;
}

/**
 * A card's locality line, whose parts vary: "Charkovská, Ostrava - Poruba", "Moravská Třebová -
 * Sušice, okres Svitavy", "Želivského, Tachov", "Praha 9". The "City - Part" segment (or, without one,
 * the last segment that is not an "okres") is the place; segments before it are the street.
 */
export function splitLocality(text: string): Locality {
  const clean = cleanText(text);
  const segments = clean
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const districts = segments.filter((s) => /^okres\s/i.test(s)).map((s) => s.replace(/^okres\s+/i, ''));
  const rest = segments.filter((s) => !/^okres\s/i.test(s));
  let placeIndex = rest.findIndex((s) => /\s[-–]\s/.test(s));
  if (placeIndex === -1) placeIndex = rest.length - 1;
  const [city, ...cityParts] = (rest[placeIndex] ?? '').split(/\s+[-–]\s+/).map((s) => s.trim());
  return { city: city || undefined, parts: [...cityParts, ...districts].filter(Boolean), address: clean || undefined };
}
