/**
 * A footnote that states the source of the figure it is cited after: "Thu kết dư ngân sách năm 2025
 * chuyển sang 1.286 triệu đồng[^2]" with "[^2]: Kết dư ngân sách xã năm 2025 theo Nghị quyết số
 * 12/NQ-HĐND … phê chuẩn quyết toán: 1.268 triệu đồng". The footnote names the figure in its opening
 * words and gives one amount of its kind, with no word of a plan, a span or a breakdown: it is the same
 * figure, and two values of it are one mistake. The text is what the drafter typed again, the footnote
 * what they cite: the text is flagged.
 */
import type { Finding } from '../finding';
import { type Mention, type MentionIndex, words } from '../mentions';
import { overlaps } from '../precision';
import { written } from './identity';

/** Words that make a footnote's amount another figure than the one it is cited after. */
const OTHER_FIGURE = /\b(?:ke hoach|du toan|chi tieu|luy ke|cung ky|thang truoc|quy truoc|ky truoc|tu dau nam|den ngay|den het|trong do|gom|bao gom|cu the|tang|giam|con lai|binh quan|dau ky|cuoi ky)\b/;
/** Words too common to say which figure a footnote names. */
const GENERIC = new Set(['nam', 'thang', 'quy', 'xa', 'so', 'tong', 'thu', 'chi', 'cua', 'theo', 'va', 'cac', 'nhung', 'duoc', 'la', 'trong', 'tren', 'dia', 'ban', 'sang', 'chuyen']);

function named(m: Mention, folded: string): string[] {
  return words(folded.slice(Math.max(m.sentence.start, m.start - 80), m.start)).filter((w) => !GENERIC.has(w));
}

/** The finding of a figure written twice: here as `said`, in the footnote as `ref`. */
function restatement(said: Mention, ref: Mention, message: string): Finding {
  return {
    rule: 'repeat-indicator',
    severity: 'warning',
    kind: 'possible',
    message,
    text: said.block.text.slice(said.start, said.end),
    location: { story: said.block.story, block: said.block.index, start: said.start, end: said.end },
    stated: written(said),
    expected: written(ref),
  };
}

/**
 * "làm mới, cứng hóa 14,6 km đường giao thông nông thôn[^2]" with "[^2]: Gồm 9 tuyến đường …, tổng chiều dài 14.060 m, …": a
 * footnote that opens on what the figure is made of and gives its total there is the figure again.
 */
function madeOfTotal(index: MentionIndex, m: Mention): Mention | undefined {
  if (m.block.story === 'footnote' || m.percent || m.y || m.family === '' || new Set(m.cites).size !== 1) return undefined;
  // (of the figures of the clause that cites it, the one that is no change nor a running total "nâng tổng … lên 53,3 km")
  const moved = (o: Mention): boolean => /\b(?:tang|giam|con|vuot|len)\s*$/.test(o.lead);
  const clause = (index.byBlock.get(m.block.index) ?? []).filter((o) => o.cites.includes(m.cites[0]) && o.family === m.family && !o.percent && !moved(o));
  if (clause.length !== 1 || clause[0] !== m || m.roles.size > 0) return undefined;
  const [note] = index.footnotes.get(m.cites[0]) ?? [];
  if (!note || !/^\s*gom\b/.test(index.folded.get(note.index) ?? '')) return undefined;
  const totals = (index.byBlock.get(note.index) ?? []).filter((f) => f.sentence.start === 0 && f.family === m.family && !f.percent && !f.y && /\btong (?:chieu dai|dien tich|so|kinh phi|gia tri|von|khoi luong)\s*(?:la\s*)?$/.test(f.lead));
  return totals.length === 1 ? totals[0] : undefined;
}

