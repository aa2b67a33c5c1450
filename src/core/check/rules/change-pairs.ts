/**
 * A change written as an amount and a percent: "xảy ra 216 vụ (…; tăng 96 vụ, tương đương 44,44% so
 * với thời gian liền kề)". The base is the current figure less the change (216 − 96 = 120), so the
 * percent must be 96/120 = 80%. And a rate against the same rate of another period: "đạt 321,3% …,
 * tăng 42,2% so với cùng kỳ (năm 2017 đạt 277,1%)" is 44,2 points (or 16% of it), not 42,2.
 */
import type { Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import type { Interval } from '../precision';
import { agrees, slipKind } from '../precision';
import type { Mention, MentionIndex } from '../mentions';
import { fold } from '../../text/fold';

const CHANGE = /\b(tang|giam)(?: them| len| xuong| di)?\s*$/;
/** What joins a change to its percent: "96 vụ, tương đương 44,44%", "16 vụ - tương đương 160%", "105 con (tăng 7,8%)". */
const JOIN = /^[^0-9;]{0,45}?(?:(?:tuong duong|tuong ung)\s+(?:voi\s+)?(?:tang|giam)|tuong duong|tuong ung|\(\s*(?:tang|giam|bang)?|,\s*(?:tang|giam)|-\s*tuong duong)\s*(?:voi\s*)?(?:khoang\s*)?$/;

/** What a clause of a change may open with, saying what it is against: "so với cuối năm 2025 dư nợ tăng …". */
const AGAINST_OPENING = /^[\s;,]*(?:so voi (?:cuoi nam|dau nam|cung ky|nam truoc|ky truoc|thang truoc|quy truoc|nam)(?: \d{4})?,?\s*)?/;
/** A clause that is the change and at most the words of what changed: "tăng", "dư nợ tăng". */
const BARE_CHANGE = /^(?:va\s+|dong thoi\s+)?([a-z ]*?)\s*\b(?:tang|giam)(?: them| di)?\s*$/;

function verbOf(dir: string): string {
  return dir === 'tang' ? 'Tăng' : 'Giảm';
}

function pct(v: number, d: number): string {
  return `${formatVn(roundHalfUp(v, d), { decimals: d })}%`;
}

function changePercent(current: Interval, change: Interval, up: boolean): Interval | null {
  // tăng: the base is current − change; giảm: current + change
  const lo = up ? current.lo - change.hi : current.lo + change.lo;
  const hi = up ? current.hi - change.lo : current.hi + change.hi;
  if (lo <= 0) return null;
  return { lo: (change.lo / hi) * 100, hi: (change.hi / lo) * 100 };
}

function finding(p: Mention, message: string, expected: string, certain: boolean): Finding {
  const f: Finding = {
    rule: 'change',
    severity: 'error',
    kind: certain ? slipKind(p.n, Number(expected.replace(/\./g, '').replace(',', '.').replace('%', ''))) : 'possible',
    message,
    text: p.n.text,
    location: { story: p.block.story, block: p.block.index, start: p.n.start, end: p.n.end },
    stated: p.n.text,
    expected,
  };
  if (certain) f.fix = expected;
  return f;
}

/** The change against the base the text gives for it, in parentheses: its percent is change / base. */
function againstBase(q: Mention, d: Mention, base: Mention, dir: string): Finding | null {
  const stated = q.n.negative ? { ...q.n, value: Math.abs(q.n.value) } : q.n;
  if (agrees(stated, { lo: (d.interval.lo / base.interval.hi) * 100, hi: (d.interval.hi / base.interval.lo) * 100 })) return null;
  const exact = (d.value / base.value) * 100;
  const scale = base.value / (base.n.scaleWord ? base.n.mantissa : base.n.value) || 1;
  return finding(q, `${verbOf(dir)} ${d.n.numberText} ${d.unit} so với ${formatVn(base.value / scale, { decimals: base.n.decimals })} ${base.unit} (trong ngoặc): ${formatVn(exact, { decimals: Math.min(q.n.decimals + 2, 4) })}%, làm tròn là ${pct(exact, q.n.decimals)}, không phải ${q.n.text}.`, pct(exact, q.n.decimals), true);
}

export function checkChangePairs(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      const dir = CHANGE.exec(d.lead)?.[1];
      if (!dir || d.percent || d.y || d.family === '') continue;
      const q = list[i + 1];
      if (!q || !q.percent || q.start - d.end > 60 || !JOIN.test(`${d.tail.slice(0, Math.max(0, q.start - d.end))}`.slice(0, q.start - d.end))) continue;
      if (q.roles.has('target')) continue;
      // "dư nợ tăng 2.214 triệu đồng, tương đương tăng 8,1% (29.632 triệu đồng)": the base in parentheses right after the percent
      const paren = list[i + 2];
      if (paren && paren.paren && paren.paren.start >= q.end && /^\s*(?:so voi\s+(?:[^()0-9]|(?:19|20)\d\d){0,30})?\(\s*$/.test(fold(q.block.text.slice(q.end, paren.start))) && paren.family === d.family && !paren.percent && !paren.y && paren.interval.lo > 0 && (i + 3 >= list.length || list[i + 3].paren?.start !== paren.paren.start)) {
        const f = againstBase(q, d, paren, dir);
        if (f) out.push(f);
        continue;
      }
      // the current figure: an earlier amount of the sentence, of the same family, that is no change itself; else
      // one of the sentence before ("… làm chết 485 người … . So với cùng kỳ … giảm 36 người chết (giảm 6,19%)")
      // "so với đầu năm (198 hộ nghèo), số hộ nghèo giảm 25 hộ": the figure compared with, in parentheses, is the base
      const comparedWith = (m: Mention): boolean => Boolean(m.paren) && /\bso voi\b[^()]{0,40}\(\s*$/.test(m.lead);
      const isCurrent = (m: Mention): boolean => m.family === d.family && !m.percent && !m.y && !CHANGE.test(m.lead) && !m.roles.has('plan') && !m.roles.has('same') && !m.roles.has('previous') && !comparedWith(m);
      // "hơn 41.400 hộ …, tăng 1398 hộ (tăng 0,9%)": a rounded current figure gives no base to judge a percent by
      if (list.slice(0, i).some((m) => m.clause.start === d.clause.start && isCurrent(m) && m.roles.has('approximate')) || list.slice(0, i).filter((m) => m.sentence.start === d.sentence.start && isCurrent(m)).at(-1)?.roles.has('approximate')) continue;
      const compared = list.slice(0, i).filter((m) => m.clause.start === d.clause.start && m.family === d.family && !m.percent && !m.y && comparedWith(m) && m.interval.lo > 0).at(-1);
      if (compared) {
        const f = againstBase(q, d, compared, dir);
        if (f) out.push(f);
        continue;
      }
      // in its own clause: "…; dư nợ chương trình nước sạch … giảm 85 triệu đồng (-4,0%)" gives no current figure of its own
      let currents = list.slice(0, i).filter((m) => m.sentence.start === d.sentence.start && m.clause.start === d.clause.start && isCurrent(m));
      // ("Quỹ Hội đạt 1,286 tỷ đồng, bình quân …; tăng 186 triệu đồng, tăng 14,5%": a clause that is only the change is the figure's)
      // (or names it again: "có dư nợ 2,35 tỷ đồng …; dư nợ tăng 430 triệu đồng, tăng 18,3%")
      // (after what it is against: "so với cuối năm 2025 dư nợ tăng 2.308 triệu đồng")
      const opening = BARE_CHANGE.exec(fold(d.block.text.slice(d.clause.start, d.start)).toLowerCase().replace(AGAINST_OPENING, ''));
      const last = list.slice(0, i).filter((m) => m.sentence.start === d.sentence.start && isCurrent(m)).at(-1);
      const renamed = (m: Mention, named: string): boolean => named.split(' ').filter(Boolean).every((w) => m.lead.split(/[^a-z]+/).includes(w) || m.phrase.includes(w));
      if (currents.length === 0 && opening && last && renamed(last, opening[1])) currents = [last];
      if (currents.length === 0 && list.slice(0, i).some((m) => m.sentence.start === d.sentence.start && isCurrent(m))) continue;
      let fromBefore = false;
      if (currents.length === 0) {
        const previous = list.slice(0, i).filter((m) => m.sentence.end <= d.sentence.start && isCurrent(m));
        const sentence = previous.at(-1)?.sentence.start;
        currents = previous.filter((m) => m.sentence.start === sentence);
        fromBefore = true;
      }
      if (currents.length === 0) continue;
      const up = dir === 'tang';
      // "giảm 554 vụ (-4,2%)": a fall may carry its sign
      const stated = q.n.negative ? { ...q.n, value: -q.n.value } : q.n;
      if (q.n.negative && up) continue;
      const readings = currents.map((c) => changePercent(c.interval, d.interval, up));
      if (readings.some((iv) => iv && agrees(stated, iv))) continue;
      // an explicit base elsewhere in the sentence ("(cùng kỳ 1.405 đơn)") is another reading
      const bases = list.filter((m) => m.sentence.start === d.sentence.start && m.family === d.family && !m.percent && (m.roles.has('same') || m.roles.has('previous') || comparedWith(m)) && !CHANGE.test(m.lead));
      if (bases.some((b) => b.interval.lo > 0 && agrees(stated, { lo: (d.interval.lo / b.interval.hi) * 100, hi: (d.interval.hi / b.interval.lo) * 100 }))) continue;
      // from the sentence before, the figure that names the same thing: "người chết" of "làm chết 485 người"
      // (or by the words before the change: "số người chết giảm 10 người" of "làm chết 9 người")
      const named = currents.filter((m) => d.after.some((w) => m.phrase.includes(w) || m.after.includes(w) || m.lead.includes(w)) || (d.after.length === 0 && d.phrase.some((w) => m.phrase.includes(w) || m.after.includes(w))));
      if (fromBefore && named.length !== 1) continue;
      const c = fromBefore ? named[0] : currents[currents.length - 1];
      const base = up ? c.value - d.value : c.value + d.value;
      if (base <= 0) continue;
      const exact = (d.value / base) * 100;
      const near = c.end <= d.start && d.start - c.end < 40;
      const scale = c.value / (c.n.scaleWord ? c.n.mantissa : c.n.value) || 1;
      out.push(
        finding(
          q,
          `${up ? 'Tăng' : 'Giảm'} ${d.n.numberText} ${d.unit} so với kỳ trước tức là từ ${formatVn(base / scale, { decimals: Math.max(c.n.decimals, d.n.decimals) })} lên ${c.n.numberText} ${c.unit}${up ? '' : ' (theo chiều giảm)'}: ${formatVn(exact, { decimals: Math.min(q.n.decimals + 2, 4) })}%, làm tròn là ${pct(exact, q.n.decimals)}, không phải ${q.n.text}.`.replace(
            ' lên ',
            up ? ' lên ' : ' xuống ',
          ),
          pct(exact, q.n.decimals),
          near,
        ),
      );
    }
  }
  return out;
}

/** "đạt 321,3% …, tăng 42,2% so với cùng kỳ (năm 2017 đạt 277,1%)": a rate's change against its own earlier value. */
export function checkRateChanges(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    for (let i = 1; i + 1 < list.length; i++) {
      const p = list[i];
      if (!p.percent) continue;
      // "tăng 42,2% so với cùng kỳ (năm 2017 đạt 277,1%)", "thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)"
      const dir = /\b(tang|giam|cao hon|thap hon)(?: them| len| xuong| di)?\s*$/.exec(p.lead)?.[1];
      const against = /^\s*so voi\s+(cung ky|nam truoc|ky truoc|thang truoc|chi tieu|ke hoach|muc tieu|nghi quyet)/.exec(p.tail)?.[1];
      if (!dir || !against) continue;
      const now = list[i - 1];
      const then = list[i + 1];
      if (!now.percent || now.clause.start !== p.clause.start || !then.percent || !then.paren || then.paren.start < p.end || then.paren.start - p.end > 60) continue;
      // "đạt 10.870,95 triệu đồng, bằng 58,3% dự toán, tăng 18% so với cùng kỳ (cùng kỳ năm 2025 đạt 52,4% dự toán)": the change may be the amount's
      const amount = list[i - 2];
      if (amount && !amount.percent && amount.sentence.start === p.sentence.start && /^\s*(?:so voi\s+)?(?:du toan|ke hoach|kh)\b/.test(now.tail)) continue;
      const planned = /chi tieu|ke hoach|muc tieu|nghi quyet/.test(against);
      if (!planned && !/\b(?:nam \d{4}|cung ky|nam truoc)\b/.test((index.folded.get(p.block.index) ?? '').slice(then.paren.start, then.start))) continue;
      const up = dir === 'tang' || dir === 'cao hon';
      const points: Interval = up ? { lo: now.interval.lo - then.interval.hi, hi: now.interval.hi - then.interval.lo } : { lo: then.interval.lo - now.interval.hi, hi: then.interval.hi - now.interval.lo };
      const relative: Interval = up
        ? { lo: (now.interval.lo / then.interval.hi - 1) * 100, hi: (now.interval.hi / then.interval.lo - 1) * 100 }
        : { lo: (1 - now.interval.hi / then.interval.lo) * 100, hi: (1 - now.interval.lo / then.interval.hi) * 100 };
      if (agrees(p.n, points) || agrees(p.n, relative)) continue;
      const diff = up ? now.value - then.value : then.value - now.value;
      out.push(
        finding(
          p,
          `${now.n.text} so với ${then.n.text} ${planned ? 'của chỉ tiêu' : 'của kỳ so sánh'} (trong ngoặc) là ${diff >= 0 ? (up ? 'cao hơn' : 'thấp hơn') : up ? 'thấp hơn' : 'cao hơn'} ${formatVn(Math.abs(diff), { decimals: p.n.decimals })} điểm phần trăm, không phải ${p.n.text}.`,
          `${formatVn(Math.abs(diff), { decimals: p.n.decimals })}%`,
          false,
        ),
      );
    }
  }
  return out;
}
