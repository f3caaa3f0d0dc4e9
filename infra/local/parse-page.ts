import { ParseError, RecordRejectedError } from '../../shared/errors';
import { DEFAULT_REGION_RADIUS_KM } from '../../shared/geo/distance';
import type { ListingDraft } from '../../shared/listing/schema';
import type { PageRequest, RawRecordBase, SourceAdapter } from '../../shared/sources/source-adapter';

/** What one saved page gave: its listings, the records skipped and why, and for a list its paging. */
export interface ParsedPage {
  /** "list" for a list page, "detail" for one listing's page. */
  page: 'list' | 'detail';
  listings: ListingDraft[];
  skipped: { sourceId: string; reason: string }[];
  /** A list page: the total the page declares, when it does. */
  declaredTotal?: number;
  /** A list page: the next page a run would walk to; absent on the last page. */
  next?: PageRequest;
  /** A list page: entries that could not be read as records, and why. */
  unreadable?: string[];
  /** A detail page that says its listing is gone (withdrawn, delisted, or not on its own page). */
  gone?: boolean;
}

/**
 * Parses one saved response body as a run would: a list page, or a detail page. A URL that names
 * one of the portal's detail pages (`adapter.recordFromUrl`) makes it a detail, read as the listing a
 * run would know from its list page; any other URL is the list page's request. Without a URL the body
 * is tried as a list page, then as a detail page. Throws ParseError (or BlockedError) when the body
 * is neither; a body that is not the list page reports the detail parser's own error too.
 */
export function parseSavedPage(adapter: SourceAdapter, body: string, url?: string): ParsedPage {
  const named = url === undefined ? undefined : adapter.recordFromUrl?.(url);
  if (named) return parseDetailPage(adapter, body, named);
  const [start] = adapter.startRequests({ radiusKm: DEFAULT_REGION_RADIUS_KM });
  const request: PageRequest = url === undefined ? start! : { ...start!, url };
  let listError: unknown;
  try {
    const list = adapter.parseList(body, request);
    return {
      page: 'list',
      ...normaliseAll(adapter, list.records),
      declaredTotal: list.declaredTotal,
      next: list.next,
      unreadable: list.unreadable,
    };
  } catch (error) {
    if (!(error instanceof ParseError) || !adapter.parseDetail) throw error;
    listError = error;
  }
  try {
    return parseDetailPage(adapter, body, { source: adapter.name, sourceId: '', url: url ?? '' });
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    throw new ParseError(
      `neither a list page (${(listError as Error).message}) nor a detail page (${error.message})`,
      url,
      { cause: error },
    );
  }
}

function parseDetailPage(adapter: SourceAdapter, body: string, record: RawRecordBase): ParsedPage {
  if (!adapter.parseDetail)
    throw new ParseError(`${adapter.name} has no detail pages: its list pages say everything`, record.url);
  const full = adapter.parseDetail(body, record);
  if (!full) return { page: 'detail', listings: [], skipped: [], gone: true };
  return { page: 'detail', ...normaliseAll(adapter, [full]) };
}

function normaliseAll(adapter: SourceAdapter, records: RawRecordBase[]): Pick<ParsedPage, 'listings' | 'skipped'> {
  const listings: ListingDraft[] = [];
  const skipped: ParsedPage['skipped'] = [];
  for (const record of records) {
    try {
      listings.push(adapter.normalise(record));
    } catch (error) {
      if (!(error instanceof RecordRejectedError)) throw error;
      skipped.push({ sourceId: record.sourceId, reason: `${error.message} (${error.field})` });
    }
  }
  return { listings, skipped };
}
