import { costOf, sampleLines, type LineMutants } from './changed-mutants';
import { summariseReport } from './mutation-report';

const lines: LineMutants[] = Array.from({ length: 40 }, (_, i) => ({
  path: i < 20 ? 'a.ts' : 'b.ts',
  line: (i % 20) + 1,
  mutants: (i % 4) + 1,
}));
const sum = (chosen: readonly LineMutants[]): number => chosen.reduce((total, line) => total + line.mutants, 0);

describe('sampleLines', () => {
  it('keeps every line when their mutants fit the limit', () => {
    expect(sampleLines(lines, sum(lines))).toEqual(lines);
  });

  it('keeps lines whose mutants add up to the limit at most, from both files', () => {
    const chosen = sampleLines(lines, 30);

    expect(sum(chosen)).toBeLessThanOrEqual(30);
    expect(sum(chosen)).toBeGreaterThanOrEqual(27);
    expect(new Set(chosen.map((line) => line.path))).toEqual(new Set(['a.ts', 'b.ts']));
  });

  it('chooses the same lines for the same change, in whatever order they come', () => {
    const once = sampleLines(lines, 30);
    const again = sampleLines([...lines].reverse(), 30);

    expect(again).toEqual(once);
    expect(once.length).toBeLessThan(lines.length);
  });
});

describe('summariseReport', () => {
  const mutant = (status: string, line: number, mutatorName = 'ConditionalExpression') => ({
    mutatorName,
    replacement: 'false',
    status,
    location: { start: { line } },
  });

  it('scores detected over valid mutants and lists the undetected ones by file and line', () => {
    const report = {
      files: {
        'b.ts': { mutants: [mutant('Killed', 1), mutant('NoCoverage', 9, 'StringLiteral')] },
        'a.ts': {
          mutants: [
            mutant('Survived', 7),
            mutant('Timeout', 2),
            mutant('Killed', 3),
            mutant('CompileError', 4),
            mutant('Ignored', 5),
          ],
        },
      },
    };

    const summary = summariseReport(report);

    expect(summary.mutants).toBe(7);
    expect(summary.score).toBeCloseTo(60);
    expect(summary.undetected).toEqual([
      { path: 'a.ts', line: 7, mutatorName: 'ConditionalExpression', status: 'Survived', replacement: 'false' },
      { path: 'b.ts', line: 9, mutatorName: 'StringLiteral', status: 'NoCoverage', replacement: 'false' },
    ]);
  });

  it('scores 100 when no mutant is valid', () => {
    expect(summariseReport({ files: { 'a.ts': { mutants: [mutant('Ignored', 1)] } } }).score).toBe(100);
  });
});

describe('costOf', () => {
  it('counts the mutants, and each module after the first as its start costs', () => {
    const spread = [
      { module: 'a', path: 'a.ts', line: 1, mutants: 3 },
      { module: 'a', path: 'a.ts', line: 2, mutants: 2 },
      { module: 'b', path: 'b.ts', line: 1, mutants: 1 },
      { module: 'c', path: 'c.ts', line: 1, mutants: 1 },
    ];

    expect(costOf(spread, 7)).toBe(7 + 14);
    expect(costOf(spread.slice(0, 2), 7)).toBe(5);
    expect(costOf([], 7)).toBe(0);
  });
});

describe('sampleLines with a cost per module', () => {
  it('keeps the sample within the limit once the start of each module is counted', () => {
    const modules = lines.map((line) => ({ ...line, module: line.path === 'a.ts' ? 'first' : 'second' }));

    const chosen = sampleLines(modules, 30, 7);

    expect(costOf(chosen, 7)).toBeLessThanOrEqual(30);
    expect(costOf(chosen, 7)).toBeGreaterThanOrEqual(26);
  });
});
