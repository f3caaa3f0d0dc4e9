import { evaluateDevSet, loadDevAds } from './language-dev-set';
import { languageFigures, printLanguageFigures } from './language-figures';

/*
 * npm run bench:language: only the language-requirement figures, in a second or two, for iterating
 * on the rules (npm run bench writes the same figures to bench-results.json). `--misses` lists every
 * language-dev ad read wrong, by id and labels only, never its text.
 */

printLanguageFigures(languageFigures());
const dev = loadDevAds();
if (dev && process.argv.includes('--misses'))
  for (const miss of evaluateDevSet(dev).misses) console.log(JSON.stringify(miss));
