/**
 * A share of a table's total said in the text: "dư nợ do Hội Nông dân quản lý chiếm 30,3% tổng dư nợ"
 * under the table "| Hội Nông dân | 14 | 712 | 38.640 | … |" with its row "| Cộng | … | 117.000 | … |".
 * The row is the one the clause names before the percent; the column, the one whose header words the
 * base after the percent names ("tổng dư nợ" is "Dư nợ (triệu đồng)", "số hộ còn dư nợ" is "Số hộ còn
 * dư nợ"); the total, the same column's cell of the table's total row. A percent no reading of the two
 * cells gives, and no figure of its own sentence explains, is a finding.
 */
import { atNumber, type Finding } from '../finding';
import type { TextBlock } from '../../document/text';
import { formatVn, roundHalfUp } from '../../number';
import { type Mention, type MentionIndex, rowLabel, tableCells, words } from '../mentions';
import { agrees, intervalOf, percentInterval, slipKind } from '../precision';
import { fold } from '../../text/fold';
import { cueOf, explainedByRatio } from './explain';

/** Words of a header or a base that say how it counts, not what. */
const COUNTING = new Set(['so', 'tong', 'cong', 'ty', 'ti', 'le', 'cua', 'cac', 'va', 'toan', 'bo', 'luong']);
const TOTAL_LABEL = /^\s*(?:tong cong|tong so|tong|cong|toan (?:xa|phuong|huyen|tinh))\b/;

interface Table {
  header: Map<number, string>;
  rows: Array<{ label: string; labelWords: string[]; cells: Map<number, Mention> }>;
  total?: Map<number, Mention>;
}

function contentWords(text: string): string[] {
  return words(fold(text.replace(/\([^)]*\)/g, ' ')).toLowerCase()).filter((w) => !COUNTING.has(w));
}

function tablesOf(index: MentionIndex): Table[] {
  const out: Table[] = [];
  for (const byRow of tableCells(index.blocks).values()) {
    const table: Table = { header: new Map([...(byRow.get(0) ?? new Map<number, TextBlock>())].map(([cell, b]) => [cell, b.text])), rows: [] };
    for (const [r, row] of byRow) {
      const label = r > 0 ? rowLabel(row, Math.max(...row.keys())) : undefined;
      if (!label) continue;
      const figures = new Map<number, Mention>();
      for (const [cell, b] of row) {
        const m = (index.byBlock.get(b.index) ?? [])[0];
        if (cell > label.table!.cell && m && !m.y && !m.percent) figures.set(cell, m);
      }
      if (TOTAL_LABEL.test(fold(label.text).toLowerCase())) table.total = figures;
      else table.rows.push({ label: label.text.trim(), labelWords: contentWords(label.text), cells: figures });
    }
    if (table.total && table.rows.length >= 2) out.push(table);
  }
  return out;
}

/** The base the percent is of: its words up to the next figure or the end of its clause. */
function baseWords(p: Mention): string[] {
  const tail = /^\s*([a-z ]+)/.exec(p.tail.split(/[,;.:()]/)[0] ?? '')?.[1] ?? '';
  return contentWords(tail);
}

/** "tỷ lệ hộ ở nhà kiên cố và bán kiên cố đạt 89,7%": a rate that opens on "tỷ lệ" and names rows of a table, with no base after it. */
const RATE_OPENING = /\bt[yi] le ((?:[a-z]+ ){1,12}?)(?:dat|la|chiem|o muc)\s*$/;

/**
 * A rate named by rows of a table and by the unit of one of its columns: the rows' cells of that column over the column's
 * total ("Nhà kiên cố" 1.406 and "Nhà bán kiên cố" 1.517 of "Số hộ" 3.324 are 87,9%).
 */
