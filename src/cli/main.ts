/**
 * `baocao` command line: dispatches to one module per command, loaded on demand so that
 * `baocao check` does not pay for the server's dependencies.
 * Each command module exports `run(args: string[]): Promise<number>` (the exit status).
 */

type CommandModule = { run(args: string[]): Promise<number>; HELP?: string };

// require, not import(): tsx and ts-jest run this file as CommonJS, where a dynamic import of a .ts file fails.
function load(get: () => CommandModule): Promise<CommandModule> {
  return new Promise((resolve) => resolve(get()));
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  check: { summary: 'check FILE [--json]            find numbers that do not agree (.docx, .txt, .md)', load: () => load(() => require('./check') as CommandModule) },
  refresh: { summary: 'refresh IN.docx --period YYYY-MM [--source URL | --data FILE] -o OUT.docx', load: () => load(() => require('./refresh') as CommandModule) },
  bind: { summary: 'bind IN.docx --period YYYY-MM (--source URL | --data FILE) -o OUT.docx  bind the plain numbers that match indicators', load: () => load(() => require('./bind') as CommandModule) },
  figures: { summary: 'figures FILE.docx [--json]        the bound figures of a report', load: () => load(() => require('./figures') as CommandModule) },
  roll: { summary: 'roll IN.docx --to YYYY-MM (--source URL | --data FILE) -o OUT.docx  move a report to a new period', load: () => load(() => require('./roll') as CommandModule) },
  verify: { summary: 'verify FILE.docx [--source URL | --data FILE]  does it still match its signing record', load: () => load(() => require('./verify') as CommandModule) },
  score: { summary: 'score --corpus [DIR] | LABELS FINDINGS  score the checker against labelled claims', load: () => load(() => require('./score') as CommandModule) },
  serve: { summary: 'serve [--port N] [--db FILE]    run the shared indicator service', load: () => load(() => require('./serve') as CommandModule) },
  import: { summary: 'import FILE --department NAME  import a department sheet (XLSX/CSV)', load: () => load(() => require('./import') as CommandModule) },
  token: { summary: 'token add|list|revoke …         manage department and read tokens', load: () => load(() => require('./token') as CommandModule) },
};

function usage(): string {
  return ['Usage: baocao <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  baocao ${c.summary}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Không có lệnh "${name}".\n${usage()}\n`);
    return 2;
  }
  try {
    const mod = await command.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${mod.HELP ?? `Cách dùng: baocao ${command.summary}`}\n`);
      return 0;
    }
    return await mod.run(rest);
  } catch (err) {
    process.stderr.write(`baocao ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

/** "baocao check report.docx | head": a reader that stops early is no error of ours. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
}

if (require.main === module) {
  quietOnClosedPipe();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
