/**
 * Items listed under a verdict that their own rates deny: "3/7 lĩnh vực không đạt dự toán là công thương
 * nghiệp ngoài quốc doanh (105,6%), thuế thu nhập cá nhân (99,6%) …": a field that did not reach its
 * plan is below 100%; one listed as reaching it ("4/7 lĩnh vực thu đạt dự toán là …") is at 100% or
 * more, and one "vượt" above it.
 */
import type { Finding } from '../finding';
import type { MentionIndex } from '../mentions';

/** The verdict and the list it opens: "không đạt dự toán là", "đạt và vượt kế hoạch gồm:", "chưa đạt chỉ tiêu:". */
const VERDICT = /\b(khong dat|chua dat|dat va vuot|vuot|dat)\s+(?:du toan|ke hoach|chi tieu|kh)\b[^.;:()0-9]{0,30}?(?:\b(?:la|gom)\b\s*:?|:)/g;

export function checkVerdictLists(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [blockIndex, list] of index.byBlock) {
    const folded = index.folded.get(blockIndex) ?? '';
    if (!/\bdat\b|\bvuot\b/.test(folded)) continue;
    for (const v of folded.matchAll(VERDICT)) {
      const from = (v.index ?? 0) + v[0].length;
      // the list runs to the end of its clause: the next ";" or "." or the next verdict
      const rest = folded.slice(from);
      const stop = /[;.]\s|[;.]$|\b(?:khong dat|chua dat|dat va vuot|vuot|dat)\s+(?:du toan|ke hoach|chi tieu)\b/.exec(rest);
      const to = from + (stop ? stop.index : rest.length);
      const verdict = v[1];
      const below = verdict === 'khong dat' || verdict === 'chua dat';
      for (const m of list) {
        // each item's own rate, in parentheses after its name
        if (!m.percent || m.start < from || m.start >= to || !m.paren || !/\(\s*$/.test(m.lead)) continue;
        const rate = m.n.value;
        const wrong = below ? rate >= 100 : verdict === 'vuot' ? rate <= 100 : rate < 100;
        if (!wrong) continue;
        const said = below ? 'không đạt' : verdict === 'vuot' ? 'vượt' : 'đạt';
        out.push({
          rule: 'verdict-list',
          severity: 'warning',
          kind: 'possible',
          message: `Mục này được kể trong nhóm “${said}” nhưng tỷ lệ của nó là ${m.n.text}: ${below ? 'không đạt thì phải dưới 100%' : verdict === 'vuot' ? 'vượt thì phải trên 100%' : 'đạt thì phải từ 100% trở lên'}. Kiểm tra lại tỷ lệ hoặc nhóm.`,
          text: m.n.text,
          location: { story: m.block.story, block: m.block.index, start: m.n.start, end: m.n.end },
          stated: m.n.text,
          expected: below ? '< 100%' : verdict === 'vuot' ? '> 100%' : '≥ 100%',
        });
      }
    }
  }
  return out;
}
