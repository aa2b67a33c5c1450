/**
 * The Y of an X/Y that counts all of a kind, against the whole the report gave of that kind: "toàn huyện
 * có 15 tổ chức Hội ở cơ sở, 97 chi hội với 1.380 hội viên" … "74/79 chi hội đạt trong sạch vững mạnh";
 * "có tổng số 14 thôn bản" … "11/17 thôn". Which of the two is wrong is not known, and the Y may count
 * a part the text does not name: a warning.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';
import { fold } from '../../text/fold';

/** "toàn huyện có", "có tổng số", "hiện nay có", "tổng số … là": a count of all there is. */
const WHOLE_BEFORE = /\b(?:toan (?:xa|phuong|thi tran|huyen|thi xa|thanh pho|tinh|hoi|dang bo)(?: hien)?(?: nay)? co|co tong so|tong so|hien (?:nay )?co)\b[^,;.:()\d]{0,30}$/;
/** Words after the Y that make it a part: "79 chi hội khối nông thôn", "17 thôn vùng cao". */
const PART_AFTER = /^(?:[a-z]+ )?(?:khoi|vung|thuoc|loai|cap|dia|noi|ngoai|tren|co|da|duoc|trong|mam|tieu|thcs|thpt|trung|hoc)\b/;
/** Kinds of units a report counts all of (hamlets, branches, communes), not people or work done, which an X/Y plans. */
const KINDS = new Set(['thon', 'ban', 'xa', 'chi', 'to', 'khu', 'ap', 'xom', 'phuong', 'lang', 'buon']);

function head(unit: string): string {
  return fold(unit).toLowerCase().split(/\s+/)[0] ?? '';
}

function isWhole(m: Mention, text: string): boolean {
  if (m.percent || m.y || m.paren || m.roles.has('plan') || m.roles.has('same') || m.roles.has('previous') || m.roles.has('approximate')) return false;
  // "toàn huyện có 15 tổ chức Hội ở cơ sở, 97 chi hội": the items of the opening's list are wholes too
  const lead = fold(text.slice(Math.max(m.sentence.start, m.start - 80), m.start)).toLowerCase();
  return WHOLE_BEFORE.test(lead) || /\b(?:toan (?:xa|phuong|huyen|tinh)(?: hien)?(?: nay)? co|co tong so)\b[^;.:()]{0,60},\s*$/.test(lead);
}

export function checkRatioWholes(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  const wholes = new Map<string, Mention[]>();
  for (const m of index.all) {
    if (!m.family.startsWith('n:') || !KINDS.has(head(m.unit)) || m.n.decimals > 0) continue;
    if (m.block.story !== 'body' || !isWhole(m, m.block.text)) continue;
    const key = head(m.unit);
    wholes.set(key, [...(wholes.get(key) ?? []), m]);
  }
  for (const r of index.all) {
    if (!r.y || !KINDS.has(head(r.unit)) || r.y.decimals > 0 || r.y.value <= 0 || r.n.value > r.y.value) continue;
    const key = head(r.unit);
    const candidates = wholes.get(key) ?? [];
    // one whole of that kind only: two ("97 chi hội", "12 chi hội khối cơ quan") leave which one open
    if (candidates.length !== 1) continue;
    const whole = candidates[0];
    if (whole.value === r.y.value || whole.block.index > r.block.index || r.n.value > whole.value) continue;
    if (PART_AFTER.test(r.after.join(' '))) continue;
    // the Y is written elsewhere as a count of its own: another whole, not a slip
    if (index.all.some((m) => m !== r && !m.percent && !m.y && head(m.unit) === key && m.n.value === r.y!.value)) continue;
    out.push({
      rule: 'ratio-whole',
      severity: 'warning',
      kind: 'possible',
      message: `Mẫu số ${formatVn(r.y.value)} ${r.unit} không khớp tổng số ${whole.n.text} ${whole.unit} ghi ở ${whole.block.index === r.block.index ? 'đầu đoạn' : `đoạn ${whole.block.index + 1}`}.`,
      text: r.y.text,
      location: { story: r.block.story, block: r.block.index, start: r.y.start, end: r.y.end },
      stated: r.y.text,
      expected: whole.n.text,
    });
  }
  return out;
}
