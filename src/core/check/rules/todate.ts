/**
 * The year to date cannot be below the period it includes: "Tính chung 11 tháng, … kinh tế tư nhân
 * đạt 526,37 tỷ đồng" against "kinh tế tư nhân đạt 543,5 tỷ đồng" of the month. Both figures are
 * the same indicator (same phrase, same unit family) in two spans of time, anywhere in the report.
 */
import type { Finding } from '../finding';
import { earlierDate, type Mention, type MentionIndex, untilDate } from '../mentions';
import { fold } from '../../text/fold';
import { formatVn } from '../../number';
import { sameIndicator, where, written } from './identity';

function eligible(m: Mention): boolean {
  if (m.percent || m.family === '' || m.phrase.length < 2) return false;
  // "bình quân 18,8 tấn/ngày" over ten months against "19,0 tấn/ngày" in October: an average adds nothing up
  if (m.unit.includes('/') || /\b(?:binh quan|trung binh)\s*$/.test(m.lead)) return false;
  return !m.roles.has('plan') && !m.roles.has('target') && !m.roles.has('same') && !m.roles.has('previous') && !m.roles.has('since');
}

/** A change ("tăng 105 con") or a remainder is no count of the indicator. */
const NOT_A_COUNT = /\b(?:tang|giam|them|con|chenh lech|vuot)(?: them| len| xuong| di| lai)?\s*$/;

/** What there is, not what the period did: "Đảng bộ hiện có … 1.386 đảng viên; đảng viên là người dân tộc thiểu số 297 đồng chí". */
const STOCK = /\b(?:hien co|hien nay|hien dang|hien tai)\b/;

function isStock(index: MentionIndex, m: Mention): boolean {
  return STOCK.test((index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start));
}

/** "Tiến độ giải ngân qua các mốc: đến 30/6/2026 giải ngân 14.380 triệu đồng" in the report to November: a total at an earlier date of the year. */
function earlierCheckpoint(index: MentionIndex, t: Mention): boolean {
  const clause = (index.folded.get(t.block.index) ?? '').slice(t.clause.start, t.start);
  const at = untilDate(clause);
  return at !== undefined && index.months !== undefined && at.year === index.year && at.month < index.months[1];
}

export function checkToDate(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  const periods = new Map<string, Mention[]>();
  const todates: Mention[] = [];
  // a figure that says no span is of the report's own, shorter than the year to date, when the title says so or the
  // text names that span elsewhere ("Trong tháng, …"); a report of "8 tháng đầu năm" counts its unmarked figures to date
  const unmarkedIsPeriod = index.months !== undefined ? !index.fromStart : [...index.folded.values()].some((t) => /\b(?:trong thang|thang nay|trong quy|quy nay)\b/.test(t));
  for (const m of index.all) {
    if (!eligible(m) || NOT_A_COUNT.test(m.lead)) continue;
    if (m.scope === 'todate') todates.push(m);
    // (a report from the start of its span, "8 tháng đầu năm", counts its unmarked figures to date)
    else if (m.scope === 'period' && !isStock(index, m) && (m.span !== '' || unmarkedIsPeriod)) {
      const key = `${m.family}|${m.phrase[m.phrase.length - 1]}`;
      periods.set(key, [...(periods.get(key) ?? []), m]);
    }
  }
  for (const t of todates) {
    // "[^2]: Lũy kế giải ngân đến ngày 30/9/2026 là 22,57 tỷ đồng" in a report to December: the total at an earlier date
    if (t.block.story === 'footnote' && earlierDate(index.folded.get(t.block.index) ?? '')) continue;
    if (earlierCheckpoint(index, t)) continue;
    const candidates = periods.get(`${t.family}|${t.phrase[t.phrase.length - 1]}`) ?? [];
    // the same words exactly: "sản lượng ngô cả năm" is not the month's "sản lượng" of rice
    const same = (c: Mention): boolean => sameIndicator(c, t) && c.phrase.length === t.phrase.length && c.phrase.every((w) => t.phrase.includes(w));
    // (of another sentence, or of another clause past a ";": "Trong tháng thi hành kỷ luật 2 đảng viên (…); từ đầu năm đến nay … 1 đảng viên")
    const apart = (c: Mention): boolean => c.block !== t.block || c.sentence.start !== t.sentence.start || t.block.text.slice(Math.min(c.end, t.end), Math.max(c.start, t.start)).includes(';');
    const p = candidates.find((c) => c.interval.lo > t.interval.hi + 1e-9 && same(c) && apart(c));
    if (!p) continue;
    out.push({
      rule: 'cumulative',
      severity: 'error',
      kind: 'possible',
      message: `Số tính từ đầu năm (${written(t)}) nhỏ hơn số của riêng kỳ báo cáo (${written(p)}, ${where(p)}): số cộng dồn phải ít nhất bằng số trong kỳ.`,
      text: t.n.text,
      location: { story: t.block.story, block: t.block.index, start: t.n.start, end: t.n.end },
      stated: t.n.text,
      expected: `≥ ${written(p)}`,
    });
  }
  return out;
}

