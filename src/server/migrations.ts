/**
 * Schema migrations for both stores, applied in order on start; each runs once (schema_migrations).
 * The DDL differs only where the dialects do (auto-increment ids).
 */
import { randomUUID } from 'node:crypto';
import type { Indicator } from '../core/indicators/schema';
import { cleanText } from '../core/text/normalize';
import type { Db, Tx } from './db';
import { normalisedIndicator, searchKey } from './indicator-row';

interface Migration {
  version: number;
  sql(dialect: Db['dialect']): string;
  /** What SQL alone cannot do the same way in both dialects, run after `sql` in the same transaction. */
  then?(tx: Tx): Promise<void>;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    sql: (d) => `
      CREATE TABLE indicators (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        grp TEXT NOT NULL,
        department TEXT NOT NULL,
        aliases TEXT NOT NULL,
        decimals INTEGER NOT NULL,
        search TEXT NOT NULL
      );
      CREATE TABLE indicator_values (
        indicator_id TEXT NOT NULL REFERENCES indicators(id),
        period TEXT NOT NULL,
        value DOUBLE PRECISION,
        cumulative DOUBLE PRECISION,
        plan DOUBLE PRECISION,
        same_period DOUBLE PRECISION,
        version INTEGER NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (indicator_id, period)
      );
      CREATE INDEX indicator_values_period ON indicator_values (period);
      CREATE TABLE audit (
        id ${d === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY'},
        indicator_id TEXT NOT NULL,
        period TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value DOUBLE PRECISION,
        new_value DOUBLE PRECISION,
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        source TEXT NOT NULL
      );
      CREATE INDEX audit_indicator_period ON audit (indicator_id, period);
      CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        department TEXT,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
      INSERT INTO meta (key, value) VALUES ('change_seq', 0);
    `,
  },
  {
    // The identity of this database, made once with it: clients key their copies and ETags by it, so
    // another database behind the same address (or the same change counter) is never taken for this one.
    version: 2,
    sql: () => `
      CREATE TABLE source_identity (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        id TEXT NOT NULL,
        created_at TEXT NOT NULL
      )
    `,
    then: async (tx) => {
      await tx.run('INSERT INTO source_identity (singleton, id, created_at) VALUES (1, ?, ?)', [randomUUID(), new Date().toISOString()]);
    },
  },
  {
    // Names stored before they were normalised: a department written in NFD is made the NFC one, so
    // its tokens write its indicators.
    version: 3,
    sql: () => '',
    then: async (tx) => {
      for (const r of await tx.all('SELECT id, department, label FROM tokens')) {
        const department = r.department === null ? null : cleanText(String(r.department));
        if (department !== r.department || cleanText(String(r.label)) !== r.label) await tx.run('UPDATE tokens SET department = ?, label = ? WHERE id = ?', [department, cleanText(String(r.label)), String(r.id)]);
      }
      for (const r of await tx.all('SELECT * FROM indicators')) {
        const before: Indicator = { id: String(r.id), name: String(r.name), unit: String(r.unit), group: String(r.grp), department: String(r.department), aliases: JSON.parse(String(r.aliases)) as string[], decimals: Number(r.decimals) };
        const i = normalisedIndicator(before);
        if (JSON.stringify(i) === JSON.stringify(before) && searchKey(i) === r.search) continue;
        await tx.run('UPDATE indicators SET name = ?, unit = ?, grp = ?, department = ?, aliases = ?, search = ? WHERE id = ?', [i.name, i.unit, i.group, i.department, JSON.stringify(i.aliases), searchKey(i), i.id]);
      }
    },
  },
];

const BOOKKEEPING = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)';

export async function migrate(db: Db): Promise<void> {
  if (db.dialect === 'postgres') {
    // Several instances may start at once against one database: one migrates, the others wait. Even
    // CREATE TABLE IF NOT EXISTS races in PostgreSQL (both create the table's type), so it waits too.
    await db.transaction(async (tx) => {
      await tx.all('SELECT pg_advisory_xact_lock(4242)');
      await tx.run(BOOKKEEPING);
      await apply(db, tx);
    });
    return;
  }
  await db.exec(BOOKKEEPING);
  await db.transaction((tx) => apply(db, tx));
}

async function apply(db: Db, tx: Tx): Promise<void> {
  const done = new Set((await tx.all('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    for (const statement of m.sql(db.dialect).split(';').map((s) => s.trim()).filter(Boolean)) await tx.run(statement);
    await m.then?.(tx);
    await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [m.version, new Date().toISOString()]);
  }
}
