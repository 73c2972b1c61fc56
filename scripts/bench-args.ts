// The benchmarks' command-line numbers ("--titles 50000"), read one way everywhere.

/** The positive whole number after `--name`, else `fallback`; anything else stops the script. */
export function positiveArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}
