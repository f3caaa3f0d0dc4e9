import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { functionLines, onlyPatterns, toStrykerPatterns } from './mutate-entries';

// The mutation run is too slow for every CI run (README, "Mutation testing"); this keeps its module list
// from rotting silently when a file it names is moved or renamed.
const ROOT = join(__dirname, '..', '..');
const modules = JSON.parse(readFileSync(join(__dirname, 'modules.json'), 'utf8')) as Record<
  string,
  { mutate: string[]; tests: string[] }
>;

/** The files a `dir/*.test.ts`-style pattern (the only glob modules.json uses) or a plain path names. */
function filesOf(pattern: string): string[] {
  const star = pattern.lastIndexOf('*');
  if (star === -1) return existsSync(join(ROOT, pattern)) ? [pattern] : [];
  const dir = pattern.slice(0, pattern.lastIndexOf('/', star));
  const suffix = pattern.slice(star + 1);
  return existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((name) => name.endsWith(suffix))
        .map((name) => `${dir}/${name}`)
    : [];
}

describe('test/mutation/modules.json', () => {
  it.each(Object.entries(modules))(
    'names %s sources that exist, and top-level functions that each declares',
    (_name, module) => {
      for (const entry of module.mutate) {
        const [path, name] = entry.split('#') as [string, string | undefined];
        expect([entry, existsSync(join(ROOT, path))]).toEqual([entry, true]);
        // Line ranges go stale the day the code is reformatted: name the function instead.
        expect(path).not.toMatch(/:\d/);
        if (name === undefined) continue;
        expect(() => functionLines(readFileSync(join(ROOT, path), 'utf8'), path, name)).not.toThrow();
      }
    },
  );

  it.each(Object.entries(modules))('names %s tests that exist, each pattern at least one file', (_name, module) => {
    for (const pattern of module.tests) expect([pattern, filesOf(pattern).length > 0]).toEqual([pattern, true]);
  });
});

describe('the mutate patterns stryker.config.mjs gives Stryker', () => {
  it('turns a named entry into the line range of the file as it is, and leaves a whole file as it is', () => {
    const [walkList] = functionLines(
      readFileSync(join(ROOT, 'shared/scrape/run-source.ts'), 'utf8'),
      'run-source.ts',
      'walkList',
    );

    expect(toStrykerPatterns(['shared/scrape/run-source.ts#walkList', 'shared/normalise/money.ts'], ROOT)).toEqual([
      `shared/scrape/run-source.ts:${walkList!.from}-${walkList!.to}`,
      'shared/normalise/money.ts',
    ]);
    expect(() => toStrykerPatterns(['shared/scrape/run-source.ts#walkLists'], ROOT)).toThrow(
      'shared/scrape/run-source.ts declares no function "walkLists"',
    );
  });
});

describe('MUTATION_ONLY, a part of a module (stryker.config.mjs)', () => {
  const textNormalisers = modules['text-normalisers']!.mutate;

  it('gives the named function of one of the module files as its line range', () => {
    const [utcDay] = functionLines(readFileSync(join(ROOT, 'shared/normalise/dates.ts'), 'utf8'), 'dates.ts', 'utcDay');

    expect(onlyPatterns(['shared/normalise/dates.ts#utcDay'], 'text-normalisers', textNormalisers, ROOT)).toEqual([
      `shared/normalise/dates.ts:${utcDay!.from}-${utcDay!.to}`,
    ]);
  });

  it('refuses a name that is no file, instead of a run of no mutants that replaces the module report', () => {
    expect(() => onlyPatterns(['nope'], 'text-normalisers', textNormalisers, ROOT)).toThrow(
      'MUTATION_ONLY "nope": not a file of module text-normalisers (shared/normalise/dates.ts, ',
    );
    expect(() =>
      onlyPatterns(['shared/normalise/date.ts#toIsoDate'], 'text-normalisers', textNormalisers, ROOT),
    ).toThrow('MUTATION_ONLY "shared/normalise/date.ts#toIsoDate": not a file of module text-normalisers');
  });

  it('refuses a file of another module, whose tests are not run', () => {
    expect(() =>
      onlyPatterns(['shared/normalise/money.ts#parseMoney'], 'text-normalisers', textNormalisers, ROOT),
    ).toThrow('MUTATION_ONLY "shared/normalise/money.ts#parseMoney": not a file of module text-normalisers');
  });
});
