/**
 * Area × yield = output: "Diện tích gieo trồng 33 ha …, năng suất đạt 30 tạ/ha, sản lượng đạt 99 tạ"
 * is 990 tạ (99 tấn). The area is the crop's own (the X of its X/Y, not an excess or a plan), the
 * yield is written per hectare, and the output follows it as "sản lượng". Figures are judged within
 * the intervals their decimals allow; an output off by ten is the tạ/tấn slip and says so.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';
import { overlaps } from '../precision';
import { fold } from '../../text/fold';

const YIELD = /^(tạ|tấn|kg)\/ha$/;
const KG_PER: Record<string, number> = { kg: 1, tạ: 100, tấn: 1000 };
const NOT_THE_AREA = /\b(?:vuot|tang|giam|hon|con lai|con|them)(?: them| len| xuong)?\s*$/;

function areaBefore(list: readonly Mention[], y: Mention): Mention | undefined {
  for (let i = list.indexOf(y) - 1; i >= 0; i--) {
    const m = list[i];
    if (m.sentence.start !== y.sentence.start && m.sentence.end !== y.sentence.start) return undefined;
    if (m.family !== 'area' || m.percent) continue;
    if (m.roles.has('plan') || m.roles.has('same') || m.roles.has('previous') || NOT_THE_AREA.test(m.lead)) continue;
    // "1.265 ha lúa, trong đó lúa chất lượng cao 420 ha (33,2%); … năng suất 66,0 tạ/ha, sản lượng 8.349 tấn": a part after
    // "trong đó" is not the crop's area, the whole it is a part of is
    const whole = list.slice(0, i).findLast((o) => o.family === 'area' && !o.percent && o.sentence.start === m.sentence.start);
    if (whole && /\b(?:trong do|trong so do)\b/.test(fold(m.block.text.slice(whole.end, m.start)))) return whole;
    return m;
  }
  return undefined;
}

function outputAfter(list: readonly Mention[], y: Mention): Mention | undefined {
  let at = list.indexOf(y) + 1;
  // past the yield's own change: "năng suất đạt 57,35 tạ/ha, vượt 5,24 tạ/ha so với kế hoạch, sản lượng 104.784 tấn"
  while (list[at] && list[at].unit === y.unit && /\b(?:vuot|tang|giam|cao hon|thap hon)(?: them)?\s*$/.test(list[at].lead)) at++;
  const next = list[at];
  if (!next || next.family !== 'mass' || next.percent || next.y) return undefined;
  if (next.start - y.end > 80) return undefined;
  // "Sản lượng vụ thu đông năm nay dự kiến khoảng 3,2 triệu tấn": a forecast of the whole crop, not this area's output
  if (next.sentence.start !== y.sentence.start || next.roles.has('approximate')) return undefined;
  return /\bsan luong\b/.test(next.lead) ? next : undefined;
}

/** A whole output is a measure rounded to its unit, not a count: "sản lượng 212 tấn" for 212,16. */
function measured(m: Mention): { lo: number; hi: number } {
  if (m.interval.hi > m.interval.lo) return m.interval;
  const unit = m.value / (m.n.scaleWord ? m.n.mantissa : m.n.value) || 1;
  return { lo: m.value - 0.5 * unit, hi: m.value + 0.5 * unit };
}

export function checkYieldOutput(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    for (const y of list) {
      const unit = YIELD.exec(y.unit);
      // "vượt 5,24 tạ/ha so với kế hoạch": a change of the yield, not the yield
      // ("(vụ Đông Xuân 2024 - 2025: 56,2 tạ/ha)": a yield in parentheses is of another season, its output is not written)
      if (!unit || y.percent || y.paren || /\b(?:vuot|tang|giam|cao hon|thap hon)(?: them)?\s*$/.test(y.lead)) continue;
      const area = areaBefore(list, y);
      const output = outputAfter(list, y);
      if (!area || !output) continue;
      const perHa = KG_PER[unit[1]];
      // areas are in m² in the mention model; yields per hectare
      // the area as written is what the output was computed from; the output is rounded to its unit
      const ha = { lo: area.interval.lo / 1e4, hi: area.interval.hi / 1e4 };
      const yieldIv = { lo: y.interval.lo * perHa, hi: y.interval.hi * perHa };
      const expected = { lo: ha.lo * yieldIv.lo, hi: ha.hi * yieldIv.hi };
      if (overlaps(expected, measured(output))) continue;
      const factor = output.value / (output.n.scaleWord ? output.n.mantissa : output.n.value) || 1;
      const exact = (area.value / 1e4) * y.value * perHa;
      const inUnit = exact / factor;
      const tenfold = overlaps({ lo: expected.lo / 10, hi: expected.hi / 10 }, output.interval) || overlaps({ lo: expected.lo * 10, hi: expected.hi * 10 }, output.interval);
      const shown = `${formatVn(inUnit, { decimals: output.n.decimals })} ${output.unit}`;
      const f: Finding = {
        rule: 'yield-output',
        severity: 'error',
        kind: tenfold ? 'certain' : 'possible',
        message: `${area.n.numberText} ha × ${y.n.numberText} ${y.unit} = ${shown}${tenfold ? ` (${formatVn(exact / 1000, { decimals: 2 })} tấn): có thể nhầm đơn vị tạ/tấn` : ''}, không phải ${output.n.text} ${output.unit}.`,
        text: output.n.text,
        location: { story: output.block.story, block: output.block.index, start: output.n.start, end: output.n.end },
        stated: `${output.n.text} ${output.unit}`,
        expected: shown,
      };
      out.push(f);
    }
  }
  return out;
}
