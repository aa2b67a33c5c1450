/**
 * The same facts quoted twice with two values: the summary ("Đánh giá chung", "Kết quả nổi bật")
 * restates the body. A summary clause that pairs two amounts ("hỗ trợ 16 hộ với 61,6 triệu đồng")
 * is compared with the body clauses that pair the same units around the same action ("hỗ trợ");
 * values that differ are reported.
 */
import type { Finding } from '../finding';
import { type BlockClaims, clauseBounds, endWithUnit, fold, type Quantity } from '../quantities';
import { unitFamily } from '../units';

const SUMMARY_HEADING = /danh gia chung|ket qua noi bat|tom tat|ket luan chung/;
const STOP = new Set(['dat', 'duoc', 'voi', 'la', 'co', 'va', 'cac', 'trong', 'da', 'bang', 'tong', 'so', 'moi', 'nam', 'thang', 'tren', 'cua', 'cho', 'tai', 'theo', 'xa', 'kip', 'thoi', 'dong', 'trieu', 'nguoi', 'the', 'nhung', 'mot']);

interface PairClause {
  claims: BlockClaims;
  quantities: Quantity[];
  bigrams: Set<string>;
  /** The spans of time the clause names ("quy iv", "9 thang"): a clause of one quarter restates no figure of the year. */
  spans: string[];
  start: number;
  end: number;
}

function bigrams(text: string): Set<string> {
  const words = fold(text)
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2 && !/^\d/.test(w));
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (STOP.has(words[i]) || STOP.has(words[i + 1])) continue;
    out.add(`${words[i]} ${words[i + 1]}`);
  }
  return out;
}

const SPAN = /\b(?:quy (?:i{1,3}|iv|[1-4])|thang \d{1,2}|\d{1,2} thang(?: dau nam| cuoi nam)?|(?:sau|chin|ba) thang(?: dau nam| cuoi nam)?)\b/g;

function spansOf(text: string): string[] {
  return [...new Set(fold(text).match(SPAN) ?? [])];
}

const AIM_LEAD = /\b(?:giao chi tieu|chi tieu (?:nam|thang|quy|giai doan)|phan dau|muc tieu|du kien)\b/;

function pairClauses(claims: BlockClaims): PairClause[] {
  const text = claims.block.text;
  // Bucket the quantities by clause in one pass (quantities come in text order).
  const buckets = new Map<number, { end: number; qs: Quantity[] }>();
  for (const q of claims.quantities) {
    const b = clauseBounds(text, q.n.start);
    const bucket = buckets.get(b.start) ?? { end: b.end, qs: [] };
    if (!q.n.percent && q.unit !== '' && unitFamily(q.unit).family !== '' && q.n.end <= b.end) bucket.qs.push(q);
    buckets.set(b.start, bucket);
  }
  const out: PairClause[] = [];
  for (const [start, { end, qs }] of buckets) {
    if (qs.length !== 2 || qs[0].unit === qs[1].unit) continue;
    // "Nghị quyết … giao chỉ tiêu năm 2026: giảm 1,2 điểm phần trăm …, giảm 70 hộ nghèo": what was aimed at, no result to restate
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', start) + 1);
    if (AIM_LEAD.test(fold(text.slice(sentenceStart, qs[0].n.start)))) continue;
    out.push({ claims, quantities: qs, bigrams: bigrams(text.slice(start, end)), spans: spansOf(text.slice(start, end)), start, end });
  }
  return out;
}

function unitKey(p: PairClause): string {
  return p.quantities.map((q) => q.unit).sort().join('|');
}

export function checkRepeats(all: readonly BlockClaims[]): Finding[] {
  const body: PairClause[] = [];
  const summary: PairClause[] = [];
  let inSummary = false;
  let summaryLevel = 0;
  for (const claims of all) {
    const b = claims.block;
    if (b.story === 'body' && b.headingLevel === 1) inSummary = SUMMARY_HEADING.test(fold(b.text));
    if (b.headingLevel !== undefined && b.headingLevel <= 2 && SUMMARY_HEADING.test(fold(b.text))) {
      inSummary = true;
      summaryLevel = b.headingLevel;
    } else if (inSummary && b.story === 'body' && b.headingLevel !== undefined && b.headingLevel <= summaryLevel && /^\s*(?:#+\s*)?[IVXL]+\./.test(b.text)) {
      // the next part of the summary's rank ("## VI. PHƯƠNG HƯỚNG, NHIỆM VỤ …") ends it
      inSummary = false;
    }
    // a footnote gives other periods' figures ("Năm học 2024 - 2025: 24 lớp, 893 học sinh"): neither summary nor body
    if (b.story === 'footnote') continue;
    (inSummary ? summary : body).push(...pairClauses(claims));
  }
  const out: Finding[] = [];
  for (const s of summary) {
    // ("Riêng 2 kỳ họp quý IV thông qua 12 nghị quyết" is a part of the year's "7 kỳ họp, thông qua 41 nghị quyết")
    const candidates = body.filter((c) => unitKey(c) === unitKey(s) && [...s.bigrams].some((g) => c.bigrams.has(g)) && c.spans.every((w) => s.spans.includes(w)));
    if (candidates.length !== 1) continue;
    const c = candidates[0];
    const byUnit = (p: PairClause, unit: string): Quantity | undefined => p.quantities.find((q) => q.unit === unit);
    const differs = s.quantities.some((q) => byUnit(c, q.unit)?.n.value !== q.n.value);
    if (!differs) continue;
    // "tổng số hội viên tăng 57 người" is a change, "2.846 người" a stock: the same unit, not the same figure
    const change = (p: PairClause, q: Quantity): boolean => /(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(p.claims.block.text.slice(Math.max(0, q.n.start - 12), q.n.start));
    if (s.quantities.some((q) => { const o = byUnit(c, q.unit); return o !== undefined && change(s, q) !== change(c, o); })) continue;
    const first = s.quantities[0];
    const last = s.quantities[s.quantities.length - 1];
    const text = s.claims.block.text;
    const end = endWithUnit(text, last);
    const span = text.slice(first.n.start, end);
    const bodyText = c.quantities.map((q) => c.claims.block.text.slice(q.n.start, endWithUnit(c.claims.block.text, q))).join('; ');
    out.push({
      rule: 'repeat',
      severity: 'warning',
      kind: 'possible',
      message: `Phần đánh giá chung ghi “${span}”, nhưng phần kết quả ghi ${bodyText}: cùng một nội dung, hai số liệu khác nhau.`,
      text: span,
      location: { story: s.claims.block.story, block: s.claims.block.index, start: first.n.start, end },
      stated: s.quantities.map((q) => text.slice(q.n.start, endWithUnit(text, q))).join('; '),
      expected: bodyText,
    });
  }
  return out;
}
