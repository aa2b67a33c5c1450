/**
 * Period data from a local file, for `baocao refresh --data FILE` and offline work: a PeriodData
 * JSON, a seed file (data/seed/*.json), or a department sheet (XLSX/CSV) with its indicator columns.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { periodLabel } from '../core/figures/render';
import { SeedSchema } from '../core/indicators/api';
import { type Indicator, type IndicatorValue, type PeriodData, PeriodDataSchema } from '../core/indicators/schema';
import { DataSourceError } from './client';
import { parseSheet } from './sheet-pool';

function previousOf(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
}

function fromRows(period: string, indicators: Indicator[], rows: Array<Omit<IndicatorValue, 'version' | 'updatedBy' | 'updatedAt' | 'source'>>, at: string): PeriodData {
  const prev = previousOf(period);
  const full = (r: (typeof rows)[number]): IndicatorValue => ({ ...r, version: 1, updatedBy: 'tệp dữ liệu', updatedAt: at, source: 'import' });
  return {
    period,
    previousPeriod: prev,
    indicators,
    values: rows.filter((r) => r.period === period).map(full),
    previousValues: rows.filter((r) => r.period === prev).map(full),
    generatedAt: at,
  };
}

export async function loadPeriodDataFile(file: string, period: string): Promise<PeriodData> {
  const ext = path.extname(file).toLowerCase();
  const at = new Date().toISOString();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new DataSourceError(`Không đọc được tệp dữ liệu ${file}.`);
  }
  if (ext === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new DataSourceError(`Tệp ${path.basename(file)} không phải JSON hợp lệ.`);
    }
    const asPeriod = PeriodDataSchema.safeParse(json);
    if (asPeriod.success) {
      if (asPeriod.data.period !== period) throw new DataSourceError(`Dữ liệu là của ${periodLabel(asPeriod.data.period)}, không phải ${periodLabel(period)} (tệp ${path.basename(file)}).`);
      return asPeriod.data;
    }
    const asSeed = SeedSchema.safeParse(json);
    if (asSeed.success) return fromRows(period, asSeed.data.indicators, asSeed.data.values, at);
    throw new DataSourceError(`Tệp ${path.basename(file)} không đúng định dạng số liệu (${asPeriod.error.issues[0]?.path.join('.')}).`);
  }
  if (ext === '.csv' || ext === '.xlsx') {
    const sheet = await parseSheet(bytes, ext === '.csv' ? 'csv' : 'xlsx');
    if (sheet.rejected.length) throw new DataSourceError(sheet.rejected.map((r) => r.reason).join(' '));
    const rows = sheet.rows.map((r) => ({ indicatorId: r.indicatorId, period: r.period, value: r.fields.value ?? null, cumulative: r.fields.cumulative ?? null, plan: r.fields.plan ?? null, samePeriodLastYear: r.fields.samePeriodLastYear ?? null }));
    // A sheet names indicators by id only: the figures supply units and names from the document.
    const indicators: Indicator[] = [...new Set(rows.map((r) => r.indicatorId))].map((id) => ({ id, name: id, unit: '', group: '', department: 'tệp dữ liệu', aliases: [], decimals: 0 }));
    return fromRows(period, indicators, rows, at);
  }
  throw new DataSourceError(`Không hỗ trợ tệp ${ext || '(không đuôi)'}: dùng .json, .csv hoặc .xlsx.`);
}
