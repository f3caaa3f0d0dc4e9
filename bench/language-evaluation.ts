import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessLanguages } from '../shared/normalise/language-requirements';

export interface LabelledAd {
  text: string;
  englishFriendly: boolean;
  czech?: string;
  english?: string;
}

export function loadLabelledAds(): LabelledAd[] {
  return (
    JSON.parse(readFileSync(join(__dirname, '../test/fixtures/language/labelled-ads.json'), 'utf8')) as {
      ads: LabelledAd[];
    }
  ).ads;
}

/** Precision and recall of "English-friendly" on the labelled set, with the ads it got wrong. */
export function evaluateLanguageSet(ads: readonly LabelledAd[]) {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  const wrong: { text: string; expected: boolean }[] = [];
  for (const ad of ads) {
    const predicted = assessLanguages({ text: ad.text }).englishFriendly;
    if (predicted && ad.englishFriendly) truePositive++;
    if (predicted && !ad.englishFriendly) falsePositive++;
    if (!predicted && ad.englishFriendly) falseNegative++;
    if (predicted !== ad.englishFriendly) wrong.push({ text: ad.text, expected: ad.englishFriendly });
  }
  return {
    ads: ads.length,
    precision: truePositive / Math.max(1, truePositive + falsePositive),
    recall: truePositive / Math.max(1, truePositive + falseNegative),
    wrong,
  };
}
