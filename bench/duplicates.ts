import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFlats, flatFacts, groupDuplicates } from '../shared/catalogue/duplicates';
import { scaleListings } from './scale-listings';
import { round } from './stats';

interface Pair {
  label: 'same' | 'different';
  case: string;
  a: Parameters<typeof flatFacts>[0];
  b: Parameters<typeof flatFacts>[0];
}

/**
 * Issue 20's duplicate figures: precision and recall of the same-flat rule on the team's labelled pairs
 * (test/fixtures/duplicates/, its README says how they were made), per case, and what grouping costs
 * a publish of the region's upper bound of rentals (bench/scale-listings.ts). Targets: precision ≥ 0.98,
 * recall ≥ 0.8.
 */
export function benchDuplicates(rentals = 5_000) {
  const { pairs } = JSON.parse(readFileSync(join(__dirname, '../test/fixtures/duplicates/pairs.json'), 'utf8')) as {
    pairs: Pair[];
  };
  const verdicts = pairs.map((pair) => ({ ...pair, merged: compareFlats(flatFacts(pair.a), flatFacts(pair.b)).same }));
  const tp = verdicts.filter((v) => v.merged && v.label === 'same').length;
  const fp = verdicts.filter((v) => v.merged && v.label === 'different').length;
  const fn = verdicts.filter((v) => !v.merged && v.label === 'same').length;
  const cases = [...new Set(pairs.map((p) => p.case))].map((name) => {
    const of = verdicts.filter((v) => v.case === name);
    return { case: name, label: of[0]!.label, pairs: of.length, merged: of.filter((v) => v.merged).length };
  });
  const flats = scaleListings({ jobs: 0, rentals, now: new Date() }).rentals.flatMap((listing) =>
    listing.kind === 'rental' ? [flatFacts(listing)] : [],
  );
  const started = process.cpuUsage();
  const groups = groupDuplicates(flats);
  const cpu = process.cpuUsage(started);
  return {
    set: "test/fixtures/duplicates/pairs.json (team-made, in the portals' shapes)",
    pairs: pairs.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: round(tp / (tp + fp), 3),
    recall: round(tp / (tp + fn), 3),
    targets: { precision: 0.98, recall: 0.8 },
    cases,
    grouping: { rentals: flats.length, groups: groups.length, cpuMs: round((cpu.user + cpu.system) / 1000, 0) },
  };
}

export function printDuplicates(figures: ReturnType<typeof benchDuplicates>): void {
  console.log(
    `\nduplicates across portals (${figures.set}): precision ${figures.precision}, recall ${figures.recall} over ${figures.pairs} pairs; targets ≥ 0.98 / ≥ 0.8`,
  );
  console.table(figures.cases);
  console.log(
    `grouping ${figures.grouping.rentals} generated rentals: ${figures.grouping.groups} groups, ${figures.grouping.cpuMs} ms of CPU`,
  );
}
