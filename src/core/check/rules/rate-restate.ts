/**
 * "Qua 7 cuộc giám sát chuyên đề, 85,4% số kiến nghị đã được thực hiện xong" in the summary restates the
 * body's "đã thực hiện xong 35/42 kiến nghị (83,3%)": a percent of "số <thing> <what was done>" is the X/Y
 * the report gives of that thing with those words before it. Only one such X/Y in the report makes it the
 * reading; a percent it does not give is a warning that names it.
 */
import { atNumber, type Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { type Mention, type MentionIndex, where, words } from '../mentions';
import { agrees, percentInterval } from '../precision';
import { fold } from '../../text/fold';
import { written } from './identity';

/** "85,4% số kiến nghị đã được thực hiện xong": the thing counted and what was done to it. */
const OF_DONE = /^\s*%?\s*(?:so|tong so) ([a-z]+ [a-z]+|[a-z]+) (?:(?:da|duoc|deu|co) )*((?:[a-z]+ ?){2,6})/;
/** Words of doing that say nothing of what (they start most predicates). */
const WEAK = new Set(['da', 'duoc', 'deu', 'co', 'la', 'va', 'cac', 'nam', 'thang', 'quy', 'trong']);

function unitOf(m: Mention): string {
  return fold(m.unit).toLowerCase();
}

export function checkRateRestatements(index: MentionIndex): Finding[] {
  const ratios = index.all.filter((m) => m.y && !m.percent && m.block.story === 'body' && !m.block.table);
  if (ratios.length === 0) return [];
  const out: Finding[] = [];
  for (const p of index.all) {
    if (!p.percent || p.y || p.block.table || p.roles.has('target') || p.roles.has('plan')) continue;
    const said = OF_DONE.exec((index.folded.get(p.block.index) ?? '').slice(p.end, p.end + 100));
    if (!said) continue;
    const noun = said[1];
    const done = words(said[2]).filter((w) => !WEAK.has(w)).slice(0, 3);
    if (done.length < 2) continue;
    // the X/Y of that thing whose words before it say what the percent says was done ("đã thực hiện xong 35/42 kiến nghị")
    const of = ratios.filter((m) => (m.block !== p.block || m.sentence.start !== p.sentence.start) && (unitOf(m) === noun || noun.startsWith(`${unitOf(m)} `)) && done.every((w) => ` ${m.lead.slice(-45)} `.includes(` ${w} `)));
    if (of.length === 0 || new Set(of.map((m) => `${m.value}/${m.y!.value}`)).size !== 1) continue;
    const xy = of[0];
    // "28 nhiệm vụ bảo đảm đúng tiến độ (chiếm 90,3% số nhiệm vụ đã hoàn thành)": a share of its own count, of the X the X/Y gives
    const ownPart = (index.byBlock.get(p.block.index) ?? []).some((m) => m.sentence.start === p.sentence.start && m.end <= p.start && !m.percent && !m.y && unitOf(m) === unitOf(xy));
    if (ownPart) continue;
    const iv = xy.yInterval ? percentInterval(xy.interval, xy.yInterval) : null;
    if (!iv || agrees(p.n, iv)) continue;
    const whole = (xy.yInterval!.lo + xy.yInterval!.hi) / 2;
    const exact = (xy.value / whole) * 100;
    const d = p.n.decimals;
    const expected = `${formatVn(roundHalfUp(exact, d), { decimals: d })}%`;
    out.push({
      rule: 'rate-restate',
      severity: 'warning',
      kind: 'possible',
      message: `“${p.block.text.slice(p.n.start, p.end + said[0].length).trim()}” nhắc lại ${written(xy)} (${where(xy)}): ${xy.n.numberText}/${xy.y!.numberText} là ${expected}, không phải ${p.n.text}.`,
      ...atNumber(p),
      expected,
    });
  }
  return out;
}
