/**
 * A sentence that breaks down a figure of the sentence before by naming it: "… tạm hoãn gọi nhập ngũ
 * 946 công dân, miễn gọi nhập ngũ 52 công dân. Số tạm hoãn gồm: đang học … 584; là lao động duy nhất …
 * 61; không đủ sức khỏe … 214; lý do khác 78." The items are the whole split by one reason each; with an
 * item for the rest ("lý do khác", "còn lại") the list leaves nothing out, so it adds up to the figure.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';

/** "Số tạm hoãn gồm:", "Tổng số miễn gọi bao gồm:": the words that name the figure broken down. */
const OPENING = /^\s*(?:so|tong so) ([a-z]+(?: [a-z]+){0,3}) (?:gom|bao gom|chia ra)\s*:/;
/** An item that names what is left, so the list is the whole. */
const REST = /\b(?:ly do khac|truong hop khac|con lai|cac [a-z ]{0,20}khac|khac)\s*$/;

export function checkNamedBreakdowns(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [block, list] of index.byBlock) {
    const folded = index.folded.get(block) ?? '';
    for (const first of list) {
      const sentence = folded.slice(first.sentence.start, first.sentence.end);
      // (one look per sentence: at its first figure)
      if (list.find((m) => m.sentence.start === first.sentence.start) !== first) continue;
      const opening = OPENING.exec(sentence);
      if (!opening) continue;
      const named = opening[1];
      // the whole: in the sentence before, the figure led to by the named words
      const whole = list.find((m) => m.sentence.end <= first.sentence.start && m.sentence.end >= first.sentence.start - 2 && !m.percent && !m.y && m.family !== '' && m.lead.slice(-40).includes(named));
      if (!whole) continue;
      const items = list.filter((m) => m.sentence.start === first.sentence.start && m.start >= first.sentence.start + opening[0].length && !m.percent && !m.y && (m.family === '' || m.family === whole.family) && m.roles.size === 0);
      if (items.length < 3 || !REST.test(items[items.length - 1].lead.replace(/[^a-z ]+/g, ' ').trim())) continue;
      const sum = items.reduce((s, m) => s + m.n.value, 0);
      const stated = whole.n.scaleWord ? whole.n.mantissa : whole.n.value;
      if (Math.abs(sum - stated) < 1e-9 || items.some((m) => m.n.decimals > 0) || whole.n.decimals > 0) continue;
      // (the report's own words, with their marks: the folded text has the same offsets)
      const said = first.block.text.slice(first.sentence.start, first.sentence.start + opening[0].length).replace(/\s*:\s*$/, '').trim();
      out.push(finding(whole, items, sum, said));
    }
  }
  return out;
}

function finding(whole: Mention, items: readonly Mention[], sum: number, opening: string): Finding {
  return {
    rule: 'parts-total',
    severity: 'error',
    kind: 'certain',
    message: `Các nhóm sau “${opening}” (có nhóm còn lại) cộng lại ${items.map((m) => m.n.text).join(' + ')} = ${formatVn(sum)}, không khớp ${whole.n.text} ${whole.unit} ở câu trước.`,
    text: whole.n.text,
    location: { story: whole.block.story, block: whole.block.index, start: whole.n.start, end: whole.n.end },
    stated: whole.n.text,
    expected: formatVn(sum),
  };
}
