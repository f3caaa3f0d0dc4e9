// npm run test:mutation [-- [--force] [module…]]: runs Stryker on each core module in turn (all of
// test/mutation/modules.json when none is named) and prints the mutation score of each, from the
// report Stryker writes to reports/mutation/<module>/mutation.json (mutation-testing-report-schema),
// with the wall time of the run and per mutant tested. --force ignores the incremental file
// (reports/mutation/<module>/stryker-incremental.json) and tests every mutant again; --table runs
// nothing and prints the table of the last reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const modules = Object.keys(JSON.parse(readFileSync(new URL('./modules.json', import.meta.url), 'utf8')));
const args = process.argv.slice(2);
const force = args.includes('--force');
const tableOnly = args.includes('--table');
const named = args.filter((arg) => arg !== '--force' && arg !== '--table');
const unknown = named.filter((name) => !modules.includes(name));
if (unknown.length > 0) {
  console.error(`unknown module ${unknown.join(', ')}; modules: ${modules.join(', ')}`);
  process.exit(2);
}
const chosen = named.length > 0 ? named : modules;

/**
 * Counts as Stryker's own score: detected (killed, timeout) over valid mutants (detected, survived, no
 * coverage); runtime and compile errors and ignored mutants are not valid. `tested` is how many this run
 * ran, the rest were carried over from the incremental file.
 */
function summarise(report) {
  const mutants = Object.values(report.files).flatMap((f) => f.mutants);
  const count = (...states) => mutants.filter((m) => states.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return {
    mutants: mutants.length,
    detected,
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    errors: count('RuntimeError', 'CompileError'),
    score: valid === 0 ? 100 : (100 * detected) / valid,
  };
}

const seconds = {};
let failed = false;
for (const name of tableOnly ? [] : chosen) {
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', ...(force ? ['--force'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULE: name },
  });
  seconds[name] = (Date.now() - started) / 1000;
  if (run.status !== 0) failed = true;
}

const rows = chosen.map((name) => {
  const file = `reports/mutation/${name}/mutation.json`;
  return {
    name,
    ...(existsSync(file) ? summarise(JSON.parse(readFileSync(file, 'utf8'))) : {}),
    seconds: seconds[name],
  };
});
console.log('\nmodule               score  mutants  detected  survived  no coverage  errors  wall time');
for (const r of rows) {
  if (r.score === undefined) console.log(`${r.name.padEnd(20)} not run`);
  else
    console.log(
      `${r.name.padEnd(20)} ${r.score.toFixed(1).padStart(5)} %  ${String(r.mutants).padStart(6)}  ${String(r.detected).padStart(8)}  ${String(r.survived).padStart(8)}  ${String(r.noCoverage).padStart(11)}  ${String(r.errors).padStart(6)}  ${r.seconds === undefined ? '' : `${Math.round(r.seconds)} s`}`,
    );
}
mkdirSync('reports/mutation', { recursive: true });
if (!tableOnly)
  writeFileSync(
    'reports/mutation/summary.json',
    `${JSON.stringify({ finishedAt: new Date().toISOString(), modules: rows }, null, 2)}\n`,
  );
console.log('\nreports: reports/mutation/<module>/index.html; summary: reports/mutation/summary.json');
process.exitCode = failed ? 1 : 0;
