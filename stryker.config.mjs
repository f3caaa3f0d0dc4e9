// Mutation testing of the core modules (issue 24), one module per run: MUTATION_MODULE names one of
// test/mutation/modules.json; `npm run test:mutation` runs them in turn (test/mutation/run.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// `file#name` entries become line ranges here, from the file as it is now, read by the same code as the CI
// step's (test/mutation/mutate-entries.ts, loaded through tsx since this config is plain ESM).
const { onlyPatterns, toStrykerPatterns } = await tsImport('./test/mutation/mutate-entries.ts', import.meta.url);

const modules = JSON.parse(readFileSync(new URL('./test/mutation/modules.json', import.meta.url), 'utf8'));
const name = process.env.MUTATION_MODULE ?? 'conditional-get';
const module = modules[name];
if (!module) throw new Error(`MUTATION_MODULE must be one of ${Object.keys(modules).join(', ')}, not "${name}"`);
// While killing survivors: MUTATION_ONLY=`file#function,…` mutates only those, with the module's tests (its
// report and incremental file are then those of the part, until the module runs whole again).
const only = process.env.MUTATION_ONLY ? process.env.MUTATION_ONLY.split(',').map((entry) => entry.trim()) : undefined;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    // Only the tests that speak for this module: perTest coverage then runs only those that reach a mutant.
    config: { testMatch: module.tests.map((t) => `<rootDir>/${t}`) },
    enableFindRelatedTests: false,
  },
  // The TypeScript checker compiles every mutant first: 45-60 s each on this 2-core machine, which made a
  // module take hours. Without it a mutant that does not compile still runs (swc strips types without
  // checking them) and shows as killed or as a runtime error. MUTATION_TYPECHECK=1 brings the check back.
  ...(process.env.MUTATION_TYPECHECK === '1' ? { checkers: ['typescript'], tsconfigFile: 'tsconfig.json' } : {}),
  mutate: only
    ? onlyPatterns(only, name, module.mutate, fileURLToPath(new URL('.', import.meta.url)))
    : toStrykerPatterns(module.mutate, fileURLToPath(new URL('.', import.meta.url))),
  coverageAnalysis: 'perTest',
  // The machine has 2 cores shared with others.
  concurrency: 1,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: `reports/mutation/${name}/stryker-incremental.json`,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  // Type-check mutants of the mutated sources only; fixtures are not code.
  disableTypeChecks: '{functions,shared}/**/*.ts',
  // One sandbox folder per module, so that two modules can run side by side; neither copies the other's
  // sandbox, the reports or the build output.
  tempDirName: `.stryker-tmp-${name}`,
  ignorePatterns: [
    '/.stryker-tmp*',
    '/reports',
    '/.tmp',
    '/.data',
    '/cdk.out',
    '/site/dist',
    '/coverage',
    '/test-results',
  ],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
