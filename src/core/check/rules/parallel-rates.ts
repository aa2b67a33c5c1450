/**
 * Rates of two breakdowns that run side by side: "đã thụ lý 6.066 vụ … Trong đó, TAND tỉnh thụ lý 485
 * vụ …, TAND các huyện … thụ lý 5.581 vụ … đã giải quyết 3.803 vụ án (đạt tỷ lệ 62,7%). Trong đó, TAND
 * tỉnh giải quyết 334 vụ (69,8%); TAND cấp huyện giải quyết 3.469 vụ (62,2%)". The whole's rate says
 * which earlier figure it is of (3.803 of 6.066); that figure's parts, in the same order, are what each
 * part's rate is of (334 of 485, 3.469 of 5.581). A part whose rate its counterpart does not give, when
 * another part's does, is a mistake.
 */
import type { Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import type { Mention, MentionIndex } from '../mentions';
import { agrees, percentInterval } from '../precision';
import { where, written } from './identity';

/** What leads from an amount to its own rate: "3.803 vụ án (đạt tỷ lệ 62,7%)", "334 vụ (69,8%)", "…, đạt 78,4%". */
const RATE_LEAD = /^[^0-9]{0,20}?(?:\(\s*(?:dat(?: ty le)?|ty le)?|,\s*(?:dat(?: ty le)?|ty le))\s*$/;
const OPENS_PARTS = /^\s*[-+•]?\s*(?:trong do|trong so do|cu the)\b/;
const BLOCKS_BACK = 3;

interface Rated {
  amount: Mention;
  rate: Mention;
}

function folded(index: MentionIndex, m: Mention): string {
  return index.folded.get(m.block.index) ?? '';
}

/** The amounts of a sentence, each with the rate written right after it. */
function ratedIn(list: readonly Mention[], sentence: number): Rated[] {
  const out: Rated[] = [];
  const own = list.filter((m) => m.sentence.start === sentence);
  for (let i = 1; i < own.length; i++) {
    const rate = own[i];
    const amount = own[i - 1];
    if (!rate.percent || amount.percent || amount.y || rate.y || amount.family === '' || !RATE_LEAD.test(rate.lead)) continue;
    out.push({ amount, rate });
  }
  return out;
}

/** The parts a figure is broken into: after "trong đó" in its sentence, else in the next sentence when that opens with "Trong đó". */
function partsOf(index: MentionIndex, whole: Mention): Mention[] {
  const list = index.byBlock.get(whole.block.index) ?? [];
  const text = folded(index, whole);
  const kin = (m: Mention): boolean => !m.percent && !m.y && m.family === whole.family;
  const inSentence = list.filter((m) => m.sentence.start === whole.sentence.start && m.start > whole.end);
  const opener = /\btrong (?:do|so do)\b/.exec(text.slice(whole.end, whole.sentence.end));
  if (opener) {
    const from = whole.end + opener.index;
    return inSentence.filter((m) => m.start > from && kin(m));
  }
  const next = list.find((m) => m.sentence.start >= whole.sentence.end);
  if (!next || !OPENS_PARTS.test(text.slice(next.sentence.start, next.start))) return [];
  return list.filter((m) => m.sentence.start === next.sentence.start && kin(m));
}

export function checkParallelRates(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [blockIndex, list] of index.byBlock) {
    const starts = [...new Set(list.map((m) => m.sentence.start))];
    for (const start of starts) {
      const text = index.folded.get(blockIndex) ?? '';
      if (!OPENS_PARTS.test(text.slice(start, start + 30))) continue;
      const parts = ratedIn(list, start);
      if (parts.length < 2 || new Set(parts.map((p) => p.amount.family)).size !== 1) continue;
      // the whole these parts break down: the last amount of the sentence before, with its own rate
      const before = list.filter((m) => m.sentence.end <= start);
      const wholeSentence = before.at(-1)?.sentence.start;
      if (wholeSentence === undefined) continue;
      const whole = ratedIn(list, wholeSentence).filter((r) => r.amount.family === parts[0].amount.family).at(-1);
      if (!whole) continue;
      // what the whole's rate is of: an earlier figure of its kind that gives it, broken into as many parts
      const earlier: Mention[] = [];
      for (let b = Math.max(0, blockIndex - BLOCKS_BACK); b <= blockIndex; b++) for (const m of index.byBlock.get(b) ?? []) if (m.id < whole.amount.id && m.family === whole.amount.family && !m.percent && !m.y && m.value > whole.amount.value && m.block.story === whole.amount.block.story) earlier.push(m);
      // (else the nearest one broken into as many parts, when its parts give some of the parts' rates: the whole may be the slip)
      const split = earlier.reverse().filter((m) => partsOf(index, m).length === parts.length);
      const givesWhole = (m: Mention): boolean => {
        const r = percentInterval(whole.amount.interval, m.interval);
        return r !== null && agrees(whole.rate.n, r);
      };
      const base = split.find(givesWhole) ?? split[0];
      if (!base) continue;
      const bases = partsOf(index, base);
      const judged = parts.map((p, i) => {
        const r = percentInterval(p.amount.interval, bases[i].interval);
        return { p, of: bases[i], ok: r !== null && agrees(p.rate.n, r) };
      });
      const ok = judged.filter((j) => j.ok).length;
      if (ok === 0 || (!givesWhole(base) && ok * 2 < parts.length)) continue;
      for (const j of judged) {
        if (j.ok || j.of.value < j.p.amount.value) continue;
        const exact = (j.p.amount.value / j.of.value) * 100;
        const d = j.p.rate.n.decimals;
        const expected = `${formatVn(roundHalfUp(exact, d), { decimals: d })}%`;
        out.push({
          rule: 'parallel-rate',
          severity: 'error',
          kind: 'certain',
          message: `${written(j.p.amount)} trên ${written(j.of)} (phần tương ứng trong ${written(base)}, ${where(j.of)}) là ${formatVn(exact, { decimals: Math.min(d + 2, 4) })}%; làm tròn là ${expected}, không phải ${j.p.rate.n.text}.`,
          text: j.p.rate.n.text,
          location: { story: j.p.rate.block.story, block: j.p.rate.block.index, start: j.p.rate.n.start, end: j.p.rate.n.end },
          stated: j.p.rate.n.text,
          expected,
          fix: expected,
        });
      }
    }
  }
  return out;
}
