import { functionLines, readMutateEntries, readMutateEntry } from './mutate-entries';

const source = [
  "import { x } from './x';", // 1
  '', // 2
  '/** Doc. */', // 3
  'export function walkList(a: number): number {', // 4
  '  return a + 1;', // 5
  '}', // 6
  '', // 7
  'const streamFile = async (b: string) => {', // 8
  '  return b;', // 9
  '};', // 10
  '', // 11
  'export class Store {', // 12
  '  upsert(): void {', // 13
  '    return;', // 14
  '  }', // 15
  '}', // 16
  '', // 17
  'const PERIODS = [', // 18
  '  /měsíc/,', // 19
  '];', // 20
].join('\n');

const files: Record<string, string> = { 'shared/scrape/run-source.ts': source };
const read = (path: string): string => {
  const text = files[path];
  if (text === undefined) throw new Error(`no ${path}`);
  return text;
};

describe('functionLines', () => {
  it('covers a function declaration from its first token after the doc comment to its closing brace', () => {
    expect(functionLines(source, 'run-source.ts', 'walkList')).toEqual([{ from: 4, to: 6 }]);
  });

  it('finds an arrow function held by a constant, and a method by Class.method', () => {
    expect(functionLines(source, 'run-source.ts', 'streamFile')).toEqual([{ from: 8, to: 10 }]);
    expect(functionLines(source, 'run-source.ts', 'Store.upsert')).toEqual([{ from: 13, to: 15 }]);
  });

  it('finds a constant declared at the top of the file, such as a table of patterns', () => {
    expect(functionLines(source, 'run-source.ts', 'PERIODS')).toEqual([{ from: 18, to: 20 }]);
  });

  it('follows a function when the code above it is reformatted', () => {
    const reformatted = `import { y } from './y';\n\n\n${source.replace('walkList(a: number)', 'walkList(\n  a: number,\n)')}`;

    expect(functionLines(reformatted, 'run-source.ts', 'walkList')).toEqual([{ from: 7, to: 11 }]);
    expect(functionLines(reformatted, 'run-source.ts', 'Store.upsert')).toEqual([{ from: 18, to: 20 }]);
  });

  it('throws when the name is not declared, so that a renamed function cannot leave an entry covering nothing', () => {
    expect(() => functionLines(source, 'run-source.ts', 'walkPages')).toThrow(
      'run-source.ts declares no function "walkPages"',
    );
    expect(() => functionLines(source, 'run-source.ts', 'x')).toThrow('declares no function "x"');
  });
});

describe('readMutateEntry', () => {
  it('reads a whole file, a Stryker line range and a named function', () => {
    expect(readMutateEntry('shared/scrape/run-source.ts', read)).toEqual({
      path: 'shared/scrape/run-source.ts',
      ranges: undefined,
    });
    expect(readMutateEntry('shared/scrape/run-source.ts:54-134', read)).toEqual({
      path: 'shared/scrape/run-source.ts',
      ranges: [{ from: 54, to: 134 }],
    });
    expect(readMutateEntry('shared/scrape/run-source.ts#walkList', read)).toEqual({
      path: 'shared/scrape/run-source.ts',
      ranges: [{ from: 4, to: 6 }],
    });
  });

  it('reads a range with columns by its lines', () => {
    expect(readMutateEntry('a.ts:3:5-7:2', read)).toEqual({ path: 'a.ts', ranges: [{ from: 3, to: 7 }] });
  });

  it('refuses a glob, which names no file to diff', () => {
    expect(() => readMutateEntry('shared/normalise/*.ts', read)).toThrow('not a glob');
  });
});

describe('readMutateEntries', () => {
  it('adds up the ranges of one file', () => {
    const targets = readMutateEntries(
      ['shared/scrape/run-source.ts#walkList', 'shared/scrape/run-source.ts:54-134', 'b.ts'],
      read,
    );

    expect(targets).toEqual([
      {
        path: 'shared/scrape/run-source.ts',
        ranges: [
          { from: 4, to: 6 },
          { from: 54, to: 134 },
        ],
      },
      { path: 'b.ts', ranges: undefined },
    ]);
  });

  it('takes a file named whole anywhere as whole', () => {
    expect(readMutateEntries(['b.ts:1-3', 'b.ts', 'b.ts:9-10'], read)).toEqual([{ path: 'b.ts', ranges: undefined }]);
  });
});
