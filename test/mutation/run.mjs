// npm run test:mutation [module…]: runs Stryker on each core module in turn (all of
// test/mutation/modules.json when none is named) and prints the mutation score of each, from the
// report Stryker writes to reports/mutation/<module>/mutation.json (mutation-testing-report-schema).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const modules = Object.keys(JSON.parse(readFileSync(new URL('./modules.json', import.meta.url), 'utf8')));
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : modules;

/** Score as Stryker counts it: detected (killed, timeout) over valid mutants (detected, survived, no coverage). */
function score(name) {
  const file = `reports/mutation/${name}/mutation.json`;
  if (!existsSync(file)) return undefined;
  const mutants = Object.values(JSON.parse(readFileSync(file, 'utf8')).files).flatMap((f) => f.mutants);
  const count = (...states) => mutants.filter((m) => states.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return { detected, survived: count('Survived'), noCoverage: count('NoCoverage'), score: valid === 0 ? 100 : (100 * detected) / valid };
}

let failed = false;
for (const name of chosen) {
  const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env: { ...process.env, MUTATION_MODULE: name } });
  if (run.status !== 0) failed = true;
}
console.log('\nmodule               score   detected  survived  no coverage');
for (const name of chosen) {
  const s = score(name);
  console.log(s ? `${name.padEnd(20)} ${s.score.toFixed(1).padStart(5)} %  ${String(s.detected).padStart(8)}  ${String(s.survived).padStart(8)}  ${String(s.noCoverage).padStart(11)}` : `${name.padEnd(20)} not run`);
}
process.exitCode = failed ? 1 : 0;
