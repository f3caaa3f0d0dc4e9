// Which lines of a source a change touches, ignoring layout: CI mutates only those (issue 24,
// `npm run test:mutation:changed`). Pure: texts in, line numbers out; git and Prettier are the caller's.
import { structuredPatch } from 'diff';

/** Lines `from`–`to` of a file, 1-based and inclusive (Stryker's `file:from-to`). */
export interface LineRange {
  from: number;
  to: number;
}

interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
}

function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function hunks(before: string, after: string): Hunk[] {
  return structuredPatch('before', 'after', before, after, '', '', { context: 0 }).hunks;
}

/**
 * The lines of `after` (1-based, ascending) that a line diff from `before` marks as added or changed.
 * A deletion marks the lines either side of where the text was, since removing a guard changes the code
 * around it. `before` undefined (a new file) marks every line.
 */
export function changedLines(before: string | undefined, after: string): number[] {
  const total = lineCount(after);
  if (before === undefined) return Array.from({ length: total }, (_, i) => i + 1);
  const lines = new Set<number>();
  for (const hunk of hunks(before, after)) {
    if (hunk.newLines > 0) {
      for (let line = hunk.newStart; line < hunk.newStart + hunk.newLines; line += 1) lines.add(line);
    } else {
      // jsdiff numbers an empty side by the line after the gap: the lines either side are newStart - 1 and newStart.
      for (const line of [hunk.newStart - 1, hunk.newStart]) if (line >= 1 && line <= total) lines.add(line);
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/**
 * For each line of `formatted` (1-based), the lines of `original` it was formatted from: the same line
 * moved by the lines added or removed above it, or every line of a block Prettier rewrote (lines joined
 * or split). Used to bring lines found on formatted text back to the file Stryker mutates.
 */
export function originalLinesOf(original: string, formatted: string): (line: number) => number[] {
  const rewritten = hunks(original, formatted);
  const originalTotal = lineCount(original);
  return (line) => {
    let shift = 0;
    for (const hunk of rewritten) {
      const end = hunk.newStart + hunk.newLines;
      if (line >= hunk.newStart && line < end) {
        if (hunk.oldLines > 0) return Array.from({ length: hunk.oldLines }, (_, i) => hunk.oldStart + i);
        // A line formatting added (a blank line): jsdiff's oldStart is the original line after it.
        return [hunk.oldStart - 1, hunk.oldStart].filter((near) => near >= 1 && near <= originalTotal);
      }
      if (line < end) break;
      shift = hunk.oldStart + hunk.oldLines - end;
    }
    return [line + shift];
  };
}

/**
 * The lines of `head` a change touches when both versions are compared as formatted text: `baseFormatted`
 * and `headFormatted` are Prettier's output for the two versions, so a change of layout only (line
 * breaks, quotes, commas) touches nothing. `baseFormatted` undefined: the file is new, every line counts.
 */
export function changedHeadLines(baseFormatted: string | undefined, head: string, headFormatted: string): number[] {
  const toHead = originalLinesOf(head, headFormatted);
  const lines = new Set(changedLines(baseFormatted, headFormatted).flatMap(toHead));
  return [...lines].sort((a, b) => a - b);
}

/** Ascending line numbers as the fewest ranges (`[3, 4, 5, 9]` gives 3–5 and 9–9). */
export function toRanges(lines: readonly number[]): LineRange[] {
  const ranges: LineRange[] = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && line === last.to + 1) last.to = line;
    else ranges.push({ from: line, to: line });
  }
  return ranges;
}

/** The lines in both: `lines` kept where one of `ranges` holds them (`ranges` undefined: the whole file). */
export function intersect(lines: readonly number[], ranges: readonly LineRange[] | undefined): number[] {
  if (ranges === undefined) return [...lines];
  return lines.filter((line) => ranges.some((range) => line >= range.from && line <= range.to));
}
