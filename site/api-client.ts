import createClient from 'openapi-fetch';
import { API_PREFIX } from '../infra/definitions/site-security';
import type { components, paths } from './api-types';

/*
 * The site's one way to the API: openapi-fetch over the types generated from the OpenAPI document
 * (site/api-types.ts, `npm run api:types`), so that a change of the contract that breaks the site
 * fails `tsc -p site` instead of the page.
 */

type Schemas = components['schemas'];
/** A whole listing (GET /listings/{id}). */
export type Listing = Schemas['Listing'];
/** A listing as GET /listings lists it: without description, images, lastSeenAt and contentHash. */
export type ListingCard = Schemas['ListingCard'];
export type JobCard = Extract<ListingCard, { kind: 'job' }>;
export type Job = Extract<Listing, { kind: 'job' }>;
export type Page = Schemas['ListingsResponse'];
export type PendingPosting = Schemas['PendingPostings']['items'][number];
export type PostingInput = Schemas['PartnerPostingInput'];
export type ListingsQuery = paths['/listings']['get']['parameters']['query'];

/** The API under the site's own origin. */
export const api = createClient<paths>({ baseUrl: API_PREFIX, headers: { accept: 'application/json' } });

/** The words of a refused request: the API's message, else undefined (the body was not the API's). */
export function refusalMessage(error: { message?: string } | string | undefined): string | undefined {
  return typeof error === 'object' ? error.message : undefined;
}

/** A 400 answer whose body is the API's error: its message says what to change (a filter in a shared link). */
export class ApiRefusal extends Error {}

/** GET /listings with the page URL's parameters; throws on any answer but 200 (ApiRefusal for a 400 with the API's message). */
export async function fetchListings(params: URLSearchParams, signal?: AbortSignal): Promise<Page> {
  // The URL's filters go to the API as they are (a shared link may hold anything): the API validates
  // each and answers 400 naming a wrong one. Only the kind, which the query type requires, is read here.
  const query: ListingsQuery = { ...Object.fromEntries(params), kind: params.get('kind') === 'job' ? 'job' : 'rental' };
  // Revalidate every time (ETag → 304 when nothing changed), so a search never shows a stale page.
  const { data, error, response } = await api.GET('/listings', { params: { query }, cache: 'no-cache', signal });
  const refusal = response.status === 400 ? refusalMessage(error as { message?: string } | undefined) : undefined;
  if (refusal) throw new ApiRefusal(refusal);
  if (!data) throw new Error(`listings answered ${response.status}`);
  return data;
}

/** GET /listings/{id}; throws on any answer but 200. */
export async function fetchListing(id: string): Promise<Listing> {
  const { data, response } = await api.GET('/listings/{id}', { params: { path: { id } }, cache: 'no-cache' });
  if (!data) throw new Error(`listing answered ${response.status}`);
  return data;
}
