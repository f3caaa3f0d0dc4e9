/**
 * The search words of a catalogue's entries, kept as the snapshot holds them: lines of UTF-8 bytes
 * (one per entry, in entry order: a space, the entry's folded words separated by spaces, a newline)
 * in a few large buffers, outside the
 * JavaScript heap. At 20,000 jobs these are about 40 MB; as 20,000 strings on the heap the garbage
 * collector copied them twice while a container loaded them (it was the largest part of a cold load's
 * CPU time, issue 17), and the function has 0.29 of a vCPU at 512 MB.
 *
 * A word search is a byte search (Buffer#indexOf) in an entry's line for each folded query word: the
 * same answer as a substring test on the entry's folded words (a valid UTF-8 needle matches only
 * whole characters, and the search stays within the line).
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
    return new SearchWordsCollector(
      count,
      (segments, segmentStarts, lineStarts) => new SearchWords(segments, segmentStarts, lineStarts),
    );
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

  /** The folded words of entry `index`, space-separated. */
  wordsOf(index: number): string {
    const start = this.lineStarts[index]!;
    const s = segmentOf(this.segmentStarts, start);
    const base = this.segmentStarts[s]!;
    // Without the space that opens the line and the newline that ends it.
    return this.segments[s]!.toString('utf8', start - base + 1, this.lineStarts[index + 1]! - base - 1);
  }

  /**
   * A test of whether entry `index` holds every one of `words` (folded, without spaces) as a part of
   * one of its words; a word given as a list holds when any of its forms does (an English search word
   * and the Czech terms it stands for: shared/text/search-synonyms.ts). Per entry, so that a query
   * walking its order stops looking once its page is full.
   */
  matcher(words: readonly (string | readonly string[])[]): (index: number) => boolean {
    const needles = words.map((word) =>
      (typeof word === 'string' ? [word] : word).map((form) => Buffer.from(form, 'utf8')),
    );
    return (index) => {
      const start = this.lineStarts[index]!;
      const s = segmentOf(this.segmentStarts, start);
      const base = this.segmentStarts[s]!;
      const line = this.segments[s]!.subarray(start - base, this.lineStarts[index + 1]! - base);
      return needles.every((forms) => forms.some((needle) => line.indexOf(needle) !== -1));
    };
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
    for (let at = 0; at < lines.length;) {
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
    if (this.lines !== this.count)
      throw new RangeError(`${this.lines} lines of words where ${this.count} were expected`);
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
