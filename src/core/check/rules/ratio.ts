/**
 * Ratio, percent and excess: "đạt 509/650 ha, bằng 78,4% kế hoạch" must say 78,3%;
 * "1.532/1.095 triệu đồng, vượt 39,91%" is right, "vượt 139,91%" is the ratio written as an excess.
 * A "vượt P%" with no X/Y in its clause is checked against the X/Y the report gives elsewhere for
 * the same amount ("1.532 triệu đồng (vượt 139,91% kế hoạch)" against "1.532/1.095 triệu đồng").
 */
import type { Finding } from '../finding';
import { fold } from '../../text/fold';
import { formatVn, roundHalfUp } from '../../number';
import { agrees, type Interval, intervalOf, midpoint, percentInterval, shift, slipKind } from '../precision';
import { type BlockClaims, clauseBounds, type Quantity, type Ratio } from '../quantities';
import { boundOf } from '../mentions';

const EXCESS_BEFORE = /\bvượt(?:\s+mức)?\s*$/u;
const CONNECTOR = /(?:bằng|đạt|chiếm|tỷ lệ|tỉ lệ|so với|\(|,|=)/u;

function pct(value: number, decimals: number): string {
  return `${formatVn(roundHalfUp(value, decimals), { decimals })}%`;
}

/** 139,9086… with two more decimals than stated, to show the exact figure. */
function exactText(value: number, decimals: number): string {
  return `${formatVn(value, { decimals: Math.min(decimals + 2, 4) })}%`;
}

function finding(q: Quantity, rule: string, kind: Finding['kind'], message: string, expected: string, severity: Finding['severity'] = 'error'): Finding {
  const f: Finding = {
    rule,
    severity,
    kind,
    message,
    text: q.n.text,
    location: { story: q.block.story, block: q.block.index, start: q.n.start, end: q.n.end },
    stated: q.n.text,
    expected,
  };
  if (kind !== 'possible') f.fix = expected;
  return f;
}

function exact(n: { value: number }): Interval {
  return { lo: n.value, hi: n.value };
}

function ratioLabel(r: Pick<Ratio, 'x' | 'y' | 'unit'>): string {
  return `${r.x.numberText}/${r.y.numberText}${r.unit ? ` ${r.unit}` : ''}`;
}

/** A percent written as a bound ("hơn 83%", "gần 90%", "khoảng 50%") that the ratio keeps; no bounding word: no bound. */
function boundHolds(before: string, stated: number, decimals: number, ratio: number): boolean {
  const unit = 10 ** -decimals;
  const bound = boundOf(fold(before).toLowerCase());
  if (bound === 'at-least') return ratio >= stated;
  if (bound === 'at-most') return ratio <= stated + unit / 2 && ratio >= stated - unit;
  if (bound === 'about') return Math.abs(ratio - stated) <= unit;
  return false;
}

/** Check one stated percent against the ratio it describes. `excess` when the text says "vượt". */
function judge(q: Quantity, r: Pick<Ratio, 'x' | 'y' | 'unit'>, iv: Interval, excess: boolean, rule: string): Finding | null {
  const d = q.n.decimals;
  const ratio = midpoint(iv);
  if (excess) {
    const over = shift(iv, -100);
    if (agrees(q.n, over) && ratio >= 100) return null;
    if (ratio < 100) {
      return finding(
        q,
        rule,
        'certain',
        `${ratioLabel(r)} mới đạt ${exactText(ratio, d)} kế hoạch, chưa vượt: nên viết “đạt ${pct(ratio, d)}”, không phải “vượt ${q.n.text}”.`,
        pct(ratio, d),
      );
    }
    const expected = pct(ratio - 100, d);
    const asRatio = agrees(q.n, iv);
    return finding(
      q,
      rule,
      'certain',
      asRatio
        ? `“Vượt” là phần vượt kế hoạch: ${ratioLabel(r)} = ${exactText(ratio, d)} kế hoạch, tức đạt ${pct(ratio, d)} hay vượt ${expected}, không phải vượt ${q.n.text}.`
        : `${ratioLabel(r)} = ${exactText(ratio, d)} kế hoạch, tức vượt ${expected}, không phải ${q.n.text}.`,
      expected,
    );
  }
  if (agrees(q.n, iv)) return null;
  const expected = pct(ratio, d);
  if (ratio > 100 && agrees(q.n, shift(iv, -100))) {
    return finding(q, rule, 'possible', `${ratioLabel(r)} = ${exactText(ratio, d)}: ${q.n.text} là phần vượt; nếu nói “đạt” hay “bằng” thì phải là ${expected}, hoặc viết “vượt ${q.n.text}”.`, expected, 'warning');
  }
  const kind = slipKind(q.n, ratio);
  const how = kind === 'rounding-slip' ? `làm tròn (không cắt bỏ) đến ${d} chữ số thập phân là ${expected}` : `làm tròn là ${expected}`;
  return finding(q, rule, kind, `${ratioLabel(r)} = ${exactText(ratio, d)}; ${how}, không phải ${q.n.text}.`, expected);
}

/** "5/11 tổ dân phố có tỷ lệ hộ nghèo dưới 1,5% (46%)": a bound the X/Y's items meet, its own percent in the parentheses after it. */
function thresholdBefore(text: string, p: Quantity): boolean {
  return /(?:dưới|trên|tối thiểu|tối đa|không quá|không dưới|từ)\s*$/u.test(text.slice(Math.max(0, p.n.start - 12), p.n.start)) && /^\s*(?:trở lên|trở xuống)?\s*\(\s*\d/u.test(text.slice(p.n.end));
}

interface Located {
  claims: BlockClaims;
  ratio: Ratio;
}

export function checkRatios(all: readonly BlockClaims[]): Finding[] {
  const out: Finding[] = [];
  const used = new Set<Quantity>();
  const ratiosByAmount = new Map<string, Located[]>();
  for (const claims of all) {
    for (const r of claims.ratios) {
      const key = `${r.x.mantissa}|${r.unit}`;
      const list = ratiosByAmount.get(key) ?? [];
      list.push({ claims, ratio: r });
      ratiosByAmount.set(key, list);
    }
  }

  for (const claims of all) {
    const text = claims.block.text;
    const percents = claims.quantities.filter((q) => q.n.percent);
    for (const r of claims.ratios) {
      const clause = clauseBounds(text, r.end);
      const nextRatio = claims.ratios.find((o) => o.start >= r.end);
      let q = percents.find(
        (p) =>
          !used.has(p) && !thresholdBefore(text, p) && p.n.start >= r.end && p.n.start < clause.end && (!nextRatio || p.n.start < nextRatio.start) &&
          // (farther only in the parentheses that close the X/Y's clause, with no figure between: "11/17 cánh đồng ký được hợp
          // đồng liên kết … với Công ty TNHH Nông sản Hưng Phát (64%)")
          (p.n.start - r.end <= 90 || (p.n.start - r.end <= 160 && /^[^\d]*\(\s*$/u.test(text.slice(r.end, p.n.start)) && /^\s*\)\s*(?:[.;]|$)/u.test(text.slice(p.n.end)))),
      );
      let gap = q ? text.slice(r.end, q.n.start) : '';
      if (q && !CONNECTOR.test(gap)) q = undefined;
      // "12/14 thôn, có 2.184 hộ thực hiện, chiếm 44,2% tổng số hộ": the percent is of the amount of another unit just before it
      const p = q;
      // (not a frequency: "337/344 trẻ uống thuốc tẩy giun 2 lần/năm, đạt 97%")
      if (p && claims.quantities.some((o) => !o.n.percent && o.n.start >= r.end && o.n.end <= p.n.start && o.unit !== '' && o.unit !== r.unit && /^[^\d]{0,25}$/u.test(text.slice(o.n.end, p.n.start)) && !/^\s*[\p{L}]+\/\s*[\p{L}]+/u.test(text.slice(o.n.end, o.n.end + 25)))) continue;
      // "80/102 cơ quan …, gần 76,2% tổng số hộ gia đình …": a percent that names a whole of another kind is not of the X/Y
      const whole = q ? /^\s*(?:tong so|so|cua tong so)\s+([a-z]+)/.exec(fold(text.slice(q.n.end, q.n.end + 40)).toLowerCase()) : null;
      if (whole && r.unit && whole[1] !== fold(r.unit).toLowerCase().split(' ')[0]) continue;
      // "4/7 lĩnh vực thu đạt dự toán là thuế sử dụng đất phi nông nghiệp (109,9%), …": the X/Y names its items; each percent is one item's
      if (q && /^[^()]{0,80}\s(?:là|gồm)\s[^()]+\(\s*$/u.test(gap)) continue;
      // "4,36/5 điểm, tăng 2,3 điểm phần trăm so với năm 2025 (84,9%)": the percent in parentheses is the other period's
      if (q && /\bso với\s+(?:cùng kỳ|năm|tháng|kỳ|quý|đầu năm)[^()]{0,30}\(\s*$/u.test(gap)) continue;
      // "123/159 xã, phường, thị trấn tỷ lệ cử tri đi bầu đạt 100%": a rate of its own inside each of the Y
      if (q && /(?:tỷ|tỉ) lệ(?:\s+[\p{L}]+){2,}\s+(?:đạt|là)\s*$/u.test(gap)) continue;
      if (!q) {
        // "78,3% (509/650 ha)"
        const before = percents.find((p) => !used.has(p) && p.n.end <= r.start && /^\s*\(\s*$/.test(text.slice(p.n.end, r.start)));
        if (!before) continue;
        q = before;
        gap = text.slice(Math.max(0, q.n.start - 12), q.n.start);
      }
      // "các chỉ tiêu … cơ bản đạt kế hoạch đề ra: … làng văn hóa 6/7 làng đạt 100%": in a list of plan results the
      // percent is of the plan the list speaks of, the X/Y says how many of what exists
      if (/đạt(?: và vượt)? kế hoạch[^.;:]{0,25}:/u.test(text.slice(Math.max(0, r.start - 400), r.start)) && !/^\s*(?:,\s*)?(?:bằng|=)/u.test(gap)) continue;
      // the drafter computed the percent from the X/Y as written beside it: those are exact inputs
      const iv = percentInterval(exact(r.x), exact(r.y));
      if (!iv) continue;
      used.add(q);
      // "53,5/52 ha, tăng 2,9%" is the excess over the Y; "…, tăng 9% so với cùng kỳ" is about another period
      const up = /\btăng(?:\s+thêm)?\s*$/u.test(gap);
      const down = /\bgiảm(?:\s+đi)?\s*$/u.test(gap);
      if ((up || down) && /^\s*so\s+(?:với\s+)?(?:cùng kỳ|năm|tháng|kỳ|quý|thời gian)/u.test(text.slice(q.n.end, q.n.end + 40))) continue;
      if (down) continue; // a shortfall against the Y: judged nowhere else, and rarely written
      const excess = up || EXCESS_BEFORE.test(gap);
      // "(tỷ lệ hơn 83%)" of 51/61 = 83,6%: a bound, judged on the side its word closes
      if (!excess && boundHolds(text.slice(Math.max(0, q.n.start - 12), q.n.start), q.n.value, q.n.decimals, midpoint(iv))) continue;
      const f = judge(q, r, iv, excess, excess ? 'excess' : 'ratio-percent');
      if (f) out.push(f);
    }
  }

  // "vượt P%" whose base is an amount given as X/Y elsewhere, or a percentage with an implied plan.
  for (const claims of all) {
    const text = claims.block.text;
    for (const q of claims.quantities) {
      if (!q.n.percent || used.has(q)) continue;
      const clause = clauseBounds(text, q.n.start);
      const before = text.slice(clause.start, q.n.start);
      if (!EXCESS_BEFORE.test(before)) continue;
      const earlier = claims.quantities.filter((o) => o.n.end <= q.n.start && o.n.start >= clause.start);
      const base = [...earlier].reverse().find((o) => !o.n.percent);
      if (base) {
        const matches = ratiosByAmount.get(`${base.n.mantissa}|${base.unit}`) ?? [];
        const plans = new Set(matches.map((m) => m.ratio.y.value));
        if (matches.length === 0 || plans.size !== 1) continue;
        const r = matches[0].ratio;
        const iv = percentInterval(intervalOf(r.x), intervalOf(r.y));
        if (!iv) continue;
        used.add(q);
        const f = judge(q, r, iv, true, 'excess');
        if (f) out.push(f);
        continue;
      }
      const achieved = [...earlier].reverse().find((o) => o.n.percent);
      if (achieved && q.n.value >= 100) {
        // "đạt 80% (vượt 114,29% kế hoạch)": the plan is not stated; if reading 114,29% as the ratio
        // gives a whole-number plan (70%) and reading it as an excess does not, it is the ratio.
        const p = intervalOf(q.n, false);
        const a = intervalOf(achieved.n);
        const planIfRatio: Interval = { lo: (a.lo * 100) / p.hi, hi: (a.hi * 100) / p.lo };
        const planIfExcess: Interval = { lo: (a.lo * 100) / (100 + p.hi), hi: (a.hi * 100) / (100 + p.lo) };
        const whole = (i: Interval): boolean => Math.floor(i.hi + 1e-9) >= Math.ceil(i.lo - 1e-9);
        if (whole(planIfRatio) && !whole(planIfExcess)) {
          const plan = Math.round(midpoint(planIfRatio));
          const expected = pct(q.n.value - 100, q.n.decimals);
          used.add(q);
          out.push(
            finding(
              q,
              'excess',
              'possible',
              `${achieved.n.text} so với kế hoạch ${plan}% là đạt ${q.n.text}, tức vượt ${expected}; “vượt ${q.n.text}” chỉ đúng nếu kế hoạch là ${formatVn(midpoint(planIfExcess), { decimals: 2 })}%.`,
              expected,
              'warning',
            ),
          );
        }
      }
    }
  }
  return out;
}