export function checkFootnoteRestatements(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const m of index.all) {
    const total = madeOfTotal(index, m);
    if (total && !overlaps(total.interval, m.interval)) {
      out.push(restatement(m, total, `Chú thích ${total.block.footnoteId ?? m.cites[0]} ghi tổng ${written(total)} cho chính số liệu này, ở đây ghi ${written(m)}: hai chỗ phải là một số.`));
      continue;
    }
    if (m.block.story === 'footnote' || m.percent || m.y || m.family !== 'money' || m.cites.length !== 1) continue;
    const folded = index.folded.get(m.block.index) ?? '';
    // the figure the mark stands after: the last amount of its kind in the clause before the mark
    const clause = (index.byBlock.get(m.block.index) ?? []).filter((o) => o.cites.includes(m.cites[0]) && o.family === m.family && !o.percent);
    if (clause[clause.length - 1] !== m || /\b(?:tang|giam|con|vuot)\s*$/.test(m.lead)) continue;
    const notes = index.footnotes.get(m.cites[0]) ?? [];
    const amounts = notes.flatMap((b) => index.byBlock.get(b.index) ?? []).filter((f) => !f.percent && f.family !== '');
    if (amounts.length !== 1 || amounts[0].family !== m.family || amounts[0].roles.has('approximate')) continue;
    const f = amounts[0];
    const note = index.folded.get(f.block.index) ?? '';
    if (OTHER_FIGURE.test(note) || f.roles.has('same') || f.roles.has('previous')) continue;
    // ("[^2]: Lợi nhuận trước thuế năm 2024: 862 triệu đồng" after this year's profit): a year the footnote names before its
    // amount is the text's too, in the words before the figure
    const before = folded.slice(m.sentence.start, m.start);
    // (not the year of a date: "ngày 25/6/2026" dates the resolution, not the figure)
    const years = [...note.slice(0, f.start).matchAll(/(?:^|[^/\d])((?:19|20)\d\d)\b/g)].map((y) => y[1]);
    if (years.some((y) => !before.includes(y))) continue;
    // the footnote names the figure: most of the words before it in the text open the footnote
    const said = named(m, folded);
    const opening = new Set(words(note.slice(0, f.start)));
    const shared = said.filter((w) => opening.has(w)).length;
    if (said.length < 2 || shared < 3 || shared * 2 < said.length) continue;
    if (overlaps(f.interval, m.interval)) continue;
    out.push(restatement(m, f, `Chú thích ${f.block.footnoteId ?? m.cites[0]} ghi ${written(f)} cho chính số liệu này, ở đây ghi ${written(m)}: hai chỗ phải là một số.`));
  }
  return out;
}

/**
 * The figure a comparison gives in parentheses, as the cited footnote gives it: "toàn xã có 47 người sử dụng trái phép chất ma
 * túy …, giảm so với thời điểm báo cáo 9 tháng (51 người)[^3]" with "[^3]: … đến ngày 14/9/2026 toàn xã có 50 người sử dụng
 * trái phép chất ma túy …". The footnote's one amount written after the same words as the sentence's own figure is that figure
 * at the time compared with, when the footnote names that time (its year, its months).
 */
export function checkCitedComparisons(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const x of index.all) {
    const paren = x.paren;
    if (!paren || x.percent || x.y || x.family === '' || new Set(x.cites).size !== 1 || !/\bso voi\b[^()]{0,60}\(\s*$/.test(x.lead)) continue;
    const list = index.byBlock.get(x.block.index) ?? [];
    if (list.some((o) => o !== x && o.paren?.start === paren.start)) continue;
    const subject = list.find((o) => o.sentence.start === x.sentence.start && o.end <= x.start && !o.paren && !o.percent && !o.y && o.unit === x.unit && o.after.length >= 2);
    if (!subject) continue;
    const notes = index.footnotes.get(x.cites[0]) ?? [];
    const said = subject.after.join(' ');
    const same = notes.flatMap((b) => index.byBlock.get(b.index) ?? []).filter((f) => f.unit === x.unit && !f.percent && !f.y && f.after.join(' ') === said);
    if (same.length !== 1) continue;
    const f = same[0];
    const note = index.folded.get(f.block.index) ?? '';
    // the time compared with, in the words before the parentheses: a year the footnote must name, or months it must count or date
    const compared = x.lead.slice(x.lead.lastIndexOf('so voi'));
    const years = [...compared.matchAll(/\b((?:19|20)\d\d)\b/g)].map((y) => y[1]);
    const months = /\b(\d{1,2}) thang\b/.exec(compared)?.[1];
    if (years.length === 0 && !months) continue;
    if (years.some((y) => !note.includes(y))) continue;
    if (months && !new RegExp(`\\b${months} thang\\b|\\/${months}\\/\\d{4}`).test(note)) continue;
    if (overlaps(f.interval, x.interval)) continue;
    out.push(restatement(x, f, `Chú thích ${f.block.footnoteId ?? x.cites[0]} ghi ${written(f)} cho số liệu được so sánh này, ở đây ghi ${written(x)}: hai chỗ phải là một số.`));
  }
  return out;
}
