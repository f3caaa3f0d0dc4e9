// npm run test:mutation:changed: mutation testing of the lines a change touches in the core modules
// (test/mutation/modules.json), run by CI (.ci/run). The change is the working tree against MUTATION_BASE,
// by default HEAD's first parent: in CI's clone of main, HEAD is the merge commit, so that is the merged
// branch. Both versions are compared as Prettier formats them, so a change of layout touches no line.
// Each touched module runs Stryker on its touched lines with its own tests and fails below 80 %; past
// MUTATION_CHANGED_MAX mutants (default 40) a fixed sample of lines is tested. `-- --dry-run` prints the
// lines and mutants it would test and runs nothing. README, "Mutation testing in CI".
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { intersect, toRanges } from './changed-lines';
import { mutantsPerLine, sampleLines, type LineMutants } from './changed-mutants';
import { readMutateEntries } from './mutate-entries';
import { changedLinesSince, revisionExists } from './git-change';
import { summariseReport, type ReportSummary } from './mutation-report';

const BREAK = 80;
// Measured on the 2-core CI machine, loaded: about 70 s for Stryker's start and first test run per module,
// then 7-12 s a mutant at concurrency 2; 40 mutants keep one module under 10 minutes (README).
const limit = Number(process.env.MUTATION_CHANGED_MAX ?? 40);
// A second module's start and first test run cost about as long as 7 mutants (same measure).
const MODULE_COST = 7;
const concurrency = Number(process.env.MUTATION_CONCURRENCY ?? Math.min(2, availableParallelism()));
const modules = JSON.parse(readFileSync('test/mutation/modules.json', 'utf8')) as Record<
  string,
  { mutate: string[]; tests: string[] }
>;

/** Every line a module's entries cover that the change touches, with the mutants Stryker will make there. */
async function touchedLines(base: string, entries: readonly string[]): Promise<LineMutants[]> {
  const targets = readMutateEntries(entries, (file) => readFileSync(file, 'utf8')).filter(({ path }) =>
    existsSync(path),
  );
  const changed = await changedLinesSince(
    base,
    targets.map(({ path }) => path),
  );
  const found: LineMutants[] = [];
  for (const { path, ranges } of targets) {
    const lines = intersect(changed.get(path) ?? [], ranges);
    if (lines.length > 0) found.push(...(await mutantsPerLine(path, readFileSync(path, 'utf8'), toRanges(lines))));
  }
  return found;
}

function printSurvivors(name: string, summary: ReportSummary): void {
  for (const mutant of summary.undetected) {
    console.log(
      `  ${mutant.path}:${mutant.line}  ${mutant.mutatorName}  ${mutant.status}  → ${mutant.replacement.replace(/\s+/g, ' ').slice(0, 100)}`,
    );
  }
  if (summary.undetected.length > 0) {
    console.log(`  ${name}: kill each with a test, or if it cannot change behaviour mark it above its line:`);
    console.log('    // Stryker disable next-line <Mutator>: <why it cannot change behaviour>');
  }
}

async function main(): Promise<number> {
  const base = process.env.MUTATION_BASE ?? 'HEAD^1';
  if (!revisionExists(base)) {
    if (process.env.MUTATION_BASE !== undefined) {
      console.error(`MUTATION_BASE=${base} names no commit`);
      return 2;
    }
    const shallow =
      spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout.trim() === 'true';
    console.log(
      shallow
        ? 'mutation (changed lines): this clone is shallow and has no parent of HEAD to compare with (clone with --depth=2 or more); nothing mutated.'
        : 'mutation (changed lines): HEAD has no parent, so there is no change to compare; nothing to mutate.',
    );
    return 0;
  }
  const touched = new Map<string, LineMutants[]>();
  for (const [name, module] of Object.entries(modules)) {
    const lines = await touchedLines(base, module.mutate);
    if (lines.length > 0)
      touched.set(
        name,
        lines.map((line) => ({ ...line, module: name })),
      );
  }
  const all = [...touched.values()].flat();
  const total = all.reduce((sum, line) => sum + line.mutants, 0);
  if (total === 0) {
    console.log(
      `mutation (changed lines): the change against ${base} touches no mutable line of the core modules; nothing to mutate.`,
    );
    return 0;
  }
  const sample = new Set(sampleLines(all, limit, MODULE_COST));
  if (sample.size < all.length) {
    const kept = [...sample].reduce((sum, line) => sum + line.mutants, 0);
    console.log(
      `mutation (changed lines): ${total} mutants on ${all.length} changed lines, in ${touched.size} module(s): over the ${limit} CI tests (MUTATION_CHANGED_MAX; a module after the first counts as ${MODULE_COST}).`,
    );
    console.log(`  Testing a fixed sample of ${kept} mutants on ${sample.size} lines; the rest are NOT tested here.`);
    console.log(`  Run the whole modules before merging: npm run test:mutation -- ${[...touched.keys()].join(' ')}`);
  }

  if (process.argv.includes('--dry-run')) {
    for (const [name, lines] of touched) {
      const kept = lines.filter((line) => sample.has(line));
      if (kept.length === 0) continue;
      console.log(
        `${name}: ${kept.reduce((sum, line) => sum + line.mutants, 0)} mutants on ${kept.length} lines: ${kept.map((line) => `${line.path}:${line.line}`).join(' ')}`,
      );
    }
    return 0;
  }

  let failed = false;
  const results: string[] = [];
  for (const [name, lines] of touched) {
    const kept = lines.filter((line) => sample.has(line));
    if (kept.length === 0) continue;
    const mutate = [...new Set(kept.map((line) => line.path))].flatMap((path) =>
      toRanges(kept.filter((line) => line.path === path).map((line) => line.line)).map(
        ({ from, to }) => `${path}:${from}-${to}`,
      ),
    );
    console.log(`\nmutation (changed lines): ${name}: ${mutate.join(' ')}`);
    const report = `reports/mutation-changed/${name}/mutation.json`;
    // A report left by an earlier run must not stand for this one if Stryker stops before writing its own.
    rmSync(report, { force: true });
    const started = Date.now();
    const run = spawnSync('npx', ['stryker', 'run', 'test/mutation/stryker.changed.config.mjs'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        MUTATION_MODULE: name,
        MUTATION_MUTATE: JSON.stringify(mutate),
        MUTATION_CONCURRENCY: String(concurrency),
      },
    });
    const seconds = Math.round((Date.now() - started) / 1000);
    if (run.status !== 0) failed = true;
    if (!existsSync(report)) {
      results.push(`${name.padEnd(20)} no report (stryker exited ${run.status}) ${seconds} s`);
      continue;
    }
    const summary = summariseReport(JSON.parse(readFileSync(report, 'utf8')));
    if (summary.score < BREAK) failed = true;
    results.push(
      `${name.padEnd(20)} ${summary.score.toFixed(1).padStart(5)} %  ${String(summary.mutants).padStart(7)}  ${String(summary.undetected.length).padStart(10)}  ${seconds} s`,
    );
    printSurvivors(name, summary);
  }
  console.log(`\nmutation (changed lines), against ${base}; fails below ${BREAK} %`);
  console.log('module               score  mutants  undetected  wall time');
  for (const row of results) console.log(row);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
