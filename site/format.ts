import { strings } from './strings';

/*
 * Values in words with their units, the way the site writes them everywhere: amounts in CZK with
 * thousands separators, dates as "31 December 2026" (UTC, as the API keeps them), places without
 * repeating a name.
 */

/** "16,900 CZK". */
export const czk = (amount: number): string => `${amount.toLocaleString('en')} CZK`;

/** "16,900 CZK/month". */
export const czkPerMonth = (amount: number): string => `${amount.toLocaleString('en')} ${strings.perMonth}`;

/**
 * A monthly range in words: "44,000–59,000 CZK/month", "from 35,000 CZK/month" when only the bottom is
 * stated, "up to 45,000 CZK/month" when only the top is; undefined when neither is.
 */
export function monthlyRange(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined)
    return min === max ? czkPerMonth(min) : `${min.toLocaleString('en')}–${czkPerMonth(max)}`;
  if (min !== undefined) return strings.fromAmount(czkPerMonth(min));
  if (max !== undefined) return strings.upToAmount(czkPerMonth(max));
  return undefined;
}

/** An ISO date or instant as "31 December 2026" (its UTC day); undefined for anything unreadable. */
export function dateInWords(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A place from the most to the least precise of its names, each name left out when an earlier one
 * already says it: "Nádražní 12, Ostrava" (not "Nádražní 12, Ostrava, Ostrava"), "Hlavní třída, Poruba,
 * Ostrava" as the source wrote it, "Nádražní, Ostrava - Moravská Ostrava, Moravská Ostrava a Přívoz".
 */
export function placeInWords(location: { address?: string; district?: string; municipality: string }): string {
  const parts: string[] = [];
  for (const name of [location.address, location.district, location.municipality]) {
    if (name && !folded(parts.join(', ')).includes(folded(name))) parts.push(name);
  }
  return parts.join(', ');
}
