/**
 * Rates of like counts in one paragraph are of one base: "số đảng viên phải sinh hoạt thường xuyên là 62
 * đồng chí. Bình quân mỗi kỳ có 58 đồng chí dự, đạt 95,3%. Kỳ cao nhất có 61 đồng chí dự (98,4%)". The count
 * of the kind before them that gives one rate (61/62 is 98,4%) is the base of its siblings, counts of the
 * same unit told with the same word after it ("dự"); a sibling's rate that base does not give, when no
 * other count of the kind nearby gives it, is a mistake (58/62 is 93,5%).
 */
import { atNumber, type Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import type { Mention, MentionIndex } from '../mentions';
import { agrees, percentInterval, slipKind } from '../precision';
import { where, written } from './identity';

/** What leads from a count to its own rate: "58 đồng chí dự, đạt 95,3%", "61 đồng chí dự (98,4%)". */
const RATE_LEAD = /^[a-z ]{0,30}(?:\(\s*(?:dat|bang|chiem)?|,\s*(?:dat|bang|chiem))\s*(?:ty le\s*)?$/;
/** How many paragraphs back a base may be: the one that states it, just before the rates. */
const BLOCKS_BACK = 1;
/** A change is no count of the kind: "giảm 3 đồng chí". */
const CHANGE_LEAD = /\b(?:tang|giam|them|bot)\s*$/;

interface Rated {
  amount: Mention;
  rate: Mention;
  /** The word the count is told with after its unit: "du" of "58 đồng chí dự". */
  verb: string;
}

function ratedOf(list: readonly Mention[]): Rated[] {
  const out: Rated[] = [];
  for (let i = 1; i < list.length; i++) {
    const [amount, rate] = [list[i - 1], list[i]];
    if (!rate.percent || rate.y || amount.percent || amount.y || amount.family === '' || amount.value <= 0) continue;
    if (rate.sentence.start !== amount.sentence.start || !RATE_LEAD.test(rate.lead) || rate.roles.has('target') || rate.roles.has('plan')) continue;
    if (amount.roles.has('plan') || amount.roles.has('target') || CHANGE_LEAD.test(amount.lead)) continue;
    const verb = amount.after[0];
    if (!verb) continue;
    out.push({ amount, rate, verb });
  }
  return out;
}

function gives(r: Rated, base: Mention): boolean {
  const p = percentInterval(r.amount.interval, base.interval);
  return p !== null && agrees(r.rate.n, p);
}

export function checkSharedBases(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [blockIndex, list] of index.byBlock) {
    if (list[0]?.block.story !== 'body' || list[0].block.table) continue;
    const rated = ratedOf(list);
    if (rated.length < 2) continue;
    const groups = new Map<string, Rated[]>();
    for (const r of rated) {
      const key = `${r.amount.family}|${r.amount.unit}|${r.verb}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const first = group[0].amount;
      // the counts of the kind that could be the base: stated before the rates, each larger than every count rated
      const most = Math.max(...group.map((r) => r.amount.interval.hi));
      const candidates: Mention[] = [];
      for (let b = Math.max(0, blockIndex - BLOCKS_BACK); b <= blockIndex; b++) {
        for (const m of index.byBlock.get(b) ?? []) {
          if (m.id >= first.id || m.family !== first.family || m.percent || m.y || m.interval.lo <= most || m.section !== first.section) continue;
          if (CHANGE_LEAD.test(m.lead) || m.roles.has('previous') || m.roles.has('same')) continue;
          candidates.push(m);
        }
      }
      // one base: the only candidate that gives some rate of the group
      const giving = candidates.filter((c) => group.some((r) => gives(r, c)));
      if (giving.length !== 1) continue;
      const base = giving[0];
      for (const r of group) {
        if (candidates.some((c) => gives(r, c))) continue;
        const exact = (r.amount.value / base.value) * 100;
        const d = r.rate.n.decimals;
        const expected = `${formatVn(roundHalfUp(exact, d), { decimals: d })}%`;
        const sibling = group.find((s) => gives(s, base));
        if (!sibling) continue;
        out.push({
          rule: 'shared-base',
          severity: 'error',
          kind: slipKind(r.rate.n, exact),
          message: `${written(r.amount)} trên ${written(base)} (${where(base)}, cơ sở của ${written(sibling.amount)} là ${sibling.rate.n.text}) là ${formatVn(exact, { decimals: Math.min(d + 2, 4) })}%; làm tròn là ${expected}, không phải ${r.rate.n.text}.`,
          ...atNumber(r.rate),
          expected,
          fix: expected,
        });
      }
    }
  }
  return out;
}
