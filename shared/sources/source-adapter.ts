import type { ListingDraft, ListingKind } from '../listing/schema';

/** One request an adapter wants made. Adapters build requests; they never send them. */
export interface PageRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** What every raw record has: who it is, and (when the source says) where, for the region filter. */
export interface RawRecordBase {
  source: string;
  sourceId: string;
  url: string;
  city?: string;
  parts?: string[];
  lat?: number;
  lon?: number;
}

/** What one list page held. */
export interface ListPage<R extends RawRecordBase = RawRecordBase> {
  records: R[];
  /** How many listings the source says this walk has, when it says. */
  declaredTotal?: number;
  /** The next page of the same walk; absent when this was the last. */
  next?: PageRequest;
  /** Entries on the page that could not be read as records (e.g. a card whose link is damaged), and why. */
  unreadable?: string[];
}

/** Where to look: the region around Ostrava. */
export interface RegionConfig {
  /** Kilometres from Ostrava's centre; listings farther away are left out. */
  radiusKm: number;
}

/**
 * One portal: mostly data (URLs, paging) plus small named extractors. Pure: no fetching, no writing,
 * no module-level mutable state. Parsers throw ParseError when the layout is not what they know
 * (never return an empty page for a changed layout) and BlockedError for a captcha or block page.
 */
export interface SourceAdapter<R extends RawRecordBase = RawRecordBase> {
  name: string;
  kind: ListingKind;
  /** The first page of each walk (a run is complete when every walk is). */
  startRequests(region: RegionConfig): PageRequest[];
  parseList(body: string, request: PageRequest): ListPage<R>;
  /** The detail page of a record that is new or changed; undefined when the list already said it all. */
  detailRequest?(record: R): PageRequest | undefined;
  /**
   * The record a run would know from its list page, for a detail page's URL (`npm run parse --url`);
   * undefined when the URL is not one of this portal's detail pages.
   */
  recordFromUrl?(url: string): R | undefined;
  /**
   * The record completed with the detail page's fields. Undefined when the listing is gone (withdrawn,
   * delisted, or its own advert missing from the page: another advert's data is never returned).
   */
  parseDetail?(body: string, record: R): R | undefined;
  normalise(record: R): ListingDraft;
  /**
   * For a source published as one large file (its start request): the records read from the body
   * while it streams, never holding it whole. Throws ParseError when the file is not the expected
   * document; the run is then incomplete.
   */
  streamRecords?(body: AsyncIterable<Buffer | string>, references?: readonly string[]): AsyncIterable<R>;
  /** Small reference files a streamed source needs (code lists), fetched before the stream; their bodies are passed in order. */
  referenceRequests?(): PageRequest[];
}
