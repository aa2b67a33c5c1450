/** A small parser for `--name value` and `--flag` options; its errors are the user's, in Vietnamese. */

/** An option the command does not take, or one without its value. */
export class ArgError extends Error {}
export interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(args: string[], valued: readonly string[], flags: readonly string[] = []): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(name)) {
      options.set(name, true);
    } else if (valued.includes(name)) {
      const v = inline ?? args[++i];
      if (v === undefined || v.startsWith('--')) throw new ArgError(`Tùy chọn --${name} cần một giá trị.`);
      options.set(name, v);
    } else {
      throw new ArgError(`Không có tùy chọn --${name}.`);
    }
  }
  return { positional, options };
}

export function option(p: Parsed, name: string): string | undefined {
  const v = p.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
