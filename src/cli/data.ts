/**
 * Where the commands get a period's data: --data FILE (a PeriodData JSON, a seed file or a sheet) or
 * --source URL (the service, with the command line's offline copy), and how the source is named in a
 * signing record.
 */
import os from 'node:os';
import path from 'node:path';
import type { PeriodData } from '../core/indicators/schema';
import { type DataSourceIdentity, serviceIdentity } from '../core/sign/record';
import { IndicatorClient } from '../data/client';
import { FileCache } from '../data/file-cache';
import { loadPeriodDataFile } from '../data/load-file';

export interface DataOptions {
  source?: string;
  data?: string;
}

function client(source: string): IndicatorClient {
  return new IndicatorClient({ baseUrl: source, timeoutMs: 15000, cache: new FileCache(path.join(os.homedir(), '.baocao', 'cache')) });
}

/** The data of a period; `offline` is when the copy used was fetched, if the service was not reached. */
export async function loadData(o: DataOptions, period: string): Promise<{ data: PeriodData; offline: string | null }> {
  if (o.data) return { data: await loadPeriodDataFile(o.data, period), offline: null };
  const fresh = await client(o.source ?? '').getPeriod(period);
  return { data: fresh.data, offline: fresh.offline ? fresh.fetchedAt : null };
}

/** Who the data comes from, as a record names it (the service's /healthz identity, else its URL; a file by name). */
export async function sourceIdentity(o: DataOptions): Promise<DataSourceIdentity> {
  if (o.data) return { identity: path.basename(o.data), from: 'file' };
  const c = client(o.source ?? '');
  return serviceIdentity(c.url, await c.health().catch(() => null));
}

/** "--source URL | --data FILE": exactly one, or the Vietnamese reason. */
export function dataChoiceError(o: DataOptions, required = true): string | undefined {
  if (o.source && o.data) return 'Chỉ dùng một trong hai: --source hoặc --data.';
  if (required && !o.source && !o.data) return 'Thiếu nguồn số liệu: --source URL hoặc --data TEP.json.';
  return undefined;
}
