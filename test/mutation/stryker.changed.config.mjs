// Stryker on the lines a change touches (npm run test:mutation:changed, test/mutation/run-changed.ts): the
// module's own config (stryker.config.mjs, chosen by MUTATION_MODULE) with MUTATION_MUTATE's `file:from-to`
// ranges to mutate, no incremental file (CI starts from a clean clone, see README), its own report and
// sandbox folders, and the run failing below 80 % (issue 24's bar for every core module).
import base from '../../stryker.config.mjs';

const name = process.env.MUTATION_MODULE;
const mutate = JSON.parse(process.env.MUTATION_MUTATE ?? '[]');
if (!Array.isArray(mutate) || mutate.length === 0)
  throw new Error('MUTATION_MUTATE must be a JSON list of file:from-to ranges');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  incremental: false,
  // The survivors are printed by run-changed.ts, with the line and replacement a developer needs.
  reporters: ['json', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation-changed/${name}/mutation.json` },
  tempDirName: `.stryker-tmp-changed-${name}`,
  thresholds: { ...base.thresholds, break: 80 },
};
