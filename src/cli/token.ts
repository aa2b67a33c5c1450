/** `baocao token add --department NAME | add --read | list | revoke ID [--db FILE]`. Tokens are stored hashed. */
import { openStore } from '../server';
import { option, parseArgs } from './args';

export async function run(args: string[]): Promise<number> {
  const p = parseArgs(args, ['department', 'label', 'db'], ['read']);
  const [action, id] = p.positional;
  const store = await openStore({ dbFile: option(p, 'db'), databaseUrl: process.env.DATABASE_URL || undefined });
  try {
    if (action === 'add') {
      const department = option(p, 'department');
      if (!department && !p.options.has('read')) throw new Error('token add needs --department NAME or --read');
      const t = await store.addToken(department ? 'department' : 'read', department ?? null, option(p, 'label') ?? '');
      process.stdout.write(`Token ${t.id} (${department ?? 'read only'}): ${t.token}\nKeep it now: only its hash is stored.\n`);
      return 0;
    }
    if (action === 'list') {
      for (const t of await store.listTokens()) {
        process.stdout.write(`${t.id}  ${t.kind.padEnd(10)} ${(t.department ?? '-').padEnd(28)} ${t.label.padEnd(16)} ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}\n`);
      }
      return 0;
    }
    if (action === 'revoke') {
      if (!id) throw new Error('token revoke needs the token id (see token list)');
      if (!(await store.revokeToken(id))) {
        process.stderr.write(`No active token ${id}.\n`);
        return 1;
      }
      process.stdout.write(`Token ${id} revoked.\n`);
      return 0;
    }
    throw new Error('usage: baocao token add --department NAME | add --read | list | revoke ID');
  } finally {
    await store.close();
  }
}
