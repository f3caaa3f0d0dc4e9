import { API_PREFIX } from '../infra/definitions/site-security';
/** The listing fields the site shows (the API's OpenAPI document has them all). */
export interface Listing {
  id: string;
  kind: 'job' | 'rental';
  source: string;
  url: string;
  title: string;
  description?: string;
  englishFriendly?: boolean;
  englishSignals: { reason: string; evidence?: string; meaning?: string }[];
  location: { municipality: string; district?: string; address?: string; distanceKm?: number };
  postedAt?: string;
  firstSeenAt: string;
  [field: string]: unknown;
}

export interface Page {
  items: Listing[];
  nextCursor: string | null;
  count: number;
  notes: string[];
}

/** GET /listings with the given parameters; throws on any non-200 answer. */
export async function fetchListings(params: URLSearchParams, signal?: AbortSignal): Promise<Page> {
  // Revalidate every time (ETag → 304 when nothing changed), so a search never shows a stale page.
  const response = await fetch(`${API_PREFIX}/listings?${params.toString()}`, { headers: { accept: 'application/json' }, cache: 'no-cache', signal });
  if (!response.ok) throw new Error(`listings answered ${response.status}`);
  return (await response.json()) as Page;
}

export async function fetchListing(id: string): Promise<Listing> {
  const response = await fetch(`${API_PREFIX}/listings/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' }, cache: 'no-cache' });
  if (!response.ok) throw new Error(`listing answered ${response.status}`);
  return (await response.json()) as Listing;
}
