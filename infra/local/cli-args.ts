/** Reads `--name value` and `--flag` arguments; anything else is positional. */
export function parseArgs(argv: readonly string[], flags: readonly string[]): { options: Record<string, string | true>; positional: string[] } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (flags.includes(arg.slice(2))) options[arg.slice(2)] = true;
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) options[arg.slice(2)] = argv[++i]!;
    else throw new Error(`${arg} needs a value`);
  }
  return { options, positional };
}
