/**
 * A roll and its movement: "Đầu tháng 8 có 1.382 đảng viên; trong tháng kết nạp 05, chuyển đến 02, chuyển
 * đi 01, từ trần 03 đồng chí" is the 1.385 the sentence citing it must give, "Đầu năm học có 905 học sinh; …
 * tiếp nhận 12 học sinh chuyển đến …, chuyển đi 3 em, bỏ học 2 em …, cuối năm còn 912 học sinh". The roll
 * at the start, plus those who came, less those who left, is the roll at the end: stated after the
 * movement in its sentence, or, for a footnote, by the figure the footnote is cited on.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import { type Mention, type MentionIndex, where } from '../mentions';

/** What opens the roll at the start: "Đầu tháng 8 có", "Đến ngày 31/12/2025, Đảng bộ có", "Đầu năm học có". */
const START = /\b(?:dau (?:thang|nam|ky|quy|nhiem ky)(?: hoc)?(?: \d+| [ivx]+)?|den (?:het )?ngay \d+\/\d+(?:\/\d+)?|tinh den (?:het )?(?:ngay )?\d+\/\d+(?:\/\d+)?)\b[^;]{0,40}?\b(?:co|la)\s*:?\s*$/;
const COMES = /\b(?:ket nap(?: moi)?|ket nap duoc|chuyen den|tiep nhan|phat trien(?: moi)?)\s*(?:duoc\s*)?$/;
const COMES_AFTER = /^\s*(?:[^\s\d]+ ){0,3}?chuyen den\b/;
const LEAVES = /\b(?:chuyen di|chuyen sinh hoat (?:dang )?di|tu tran|qua doi|xoa ten|khai tru|ra khoi (?:dang|hoi|to chuc)|bo hoc|thoi hoc|nghi hoc)\s*$/;
/** The roll at the end, in the movement's own sentence: "cuối năm còn 912 học sinh", "hiện có 1.313 hội viên". */
const END = /\b(?:(?:cuoi (?:thang|nam|ky|quy)(?: hoc)?|hien|den nay|den cuoi [a-z]+)\s*(?:con|co)|con lai|nang tong so (?:len )?)\s*:?\s*$/;

function isCount(m: Mention): boolean {
  return !m.percent && !m.y && m.n.decimals === 0 && (m.family === '' || m.family.startsWith('n:') || m.family === 'people');
}

/** The local words of a movement: from the figure before it (or its clause) to it. */
function leadOf(m: Mention): string {
  return m.lead.replace(/^.*[,;:]/, '').replace(/^\s*(?:trong (?:thang|nam|quy|ky|nam hoc|\d+ thang)(?: [a-z0-9]+)?)\s*/, '');
}

export function checkMembershipMovements(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [blockIndex, list] of index.byBlock) {
    const folded = index.folded.get(blockIndex) ?? '';
    if (!/\b(?:ket nap|chuyen den|chuyen di|tu tran|bo hoc)\b/.test(folded)) continue;
    for (let i = 0; i < list.length; i++) {
      const start = list[i];
      if (!isCount(start) || start.family === '' || start.paren || !START.test(folded.slice(Math.max(start.sentence.start - 200, 0), start.start).replace(/^.*[.]\s/, ''))) continue;
      const comes: Mention[] = [];
      const leaves: Mention[] = [];
      let end: Mention | undefined;
      let unknown = false;
      for (const m of list.slice(i + 1)) {
        // (nor a span or a date: "Trong 9 tháng năm 2026: kết nạp 31 đảng viên")
        if (m.paren || m.percent || /^\s*(?:thang|nam|quy|ngay)\b/.test(m.tail) || /\b(?:nam|thang|ngay|quy)\s*$/.test(m.lead)) continue;
        if (!isCount(m) || (m.family !== '' && m.family !== start.family)) {
          // a figure of another kind (a date's number, a badge's years) ends the movement
          if (comes.length + leaves.length > 0) break;
          unknown = true;
          break;
        }
        const lead = leadOf(m);
        if (END.test(m.lead)) {
          end = m;
          break;
        }
        if (COMES.test(lead) || COMES_AFTER.test(m.tail)) comes.push(m);
        else if (LEAVES.test(lead)) leaves.push(m);
        else {
          unknown = true;
          break;
        }
      }
      if (unknown || comes.length + leaves.length < 2) continue;
      if (!end && start.block.story === 'footnote') {
        // the figure the footnote is cited on, of the roll's kind and near its size
        const id = start.block.footnoteId;
        const citing = index.all.filter((m) => id !== undefined && m.cites.includes(id) && m.family === start.family && !m.percent && Math.abs(m.value - start.value) <= start.value * 0.2);
        if (citing.length === 1) end = citing[0];
      }
      if (!end) continue;
      const expected = start.value + comes.reduce((a, m) => a + m.value, 0) - leaves.reduce((a, m) => a + m.value, 0);
      if (expected === end.value) continue;
      const ins = comes.map((m) => m.n.numberText).join(', ');
      const outs = leaves.map((m) => m.n.numberText).join(', ');
      out.push({
        rule: 'membership-movement',
        severity: 'error',
        kind: 'certain',
        message: `Số đầu kỳ ${start.n.numberText} ${start.unit} (${where(start)})${ins ? ` cộng số tăng ${ins}` : ''}${outs ? ` trừ số giảm ${outs}` : ''} là ${formatVn(expected)}, không phải ${end.n.numberText}${end.unit ? ` ${end.unit}` : ''}.`,
        text: end.n.text,
        location: { story: end.block.story, block: end.block.index, start: end.n.start, end: end.n.end },
        stated: end.n.text,
        expected: formatVn(expected),
        ...(end.n.text === end.n.numberText ? { fix: formatVn(expected) } : {}),
      });
    }
  }
  return out;
}
