/**
 * One small SQL interface over SQLite (better-sqlite3) and PostgreSQL (pg), so the store is written
 * once. Queries use "?" placeholders; the PostgreSQL side numbers them. Every value is a parameter.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Pool, type PoolClient } from 'pg';

export type Row = Record<string, unknown>;
export type Param = string | number | null;

export interface Tx {
  all(sql: string, params?: Param[]): Promise<Row[]>;
  run(sql: string, params?: Param[]): Promise<number>;
}

export interface Db extends Tx {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction: all of it is written, or none. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** Another connection (a command-line import, say) holds the database's write lock for too long. */
export class DatabaseBusyError extends Error {
  constructor() {
    super('the database is locked by another writer (SQLITE_BUSY); try again in a few seconds');
  }
}

function isBusy(err: unknown): boolean {
  const code = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

export interface SqliteOptions {
  /**
   * How long a transaction waits for another connection's write lock before giving up with
   * DatabaseBusyError (the service answers 503 with Retry-After). The wait is asynchronous: the
   * process keeps answering other requests meanwhile.
   */
  busyWaitMs?: number;
}

export function openSqlite(file: string, options: SqliteOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // better-sqlite3 is synchronous: SQLite's own busy wait would freeze the event loop for its whole
  // length. Keep it short and wait for the write lock asynchronously, below.
  db.pragma('busy_timeout = 20');
  db.pragma('foreign_keys = ON');
  const busyWaitMs = options.busyWaitMs ?? 2000;
  const begin = async (): Promise<void> => {
    const deadline = Date.now() + busyWaitMs;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      try {
        db.exec('BEGIN IMMEDIATE');
        return;
      } catch (err) {
        if (!isBusy(err)) throw err;
        if (Date.now() + pause > deadline) throw new DatabaseBusyError();
      }
      await new Promise((r) => setTimeout(r, pause));
    }
  };
  // One connection: transactions must not interleave across awaits, so they take turns.
  let queue: Promise<unknown> = Promise.resolve();
  // Compiling a statement costs more than running it: keep each one compiled.
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let st = statements.get(sql);
    if (!st) {
      st = db.prepare(sql);
      statements.set(sql, st);
    }
    return st;
  };
  const tx: Tx = {
    all: async (sql, params = []) => prepared(sql).all(...params) as Row[],
    run: async (sql, params = []) => prepared(sql).run(...params).changes,
  };
  return {
    dialect: 'sqlite',
    ...tx,
    transaction<T>(fn: (t: Tx) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        await begin();
        try {
          const result = await fn(tx);
          db.exec('COMMIT');
          return result;
        } catch (err) {
          // Some errors (SQLITE_FULL among them) end the transaction themselves: a second ROLLBACK
          // would fail and hide the error that says what happened.
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    exec: async (script) => {
      db.exec(script);
    },
    close: async () => {
      await queue;
      db.close();
    },
  };
}

function numbered(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

function pgTx(client: Pool | PoolClient): Tx {
  return {
    all: async (sql, params = []) => (await client.query(numbered(sql), params)).rows as Row[],
    run: async (sql, params = []) => (await client.query(numbered(sql), params)).rowCount ?? 0,
  };
}

/** The SQLSTATE of a PostgreSQL error, if it is one. */
export function sqlState(err: unknown): string | undefined {
  const code = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Errors of a transaction that lost a race, not of its input: a unique key another transaction
 * inserted first (two creates of one new value), a serialization failure, a deadlock. Run again, the
 * transaction sees the winner's row and answers as it would have one after the other.
 */
const RACE_LOST = new Set(['23505', '40001', '40P01']);
const RACE_ATTEMPTS = 6;

export function openPostgres(url: string): Db {
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops (a restart, a failover) is an 'error' event: without a
  // listener it would end the process. The pool replaces the connection on the next query.
  pool.on('error', () => undefined);
  return {
    dialect: 'postgres',
    ...pgTx(pool),
    async transaction<T>(fn: (t: Tx) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn(pgTx(client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          if (attempt >= RACE_ATTEMPTS || !RACE_LOST.has(sqlState(err) ?? '')) throw err;
        } finally {
          client.release();
        }
        // Jittered back-off, so the losers do not collide again in step.
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
      }
    },
    exec: async (script) => {
      await pool.query(script);
    },
    close: () => pool.end(),
  };
}
