/**
 * A list that splits one whole by one attribute, each item "X/Y" of the same Y:
 * "– Học vấn: * Đại học 16/29 vị; * Trung cấp 05/29 vị; * Khác 07/29 vị". Items that name the rest
 * ("Khác", "Còn lại", "Các … khác") or that are complements (nam / nữ) make the list the whole
 * split, so its X must add up to the Y. A list with no such item may be a selection and is left alone.
 */
import type { Finding } from '../finding';
import type { Mention, MentionIndex } from '../mentions';
import { COMPLEMENTS } from './breakdown';

const REST = /^[\s*+•–-]*(?:khac|con lai|cac [a-z ]{0,30} khac|[a-z ]{0,30} khac)\b/;

interface Item {
  m: Mention;
  label: string;
}

/** The X/Y of a list item: the block's one X/Y, with the words before it as its label. */
function itemOf(index: MentionIndex, block: number): Item | undefined {
  const list = (index.byBlock.get(block) ?? []).filter((m) => !m.percent);
  if (list.length !== 1 || !list[0].y) return undefined;
  const m = list[0];
  return { m, label: (index.folded.get(block) ?? '').slice(0, m.start) };
}

function exhaustive(items: readonly Item[]): boolean {
  if (items.some((i) => REST.test(i.label))) return true;
  return items.length === 2 && COMPLEMENTS.some(([a, b]) => (a.test(items[0].label) && b.test(items[1].label)) || (b.test(items[0].label) && a.test(items[1].label)));
}

export function checkListPartitions(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  const blocks = index.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i];
    const folded = (index.folded.get(head.index) ?? '').trim();
    // the attribute's label: a short line that ends with a colon and holds no number
    if (folded.length > 60 || !folded.endsWith(':') || (index.byBlock.get(head.index) ?? []).length > 0) continue;
    const items: Item[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j].story === head.story; j++) {
      const item = itemOf(index, blocks[j].index);
      if (!item) break;
      if (items.length && (item.m.family !== items[0].m.family || item.m.y!.value !== items[0].m.y!.value)) break;
      items.push(item);
    }
    if (items.length < 2 || !exhaustive(items)) continue;
    const whole = items[0].m.yInterval!;
    const lo = items.reduce((s, x) => s + x.m.interval.lo, 0);
    const hi = items.reduce((s, x) => s + x.m.interval.hi, 0);
    if (hi >= whole.lo - 1e-9 && lo <= whole.hi + 1e-9) continue;
    const y = items[0].m.y!.numberText;
    const unit = items[0].m.unit;
    const sum = items.map((x) => x.m.n.numberText).join(' + ');
    const label = head.text.trim();
    out.push({
      rule: 'parts-total',
      severity: 'error',
      kind: 'certain',
      message: `Các nhóm của “${label.replace(/^[\s*+•–-]+|:$/g, '')}” cộng lại ${sum} = ${items.reduce((s, x) => s + x.m.n.value, 0)}${unit ? ` ${unit}` : ''}, không bằng tổng ${y}: các nhóm phải chia hết tổng số.`,
      text: label,
      location: { story: head.story, block: head.index, start: head.text.indexOf(label), end: head.text.indexOf(label) + label.length },
      stated: sum,
      expected: y,
    });
  }
  return out;
}