function namedRowsRate(index: MentionIndex, tables: readonly Table[], p: Mention): Finding | null {
  const opening = RATE_OPENING.exec(p.lead);
  if (!opening) return null;
  const said = new Set(words(opening[1]));
  const text = ` ${opening[1].trim()} `;
  if (!text.includes(' va ')) return null;
  for (const t of tables) {
    // every row the rate names in its words, the second of a pair with its head left out ("nhà kiên cố và bán kiên cố")
    const rows = t.rows.filter((r) => r.labelWords.length > 0 && (text.includes(` ${r.labelWords.join(' ')} `) || (r.labelWords.length > 1 && text.includes(` va ${r.labelWords.slice(1).join(' ')} `))));
    if (rows.length < 2) continue;
    const columns = [...t.header]
      .map(([cell, header]) => ({ cell, text: header, words: contentWords(header) }))
      .filter((c) => c.words.length > 0 && c.words.every((w) => said.has(w)) && rows.every((r) => r.cells.has(c.cell)) && t.total!.has(c.cell));
    if (columns.length !== 1) continue;
    const col = columns[0];
    const parts = rows.map((r) => r.cells.get(col.cell)!);
    const total = t.total!.get(col.cell)!;
    const sum = parts.reduce((a, m) => ({ lo: a.lo + intervalOf(m.n).lo, hi: a.hi + intervalOf(m.n).hi }), { lo: 0, hi: 0 });
    const iv = percentInterval(sum, intervalOf(total.n));
    if (!iv || agrees(p.n, iv) || explainedByRatio(index, p)) return null;
    const exact = (parts.reduce((a, m) => a + m.n.value, 0) / total.n.value) * 100;
    const right = formatVn(roundHalfUp(exact, p.n.decimals), { decimals: p.n.decimals });
    return {
      rule: 'table-share',
      severity: 'error',
      kind: slipKind(p.n, exact),
      message: `Theo bảng, cột “${col.text.trim()}”, ${rows.map((r, i) => `dòng “${r.label}” ghi ${parts[i].n.text}`).join(', ')} trên tổng ${total.n.text}: ${formatVn(exact, { decimals: p.n.decimals + 2 })}%, làm tròn là ${right}%, không phải ${p.n.text}.`,
      ...atNumber(p),
      expected: `${right}%`,
      fix: p.n.text.endsWith('%') ? `${right}%` : right,
    };
  }
  return null;
}

export function checkTableShares(index: MentionIndex): Finding[] {
  const tables = tablesOf(index);
  if (tables.length === 0) return [];
  const out: Finding[] = [];
  for (const p of index.all) {
    if (!p.percent || p.block.table || p.y) continue;
    const base = new Set(baseWords(p));
    if (base.size === 0) {
      const f = namedRowsRate(index, tables, p);
      if (f) out.push(f);
      continue;
    }
    if (cueOf(p) !== 'share') continue;
    const clause = new Set(words((index.folded.get(p.block.index) ?? '').slice(p.clause.start, p.start)));
    for (const t of tables) {
      // the row whose every word the clause names, and only one such row
      const named = t.rows.filter((r) => r.labelWords.length > 0 && r.labelWords.every((w) => clause.has(w)));
      if (named.length !== 1) continue;
      const row = named[0];
      // the column whose every word the base names, the one that names most
      const columns = [...t.header]
        .map(([cell, text]) => ({ cell, text, words: contentWords(text) }))
        .filter((c) => c.words.length > 0 && c.words.every((w) => base.has(w)) && row.cells.has(c.cell) && t.total!.has(c.cell));
      const most = Math.max(0, ...columns.map((c) => c.words.length));
      const best = columns.filter((c) => c.words.length === most);
      if (best.length !== 1) continue;
      const part = row.cells.get(best[0].cell)!;
      const total = t.total!.get(best[0].cell)!;
      const iv = percentInterval(intervalOf(part.n), intervalOf(total.n));
      if (!iv || agrees(p.n, iv) || explainedByRatio(index, p)) continue;
      // a figure of the clause the percent may be of instead: the text's own "38.640 triệu đồng"
      const own = (index.byBlock.get(p.block.index) ?? []).filter((m) => m.clause.start === p.clause.start && m.start < p.start && !m.percent && m.family === part.family);
      if (own.some((m) => { const o = percentInterval(intervalOf(m.n), intervalOf(total.n)); return o !== null && agrees(p.n, o); })) continue;
      const exact = (part.n.value / total.n.value) * 100;
      const right = formatVn(roundHalfUp(exact, p.n.decimals), { decimals: p.n.decimals });
      const kind = slipKind(p.n, exact);
      out.push({
        rule: 'table-share',
        severity: 'error',
        kind,
        message: `Theo bảng, dòng “${row.label}” cột “${best[0].text.trim()}” ghi ${part.n.text} trên tổng ${total.n.text}: ${formatVn(exact, { decimals: p.n.decimals + 2 })}%, làm tròn là ${right}%, không phải ${p.n.text}.`,
        ...atNumber(p),
        expected: `${right}%`,
        fix: p.n.text.endsWith('%') ? `${right}%` : right,
      });
      break;
    }
  }
  return out;
}
