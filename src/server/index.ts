/**
 * Starting the service: the store (SQLite file by default, PostgreSQL by URL), migrated and, when
 * empty, filled with the sample data of data/seed/, then the HTTP server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SeedSchema } from '../core/indicators/api';
import { warmSheetReader } from '../data/sheet-pool';
import { buildServer, DEFAULT_CONFIG, type ServiceConfig } from './app';
import { openPostgres, openSqlite } from './db';
import { Store } from './store';

export const SEED_FILE = path.resolve(__dirname, '..', '..', 'data', 'seed', 'lung-phinh-2026.json');
/** A command line run waits for the service's short writes rather than fail: nobody is waiting on it. */
export const CLI_BUSY_WAIT_MS = 30_000;
export const DEFAULT_DB_FILE = path.resolve(__dirname, '..', '..', 'data', 'baocao.sqlite');

export interface StoreOptions {
  dbFile?: string;
  databaseUrl?: string;
  /** Fill an empty database with the sample data (default true). */
  seed?: boolean;
  /** SQLite: how long a write waits for another process's lock (default 2 s; the service then answers 503). */
  busyWaitMs?: number;
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const db = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dbFile ?? DEFAULT_DB_FILE, { busyWaitMs: options.busyWaitMs });
  const store = await Store.open(db);
  if (options.seed !== false && (await store.isEmpty())) {
    await store.seedIfEmpty(SeedSchema.parse(JSON.parse(readFileSync(SEED_FILE, 'utf8'))));
  }
  return store;
}

export interface DataServiceOptions extends StoreOptions {
  port?: number;
  host?: string;
  config?: Partial<ServiceConfig>;
}

export async function startDataService(options: DataServiceOptions = {}): Promise<{ url: string; store: Store; close(): Promise<void> }> {
  const store = await openStore(options);
  const app = buildServer(store, { ...DEFAULT_CONFIG, ...options.config });
  warmSheetReader();
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 3100, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export { buildServer, DEFAULT_CONFIG } from './app';
export { Store } from './store';
