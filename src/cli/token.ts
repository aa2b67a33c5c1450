/** `baocao token add --department NAME | add --read | list | revoke ID [--db FILE]`. Tokens are stored hashed. */
import { CLI_BUSY_WAIT_MS, openStore } from '../server';
import { option, parseArgs } from './args';

export async function run(args: string[]): Promise<number> {
  const p = parseArgs(args, ['department', 'label', 'db'], ['read']);
  const [action, id] = p.positional;
  const store = await openStore({ dbFile: option(p, 'db'), databaseUrl: process.env.DATABASE_URL || undefined, busyWaitMs: CLI_BUSY_WAIT_MS });
  try {
    if (action === 'add') {
      const department = option(p, 'department');
      if (!department && !p.options.has('read')) throw new Error('token add cần --department TÊN_PHÒNG hoặc --read');
      const t = await store.addToken(department ? 'department' : 'read', department ?? null, option(p, 'label') ?? '');
      process.stdout.write(`Mã truy cập ${t.id} (${t.department ?? 'chỉ đọc'}): ${t.token}\nHãy chép lại ngay: máy chủ chỉ giữ bản băm, không xem lại được.\n`);
      return 0;
    }
    if (action === 'list') {
      for (const t of await store.listTokens()) {
        process.stdout.write(`${t.id}  ${(t.kind === 'read' ? 'chỉ đọc' : 'ghi').padEnd(10)} ${(t.department ?? '-').padEnd(28)} ${t.label.padEnd(16)} ${t.createdAt}${t.revokedAt ? `  đã thu hồi ${t.revokedAt}` : ''}\n`);
      }
      return 0;
    }
    if (action === 'revoke') {
      if (!id) throw new Error('token revoke cần mã số của mã truy cập (xem token list)');
      if (!(await store.revokeToken(id))) {
        process.stderr.write(`Không có mã truy cập ${id} đang dùng.\n`);
        return 1;
      }
      process.stdout.write(`Đã thu hồi mã truy cập ${id}.\n`);
      return 0;
    }
    throw new Error('cách dùng: baocao token add --department TÊN_PHÒNG | add --read | list | revoke MÃ_SỐ');
  } finally {
    await store.close();
  }
}
