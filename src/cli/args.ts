/** A small argv parser: positionals, `--flag`, `--key value`, `--key=value`, repeatable keys. */

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[]>;
}

/** Parses argv; `booleans` lists flags that never take a value. */
export function parseArgs(argv: string[], booleans: string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (k: string, v: string) => flags.set(k, [...(flags.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) { add(a.slice(2, eq), a.slice(eq + 1)); continue; }
      const name = a.slice(2);
      if (booleans.includes(name) || name.startsWith('no-') || i + 1 >= argv.length || argv[i + 1].startsWith('--')) add(name, 'true');
      else add(name, argv[++i]);
    } else if (a.startsWith('-') && a.length === 2 && a !== '-') {
      add(a.slice(1), 'true');
    } else {
      positionals.push(a);
    }
  }
  return { positionals, flags };
}

export const flag = (a: ParsedArgs, name: string): string | undefined => a.flags.get(name)?.at(-1);
export const has = (a: ParsedArgs, name: string): boolean => a.flags.has(name) && flag(a, name) !== 'false';
export const all = (a: ParsedArgs, name: string): string[] => a.flags.get(name) ?? [];
