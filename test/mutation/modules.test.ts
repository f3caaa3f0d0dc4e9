import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { declarationLines, toStrykerPattern } from './mutate-ranges.cjs';

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
        expect([entry, declarationLines(readFileSync(join(ROOT, path), 'utf8'), name)]).toEqual([
          entry,
          expect.objectContaining({ from: expect.any(Number) }),
        ]);
      }
    },
  );

  it.each(Object.entries(modules))('names %s tests that exist, each pattern at least one file', (_name, module) => {
    for (const pattern of module.tests) expect([pattern, filesOf(pattern).length > 0]).toEqual([pattern, true]);
  });
});

describe('test/mutation/mutate-ranges.cjs', () => {
  const SOURCE = [
    '/** Says hello. */',
    'export async function greet(name: string): Promise<string> {',
    '  return `hello ${name}`;',
    '}',
    '',
    'const shout = (text: string) =>',
    '  text.toUpperCase();',
    '',
    'export class Greeter {',
    '  private readonly prefix = "hi";',
    '  greet(name: string): string {',
    '    return `${this.prefix} ${name}`;',
    '  }',
    '}',
  ].join('\n');

  it.each([
    ['greet', { from: 2, to: 4 }],
    ['shout', { from: 6, to: 7 }],
    ['Greeter', { from: 9, to: 14 }],
    ['Greeter.greet', { from: 11, to: 13 }],
  ])('finds the lines of %s from its first token to its last, its doc comment left out', (name, lines) => {
    expect(declarationLines(SOURCE, name)).toEqual(lines);
  });

  it('follows a function when the code above it is reformatted', () => {
    const reformatted = `import { a } from './a';\n\n\n${SOURCE.replace('export async function greet(name: string): Promise<string> {', 'export async function greet(\n  name: string,\n): Promise<string> {')}`;

    expect(declarationLines(reformatted, 'greet')).toEqual({ from: 5, to: 9 });
    expect(declarationLines(reformatted, 'Greeter.greet')).toEqual({ from: 16, to: 18 });
  });

  it('finds no name that is only nested, or absent', () => {
    expect(declarationLines('function outer() { function inner() {} }', 'inner')).toBeUndefined();
    expect(declarationLines(SOURCE, 'wave')).toBeUndefined();
  });

  it('turns a named entry into the Stryker line range of the file as it is, and leaves a whole file as it is', () => {
    const lines = declarationLines(readFileSync(join(ROOT, 'shared/scrape/run-source.ts'), 'utf8'), 'walkList')!;

    expect(toStrykerPattern('shared/scrape/run-source.ts#walkList', ROOT)).toBe(
      `shared/scrape/run-source.ts:${lines.from}-${lines.to}`,
    );
    expect(toStrykerPattern('shared/scrape/run-source.ts', ROOT)).toBe('shared/scrape/run-source.ts');
    expect(() => toStrykerPattern('shared/scrape/run-source.ts#walkLists', ROOT)).toThrow(
      'shared/scrape/run-source.ts declares no top-level "walkLists"',
    );
  });
});
