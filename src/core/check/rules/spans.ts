/**
 * Parts of the year add up: "Trong năm tiếp nhận 29 quân nhân[^2]" with "[^2]: 6 tháng đầu năm tiếp nhận 24 …;
 * 6 tháng cuối năm tiếp nhận 3 …"; "Tổng chi 6 tháng 47.582 triệu đồng …; riêng quý II chi 26.736 triệu đồng[^2]"
 * with "[^2]: Quý I/2026 chi 20.486 triệu đồng"; "Thu tiền sử dụng đất đạt 5,37 tỷ đồng …; trong đó 6 tháng đầu
 * năm thu được 3.910 triệu đồng, quý III thu được 1.640 triệu đồng". Two figures of one indicator over two
 * spans that meet, beside a figure over both, must add up to it.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import { type Mention, type MentionIndex, monthsOfMention, phraseOverlap } from '../mentions';

type Months = readonly [number, number];

function eligible(m: Mention): boolean {
  if (m.roles.has('plan') || m.roles.has('target') || m.roles.has('same') || m.roles.has('previous')) return false;
  return !m.percent && !m.y && m.family !== '' && m.family !== 'score' && !m.roles.has('approximate') && !/\b(?:tang|giam|them|con|vuot)(?: them| len| xuong)?\s*$/.test(m.lead);
}

/** The figures near a whole: its paragraph and the footnotes the paragraph cites. */
function nearby(index: MentionIndex, whole: Mention): Mention[] {
  const own = index.byBlock.get(whole.block.index) ?? [];
  const cited = new Set(own.flatMap((m) => m.cites));
  const notes = [...cited].flatMap((id) => (index.footnotes.get(id) ?? []).flatMap((b) => index.byBlock.get(b.index) ?? []));
  return [...own, ...notes].filter((m) => m !== whole && eligible(m) && m.family === whole.family);
}

/** The verb and noun words two figures share: "tiếp nhận … quân nhân", "chi ngân sách". */
function sameThing(a: Mention, b: Mention): boolean {
  return phraseOverlap(a.phrase, b.phrase) >= 1 && (a.unit === b.unit || a.family === b.family);
}

export function checkSpans(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  const monthsOf = new Map<Mention, Months | undefined>();
  const months = (m: Mention): Months | undefined => {
    if (!monthsOf.has(m)) monthsOf.set(m, monthsOfMention(m, index.months));
    return monthsOf.get(m);
  };
  for (const whole of index.all) {
    if (!eligible(whole) || whole.block.story !== 'body') continue;
    const ws = months(whole);
    // "lũy kế 6 tháng tiếp nhận 61 vụ việc …, gồm: …, hôn nhân và gia đình 15 vụ": a part of the span's figure is no figure of the span
    const folded = index.folded.get(whole.block.index) ?? '';
    const own = index.byBlock.get(whole.block.index) ?? [];
    if (own.some((m) => m !== whole && m.end <= whole.start && m.sentence.start === whole.sentence.start && m.family === whole.family && m.value > whole.value && /\b(?:gom|trong do|bao gom)\b/.test(folded.slice(m.end, whole.start)))) continue;
    const list = nearby(index, whole);
    // "…; trong đó 6 tháng đầu năm … 3.910, quý III … 1.640": spans that break the whole down from month one
    const after = folded.slice(whole.end, whole.end + 100);
    const opened = /^[^;.]{0,80}[;,]\s*trong do\b/.test(after);
    let found: { a: Mention; b: Mention } | undefined;
    let pairs = 0;
    for (const a of list) {
      const am = months(a);
      if (!am) continue;
      for (const b of list) {
        const bm = months(b);
        if (!bm || b === a || bm[0] !== am[1] + 1) continue;
        const union: Months = [am[0], bm[1]];
        const covers = ws ? ws[0] === union[0] && ws[1] === union[1] : opened && union[0] === 1;
        if (!covers || (ws && (am[0] === ws[0] && am[1] === ws[1]))) continue;
        // "…; riêng quý III thu được 14.870 triệu đồng": a span the sentence singles out is of the sentence's figure
        const singled = (x: Mention): boolean => x.block === whole.block && x.sentence.start === whole.sentence.start && x.start > whole.end && /\brieng\s+(?:quy|thang|\d+ thang)\b/.test(x.lead);
        const ofWhole = (x: Mention): boolean => sameThing(whole, x) || singled(x);
        if (!ofWhole(a) || !ofWhole(b) || !(sameThing(a, b) || singled(a) || singled(b))) continue;
        pairs++;
        found = { a, b };
      }
    }
    // one reading only: two candidate pairs mean the words do not say which figures are the parts
    if (pairs !== 1 || !found) continue;
    const { a, b } = found;
    const lo = a.interval.lo + b.interval.lo;
    const hi = a.interval.hi + b.interval.hi;
    if (whole.interval.hi >= lo - 1e-9 && whole.interval.lo <= hi + 1e-9) continue;
    const factor = whole.value / (whole.n.scaleWord ? whole.n.mantissa : whole.n.value) || 1;
    const expected = formatVn((a.value + b.value) / factor, { decimals: Math.max(a.n.decimals, b.n.decimals, whole.n.decimals) });
    const said = (m: Mention): string => `${m.n.numberText} ${m.unit}${m.block.story === 'footnote' ? ` (chú thích ${m.block.footnoteId ?? ''})` : ''}`;
    out.push({
      rule: 'cumulative',
      severity: 'error',
      kind: 'possible',
      message: `${said(a)} cộng ${said(b)} của hai khoảng thời gian liền nhau là ${expected} ${whole.unit}, không phải ${whole.n.numberText} ${whole.unit} của cả khoảng.`,
      text: whole.n.numberText,
      location: { story: whole.block.story, block: whole.block.index, start: whole.n.start, end: whole.n.start + whole.n.numberText.length },
      stated: whole.n.numberText,
      expected,
    });
  }
  return out;
}
