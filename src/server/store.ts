/**
 * The indicator store: indicators, values per period with a version each, an audit log of every
 * change, hashed tokens. Written once over `Db`, so SQLite and PostgreSQL behave the same.
 * The store keeps no state of its own between calls: several service instances can share one database.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ImportResult, Seed, ValueWrite } from '../core/indicators/api';
import type { AuditEntry, Indicator, IndicatorValue, PeriodData, ValueSource } from '../core/indicators/schema';
import { fold } from '../core/text/fold';
import { cleanText } from '../core/text/normalize';
import type { Db, Param, Row, Tx } from './db';
import { normalisedIndicator, searchKey } from './indicator-row';
import { migrate } from './migrations';

import { type ImportRow, VALUE_FIELDS, type ValueField } from '../data/values';
const COLUMN: Record<ValueField, string> = { value: 'value', cumulative: 'cumulative', plan: 'plan', samePeriodLastYear: 'same_period' };

export interface TokenInfo {
  id: string;
  kind: 'read' | 'department';
  department: string | null;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface SourceState {
  /** The random identity made with the database (a UUID). */
  sourceId: string;
  changeSeq: number;
}

export type WriteOutcome =
  | { status: 'written'; value: IndicatorValue }
  | { status: 'conflict'; current: IndicatorValue }
  | { status: 'not-found' };

