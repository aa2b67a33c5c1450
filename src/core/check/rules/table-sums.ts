/**
 * Tables that add up: a "Tổng số" column is the sum of the columns beside it, and a "Cơ cấu (%)"
 * table repeats a table of values as shares of their row's total. Only a breakdown that holds in
 * most rows is a breakdown: a table whose columns are not parts of its total ("Tổng số | trong đó:
 * nữ") holds in few rows and is left alone.
 */
import type { TextBlock } from '../../document/text';
import type { Finding } from '../finding';
import { formatVn, parseVnNumber, roundHalfUp, type VnNumber } from '../../number';
import { fold } from '../../text/fold';
import { agrees, intervalOf, percentInterval, slipKind } from '../precision';

interface Table {
  blocks: TextBlock[];
  header: string[];
  rows: Map<number, Map<number, TextBlock>>;
}

const TOTAL = /\b(?:tong so|tong cong|total|tong)\b/;

function number(cell: TextBlock | undefined): VnNumber | null {
  const t = cell?.text.trim().replace(/%$/, '').trim();
  if (!t) return null;
  const r = parseVnNumber(t);
  return r.ok && !r.number.ambiguous ? r.number : null;
}

function tablesOf(blocks: readonly TextBlock[]): Table[] {
  const byKey = new Map<string, TextBlock[]>();
  for (const b of blocks) {
    if (!b.table) continue;
    const key = `${b.story}|${b.footnoteId ?? ''}|${b.table.table}`;
    byKey.set(key, [...(byKey.get(key) ?? []), b]);
  }
  const out: Table[] = [];
  for (const list of byKey.values()) {
    const rows = new Map<number, Map<number, TextBlock>>();
    for (const b of list) {
      const row = rows.get(b.table!.row) ?? new Map<number, TextBlock>();
      if (!row.has(b.table!.cell)) row.set(b.table!.cell, b);
      rows.set(b.table!.row, row);
    }
    const head = rows.get(0);
    if (!head) continue;
    const header = [...head.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => fold(b.text).trim());
    out.push({ blocks: list, header, rows });
  }
  return out;
}

function half(n: VnNumber): number {
  return 0.5 * 10 ** -n.decimals;
}

function rowSums(t: Table): Finding[] {
  const total = t.header.findIndex((h, i) => i > 0 && TOTAL.test(h));
  if (total < 0) return [];
  const parts = t.header.map((_, i) => i).filter((i) => i > 0 && i !== total && !/\btrong do\b|\bso sanh\b|%|\bty le\b/.test(t.header[i]));
  if (parts.length < 2) return [];
  const checks: Array<{ cell: TextBlock; stated: VnNumber; sum: number; ok: boolean; decimals: number }> = [];
  for (const [r, row] of t.rows) {
    if (r === 0) continue;
    const stated = number(row.get(total));
    const values = parts.map((i) => number(row.get(i)));
    if (!stated || values.some((v) => !v)) continue;
    const vs = values as VnNumber[];
    const sum = vs.reduce((s, v) => s + v.value, 0);
    const tolerance = vs.reduce((s, v) => s + half(v), 0) + half(stated) + 1e-9;
    checks.push({ cell: row.get(total)!, stated, sum, ok: Math.abs(sum - stated.value) <= tolerance, decimals: Math.max(...vs.map((v) => v.decimals)) });
  }
  const ok = checks.filter((c) => c.ok).length;
  if (checks.length < 2 || ok * 2 < checks.length) return [];
  return checks
    .filter((c) => !c.ok)
    .map((c) => {
      const expected = formatVn(c.sum, { decimals: c.decimals });
      return {
        rule: 'table-sum',
        severity: 'error' as const,
        kind: 'possible' as const,
        message: `Dòng ${c.cell.table!.row + 1} của bảng: các cột cộng lại ${expected}, không khớp cột tổng ${c.cell.text.trim()}.`,
        text: c.cell.text,
        location: { story: c.cell.story, block: c.cell.index, start: 0, end: c.cell.text.length },
        stated: c.cell.text.trim(),
        expected,
      };
    });
}

function label(row: Map<number, TextBlock>): string {
  return fold(row.get(0)?.text ?? '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A "Cơ cấu (%)" table: each cell is its value over the row's total in the table of values with the same columns. */
function structure(values: Table, shares: Table): Finding[] {
  const total = values.header.findIndex((h, i) => i > 0 && TOTAL.test(h));
  if (total < 0) return [];
  const byLabel = new Map<string, Map<number, TextBlock>>();
  for (const [r, row] of values.rows) if (r > 0) byLabel.set(label(row), row);
  const out: Finding[] = [];
  const pending: Finding[] = [];
  let agreeing = 0;
  for (const [r, row] of shares.rows) {
    if (r === 0) continue;
    const source = byLabel.get(label(row));
    const whole = number(source?.get(total));
    if (!source || !whole) continue;
    for (const [c, cell] of row) {
      if (c === 0 || c === total) continue;
      const stated = number(cell);
      const part = number(source.get(c));
      if (!stated || !part) continue;
      const iv = percentInterval(intervalOf(part), intervalOf(whole));
      if (iv && agrees(stated, iv)) agreeing++;
      if (!iv || agrees(stated, iv)) continue;
      const exact = (part.value / whole.value) * 100;
      const expected = formatVn(roundHalfUp(exact, stated.decimals), { decimals: stated.decimals });
      pending.push({
        rule: 'table-structure',
        severity: 'error',
        kind: slipKind(stated, exact),
        message: `Bảng cơ cấu, dòng ${r + 1}: ${part.text}/${whole.text} = ${formatVn(exact, { decimals: stated.decimals + 2 })}%; làm tròn là ${expected}, không phải ${stated.text}.`,
        text: cell.text,
        location: { story: cell.story, block: cell.index, start: 0, end: cell.text.length },
        stated: cell.text.trim(),
        expected,
        fix: expected,
      });
    }
  }
  // the share table is of these values only if most of its cells say so: an index table (last year = 100) with
  // the same columns is another table
  if (agreeing < pending.length || agreeing < 2) return out;
  return [...out, ...pending];
}

export function checkTableSums(blocks: readonly TextBlock[]): Finding[] {
  const tables = tablesOf(blocks);
  const out: Finding[] = [];
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    const isShares = [...t.rows.values()].some((row) => /^100(?:,0+)?$/.test([...row.values()].find((c) => c.table!.cell > 0)?.text.trim() ?? ''));
    const values = isShares ? tables.slice(0, i).reverse().find((v) => v.header.join('|') === t.header.join('|')) : undefined;
    // a share table with its table of values is judged cell by cell: its row sums would only repeat the same mistakes
    out.push(...(values ? structure(values, t) : rowSums(t)));
  }
  return out;
}
