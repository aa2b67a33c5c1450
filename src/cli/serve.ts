/** `baocao serve [--port N] [--host H] [--db FILE]`: the shared indicator service (PostgreSQL with DATABASE_URL). */
import { startDataService } from '../server';
import { option, parseArgs } from './args';

export async function run(args: string[]): Promise<number> {
  const p = parseArgs(args, ['port', 'host', 'db', 'cors'], ['read-token']);
  const port = Number(option(p, 'port') ?? 3100);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port cần một số cổng (0 đến 65535)');
  const service = await startDataService({
    port,
    host: option(p, 'host'),
    dbFile: option(p, 'db'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    config: {
      ...(option(p, 'cors') ? { corsOrigins: option(p, 'cors')!.split(',') } : {}),
      requireReadToken: p.options.has('read-token'),
    },
  });
  process.stdout.write(`Máy chủ số liệu chạy tại ${service.url} (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}); bấm Ctrl+C để dừng.\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await service.close();
  return 0;
}
