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
import { swapped } from './transposed';

interface Table {
  blocks: TextBlock[];
  header: string[];
  /** The header cells as written, for messages. */
  titles: string[];
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
    const cells = [...head.entries()].sort((a, b) => a[0] - b[0]);
    const header = cells.map(([, b]) => fold(b.text).trim());
    const titles = cells.map(([, b]) => b.text.trim());
    out.push({ blocks: list, header, titles, rows });
  }
  return out;
}

function half(n: VnNumber): number {
  return 0.5 * 10 ** -n.decimals;
}

/** Columns that hold a number in most of the data rows (not labels, not "STT" when it is text). */
function numericColumns(t: Table): number[] {
  const width = Math.max(...[...t.rows.values()].map((row) => Math.max(-1, ...row.keys()))) + 1;
  const data = [...t.rows.entries()].filter(([r]) => r > 0).map(([, row]) => row);
  const out: number[] = [];
  for (let c = 1; c < width; c++) {
    const filled = data.filter((row) => (row.get(c)?.text.trim() ?? '') !== '');
    if (filled.length >= 2 && filled.filter((row) => number(row.get(c))).length * 2 > filled.length) out.push(c);
  }
  return out;
}

const NOT_A_PART = /\btrong do\b|\bso sanh\b|%|\bty le\b|\bti le\b/;
/** Columns of an attribute some of the total have ("Tổng số | Nữ | Dân tộc | …") are no parts of it. */
const ATTRIBUTE = /^(?:nu|dan toc|dan toc thieu so|dang vien|doan vien|ton giao|ngoai dang|tre em|cao tuoi)$/;

/** Which columns each "Tổng số" column adds: those after it up to the next total ("Tổng số | Chia ra: …"), else those before it. */
function columnGroups(t: Table): Array<{ total: number; parts: number[] }> {
  const numeric = numericColumns(t);
  const totals = numeric.filter((i) => TOTAL.test(t.header[i] ?? ''));
  const out: Array<{ total: number; parts: number[] }> = [];
  const part = (i: number): boolean => !NOT_A_PART.test(t.header[i] ?? '') && !ATTRIBUTE.test((t.header[i] ?? '').replace(/[^a-z ]+/g, ' ').trim());
  totals.forEach((k, n) => {
    const next = totals[n + 1] ?? Infinity;
    const previous = totals[n - 1] ?? 0;
    const after = numeric.filter((i) => i > k && i < next && part(i));
    const before = numeric.filter((i) => i < k && i > previous && part(i));
    const parts = after.length >= 2 ? after : totals.length === 1 ? numeric.filter((i) => i !== k && part(i)) : before;
    if (parts.length >= 2) out.push({ total: k, parts });
  });
  return out;
}

interface SumCheck {
  cell: TextBlock;
  stated: VnNumber;
  sum: number;
  ok: boolean;
  decimals: number;
}

function checked(cell: TextBlock, stated: VnNumber, values: readonly VnNumber[]): SumCheck {
  const sum = values.reduce((s, v) => s + v.value, 0);
  const tolerance = values.reduce((s, v) => s + half(v), 0) + half(stated) + 1e-9;
  return { cell, stated, sum, ok: Math.abs(sum - stated.value) <= tolerance, decimals: Math.max(...values.map((v) => v.decimals)) };
}

/** The sums that fail, when most of them hold (a table whose columns or rows are no parts of the total holds in few). */
function failing(checks: readonly SumCheck[], message: (c: SumCheck, expected: string) => string, minOk: number): Finding[] {
  const ok = checks.filter((c) => c.ok).length;
  if (checks.length < 2 || ok < minOk || ok * 2 < checks.length) return [];
  return checks
    .filter((c) => !c.ok)
    .map((c) => {
      const expected = formatVn(c.sum, { decimals: c.decimals });
      return {
        rule: 'table-sum',
        severity: 'error' as const,
        kind: 'possible' as const,
        message: message(c, expected),
        text: c.cell.text,
        location: { story: c.cell.story, block: c.cell.index, start: 0, end: c.cell.text.length },
        stated: c.cell.text.trim(),
        expected,
      };
    });
}

