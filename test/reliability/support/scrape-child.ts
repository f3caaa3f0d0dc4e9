import { createReadStream } from 'node:fs';
import { localDynamoClient } from '../../../infra/local/embedded-dynamo';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import type { FetchRequest, HttpFetcher, StreamResponse } from '../../../shared/http/http-client';
import { runSource } from '../../../shared/scrape/run-source';
import { mpsvAdapter } from '../../../shared/sources/mpsv/adapter';
import { DynamoListingStore } from '../../../shared/store/dynamo-listing-store';

/**
 * One Úřad práce run in its own process, for the crash test to kill: the vacancy file comes from a
 * local path, the municipality code list from the recorded fixture, the store is the parent's
 * dynalite. Prints "progress <records seen>" after each batch and "done <outcome>" at the end.
 */
export function fileFetcher(vacancyFile: string): HttpFetcher {
  const replay = ReplayFetcher.forSource('mpsv');
  let requests = 0;
  return {
    get requestCount() {
      return requests;
    },
    fetch: (request: FetchRequest) => {
      requests++;
      return replay.fetch(request);
    },
    fetchStream: async (request: FetchRequest): Promise<StreamResponse> => {
      requests++;
      return {
        url: request.url,
        status: 200,
        headers: { etag: '"crash-test"' },
        body: createReadStream(vacancyFile, { highWaterMark: 64 * 1024 }),
        notModified: false,
      };
    },
  };
}

async function main(): Promise<void> {
  const [endpoint, tableName, vacancyFile] = process.argv.slice(2);
  const client = localDynamoClient(endpoint!);
  const run = await runSource({
    adapter: mpsvAdapter,
    fetcher: fileFetcher(vacancyFile!),
    store: new DynamoListingStore(client, { tableName: tableName! }),
    onProgress: ({ seen }) => console.log(`progress ${seen}`),
  });
  console.log(`done ${run.outcome}`);
  client.destroy();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