function num(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

function toIndicator(r: Row): Indicator {
  return {
    id: String(r.id),
    name: String(r.name),
    unit: String(r.unit),
    group: String(r.grp),
    department: String(r.department),
    aliases: JSON.parse(String(r.aliases)) as string[],
    decimals: Number(r.decimals),
  };
}

function toValue(r: Row): IndicatorValue {
  return {
    indicatorId: String(r.indicator_id),
    period: String(r.period),
    value: num(r.value),
    cumulative: num(r.cumulative),
    plan: num(r.plan),
    samePeriodLastYear: num(r.same_period),
    version: Number(r.version),
    updatedBy: String(r.updated_by),
    updatedAt: String(r.updated_at),
    source: String(r.source) as ValueSource,
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The period before: 2026-05 → 2026-04, 2026-Q1 → 2025-Q4, 2026 → 2025. */
export function previousPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  }
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  if (quarter) {
    const y = Number(quarter[1]);
    const q = Number(quarter[2]);
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  return String(Number(period) - 1);
}

/** A transaction that lost a race to a concurrent one (SQLSTATE 40001, serialization failure): db.ts runs it again. */
class RaceLost extends Error {
  readonly code = '40001';
  constructor() {
    super('a concurrent import inserted the same row first');
  }
}

export class ImportRejected extends Error {
  constructor(readonly result: ImportResult) {
    super('import rejected');
  }
}

export class Store {
  private constructor(readonly db: Db) {}

  static async open(db: Db): Promise<Store> {
    await migrate(db);
    return new Store(db);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async isEmpty(): Promise<boolean> {
    const [r] = await this.db.all('SELECT COUNT(*) AS n FROM indicators');
    return Number(r.n) === 0;
  }

  /**
   * Fills an empty database with `seed`; false when it already holds indicators. Instances that start
   * at once against one empty PostgreSQL database seed it once: the check and the writes share a lock.
   */
  async seedIfEmpty(seed: Seed, at = new Date().toISOString()): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if (this.db.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(4243)');
      const [r] = await tx.all('SELECT COUNT(*) AS n FROM indicators');
      if (Number(r.n) > 0) return false;
      for (const i of seed.indicators) await this.upsertIndicator(tx, i);
      for (const v of seed.values) {
        await tx.run(
          'INSERT INTO indicator_values (indicator_id, period, value, cumulative, plan, same_period, version, updated_by, updated_at, source) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)',
          [v.indicatorId, v.period, v.value, v.cumulative, v.plan, v.samePeriodLastYear, 'dữ liệu mẫu', at, 'seed'],
        );
      }
      await this.bump(tx);
      return true;
    });
  }

  async upsertIndicator(tx: Tx, given: Indicator): Promise<void> {
    const i = normalisedIndicator(given);
    const search = searchKey(i);
    const params: Param[] = [i.id, i.name, i.unit, i.group, i.department, JSON.stringify(i.aliases), i.decimals, search];
    const changed = await tx.run('UPDATE indicators SET name = ?, unit = ?, grp = ?, department = ?, aliases = ?, decimals = ?, search = ? WHERE id = ?', [...params.slice(1), i.id]);
    if (changed === 0) await tx.run('INSERT INTO indicators (id, name, unit, grp, department, aliases, decimals, search) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', params);
  }

  /** Every write bumps one counter in the same transaction: the ETag of period data. */
  private async bump(tx: Tx): Promise<void> {
    await tx.run("UPDATE meta SET value = value + 1 WHERE key = 'change_seq'");
  }

  async changeSeq(): Promise<number> {
    return (await this.state()).changeSeq;
  }

  /**
   * The database's identity and change counter, read together in one query: an answer built from them
   * names the database it came from, even if another one was put in its place since the last request.
   */
  async state(): Promise<SourceState> {
    const [r] = await this.db.all("SELECT (SELECT id FROM source_identity WHERE singleton = 1) AS source_id, (SELECT value FROM meta WHERE key = 'change_seq') AS seq");
    return { sourceId: String(r.source_id), changeSeq: Number(r.seq) };
  }

  async searchIndicators(filter: { q?: string; department?: string; group?: string; limit?: number }): Promise<Indicator[]> {
    const where: string[] = [];
    const params: Param[] = [];
    for (const word of fold(cleanText(filter.q ?? '')).split(/\s+/).filter(Boolean)) {
      where.push('search LIKE ?');
      params.push(`%${word.replace(/[%_\\]/g, '')}%`);
    }
    if (filter.department) {
      where.push('department = ?');
      params.push(cleanText(filter.department));
    }
    if (filter.group) {
      where.push('grp = ?');
      params.push(cleanText(filter.group));
    }
    params.push(Math.min(filter.limit ?? 50, 200));
    const rows = await this.db.all(`SELECT * FROM indicators ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY grp, name LIMIT ?`, params);
    return rows.map(toIndicator);
  }

  async indicator(id: string): Promise<Indicator | null> {
    const [r] = await this.db.all('SELECT * FROM indicators WHERE id = ?', [id]);
    return r ? toIndicator(r) : null;
  }

  async periodData(period: string): Promise<PeriodData> {
    const previous = previousPeriod(period);
    const indicators = (await this.db.all('SELECT * FROM indicators ORDER BY grp, name')).map(toIndicator);
    const rows = await this.db.all('SELECT * FROM indicator_values WHERE period IN (?, ?) ORDER BY indicator_id', [period, previous]);
    const values = rows.map(toValue);
    return {
      period,
      previousPeriod: previous,
      indicators,
      values: values.filter((v) => v.period === period),
      previousValues: values.filter((v) => v.period === previous),
      generatedAt: new Date().toISOString(),
    };
  }

  async history(id: string, from?: string, to?: string): Promise<IndicatorValue[]> {
    const rows = await this.db.all('SELECT * FROM indicator_values WHERE indicator_id = ? AND period >= ? AND period <= ? ORDER BY period', [id, from ?? '0000', to ?? '9999']);
    return rows.map(toValue);
  }

  /**
   * Writes one value in `tx` (the caller bumps the change counter once per transaction). `current` is
   * the row as the caller read it, locked where the dialect can (PostgreSQL's FOR UPDATE).
   */
  private async writeIn(tx: Tx, id: string, period: string, write: ValueWrite, actor: string, source: ValueSource, at: string): Promise<WriteOutcome> {
    const [row] = await tx.all(`SELECT * FROM indicator_values WHERE indicator_id = ? AND period = ?${this.forUpdate()}`, [id, period]);
    const current = row ? toValue(row) : null;
    const fields = VALUE_FIELDS.filter((f) => write[f] !== undefined);
    if (!current) {
      if (write.version !== undefined && write.version !== 0) return { status: 'not-found' };
      await tx.run(
        'INSERT INTO indicator_values (indicator_id, period, value, cumulative, plan, same_period, version, updated_by, updated_at, source) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)',
        [id, period, write.value ?? null, write.cumulative ?? null, write.plan ?? null, write.samePeriodLastYear ?? null, actor, at, source],
      );
    } else {
      if (write.version === undefined || write.version !== current.version) return { status: 'conflict', current };
      const sets = fields.map((f) => `${COLUMN[f]} = ?`).join(', ');
      const changed = await tx.run(
        `UPDATE indicator_values SET ${sets}, version = version + 1, updated_by = ?, updated_at = ?, source = ? WHERE indicator_id = ? AND period = ? AND version = ?`,
        [...fields.map((f) => write[f] ?? null), actor, at, source, id, period, current.version],
      );
      if (changed === 0) {
        const [now] = await tx.all('SELECT * FROM indicator_values WHERE indicator_id = ? AND period = ?', [id, period]);
        return { status: 'conflict', current: toValue(now) };
      }
    }
    for (const f of fields) {
      const old = current ? current[f] : null;
      const next = write[f] ?? null;
      if (old === next) continue;
      await tx.run('INSERT INTO audit (indicator_id, period, field, old_value, new_value, changed_by, changed_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [id, period, f, old, next, actor, at, source]);
    }
    const version = current ? current.version + 1 : 1;
    const merged = { ...(current ?? { indicatorId: id, period, value: null, cumulative: null, plan: null, samePeriodLastYear: null }), ...Object.fromEntries(fields.map((f) => [f, write[f] ?? null])) };
    return { status: 'written', value: { ...merged, version, updatedBy: actor, updatedAt: at, source } };
  }

  /** Row locks for a read that a write will follow, where the dialect has them (SQLite's BEGIN IMMEDIATE locks all). */
  private forUpdate(): string {
    return this.db.dialect === 'postgres' ? ' FOR UPDATE' : '';
  }

  async writeValue(id: string, period: string, write: ValueWrite, actor: string, source: ValueSource = 'entry'): Promise<WriteOutcome> {
    return this.db.transaction(async (tx) => {
      const outcome = await this.writeIn(tx, id, period, write, actor, source, new Date().toISOString());
      if (outcome.status === 'written') await this.bump(tx);
      return outcome;
    });
  }

  /** Which department owns each of `ids` (absent: no such indicator). */
  private async owners(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await this.db.all(`SELECT id, department FROM indicators WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
      for (const r of rows) out.set(String(r.id), String(r.department));
    }
    return out;
  }

  /**
   * All rows or none, with a row-by-row account. Everything that can be checked without writing is
   * checked first, outside any write lock; the write is then one short transaction, so a large import
   * holds the database for the time of its writes only and other writers are not kept waiting long.
   */
  async importRows(rows: ImportRow[], actor: string, departmentAsTyped: string, rejected: ImportResult['rows']): Promise<ImportResult> {
    const department = cleanText(departmentAsTyped);
    const owners = await this.owners([...new Set(rows.map((r) => r.indicatorId))]);
    const account: ImportResult['rows'] = [...rejected];
    for (const r of rows) {
      const owner = owners.get(r.indicatorId);
      if (owner === undefined) account.push({ row: r.row, status: 'rejected', indicatorId: r.indicatorId, period: r.period, reason: `Không có chỉ tiêu mã “${r.indicatorId}”.` });
      else if (owner !== department) account.push({ row: r.row, status: 'rejected', indicatorId: r.indicatorId, period: r.period, reason: `Chỉ tiêu “${r.indicatorId}” thuộc ${owner}, không thuộc ${department}.` });
    }
    const summary = (list: ImportResult['rows']): ImportResult => {
      list.sort((a, b) => a.row - b.row);
      const committed = list.every((a) => a.status === 'accepted');
      return { committed, accepted: committed ? list.length : 0, rejected: list.filter((a) => a.status === 'rejected').length, rows: list };
    };
    if (account.length > 0) {
      const refused = new Set(account.map((a) => a.row));
      for (const r of rows) if (!refused.has(r.row)) account.push({ row: r.row, status: 'accepted', indicatorId: r.indicatorId, period: r.period });
      return summary(account);
    }
    const at = new Date().toISOString();
    try {
      return await this.db.transaction(async (tx) => {
        const written: ImportResult['rows'] = [];
        for (const r of rows) {
          // The owner again, inside the lock: an indicator handed to another department since the check is not written.
          const [ind] = await tx.all('SELECT department FROM indicators WHERE id = ?', [r.indicatorId]);
          const [cur] = await tx.all(`SELECT version FROM indicator_values WHERE indicator_id = ? AND period = ?${this.forUpdate()}`, [r.indicatorId, r.period]);
          const outcome = ind && String(ind.department) === department ? await this.writeIn(tx, r.indicatorId, r.period, { ...r.fields, version: cur ? Number(cur.version) : 0 }, actor, 'import', at) : null;
          // A row that was absent when read locks nothing: another import can insert it before this one writes.
          // That is a lost race, not the user's conflict: the transaction runs again and sees the row.
          if (outcome && outcome.status !== 'written' && !cur) throw new RaceLost();
          written.push(
            outcome?.status === 'written'
              ? { row: r.row, status: 'accepted', indicatorId: r.indicatorId, period: r.period }
              : { row: r.row, status: 'rejected', indicatorId: r.indicatorId, period: r.period, reason: outcome ? 'Giá trị vừa bị thay đổi bởi người khác; hãy nhập lại.' : `Chỉ tiêu “${r.indicatorId}” vừa được chuyển cho đơn vị khác.` },
          );
        }
        const result = summary(written);
        if (!result.committed) throw new ImportRejected(result);
        await this.bump(tx);
        return result;
      });
    } catch (err) {
      if (err instanceof ImportRejected) return err.result;
      throw err;
    }
  }

  async audit(filter: { indicator?: string; period?: string; limit?: number }): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: Param[] = [];
    if (filter.indicator) {
      where.push('indicator_id = ?');
      params.push(filter.indicator);
    }
    if (filter.period) {
      where.push('period = ?');
      params.push(filter.period);
    }
    params.push(Math.min(filter.limit ?? 500, 5000));
    const rows = await this.db.all(`SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`, params);
    return rows.map((r) => ({
      id: Number(r.id),
      indicatorId: String(r.indicator_id),
      period: String(r.period),
      field: String(r.field) as AuditEntry['field'],
      oldValue: num(r.old_value),
      newValue: num(r.new_value),
      changedBy: String(r.changed_by),
      changedAt: String(r.changed_at),
      source: String(r.source) as ValueSource,
    }));
  }

  /** A new token; `department` is the name as stored (normalised), to be shown back. */
  async addToken(kind: TokenInfo['kind'], department: string | null, label: string): Promise<{ id: string; token: string; department: string | null }> {
    const token = `bc_${randomBytes(24).toString('base64url')}`;
    const id = randomBytes(4).toString('hex');
    // In a transaction, as every write: it waits for another writer's lock instead of failing at once.
    const dept = department === null ? null : cleanText(department);
    await this.db.transaction((tx) => tx.run('INSERT INTO tokens (id, hash, kind, department, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL)', [id, hashToken(token), kind, dept, cleanText(label), new Date().toISOString()]));
    return { id, token, department: dept };
  }

  async listTokens(): Promise<TokenInfo[]> {
    const rows = await this.db.all('SELECT * FROM tokens ORDER BY created_at');
    return rows.map((r) => ({
      id: String(r.id),
      kind: String(r.kind) as TokenInfo['kind'],
      department: r.department === null ? null : String(r.department),
      label: String(r.label),
      createdAt: String(r.created_at),
      revokedAt: r.revoked_at === null ? null : String(r.revoked_at),
    }));
  }

  async revokeToken(id: string): Promise<boolean> {
    return (await this.db.transaction((tx) => tx.run('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [new Date().toISOString(), id]))) > 0;
  }

  async authenticate(token: string): Promise<TokenInfo | null> {
    const [r] = await this.db.all('SELECT * FROM tokens WHERE hash = ? AND revoked_at IS NULL', [hashToken(token)]);
    if (!r) return null;
    return { id: String(r.id), kind: String(r.kind) as TokenInfo['kind'], department: r.department === null ? null : String(r.department), label: String(r.label), createdAt: String(r.created_at), revokedAt: null };
  }

  async hasReadTokens(): Promise<boolean> {
    const [r] = await this.db.all("SELECT COUNT(*) AS n FROM tokens WHERE kind = 'read' AND revoked_at IS NULL");
    return Number(r.n) > 0;
  }
}