function rowSums(t: Table): Finding[] {
  const out: Finding[] = [];
  for (const { total, parts } of columnGroups(t)) {
    const checks: SumCheck[] = [];
    for (const [r, row] of t.rows) {
      if (r === 0) continue;
      // a row of shares ("Đơn vị tính: %"): each column is a share of its own column's whole, and they do not add across
      if ([...row.values()].some((c) => /^\(?%\)?$/.test(c.text.trim()))) continue;
      const stated = number(row.get(total));
      const values = parts.map((i) => number(row.get(i)));
      if (!stated || values.some((v) => !v)) continue;
      checks.push(checked(row.get(total)!, stated, values as VnNumber[]));
    }
    // a "Tổng số" column may stand beside columns that are no parts of it: two rows at least must show the sum
    out.push(...failing(checks, (c, expected) => `Dòng ${c.cell.table!.row + 1} của bảng: các cột cộng lại ${expected}, không khớp cột tổng ${c.cell.text.trim()}.`, 2));
  }
  return out;
}

/** A row's label: its first cell that is no number (the second when the first is a running number, "STT"). */
function rowLabel(row: Map<number, TextBlock>): string {
  const cells = [...row.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b.text.trim());
  const text = cells.find((c, i) => c !== '' && (i > 0 || !/^(?:\d+|[ivxlc]+|[a-z])\.?$/i.test(c)) && !number({ text: c } as TextBlock)) ?? '';
  return fold(text).toLowerCase().replace(/[^a-z0-9:]+/g, ' ').trim();
}

const TOTAL_ROW = /^(?:tong so|tong cong|cong|tong|toan (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|truong))\b/;

/** A "Cộng" or "Tổng số" row is the sum of the rows it closes (or opens): per column, in most columns. */
function columnSums(t: Table): Finding[] {
  // every column of counts adds down ("Trong đó: đúng hạn" too); rates, averages and comparisons do not
  // ("Năng suất (tạ/ha)": a yield per hectare of each row, the total row's is the whole's, no sum)
  const numeric = numericColumns(t).filter((c) => !/%|\bty le\b|\bti le\b|\bso sanh\b|\btang,? giam\b|\bnang suat\b|\bbinh quan\b|\btrung binh\b|\bdon gia\b|\([^)]*[a-z]\s*\/\s*[a-z][^)]*\)/.test(t.header[c] ?? ''));
  const rows = [...t.rows.entries()].filter(([r]) => r > 0).sort((a, b) => a[0] - b[0]);
  const labels = rows.map(([, row]) => rowLabel(row));
  const isTotal = labels.map((l) => TOTAL_ROW.test(l));
  const hasNumbers = rows.map(([, row]) => numeric.some((c) => number(row.get(c))));
  const out: Finding[] = [];
  rows.forEach(([, row], k) => {
    if (!isTotal[k]) return;
    // the rows it closes, back to the previous total; or, first in the table, the rows it opens
    const span: number[] = [];
    const last = k === rows.length - 1 || isTotal.slice(k + 1).every((x, i) => x || !hasNumbers[k + 1 + i]);
    if (last && k > 0) for (let i = k - 1; i >= 0 && !isTotal[i]; i--) span.unshift(i);
    else if (k === rows.findIndex((_, i) => hasNumbers[i])) for (let i = k + 1; i < rows.length && !isTotal[i]; i++) span.push(i);
    // "trong đó" rows and headings of groups are no parts
    const parts = span.filter((i) => hasNumbers[i] && !/^(?:trong do|trong so do)\b/.test(labels[i]));
    if (parts.length < 2) return;
    const checks: SumCheck[] = [];
    for (const c of numeric) {
      const stated = number(row.get(c));
      const values = parts.map((i) => number(rows[i][1].get(c)));
      if (!stated || values.some((v) => !v)) continue;
      checks.push(checked(row.get(c)!, stated, values as VnNumber[]));
    }
    // a row named "Cộng" or "Tổng số" says itself that it is the sum
    const wrong = failing(checks, (c, expected) => `Cột “${t.titles[c.cell.table!.cell] || c.cell.table!.cell + 1}” của bảng: các dòng cộng lại ${expected}, không khớp dòng tổng ${c.cell.text.trim()}.`, 1);
    for (const f of wrong) {
      const check = checks.find((c) => c.cell.index === f.location.block)!;
      out.push(culprit(t, numericColumns(t), parts.map((i) => rows[i][1]), check) ?? f);
    }
  });
  return out;
}

