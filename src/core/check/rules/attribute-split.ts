/**
 * A whole split by one attribute in a sentence of its own: "Đã bầu đủ 30/30 đại biểu … Về cơ cấu, khối Đảng 9
 * người, khối chính quyền 8 người, Mặt trận Tổ quốc và các đoàn thể 7 người, đại diện các thôn và thành phần khác
 * 5 người." A sentence that opens on "Về <attribute>," and lists three or more counts of one unit, the last of
 * them the rest ("… khác", "còn lại"), splits the paragraph's opening figure: its counts must add up to it. A
 * list with no rest item may be a selection ("trong đó nổi bật …") and is left alone.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';

const OPENS = /^\s*(?:ve|theo)\s+(?:co cau|thanh phan|trinh do|do tuoi|gioi tinh|dan toc|ton giao|nghe nghiep|linh vuc|loai hinh|nhom)\b[a-z ]{0,40},/;
const REST = /\b(?:khac|con lai)\s*$/;
const COUNTED = (m: Mention): boolean => !m.percent && !m.y && m.n.decimals === 0 && (m.family === 'people' || m.family.startsWith('n:'));

export function checkAttributeSplits(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [block, list] of index.byBlock) {
    const folded = index.folded.get(block) ?? '';
    const head = list.find((m) => !m.percent && m.family !== '');
    if (!head || !(head.family === 'people' || head.family.startsWith('n:'))) continue;
    const whole = head.n.value;
    for (const sentenceStart of new Set(list.map((m) => m.sentence.start))) {
      if (sentenceStart <= head.sentence.start) continue;
      const items = list.filter((m) => m.sentence.start === sentenceStart);
      const text = folded.slice(sentenceStart, items[0]?.sentence.end ?? sentenceStart);
      if (!OPENS.test(text) || items.length < 3 || !items.every(COUNTED) || new Set(items.map((m) => m.unit)).size !== 1) continue;
      // the last item names the rest
      const last = items[items.length - 1];
      if (!REST.test(folded.slice(items[items.length - 2].end, last.start))) continue;
      const sum = items.reduce((a, m) => a + m.n.value, 0);
      if (sum === whole) continue;
      out.push({
        rule: 'parts-total',
        severity: 'warning',
        kind: 'possible',
        message: `Các nhóm chia theo một tiêu chí cộng lại ${items.map((m) => m.n.numberText).join(' + ')} = ${formatVn(sum)} ${items[0].unit}, không khớp tổng ${head.n.numberText} ${head.unit} ở đầu đoạn.`,
        text: last.n.text,
        location: { story: last.block.story, block: last.block.index, start: last.n.start, end: last.n.end },
        stated: formatVn(sum),
        expected: formatVn(whole),
      });
    }
  }
  return out;
}