/** Counting words that say "piece" and take the kind from the words before: "nâng tổng số áo phao … lên 1.620 chiếc". */
const CLASSIFIERS = new Set(['chiec', 'cai', 'bo']);

/**
 * A running total: "Quý II giải tỏa 2.460 m² vỉa hè …, nâng tổng diện tích giải tỏa từ đầu năm lên 2.064
 * m²"; "đã cấp 1.850 áo phao …, nâng tổng số áo phao cấp phát từ đầu năm lên 1.620 chiếc". What the
 * period added cannot exceed the total it raises.
 */
export function checkRunningTotals(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    for (let i = 1; i < list.length; i++) {
      const total = list[i];
      if (total.percent || total.y || !/\bnang tong\b[a-z0-9 ,]{0,60}\b(?:len|dat|la)\s*$/.test(total.lead)) continue;
      const unit = total.unit.split(' ').pop() ?? '';
      const sameKind = (m: Mention): boolean =>
        m.family === total.family || (CLASSIFIERS.has(fold(unit)) && m.unit !== '' && total.lead.includes(fold(m.unit)));
      const added = [...list.slice(0, i)].reverse().find((m) => m.sentence.start === total.sentence.start && !m.percent && !m.y && m.family !== '' && sameKind(m));
      if (!added) continue;
      if (added.interval.lo <= total.interval.hi + 1e-9) {
        // (what there was may be in the footnote the sentence cites: "so với kết quả kiểm kê đầu năm học[^4], … tiếp nhận thêm 385 cuốn …, nâng tổng số sách lên 3.052 cuốn")
        const stock = previousStock([...citedStock(index, total, sameKind), ...list.slice(0, list.indexOf(added))], added, total, sameKind);
        if (stock) out.push(stock);
        continue;
      }
      out.push({
        rule: 'cumulative',
        severity: 'error',
        kind: 'certain',
        message: `“Nâng tổng … lên ${total.n.text} ${total.unit}” nhỏ hơn chính số vừa thêm vào (${added.n.text} ${added.unit}, cùng câu): tổng sau khi thêm phải ít nhất bằng số thêm.`,
        text: total.n.text,
        location: { story: total.block.story, block: total.block.index, start: total.n.start, end: total.n.end },
        stated: total.n.text,
        expected: `≥ ${added.n.text}`,
      });
    }
  }
  return out;
}

/** The largest figure of the kind in the footnotes the total's sentence cites before it. */
function citedStock(index: MentionIndex, total: Mention, sameKind: (m: Mention) => boolean): Mention[] {
  const ids = (index.cites.get(total.block.index) ?? []).filter((r) => r.offset >= total.sentence.start && r.offset <= total.start).map((r) => r.id);
  const figures = ids.flatMap((id) => index.footnotes.get(id) ?? []).flatMap((b) => index.byBlock.get(b.index) ?? []).filter((m) => !m.percent && !m.y && sameKind(m));
  const top = figures.reduce<Mention | undefined>((best, m) => (!best || m.value > best.value ? m : best), undefined);
  return top ? [top] : [];
}

/**
 * "Đầu năm quỹ có 412 triệu đồng; 6 tháng vận động thêm 86 triệu đồng, nâng tổng quỹ lên 489 triệu
 * đồng" is 498: what the paragraph had before, plus what was added ("thêm"), is the new total. Any
 * earlier amount of the kind that makes it add up explains it; only when none does is it a finding,
 * against the last of them.
 */
function previousStock(before: readonly Mention[], added: Mention, total: Mention, sameKind: (m: Mention) => boolean): Finding | undefined {
  if (!/\bthem\s*$/.test(added.lead) && !/^\s*[\p{L} ]{0,20}\bthem\b/u.test(added.lead.slice(-30))) return undefined;
  const stocks = before.filter((m) => !m.percent && !m.y && m.value > 0 && sameKind(m) && m.unit === total.unit && !m.roles.has('plan') && !m.roles.has('target') && m.interval.hi < total.interval.lo);
  if (stocks.length === 0) return undefined;
  const lo = (m: Mention): number => m.interval.lo + added.interval.lo;
  const hi = (m: Mention): number => m.interval.hi + added.interval.hi;
  if (stocks.some((m) => lo(m) <= total.interval.hi + 1e-9 && hi(m) >= total.interval.lo - 1e-9)) return undefined;
  const stock = stocks[stocks.length - 1];
  const sum = stock.value + added.value;
  const expected = formatVn(sum / (total.value / total.n.value), { decimals: Math.max(stock.n.decimals, added.n.decimals, total.n.decimals) });
  return {
    rule: 'cumulative',
    severity: 'warning',
    kind: 'possible',
    message: `Trước đó có ${written(stock)}, thêm ${written(added)} thì tổng là ${expected} ${total.unit}, không phải ${written(total)}.`,
    text: total.n.text,
    location: { story: total.block.story, block: total.block.index, start: total.n.start, end: total.n.end },
    stated: total.n.text,
    expected,
  };
}
