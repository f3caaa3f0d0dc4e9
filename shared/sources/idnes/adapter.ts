import { normaliseRental } from '../../normalise/normalise-rental';
import type { RawRental } from '../raw-rental';
import type { ListPage, PageRequest, SourceAdapter } from '../source-adapter';
import { parseDetailPage } from './parse-detail';
import { parseListPage, type ListWalk } from './parse-list';
import { BASE, detailLink, loadPage, offerFromPath } from './page';

/*
 * reality.idnes.cz: server-rendered HTML. List pages of rentals of flats and houses in the
 * Moravian-Silesian Region, walked one at a time by the pager's "next" link (paging drifts under
 * concurrent fetches; the portal's `?page=1` is the second page); the detail page's dataLayer object
 * is the cleanest source, with the definition list for deposit, furnishing, floor, lift, PENB and the
 * move-in date. Broker blocks are never read. Shapes: see test/fixtures/idnes/README.md.
 */

const WALKS: readonly ListWalk[] = [
  { path: '/s/pronajem/byty/moravskoslezsky-kraj/', propertyType: 'flat' },
  { path: '/s/pronajem/domy/moravskoslezsky-kraj/', propertyType: 'house' },
];

export const idnesAdapter: SourceAdapter<RawRental> = {
  name: 'idnes',
  kind: 'rental',

  startRequests: () => WALKS.map((walk) => ({ url: `${BASE}${walk.path}` })),

  parseList(html: string, request: PageRequest): ListPage<RawRental> {
    const $ = loadPage(html, request.url);
    const path = new URL(request.url).pathname;
    return parseListPage(
      $,
      html,
      request,
      WALKS.find((w) => w.path === path),
    );
  },

  // A sale among the cards needs no detail page: it is skipped.
  detailRequest: (record) => (record.offerType === 'sale' ? undefined : { url: record.url }),

  recordFromUrl(url: string): RawRental | undefined {
    const link = detailLink(url);
    if (!link) return undefined;
    return {
      source: 'idnes',
      sourceId: link.id,
      url: link.url,
      offerType: offerFromPath(link.offer),
      propertyType: link.category === 'dum' ? 'house' : 'flat',
    };
  },

  parseDetail(html: string, record: RawRental): RawRental | undefined {
    return parseDetailPage(loadPage(html, record.url || BASE), html, record);
  },

  normalise: normaliseRental,
};
