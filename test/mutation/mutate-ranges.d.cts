/** The lines (1-based, inclusive) a top-level declaration (`name` or `Class.method`) spans; undefined when absent. */
export function declarationLines(source: string, name: string): { from: number; to: number } | undefined;
/** `path` as it is, or `path:from-to` for `path#name`; throws when the file declares no such name. */
export function toStrykerPattern(entry: string, root: string): string;
