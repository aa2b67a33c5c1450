/**
 * A change written as an amount with its percent in parentheses, against the current figure written
 * before it: "đường bộ xảy ra 12.501 vụ, làm chết 5.526 người, bị thương 9.571 người; so với cùng kỳ
 * năm trước giảm 554 vụ (-4,2%), giảm 356 người chết (-6%), giảm 694 người bị thương (-6,7%)". The base
 * is the current figure plus what it fell by (less what it rose by): 694/(9.571 + 694) = 6,8%. The
 * current figure is the one of the same unit and the same words ("chết", "bị thương"), in the sentence
 * or the paragraph before; a warning, as which figure was meant is read from words.
 */
import type { Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { type Mention, type MentionIndex, unitFactor } from '../mentions';
import { label } from './explain';
import { agrees } from '../precision';
import { fold } from '../../text/fold';

const CHANGE_VERB = /\b(tang|giam)\s*$/;
/** What leads from a change to its rate in the same sentence: "… so với đầu năm, tỷ lệ tăng đạt 9,9%", ", tương ứng giảm 6,8%", "giảm 1.308 vụ = 14,4%". */
const RATE_AFTER = /^[^,;()=]{0,40}(?:,\s*(?:(?:ty|ti) le (?:tang|giam)|tuong ung(?: (?:voi )?(?:tang|giam))?)(?: (?:dat|la|bang))?|\s=)\s*$/;
/** Words after a count that say what it counts, beyond its unit: "người chết", "người bị thương". */
/** A change said of the whole place ("dân số của xã", "toàn xã"), and a figure said of one of its parts ("thôn Đông Yên … 1.072 người"). */
const WHOLE_SUBJECT = /\b(?:cua|toan)\s+(?:xa|phuong|thi tran|huyen|tinh)\b/;
const PART_SUBJECT = /\b(?:thon|ap|xom|ban|buon|lang|to dan pho|khu pho|khu dan cu) [a-z]/;
const QUALIFIERS = ['chet', 'bi thuong', 'tu vong', 'mat tich'];

function qualifierOf(text: string): string | undefined {
  return QUALIFIERS.find((q) => new RegExp(`\\b${q}\\b`).test(text));
}

/** The figure a change in parentheses is of: the last of its unit and words in the sentence or the paragraph before. */
function currentBefore(previous: readonly Mention[], before: readonly Mention[], change: Mention, qualifier: string | undefined): Mention | undefined {
  // ("dân số của xã tăng 937 người (tăng 8,2%)" is not of "thôn Đông Yên ít dân nhất, chỉ có 1.072 người" just before it)
  const ofWhole = WHOLE_SUBJECT.test(fold(change.block.text.slice(change.sentence.start, change.start)).toLowerCase());
  return [...previous, ...before]
    .filter(
      (m) =>
        !(ofWhole && PART_SUBJECT.test(fold(m.block.text.slice(m.sentence.start, m.start)).toLowerCase().replace(/^.*;/, ''))) &&
        !m.percent && !m.y && !m.n.scaleWord && m.unit === change.unit && m.value > 0 && !CHANGE_VERB.test(m.lead) && !m.roles.has('same') && !m.roles.has('previous') && !m.roles.has('plan') &&
        // the same words: "làm chết 5.526 người" for "giảm 356 người chết"; a bare "vụ" for "giảm 554 vụ"
        (qualifierOf(m.lead.slice(-15)) ?? qualifierOf(m.after.join(' '))) === qualifier,
    )
    .at(-1);
}

/**
 * The figure a change with its rate after it is of ("tổng nguồn vốn đạt 3.579 tỷ 654 triệu đồng, tăng 331 tỷ
 * 273 triệu đồng so với đầu năm, tỷ lệ tăng đạt 9,9%"): the one figure of its family just before it in the
 * sentence; none when the sentence gives a base or a breakdown in parentheses (other rules read those).
 */
function currentOfSentence(before: readonly Mention[], change: Mention): Mention | undefined {
  // ("đã kết nạp 47 đảng viên, …, vượt 5 đảng viên so với chỉ tiêu; …, tăng 3 đảng viên, tương ứng tăng 6,8%": an excess is no current figure)
  const own = before.filter((m) => m.sentence.start === change.sentence.start && !m.percent && m.family === change.family && !/\b(?:vuot|cao hon|thap hon|nhieu hon|it hon|thieu)\s*$/.test(m.lead));
  if (own.length === 0 || own.some((m) => m.paren || m.y || m.roles.has('same') || m.roles.has('previous') || m.roles.has('plan'))) return undefined;
  const last = own[own.length - 1];
  return CHANGE_VERB.test(last.lead) ? undefined : last;
}

/** What the change is against, in the text's words ("đầu năm"), else the same period of last year. */
function againstOf(change: Mention, pct: Mention): string {
  const between = change.block.text.slice(change.end, pct.start);
  return /so với\s+([^,;()]{2,30}?)\s*(?:[,;(]|$)/u.exec(between)?.[1] ?? 'cùng kỳ';
}

export function checkRelativeChanges(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [blockIndex, list] of index.byBlock) {
    const previous = index.byBlock.get(blockIndex - 1) ?? [];
    list.forEach((pct, i) => {
      const change = list[i - 1];
      if (!pct.percent || !change || change.percent || change.y || change.paren || change.family === '' || change.value <= 0) return;
      // "giảm 554 vụ (-4,2%)"; "tăng 331 tỷ 273 triệu đồng so với đầu năm, tỷ lệ tăng đạt 9,9%"
      const inParens = pct.paren && pct.paren.start >= change.end && pct.paren.start - change.end <= 25 && /\(\s*(?:giam\s*|tang\s*|-\s*)?$/.test(pct.lead);
      const rateAfter = !pct.paren && pct.sentence.start === change.sentence.start && RATE_AFTER.test(pct.lead);
      if ((!inParens || change.n.scaleWord) && !rateAfter) return;
      const verb = CHANGE_VERB.exec(change.lead)?.[1];
      if (!verb) return;
      // "(-6,7%)" and "(giảm 7,7%)" say the direction again; it must be the verb's
      if ((/(?:giam|-)\s*$/.test(pct.lead) && verb === 'tang') || (/tang\s*$/.test(pct.lead) && verb === 'giam')) return;
      const qualifier = qualifierOf(change.tail.slice(0, 20));
      const current = inParens ? currentBefore(previous, list.slice(0, i - 1), change, qualifier) : currentOfSentence(list.slice(0, i - 1), change);
      // "hơn 41.400 hộ": a rounded figure gives no base to judge a percent by
      if (!current || current.roles.has('approximate')) return;
      const sign = verb === 'giam' ? 1 : -1;
      const base = { lo: current.interval.lo + sign * change.interval.hi, hi: current.interval.hi + sign * change.interval.lo };
      if (base.lo <= 0) return;
      const exact = { lo: (change.interval.lo / base.hi) * 100, hi: (change.interval.hi / base.lo) * 100 };
      if (agrees({ value: Math.abs(pct.n.value), decimals: pct.n.decimals }, exact)) return;
      const value = (change.value / (current.value + sign * change.value)) * 100;
      const expected = `${pct.n.value < 0 ? '-' : ''}${formatVn(roundHalfUp(value, pct.n.decimals), { decimals: pct.n.decimals })}%`;
      out.push({
        rule: 'relative-change',
        severity: 'warning',
        kind: 'possible',
        message: `${verb === 'giam' ? 'Giảm' : 'Tăng'} ${label(change, change.n.text)} so với ${againstOf(change, pct)} ${formatVn((current.value + sign * change.value) / unitFactor(change), { decimals: change.n.decimals })}${change.unit ? ` ${change.unit}` : ''} (hiện ${label(current, current.n.text)}) là ${expected}, không phải ${pct.n.text}.`,
        text: pct.n.text,
        location: { story: pct.block.story, block: pct.block.index, start: pct.n.start, end: pct.n.end },
        stated: pct.n.text,
        expected,
      });
    });
  }
  return out;
}
