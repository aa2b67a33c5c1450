/**
 * `baocao` command line: dispatches to one module per command, loaded on demand so that
 * `baocao check` does not pay for the server's dependencies.
 * Each command module exports `run(args: string[]): Promise<number>` (the exit status).
 */

import { type CommandName, helpFor } from './help';

type CommandModule = { run(args: string[]): Promise<number> };

// require, not import(): tsx and ts-jest run this file as CommonJS, where a dynamic import of a .ts file fails.
function load(get: () => CommandModule): Promise<CommandModule> {
  return new Promise((resolve) => resolve(get()));
}

const COMMANDS: Record<CommandName, { summary: string; load: () => Promise<CommandModule> }> = {
  check: { summary: 'check TỆP [--json]                 tìm số liệu không khớp (.docx, .txt, .md)', load: () => load(() => require('./check') as CommandModule) },
  refresh: { summary: 'refresh BAOCAO.docx --period KỲ (--source URL [--token MÃ] | --data TỆP) -o KETQUA.docx', load: () => load(() => require('./refresh') as CommandModule) },
  bind: { summary: 'bind BAOCAO.docx --period KỲ (--source URL | --data TỆP) -o KETQUA.docx  gắn các số khớp chỉ tiêu', load: () => load(() => require('./bind') as CommandModule) },
  figures: { summary: 'figures BAOCAO.docx [--json]        các số liệu gắn dữ liệu của báo cáo', load: () => load(() => require('./figures') as CommandModule) },
  roll: { summary: 'roll BAOCAO.docx --to KỲ (--source URL | --data TỆP) -o KETQUA.docx  chuyển báo cáo sang kỳ mới', load: () => load(() => require('./roll') as CommandModule) },
  verify: { summary: 'verify BAOCAO.docx [--source URL | --data TỆP]  còn khớp bản ghi nhận trước khi ký không', load: () => load(() => require('./verify') as CommandModule) },
  score: { summary: 'score --corpus [THƯ_MỤC] | NHÃN KẾT_QUẢ  chấm bộ kiểm tra theo nhãn', load: () => load(() => require('./score') as CommandModule) },
  serve: { summary: 'serve [--port N] [--db TỆP]          chạy máy chủ dữ liệu dùng chung', load: () => load(() => require('./serve') as CommandModule) },
  import: { summary: 'import TỆP --department TÊN         nhập bảng số liệu của phòng, ban (XLSX/CSV)', load: () => load(() => require('./import') as CommandModule) },
  token: { summary: 'token add|list|revoke …             quản lý mã truy cập', load: () => load(() => require('./token') as CommandModule) },
};

function usage(): string {
  return ['Cách dùng: baocao <lệnh> [tùy chọn]', '', ...Object.values(COMMANDS).map((c) => `  baocao ${c.summary}`), '', 'baocao <lệnh> --help: cách dùng của từng lệnh.'].join('\n');
}

function isCommand(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    // "baocao help token add" is "baocao token add --help"
    const [about, ...more] = rest;
    if (name === 'help' && about && isCommand(about)) {
      process.stdout.write(helpFor(about, [...more, '--help']) ?? '');
      return 0;
    }
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (!isCommand(name)) {
    process.stderr.write(`Không có lệnh "${name}".\n${usage()}\n`);
    return 2;
  }
  // Help is answered here: it must not load a command's dependencies, nor open its database.
  const help = helpFor(name, rest);
  if (help !== null) {
    process.stdout.write(help);
    return 0;
  }
  try {
    const mod = await COMMANDS[name].load();
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
