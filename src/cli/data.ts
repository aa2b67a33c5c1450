/**
 * Where the commands get a period's data: --data FILE (a PeriodData JSON, a seed file or a sheet) or
 * --source URL (the service, with the command line's offline copy), and how the source is named in a
 * signing record.
 */
import os from 'node:os';
import path from 'node:path';
import type { PeriodData } from '../core/indicators/schema';
import { type DataSourceIdentity, serviceIdentity } from '../core/sign/record';
import { describeSource, IndicatorClient } from '../data/client';
import { FileCache } from '../data/file-cache';
import { loadPeriodDataFile } from '../data/load-file';

export interface DataOptions {
  source?: string;
  data?: string;
  /** The service's access token (--token, else BAOCAO_TOKEN). */
  token?: string;
}

function client(o: DataOptions): IndicatorClient {
  return new IndicatorClient({ baseUrl: o.source ?? '', token: o.token, timeoutMs: 15000, cache: new FileCache(path.join(os.homedir(), '.baocao', 'cache')) });
}

/**
 * The data of a period; `offline`, when the service was not reached, names the copy used: whose
 * source it is and when it was fetched ("nguồn http://… (mã nguồn 63d67763) lúc …").
 */
export async function loadData(o: DataOptions, period: string): Promise<{ data: PeriodData; offline: string | null }> {
  if (o.data) return { data: await loadPeriodDataFile(o.data, period), offline: null };
  const fresh = await client(o).getPeriod(period);
  return { data: fresh.data, offline: fresh.offline ? `nguồn ${describeSource(fresh.source)} lúc ${fresh.fetchedAt}` : null };
}

/** Who the data comes from, as a record names it (the service's /healthz identity, else its URL; a file by name). */
export async function sourceIdentity(o: DataOptions): Promise<DataSourceIdentity> {
  if (o.data) return { identity: path.basename(o.data), from: 'file' };
  const c = client(o);
  return serviceIdentity(c.url, await c.health().catch(() => null));
}

/**
 * "--source URL [--token MÃ] | --data FILE": exactly one, or the Vietnamese reason. A token not given
 * is taken from BAOCAO_TOKEN (set on `o`).
 */
export function dataChoiceError(o: DataOptions, required = true): string | undefined {
  if (o.source && o.data) return 'Chỉ dùng một trong hai: --source hoặc --data.';
  if (required && !o.source && !o.data) return 'Thiếu nguồn số liệu: --source URL hoặc --data TEP.json.';
  if (o.token !== undefined && !o.source) return 'Mã truy cập (--token) chỉ dùng với --source.';
  if (o.token !== undefined && !/^\S+$/.test(o.token)) return 'Mã truy cập (--token) không được có dấu cách.';
  if (o.source) o.token ??= process.env.BAOCAO_TOKEN?.trim() || undefined;
  return undefined;
}
