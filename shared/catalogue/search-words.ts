/**
 * The search words of a catalogue's entries, kept as the snapshot holds them: lines of UTF-8 bytes
 * (one per entry, in entry order: a space, the entry's folded words separated by spaces, a newline)
 * in a few large buffers, outside the
 * JavaScript heap. At 20,000 jobs these are about 40 MB; as 20,000 strings on the heap the garbage
 * collector copied them twice while a container loaded them (it was the largest part of a cold load's
 * CPU time, issue 17), and the function has 0.29 of a vCPU at 512 MB.
 *
 * A word search is a byte search (Buffer#indexOf) for each folded query word: the same answer as a
 * substring test on each entry's folded words (a valid UTF-8 needle matches only whole characters,
 * and a newline ends every entry, so no match spans two entries).
 */
export class SearchWords {
  private constructor(
    /** Whole lines; no entry spans two segments. */
    private readonly segments: readonly Buffer[],
    /** Where each segment starts, counted over all segments' bytes. */
    private readonly segmentStarts: readonly number[],
    /** Where each entry's line starts (same count), then the end of the last: `count + 1` offsets. */
    private readonly lineStarts: Uint32Array,
  ) {}

  /** Collects the lines of a snapshot's words as they are decompressed. */
  static collector(count: number): SearchWordsCollector {
    return new SearchWordsCollector(count, (segments, segmentStarts, lineStarts) => new SearchWords(segments, segmentStarts, lineStarts));
  }

  /** The words of entries given as strings (folded words, space-separated): for writers and tests. */
  static of(lines: readonly string[]): SearchWords {
    const collector = SearchWords.collector(lines.length);
    if (lines.length > 0) collector.add(Buffer.from(lines.map((line) => ` ${line}\n`).join('')));
    return collector.finish();
  }

  /** Entries holding words, in entry order. */
  get count(): number {
    return this.lineStarts.length - 1;
  }

  /** Bytes held (outside the heap). */
  get byteLength(): number {
    return this.lineStarts[this.count] ?? 0;
  }

  /** The folded words of entry `index`, space-separated. */
  wordsOf(index: number): string {
    const start = this.lineStarts[index]!;
    const s = segmentOf(this.segmentStarts, start);
    const base = this.segmentStarts[s]!;
    // Without the space that opens the line and the newline that ends it.
    return this.segments[s]!.toString('utf8', start - base + 1, this.lineStarts[index + 1]! - base - 1);
  }

  /**
   * Which entries hold every one of `words` (folded, without spaces) as a part of one of their words:
   * one flag per entry, 1 for a match. With no words, every entry matches.
   */
  matching(words: readonly string[]): Uint8Array {
    const flags = new Uint8Array(this.count).fill(1);
    for (const word of words) {
      const found = this.holding(Buffer.from(word, 'utf8'));
      for (let i = 0; i < flags.length; i++) flags[i]! &= found[i]!;
    }
    return flags;
  }

  private holding(needle: Buffer): Uint8Array {
    const found = new Uint8Array(this.count);
    let entry = 0;
    this.segments.forEach((segment, s) => {
      const base = this.segmentStarts[s]!;
      for (let at = segment.indexOf(needle); at !== -1; ) {
        entry = lineOf(this.lineStarts, base + at, entry);
        found[entry] = 1;
        // One match is enough for an entry: go on from the next one's line.
        const next = this.lineStarts[entry + 1]! - base;
        at = next >= segment.length ? -1 : segment.indexOf(needle, next);
      }
    });
    return found;
  }
}

/** Takes decompressed bytes of the words' lines as they come; see SearchWords.collector. */
export class SearchWordsCollector {
  private readonly segments: Buffer[] = [];
  private readonly segmentStarts: number[] = [];
  private readonly lineStarts: Uint32Array;
  private lines = 0;
  private bytes = 0;

  constructor(
    private readonly count: number,
    private readonly build: (segments: Buffer[], segmentStarts: number[], lineStarts: Uint32Array) => SearchWords,
  ) {
    this.lineStarts = new Uint32Array(count + 1);
  }

  /** Lines collected so far. */
  get collected(): number {
    return this.lines;
  }

  /**
   * Adds whole lines (each ending in a newline). Throws RangeError past `count` lines; the caller
   * turns that into its own error.
   */
  add(lines: Buffer): void {
    if (lines.length === 0) return;
    this.segmentStarts.push(this.bytes);
    this.segments.push(lines);
    for (let at = 0; at < lines.length; ) {
      if (this.lines >= this.count) throw new RangeError(`more than ${this.count} lines of words`);
      this.lineStarts[this.lines++] = this.bytes + at;
      const end = lines.indexOf(0x0a, at);
      if (end === -1) throw new RangeError('a line of words without its newline');
      at = end + 1;
    }
    this.bytes += lines.length;
  }

  /** The words, once all `count` lines are in. */
  finish(): SearchWords {
    if (this.lines !== this.count) throw new RangeError(`${this.lines} lines of words where ${this.count} were expected`);
    this.lineStarts[this.count] = this.bytes;
    return this.build(this.segments, this.segmentStarts, this.lineStarts);
  }
}

/** The index of the segment holding byte `offset`. */
function segmentOf(segmentStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = segmentStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (segmentStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The entry whose line holds byte `offset`, searching from entry `from` on (matches come in order). */
function lineOf(lineStarts: Uint32Array, offset: number, from: number): number {
  let low = from;
  let high = lineStarts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
