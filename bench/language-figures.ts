import { evaluateDevSet, loadDevAds } from './language-dev-set';
import { evaluateLanguageSet, loadLabelledAds } from './language-evaluation';
import { round } from './stats';

/** Targets of issue 15, on real ads. */
const TARGETS = {
  englishFriendlyPrecision: 0.95,
  englishFriendlyRecall: 0.9,
  czechRequiredRecall: 0.95,
  czechRequiredShownEnglishFriendly: 0,
};

export interface LanguageSetFigures {
  set: string;
  ads?: number;
  englishFriendly?: { precision: number; recall: number };
  czechRequired?: { ads: number; recall: number; shownEnglishFriendly: number };
  accuracy?: { czech: number; english: number };
  adsReadWrong?: string[];
}

/**
 * The language-requirement figures, each labelled with the set it comes from: the project's own
 * snippets (written by the team with the rules, so optimistic) and, when it is on this machine, the
 * language-dev set of real ads labelled by hand (../shared/language-dev; skipped when absent).
 */
export function languageFigures(): { targets: typeof TARGETS; sets: LanguageSetFigures[] } {
  const own = evaluateLanguageSet(loadLabelledAds());
  const devAds = loadDevAds();
  const dev = devAds && evaluateDevSet(devAds);
  return {
    targets: TARGETS,
    sets: [
      {
        set: 'project snippets (test/fixtures/language/labelled-ads.json, written by the team)',
        ads: own.ads,
        englishFriendly: { precision: round(own.precision, 3), recall: round(own.recall, 3) },
      },
      dev
        ? {
            set: 'language-dev (../shared/language-dev/ads.jsonl, real ads labelled by hand)',
            ads: dev.ads,
            englishFriendly: {
              precision: round(dev.englishFriendly.precision, 3),
              recall: round(dev.englishFriendly.recall, 3),
            },
            czechRequired: {
              ads: dev.czechRequired.ads,
              recall: round(dev.czechRequired.recall, 3),
              shownEnglishFriendly: dev.czechRequired.shownEnglishFriendly,
            },
            accuracy: { czech: round(dev.accuracy.czech, 3), english: round(dev.accuracy.english, 3) },
            adsReadWrong: dev.misses.map((m) => m.id),
          }
        : { set: 'language-dev (../shared/language-dev/ads.jsonl): not on this machine, skipped' },
    ],
  };
}

export function printLanguageFigures(figures: ReturnType<typeof languageFigures>): void {
  console.log(
    'language requirement (targets on real ads: English-friendly precision ≥ 0.95, recall ≥ 0.90; Czech-required recall ≥ 0.95; no Czech-required ad shown English-friendly)',
  );
  for (const set of figures.sets) {
    if (!set.englishFriendly) {
      console.log(`  ${set.set}`);
      continue;
    }
    const czech = set.czechRequired
      ? `; Czech-required recall ${set.czechRequired.recall} of ${set.czechRequired.ads}, shown English-friendly ${set.czechRequired.shownEnglishFriendly}`
      : '';
    console.log(
      `  ${set.set}, ${set.ads} ads: English-friendly precision ${set.englishFriendly.precision}, recall ${set.englishFriendly.recall}${czech}`,
    );
  }
}
