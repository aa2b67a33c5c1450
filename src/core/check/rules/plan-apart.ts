/**
 * A percent of plan that stands alone, its plan and its result written in earlier sentences of the
 * paragraph: "xã được giao kế hoạch trồng 45 ha rừng … nâng tổng diện tích trồng rừng từ đầu năm lên
 * 32,4 ha … Diện tích trồng rừng đạt 64% kế hoạch" is 32,4/45 = 72%. The plan is the one amount the
 * paragraph says is planned; the result is any amount of its kind written after it. Only when no
 * such amount gives the percent is it wrong, and which amount was meant is not known: a warning.
 */
import type { Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import type { Mention, MentionIndex } from '../mentions';
import { agrees, percentInterval } from '../precision';
import { fold } from '../../text/fold';
import { written } from './identity';

/** "đạt 64% kế hoạch", "đạt 62,5% chỉ tiêu năm", "bằng 95% dự toán". */
const PLAN_WORD = /\b(?:ke hoach|chi tieu|du toan|dang ky)\b/;
/** "hoàn thành và vượt nhiều chỉ tiêu: …": a plan word whose colon opens a list of results. */
const PLAN_THEN_COLON = new RegExp(`${PLAN_WORD.source}[^:]*:`);
const OF_PLAN = /^\s*(?:so voi\s+)?(?:ke hoach|chi tieu|du toan|kh)\b/;

/** "kế hoạch vốn … 22.113 triệu đồng, trong đó vốn ngân sách tỉnh 21.070 triệu đồng": a part of the plan, no result. */
function partOfPlan(plan: Mention, m: Mention): boolean {
  if (plan.block !== m.block) return false;
  const between = fold(plan.block.text.slice(plan.end, m.start));
  return /\b(?:trong do|gom|bao gom)\b/.test(between) && !/\b(?:dat|duoc|thuc hien|hoan thanh|giai ngan|da)\b/.test(between);
}

/** A sentence that opens on a plan word: result words in it end what it plans. */
const RESULT_WORD = /\b(?:dat|da|duoc|thuc hien|hoan thanh|den nay|giai ngan)\b/;

/** The amounts of the last sentence before the percent's that opens on a plan word ("Kế hoạch năm 2026 mở 4 lớp … cho 125 học viên"), up to a result word. */
function planSentenceBefore(index: MentionIndex, amounts: readonly Mention[], pct: Mention): Mention[] {
  const before = amounts.filter((m) => m.sentence.start < pct.sentence.start);
  const last = before.at(-1);
  if (!last) return [];
  const folded = index.folded.get(last.block.index) ?? '';
  const opening = folded.slice(last.sentence.start, before.find((m) => m.sentence.start === last.sentence.start)!.start);
  if (!/^\s*(?:[-+•*]\s*)?(?:ke hoach|chi tieu|du toan)\b/.test(opening) || RESULT_WORD.test(opening)) return [];
  return before.filter((m) => m.sentence.start === last.sentence.start && !m.roles.has('previous') && !m.roles.has('same') && !RESULT_WORD.test(folded.slice(last.sentence.start, m.start)));
}

/** "Kế hoạch kiên cố hóa 2 km kênh mương …; … đến nay mới hoàn thành 1,35 km": a result word after the plan, in its sentence, starts the results. */
function resultAfterPlan(index: MentionIndex, plan: Mention, m: Mention): boolean {
  if (plan.block !== m.block || m.start < plan.end) return false;
  const between = (index.folded.get(plan.block.index) ?? '').slice(plan.end, m.start);
  return /[;,]/.test(between) && RESULT_WORD.test(between);
}

export function checkPlansApart(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    list.forEach((pct, i) => {
      if (!pct.percent || pct.paren || pct.y || pct.roles.has('target') || !OF_PLAN.test(pct.tail) || !/\b(?:dat|bang)\s*$/.test(pct.lead)) return;
      // "bằng 35,8% dự toán (6 tỷ đồng)": the plan in parentheses is other rules' to judge
      const next = list[i + 1];
      if (next && next.paren && next.paren.start - pct.end < 20) return;
      // "đã giải ngân 1.000/21.070 triệu đồng, đạt 4,75%": a percent after an X/Y of its sentence is that X/Y's
      if (list.some((m) => m.y && m.sentence.start === pct.sentence.start && m.start < pct.start)) return;
      const amounts = list.slice(0, i).filter((m) => !m.percent && !m.y && m.family !== '' && m.value > 0);
      const own = amounts.filter((m) => m.sentence.start === pct.sentence.start);
      // the plan: "Kế hoạch vốn … là 28,6 tỷ đồng", or the first amount of a sentence that opens on the plan
      // ("Thực hiện chỉ tiêu … giao, … 48 triệu đồng", "xã đăng ký chỉnh trang 14 tuyến"). A percent whose own
      // sentence has an amount is of that amount, against a plan of that sentence; one standing alone is of
      // the plan of an earlier sentence and an amount written between.
      const isPlan = (m: Mention): boolean => {
        if (m.roles.has('previous')) return false;
        // "Kế hoạch vốn … năm 2026 …": a plan names its year, which is no earlier period
        if (m.roles.has('plan') && PLAN_WORD.test(m.lead)) return true;
        if (m.roles.has('same')) return false;
        const folded = index.folded.get(m.block.index) ?? '';
        const opening = folded.slice(m.sentence.start, m.start);
        // "hoàn thành và vượt nhiều chỉ tiêu: kết nạp 186 đoàn viên …": a colon after the plan word opens a list of results
        return amounts.find((o) => o.sentence.start === m.sentence.start) === m && PLAN_WORD.test(opening) && !PLAN_THEN_COLON.test(opening);
      };
      let plans = (own.length > 0 ? own : amounts).filter(isPlan);
      // "Kế hoạch năm 2026 mở 4 lớp … cho 125 học viên. Trong 6 tháng, … mở 3 lớp … cho 96 học viên, đạt 67,8% kế hoạch":
      // a sentence of results with no plan of its own is of the plan sentence before it, whose amounts are all planned
      // (the plan of the kind written right before the percent: "3 lớp … cho 96 học viên, đạt 67,8%" is of the 125 học viên)
      if (own.length > 0 && plans.length === 0) plans = planSentenceBefore(index, amounts, pct).filter((p) => p.family === own[own.length - 1].family);
      const resultsOf = (plan: Mention): Mention[] =>
        (own.length > 0 ? own : amounts.filter((m) => m.sentence.start !== plan.sentence.start || resultAfterPlan(index, plan, m))).filter(
          (m) => m.family === plan.family && m.start > plan.start && !isPlan(m) && !m.roles.has('same') && !m.roles.has('previous') && !partOfPlan(plan, m),
        );
      const withResults = plans.filter((p) => resultsOf(p).length > 0);
      // two plans: which one the percent is of is not known
      if (withResults.length !== 1) return;
      const plan = withResults[0];
      const results = resultsOf(plan);
      if (results.some((r) => { const exact = percentInterval(r.interval, plan.interval); return !exact || agrees(pct.n, exact); })) return;
      const result = results[results.length - 1];
      const expected = `${formatVn(roundHalfUp((result.value / plan.value) * 100, pct.n.decimals), { decimals: pct.n.decimals })}%`;
      out.push({
        rule: 'plan-apart',
        severity: 'warning',
        kind: 'possible',
        message: `Kế hoạch là ${written(plan)}; không số nào viết sau đó bằng ${pct.n.text} kế hoạch: ${written(result)} là ${expected}. Kiểm tra lại tỷ lệ này.`,
        text: pct.n.text,
        location: { story: pct.block.story, block: pct.block.index, start: pct.n.start, end: pct.n.end },
        stated: pct.n.text,
        expected,
      });
    });
  }
  return out;
}
