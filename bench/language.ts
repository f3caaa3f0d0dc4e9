import { evaluateLanguageSet, loadLabelledAds } from './language-evaluation';
import { evaluateDevSet, loadDevAds } from './language-dev-set';
import { round } from './stats';

/*
 * npm run bench:language: only the language-requirement figures, in a second, for iterating on the
 * rules. `--misses` lists every dev-set ad read wrong (ids and labels only, never the texts).
 */

const own = evaluateLanguageSet(loadLabelledAds());
console.log(`project snippets (test/fixtures/language, ${own.ads} ads): English-friendly precision ${round(own.precision, 3)}, recall ${round(own.recall, 3)}`);
const dev = loadDevAds();
if (!dev) {
  console.log('language-dev set (../shared/language-dev/ads.jsonl) not found: skipped');
} else {
  const result = evaluateDevSet(dev);
  console.log(
    `language-dev (${result.ads} real ads): English-friendly precision ${round(result.englishFriendly.precision, 3)}, recall ${round(result.englishFriendly.recall, 3)}; ` +
      `Czech-required recall ${round(result.czechRequired.recall, 3)} of ${result.czechRequired.ads}, shown English-friendly ${result.czechRequired.shownEnglishFriendly}; ` +
      `accuracy Czech ${round(result.accuracy.czech, 3)}, English ${round(result.accuracy.english, 3)}`,
  );
  if (process.argv.includes('--misses')) for (const miss of result.misses) console.log(JSON.stringify(miss));
}
