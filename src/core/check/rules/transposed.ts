/**
 * Two digits swapped when a figure is copied: the body's "đạt 91,2%" comes back as "92,1%" in the
 * headline, "kết nạp 32 hội viên mới" in the summary against "kết nạp mới 23 hội viên", "16,28 tỷ đồng"
 * in the text against "16.820" (triệu) in the table. Where the report restates itself (a summary, a
 * headline, a footnote, a table against the text), the same unit and a word in common, digits that differ
 * only by one swap of neighbours are one figure copied wrong.
 */
import type { Finding } from '../finding';
import type { Mention, MentionIndex } from '../mentions';
import { headlineOf, SUMMARY, where, written } from './identity';

/** The significant digits of a value in its family's base unit: 16,28 tỷ and 16.280 triệu are both "1628". */
function digits(m: Mention): string {
  const v = Math.round(Math.abs(m.value) * 1e6) / 1e6;
  return String(v).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2 || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export function checkTransposed(index: MentionIndex, already: ReadonlySet<string> = new Set()): Finding[] {
  const summary = new Set<number>();
  for (const b of index.blocks) if (b.headingLevel !== undefined && SUMMARY.test(index.folded.get(b.index) ?? '')) summary.add(b.index);
  const title = headlineOf(index);
  const restatement = (m: Mention): boolean => summary.has(m.section) || m.block.index === title || m.block.story === 'footnote' || Boolean(m.block.table);
  const byFamily = new Map<string, Mention[]>();
  for (const m of index.all) {
    if (m.family === '' || m.y || m.roles.has('target') || m.n.value === 0) continue;
    byFamily.set(m.family, [...(byFamily.get(m.family) ?? []), m]);
  }
  const out: Finding[] = [];
  const flagged = new Set<Mention>();
  for (const list of byFamily.values()) {
    const keyed = list.map((m) => ({ m, d: digits(m) }));
    for (const { m, d } of keyed) {
      if (!restatement(m) || flagged.has(m) || already.has(`${m.block.index}:${m.n.start}`)) continue;
      const ref = keyed.find(
        (o) => o.m !== m && !restatement(o.m) && swapped(d, o.d) && (m.unit === o.m.unit || !m.percent) && o.m.phrase.concat(o.m.after).some((w) => m.phrase.includes(w) || m.after.includes(w)),
      );
      if (!ref) continue;
      flagged.add(m);
      out.push({
        rule: 'repeat-indicator',
        severity: 'warning',
        kind: 'possible',
        message: `Có thể đảo chữ số khi chép lại: ${where(ref.m)} ghi ${written(ref.m)}, ở đây ghi ${written(m)} (cùng chỉ tiêu, hai chữ số liền nhau đổi chỗ).`,
        text: m.n.text,
        location: { story: m.block.story, block: m.block.index, start: m.n.start, end: m.n.end },
        stated: written(m),
        expected: written(ref.m),
      });
    }
  }
  return out;
}
