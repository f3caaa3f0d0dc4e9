import { changedHeadLines, changedLines, intersect, originalLinesOf, toRanges } from './changed-lines';

const text = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('changedLines', () => {
  it('marks a changed line and added lines by their number in the new text', () => {
    const lines = changedLines(text('a', 'b', 'c', 'd'), text('a', 'B', 'c', 'x', 'y', 'd'));

    expect(lines).toEqual([2, 4, 5]);
  });

  it('marks the lines either side of a deletion, since removing a guard changes the code around it', () => {
    const lines = changedLines(text('a', 'b', 'guard', 'c', 'd'), text('a', 'b', 'c', 'd'));

    expect(lines).toEqual([2, 3]);
  });

  it('marks only the first line when the deletion is at the top, and only the last at the bottom', () => {
    expect(changedLines(text('x', 'a', 'b'), text('a', 'b'))).toEqual([1]);
    expect(changedLines(text('a', 'b', 'x'), text('a', 'b'))).toEqual([2]);
  });

  it('marks every line of a new file and none of an unchanged one', () => {
    expect(changedLines(undefined, text('a', 'b', 'c'))).toEqual([1, 2, 3]);
    expect(changedLines(text('a', 'b'), text('a', 'b'))).toEqual([]);
  });
});

describe('originalLinesOf', () => {
  const original = text('const a = f(', '  1,', '  2,', ');', 'const b = 3;', '', '', 'const c = 4;');
  const formatted = text('const a = f(1, 2);', 'const b = 3;', '', 'const c = 4;');

  it('maps a line formatting joined to every line it was joined from', () => {
    expect(originalLinesOf(original, formatted)(1)).toEqual([1, 2, 3, 4]);
  });

  it('maps a line past the rewritten blocks by the lines they added or removed', () => {
    const toOriginal = originalLinesOf(original, formatted);

    expect(toOriginal(2)).toEqual([5]);
    expect(toOriginal(4)).toEqual([8]);
  });

  it('maps a line formatting added to the lines either side of where it went', () => {
    expect(originalLinesOf(text('a', 'b'), text('a', '', 'b'))(2)).toEqual([1, 2]);
  });
});

describe('changedHeadLines', () => {
  it('finds no line when the two formatted versions are the same, whatever the layout of the head', () => {
    const formatted = text('const a = f(1, 2);', 'const b = 3;');

    const lines = changedHeadLines(formatted, text('const a = f(', '  1,', '  2,', ');', 'const b = 3'), formatted);

    expect(lines).toEqual([]);
  });

  it('reports a change found on the formatted text on the head lines it came from', () => {
    const head = text('const a = f(', '  1,', '  5,', ');', 'const b = 3;');
    const baseFormatted = text('const a = f(1, 2);', 'const b = 3;');
    const headFormatted = text('const a = f(1, 5);', 'const b = 3;');

    expect(changedHeadLines(baseFormatted, head, headFormatted)).toEqual([1, 2, 3, 4]);
  });
});

describe('toRanges', () => {
  it('joins consecutive lines, whatever their order and repeats', () => {
    expect(toRanges([9, 3, 4, 5, 4, 12, 13])).toEqual([
      { from: 3, to: 5 },
      { from: 9, to: 9 },
      { from: 12, to: 13 },
    ]);
  });

  it('gives no range for no line', () => {
    expect(toRanges([])).toEqual([]);
  });
});

describe('intersect', () => {
  it('keeps the lines inside one of the ranges, ends included', () => {
    const ranges = [
      { from: 10, to: 20 },
      { from: 30, to: 31 },
    ];

    expect(intersect([9, 10, 20, 21, 30, 31, 32], ranges)).toEqual([10, 20, 30, 31]);
  });

  it('keeps every line for a whole file (no ranges)', () => {
    expect(intersect([1, 500], undefined)).toEqual([1, 500]);
  });
});
