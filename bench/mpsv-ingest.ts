import { createReadStream, readFileSync } from 'node:fs';
import { RecordRejectedError } from '../shared/errors';
import { mpsvAdapter } from '../shared/sources/mpsv/adapter';

/*
 * One measurement in a fresh process (so that its peak RSS is its own):
 *   stream FILE: the adapter streams, filters and normalises the file;
 *   parse FILE:  a plain JSON.parse of the whole file, for comparison.
 * Prints {"ms", "peakRssMb", "postings"} on stdout.
 */
async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const started = performance.now();
  let postings = 0;
  if (mode === 'stream') {
    for await (const record of mpsvAdapter.streamRecords!(createReadStream(file!, { highWaterMark: 256 * 1024 }))) {
      try {
        mpsvAdapter.normalise(record);
      } catch (error) {
        if (!(error instanceof RecordRejectedError)) throw error;
      }
      postings++;
    }
  } else {
    postings = (JSON.parse(readFileSync(file!, 'utf8')) as { polozky: unknown[] }).polozky.length;
  }
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), postings }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