/**
 * The one cell of a failing column that another relation of its row also blames: "Chứng thực | … | 1.163 |
 * 1.136 | 0 | … | 100": with 1.136 in place of 1.163 the column adds up to its total and the row's rate
 * (1.136/1.136 = 100%) holds too. That cell is the mistake, not the total.
 */
function expected0(v: number, like: VnNumber): string {
  return formatVn(v, { decimals: like.decimals });
}

function culprit(t: Table, numeric: readonly number[], parts: ReadonlyArray<Map<number, TextBlock>>, check: SumCheck): Finding | undefined {
  const c = check.cell.table!.cell;
  const rates = numeric.filter((i) => /%|\bty le\b|\bti le\b/.test(t.header[i] ?? ''));
  const others = numeric.filter((i) => i !== c && !rates.includes(i));
  const blamed: Array<{ cell: TextBlock; value: VnNumber; fixed: number; why: string }> = [];
  for (const row of parts) {
    const value = number(row.get(c));
    if (!value) continue;
    const fixed = value.value - (check.sum - check.stated.value);
    if (fixed < 0) continue;
    for (const p of rates) {
      const rate = number(row.get(p));
      if (!rate) continue;
      const holds = (v: number, x: number, over: boolean): boolean => {
        if ((over ? v : x) <= 0) return false;
        const exact = over ? (x / v) * 100 : (v / x) * 100;
        return agrees(rate, { lo: exact, hi: exact });
      };
      for (const x of others) {
        const xv = number(row.get(x))?.value;
        if (xv === undefined) continue;
        for (const over of [true, false]) {
          // only the relation the rate column is in the other rows: the one that holds in most of them
          const rest = parts.filter((o) => o !== row).map((o) => ({ v: number(o.get(c))?.value, x: number(o.get(x))?.value, r: number(o.get(p)) }));
          const usable = rest.filter((o) => o.v !== undefined && o.x !== undefined && o.r);
          const agreeing = usable.filter((o) => {
            const num = over ? o.x! : o.v!;
            const den = over ? o.v! : o.x!;
            return den > 0 && agrees(o.r!, { lo: (num / den) * 100, hi: (num / den) * 100 });
          }).length;
          if (usable.length < 2 || agreeing * 2 <= usable.length) continue;
          if (!holds(value.value, xv, over) && holds(fixed, xv, over)) {
            blamed.push({ cell: row.get(c)!, value, fixed, why: `và cột “${t.titles[p] ?? ''}” của dòng cũng khớp (${over ? `${number(row.get(x))!.text}/${formatVn(fixed)}` : `${formatVn(fixed)}/${number(row.get(x))!.text}`})` });
          }
        }
      }
    }
  }
  // "| Giải quyết việc làm | 148 | 9.680 |" when the column needs 9.860: two neighbouring digits swapped in one cell
  if (blamed.length === 0) {
    for (const row of parts) {
      const value = number(row.get(c));
      if (!value) continue;
      const fixed = value.value - (check.sum - check.stated.value);
      const written = formatVn(fixed, { decimals: value.decimals });
      if (fixed > 0 && swapped(value.text.replace(/\D/g, ''), written.replace(/\D/g, ''))) blamed.push({ cell: row.get(c)!, value, fixed, why: `${value.text} chỉ là ${expected0(fixed, value)} bị đảo hai chữ số liền nhau` });
    }
  }
  const cells = new Set(blamed.map((b) => b.cell));
  if (cells.size !== 1) return undefined;
  const b = blamed[0];
  const expected = formatVn(b.fixed, { decimals: b.value.decimals });
  return {
    rule: 'table-sum',
    severity: 'error',
    kind: 'certain',
    message: `Dòng “${t.rows.get(b.cell.table!.row)?.get(0)?.text.trim() ?? b.cell.table!.row}”, cột “${t.titles[c] || c + 1}”: ${b.value.text} có lẽ sai, đúng là ${expected}. Cột cộng lại ${formatVn(check.sum, { decimals: check.decimals })}, không khớp dòng tổng ${check.stated.text}; với ${expected} thì cột khớp, ${b.why}.`,
    text: b.cell.text,
    location: { story: b.cell.story, block: b.cell.index, start: 0, end: b.cell.text.length },
    stated: b.cell.text.trim(),
    expected,
    fix: expected,
  };
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
    out.push(...(values ? structure(values, t) : [...rowSums(t), ...columnSums(t)]));
  }
  return out;
}
