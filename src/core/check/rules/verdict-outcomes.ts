/**
 * The outcomes of settled complaints and denunciations: "ban hành 8 quyết định giải quyết, trong đó khiếu
 * nại đúng 1 vụ, đúng một phần 2 vụ, sai 6 vụ", "Đã giải quyết 5/5 vụ …, trong đó tố cáo đúng 1 vụ, tố
 * cáo đúng một phần 1 vụ, tố cáo sai 2 vụ". Every case settled ends in one verdict, so the verdicts listed
 * from "đúng" to "sai" add up to what was settled, whatever noun each is counted in (a decision settles
 * one case). More than the total is certain; fewer is a warning, as a case withdrawn may go unnamed. Which
 * figure is wrong is not known, so the finding covers the verdicts and names the total.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';

/** What opens the list of verdicts after the total: "trong đó", "gồm", "kết quả", a colon. */
const OPENS = /(?:^|[,;(]\s*)(?:trong do|trong so do|gom|ket qua)\b|:/;
/** A verdict word before a count: "đúng 1 vụ", "đúng một phần 2 vụ", "sai 6 vụ", "2 đơn tố cáo sai". */
const VERDICT = /\b(?:dung mot phan|dung mot so noi dung|dung|sai)\s*$/;
const VERDICT_AFTER = /^\s*(?:[a-z]+ ){0,3}?(?:khieu nai|to cao) (?:dung mot phan|dung|sai)\b/;

function isCount(m: Mention): boolean {
  return !m.percent && m.family.startsWith('n:') && m.n.decimals === 0;
}

function verdictOf(folded: string, m: Mention): 'right' | 'partly' | 'wrong' | undefined {
  const before = folded.slice(Math.max(m.clause.start, m.start - 40), m.start);
  const v = VERDICT.exec(before)?.[0] ?? VERDICT_AFTER.exec(folded.slice(m.end, m.end + 40))?.[0] ?? '';
  if (/dung mot (?:phan|so)/.test(v)) return 'partly';
  if (/\bdung\b/.test(v)) return 'right';
  if (/\bsai\b/.test(v)) return 'wrong';
  return undefined;
}

export function checkVerdictOutcomes(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [blockIndex, list] of index.byBlock) {
    const folded = index.folded.get(blockIndex) ?? '';
    if (!/\bsai\b/.test(folded) || !/\b(?:khieu nai|to cao)\b/.test(folded)) continue;
    for (let i = 0; i < list.length; i++) {
      const total = list[i];
      if (!isCount(total) || total.paren) continue;
      // the figures after it, past what its parentheses hold ("5/5 vụ (năm 2024: 4 vụ), trong đó …")
      let j = i + 1;
      while (list[j] && list[j].paren && list[j].paren!.start >= total.end && list[j].sentence.start === total.sentence.start) j++;
      const first = list[j];
      if (!first || first.sentence.start !== total.sentence.start) continue;
      const between = folded.slice(total.end, first.start).replace(/\([^)]*\)/g, ' ');
      if (!/^[^0-9;.]{0,60}$/.test(between) || !OPENS.test(between)) continue;
      // the total stands alone in its stretch: "274 đơn khiếu nại và 105 đơn tố cáo; trong đó …" breaks down both
      const stretchStart = Math.max(total.sentence.start, folded.lastIndexOf(',', total.start) + 1, folded.lastIndexOf(';', total.start) + 1);
      if (list.some((m) => m !== total && isCount(m) && !m.paren && m.start >= stretchStart && m.start < total.start)) continue;
      const stop = [';', '.'].map((c) => folded.indexOf(c, first.end)).filter((k) => k >= 0 && k < total.sentence.end);
      const until = stop.length > 0 ? Math.min(...stop, total.sentence.end) : total.sentence.end;
      const parts = list.slice(j).filter((m) => m.start < until && isCount(m) && !m.y);
      if (parts.length < 2 || parts.some((m) => m.percent)) continue;
      const verdicts = parts.map((m) => verdictOf(folded, m));
      if (!verdicts.includes('wrong') || !(verdicts.includes('right') || verdicts.includes('partly'))) continue;
      // every count of the list is a verdict, or an end of its own ("đình chỉ", "rút đơn") that the list names
      const sum = parts.reduce((a, m) => a + m.value, 0);
      if (sum === total.value) continue;
      const over = sum > total.value;
      const unit = parts[0].unit;
      out.push({
        rule: 'verdict-outcomes',
        severity: over ? 'error' : 'warning',
        kind: over ? 'certain' : 'possible',
        message: `Kết quả giải quyết (đúng, đúng một phần, sai) cộng lại ${parts.map((m) => m.n.numberText).join(' + ')} = ${formatVn(sum)} ${unit}, ${over ? 'nhiều hơn' : 'ít hơn'} ${total.n.numberText} ${total.unit} đã giải quyết: mỗi vụ việc giải quyết xong có đúng một kết luận.`,
        // (which figure is wrong is not known: the finding covers the verdicts, the total is named in it)
        text: parts[0].block.text.slice(parts[0].n.start, parts.at(-1)!.n.end),
        location: { story: total.block.story, block: total.block.index, start: parts[0].n.start, end: parts.at(-1)!.n.end },
        stated: formatVn(sum),
        expected: total.n.numberText,
      });
    }
  }
  return out;
}
