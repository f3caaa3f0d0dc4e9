import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { runSource } from '../../../shared/scrape/run-source';
import type { SourceAdapter } from '../../../shared/sources/source-adapter';
import { startupJobsAdapter } from '../../../shared/sources/startupjobs/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

/** The StartupJobs adapter, except that its raw records name another source than the adapter does. */
const misnamed: SourceAdapter = {
  ...startupJobsAdapter,
  parseList: (body, request) => {
    const page = startupJobsAdapter.parseList(body, request);
    return { ...page, records: page.records.map((record) => ({ ...record, source: 'startup-jobs' })) };
  },
} as SourceAdapter;

describe('runSource listing ids', () => {
  it("builds every id from the adapter's name, so an unchanged listing is not rewritten and none expires", async () => {
    const store = new MemoryListingStore();

    const first = await runSource({
      adapter: misnamed,
      fetcher: ReplayFetcher.forSource('startupjobs'),
      store,
      now: () => new Date('2026-11-30T06:00:00Z'),
    });
    const second = await runSource({
      adapter: misnamed,
      fetcher: ReplayFetcher.forSource('startupjobs'),
      store,
      now: () => new Date('2026-11-30T18:00:00Z'),
    });

    expect(await store.listActiveIds('startupjobs')).toHaveLength(first.created);
    expect(await store.getById('startupjobs:85101')).toMatchObject({ source: 'startupjobs' });
    expect(second).toMatchObject({ created: 0, changed: 0, unchanged: first.created, expired: 0 });
  });
});
