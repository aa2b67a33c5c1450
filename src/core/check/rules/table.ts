/**
 * Table rows: a rate column ("Tỷ lệ (%)", "So kế hoạch (%)", "So cùng kỳ (%)", "Vượt") is one
 * column of the row over another. Which two is read from the table itself: the pair of columns that
 * explains most rows (the header's words break ties: kế hoạch, lũy kế, cùng kỳ, thực hiện). Rows
 * that pair does not explain are the findings; a rate column no pair explains is left alone.
 */
import type { Finding } from '../finding';
import type { TextBlock } from '../../document/text';
import { formatVn, parseVnNumber, roundHalfUp, type VnNumber } from '../../number';
import { agrees, type Interval, intervalOf, percentInterval, shift, slipKind } from '../precision';
import { type BlockClaims, fold } from '../quantities';

const RATE = /ty le|%|so sanh|dat \(%\)|vuot|^so (?:voi )?(?:ke hoach|kh|du toan|cung ky|nam truoc)/;

function cellNumber(cell: TextBlock | undefined): VnNumber | null {
  if (!cell) return null;
  const r = parseVnNumber(cell.text.replace(/%\s*$/, '').trim());
  return r.ok ? r.number : null;
}

interface Pair {
  num: number;
  den: number;
  agree: number;
  /** Header words say this is the pair: the denominator names what the rate is "so" (against). */
  named: boolean;
}

function expectedOf(a: VnNumber, b: VnNumber, excess: boolean): Interval | null {
  const iv = percentInterval(intervalOf(a), intervalOf(b));
  return iv && (excess ? shift(iv, -100) : iv);
}

/** The denominator a rate header names: "so kế hoạch năm (%)" → the "kế hoạch" column. */
function namedDenominator(rateHeader: string, header: string): boolean {
  const keys: Array<[RegExp, RegExp]> = [
    [/ke hoach|\bkh\b/, /ke hoach|\bkh\b/],
    [/du toan/, /du toan/],
    [/cung ky|nam truoc/, /cung ky|nam truoc|nam 20\d\d/],
  ];
  return keys.some(([r, h]) => r.test(rateHeader) && h.test(header));
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
    const rows = new Map<number, Map<number, TextBlock>>();
    for (const c of cells) rows.set(c.table!.row, (rows.get(c.table!.row) ?? new Map()).set(c.table!.cell, c));
    const header = rows.get(0);
    if (!header) continue;
    const names = new Map([...header].map(([i, c]) => [i, fold(c.text).trim()]));
    const body = [...rows].filter(([r]) => r > 0);
    const numeric = [...names.keys()].filter((i) => body.filter(([, row]) => cellNumber(row.get(i))).length >= Math.max(1, body.length / 2));
    for (const rate of numeric) {
      const rateName = names.get(rate) ?? '';
      if (!RATE.test(rateName)) continue;
      const excess = /vuot/.test(rateName);
      let best: Pair | undefined;
      for (const num of numeric) {
        for (const den of numeric) {
          if (num === den || num === rate || den === rate || RATE.test(names.get(num) ?? '') || RATE.test(names.get(den) ?? '')) continue;
          let agree = 0;
          for (const [, row] of body) {
            const a = cellNumber(row.get(num));
            const b = cellNumber(row.get(den));
            const r = cellNumber(row.get(rate));
            const iv = a && b && r ? expectedOf(a, b, excess) : null;
            if (iv && r && agrees(r, iv)) agree++;
          }
          const named = namedDenominator(rateName, names.get(den) ?? '') || (/ke hoach|\bkh\b|du toan|chi tieu/.test(names.get(den) ?? '') && /thuc hien|\bth\b|ket qua|uoc|luy ke|dat/.test(names.get(num) ?? ''));
          const better = !best || agree > best.agree || (agree === best.agree && named && !best.named);
          if (better) best = { num, den, agree, named };
        }
      }
      if (!best) continue;
      const evaluable = body.filter(([, row]) => cellNumber(row.get(best!.num)) && cellNumber(row.get(best!.den)) && cellNumber(row.get(rate))).length;
      // the pair must be what the table does: most of its rows, or the one row a header names
      const trusted = (best.agree * 2 >= evaluable && (best.agree >= 2 || (best.named && best.agree === 1))) || (best.named && evaluable === 1);
      if (!trusted) continue;
      for (const [row, byCell] of body) {
        const actual = cellNumber(byCell.get(best.num));
        const plan = cellNumber(byCell.get(best.den));
        const rateCell = byCell.get(rate);
        const stated = cellNumber(rateCell);
        if (!actual || !plan || !stated || !rateCell) continue;
        const iv = expectedOf(actual, plan, excess);
        if (!iv || agrees(stated, iv)) continue;
        const exact = (actual.value / plan.value) * 100 - (excess ? 100 : 0);
        const expectedNumber = formatVn(roundHalfUp(exact, stated.decimals), { decimals: stated.decimals });
        const expected = rateCell.text.trim().endsWith('%') ? `${expectedNumber}%` : expectedNumber;
        out.push({
          rule: 'table-rate',
          severity: 'error',
          kind: slipKind(stated, exact),
          message: `Dòng ${row} của bảng: ${actual.text}/${plan.text} (cột “${header.get(best.num)?.text.trim()}” trên cột “${header.get(best.den)?.text.trim()}”, như ${best.agree} dòng khác) = ${formatVn(exact, { decimals: stated.decimals + 2 })}%${excess ? ' (phần vượt)' : ''}; cột “${header.get(rate)?.text.trim()}” phải là ${expectedNumber}, không phải ${stated.text}.`,
          text: rateCell.text,
          location: { story: 'table', block: rateCell.index, start: 0, end: rateCell.text.length },
          stated: rateCell.text,
          expected,
          fix: expected,
        });
      }
    }
  }
  return out;
}
