import { MockAgent } from 'undici';
import { HttpClient } from '../../../shared/http/http-client';
import { runSource } from '../../../shared/scrape/run-source';
import { adapters } from '../../../shared/sources/adapters';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

/** A client on a machine with no network: every connection fails before any answer. */
function offlineClient(): HttpClient {
  const agent = new MockAgent();
  agent.disableNetConnect();
  return new HttpClient({
    userAgent: 'OstravaExpatListings/0.1 (+https://example.org/crawler)',
    dispatcher: agent,
    pacingMs: 0,
    retries: 0,
    sleep: async () => undefined,
  });
}

describe('runSource with no network', () => {
  it.each(Object.keys(adapters))(
    'records %s as failed with robots.txt unreachable, never as blocked',
    async (source) => {
      const store = new MemoryListingStore();

      const run = await runSource({
        adapter: adapters[source]!,
        fetcher: offlineClient(),
        store,
        now: () => new Date('2026-11-30T06:00:00Z'),
      });

      expect(run.outcome).toBe('failed');
      expect(run.note).toMatch(/^RobotsUnreachableError: robots\.txt could not be fetched/);
      expect(run.note).not.toMatch(/disallows/);
      expect(await store.listRuns(source, 1)).toEqual([run]);
    },
  );
});
