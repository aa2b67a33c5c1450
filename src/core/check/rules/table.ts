/**
 * Table rows: a rate column ("Tỷ lệ (%)", "% KH", "So sánh") must equal the actual and plan columns
 * of its row ("Thực hiện", "Kế hoạch"); a "vượt" column is the excess over plan.
 */
import type { Finding } from '../finding';
import type { TextBlock } from '../../document/text';
import { formatVn, parseVnNumber, roundHalfUp, type VnNumber } from '../../number';
import { agrees, intervalOf, percentInterval, shift, slipKind } from '../precision';
import { type BlockClaims, fold } from '../quantities';

interface Columns {
  actual: number;
  plan: number;
  rate: number;
  excess: boolean;
}

function columnsOf(header: TextBlock[]): Columns | null {
  const names = header.map((c) => fold(c.text));
  const find = (re: RegExp): number => names.findIndex((n) => re.test(n));
  const rate = find(/ty le|%|so sanh|dat \(%\)|vuot/);
  const actual = find(/thuc hien|\bth\b|ket qua|uoc dat/);
  const plan = find(/ke hoach|\bkh\b/);
  if (rate < 0 || actual < 0 || plan < 0 || new Set([rate, actual, plan]).size !== 3) return null;
  return { actual, plan, rate, excess: /vuot/.test(names[rate]) };
}

function cellNumber(cell: TextBlock | undefined): VnNumber | null {
  if (!cell) return null;
  const r = parseVnNumber(cell.text.replace(/%\s*$/, '').trim());
  return r.ok ? r.number : null;
}

export function checkTables(all: readonly BlockClaims[]): Finding[] {
  const tables = new Map<string, TextBlock[]>();
  for (const { block } of all) {
    if (block.story !== 'table' || !block.table) continue;
    const key = `${block.footnoteId ?? ''}#${block.table.table}`;
    tables.set(key, [...(tables.get(key) ?? []), block]);
  }
  const out: Finding[] = [];
  for (const cells of tables.values()) {
    const rows = new Map<number, TextBlock[]>();
    for (const c of cells) rows.set(c.table!.row, [...(rows.get(c.table!.row) ?? []), c]);
    const header = rows.get(0);
    if (!header) continue;
    const cols = columnsOf(header.sort((a, b) => a.table!.cell - b.table!.cell));
    if (!cols) continue;
    for (const [row, list] of rows) {
      if (row === 0) continue;
      const byCell = new Map(list.map((c) => [c.table!.cell, c]));
      const actual = cellNumber(byCell.get(cols.actual));
      const plan = cellNumber(byCell.get(cols.plan));
      const rateCell = byCell.get(cols.rate);
      const rate = cellNumber(rateCell);
      if (!actual || !plan || !rate || !rateCell) continue;
      const iv = percentInterval(intervalOf(actual), intervalOf(plan));
      if (!iv) continue;
      const target = cols.excess ? shift(iv, -100) : iv;
      if (agrees(rate, target)) continue;
      const exact = (actual.value / plan.value) * 100 - (cols.excess ? 100 : 0);
      const expectedNumber = formatVn(roundHalfUp(exact, rate.decimals), { decimals: rate.decimals });
      const expected = rateCell.text.trim().endsWith('%') ? `${expectedNumber}%` : expectedNumber;
      out.push({
        rule: 'table-rate',
        severity: 'error',
        kind: slipKind(rate, exact),
        message: `Dòng ${row} của bảng: ${actual.text}/${plan.text} = ${formatVn(exact, { decimals: rate.decimals + 2 })}%${cols.excess ? ' (phần vượt)' : ''}; cột tỷ lệ phải là ${expectedNumber}, không phải ${rate.text}.`,
        text: rateCell.text,
        location: { story: 'table', block: rateCell.index, start: 0, end: rateCell.text.length },
        stated: rateCell.text,
        expected,
        fix: expected,
      });
    }
  }
  return out;
}
