import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The mutation run is too slow for every CI run (README, "Mutation testing"); this keeps its module list
// from rotting silently when a file it names is moved or renamed.
const ROOT = join(__dirname, '..', '..');
const modules = JSON.parse(readFileSync(join(__dirname, 'modules.json'), 'utf8')) as Record<string, { mutate: string[]; tests: string[] }>;

/** The files a `dir/*.test.ts`-style pattern (the only glob modules.json uses) or a plain path names. */
function filesOf(pattern: string): string[] {
  const star = pattern.lastIndexOf('*');
  if (star === -1) return existsSync(join(ROOT, pattern)) ? [pattern] : [];
  const dir = pattern.slice(0, pattern.lastIndexOf('/', star));
  const suffix = pattern.slice(star + 1);
  return existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).filter((name) => name.endsWith(suffix)).map((name) => `${dir}/${name}`) : [];
}

describe('test/mutation/modules.json', () => {
  it.each(Object.entries(modules))('names %s sources that exist, with line ranges inside them', (_name, module) => {
    for (const entry of module.mutate) {
      const [path, range] = entry.split(':') as [string, string | undefined];
      expect(existsSync(join(ROOT, path))).toBe(true);
      if (range === undefined) continue;
      const [from, to] = range.split('-').map(Number) as [number, number];
      const lines = readFileSync(join(ROOT, path), 'utf8').split('\n').length;
      expect(from).toBeGreaterThanOrEqual(1);
      expect(to).toBeGreaterThanOrEqual(from);
      expect(to).toBeLessThanOrEqual(lines);
    }
  });

  it.each(Object.entries(modules))('names %s tests that exist, each pattern at least one file', (_name, module) => {
    for (const pattern of module.tests) expect([pattern, filesOf(pattern).length > 0]).toEqual([pattern, true]);
  });
});
