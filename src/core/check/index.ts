/**
 * The consistency check: a pure function from the document's text to findings. Each rule is its own
 * module over the claims extracted once per block.
 */
import type { DocumentText } from '../document/text';
import type { PeriodData } from '../indicators/schema';
import type { Finding } from './finding';
import { claimsOf } from './quantities';
import { checkChanges } from './rules/change';
import { checkCumulative, checkCumulativeAcross } from './rules/cumulative';
import { checkAgainstData } from './rules/data-source';
import { checkParenParts, checkParts } from './rules/parts';
import { checkRatios } from './rules/ratio';
import { checkRepeats } from './rules/repeat';
import { checkShares, checkSharesSum, checkSiblingShares } from './rules/share';
import { checkTables } from './rules/table';
import { checkUnits, checkUnitSlips } from './rules/unit';
import { checkRatings } from './rules/ratings';
import { checkTransposed } from './rules/transposed';
import { buildMentions, type MentionIndex } from './mentions';
import { checkCountChanges, checkPercentBases, explainedByRatio } from './rules/explain';
import { checkIdentity } from './rules/identity';
import { checkBreakdowns, checkRatioBreakdowns } from './rules/breakdown';
import { checkTableSums } from './rules/table-sums';
import { checkSpans } from './rules/spans';
import { checkMultiples } from './rules/multiples';
import { checkPlansApart } from './rules/plan-apart';
import { checkParallelRates } from './rules/parallel-rates';
import { checkSharedBases } from './rules/shared-base';
import { checkRelativeChanges } from './rules/relative-change';
import { checkVerdictLists } from './rules/verdict-list';
import { checkVerdictOutcomes } from './rules/verdict-outcomes';
import { checkMembershipMovements } from './rules/membership-movement';
import { checkVerdictShares } from './rules/verdict-shares';
import { checkContradictions } from './rules/contradiction';
import { checkCitedComparisons, checkFootnoteRestatements } from './rules/footnote-restate';
import { checkRunningTotals, checkToDate } from './rules/todate';
import { checkCopies } from './rules/copies';
import { checkListPartitions } from './rules/list-partition';
import { checkYieldOutput } from './rules/yield-output';
import { checkChangePairs, checkRateChanges } from './rules/change-pairs';
import { checkShareBases } from './rules/share-base';
import { checkRatioWholes } from './rules/ratio-whole';
import { checkTableRestatements } from './rules/table-restate';
import { checkTableShares } from './rules/table-share';
import { checkAttributeSplits } from './rules/attribute-split';
import { checkClassifications } from './rules/classification';
import { checkShareSteps } from './rules/share-step';
import { checkKindsTotals } from './rules/kinds-total';
import { checkNamedCounts } from './rules/named-count';
import { checkNamedRates } from './rules/named-rate';
import { checkNamedBreakdowns } from './rules/named-breakdown';
import { checkRatedAtLeast } from './rules/rated-at-least';
import { checkRateRestatements } from './rules/rate-restate';

export type { Finding, FindingKind, Severity } from './finding';

export interface CheckOptions {
  /** Rules to skip, by name. */
  skip?: readonly string[];
  /** The data source's values for the report's period: figures that differ from it are reported. */
  data?: PeriodData;
  /** Where the bound figures are: refresh keeps them current, the data-source rule leaves them alone. */
  figures?: ReadonlyArray<{ block: number; start: number; end: number }>;
}

const RULES = {
  ratio: checkRatios,
  unit: checkUnits,
  repeat: checkRepeats,
  parts: checkParts,
  change: checkChanges,
  share: checkShares,
  cumulative: checkCumulative,
  table: checkTables,
} as const;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

const MENTION_RULES = {
  'parallel-rate': checkParallelRates,
  'percent-base': checkPercentBases,
  'paren-parts': checkParenParts,
  breakdown: checkBreakdowns,
  'ratio-breakdown': checkRatioBreakdowns,
  'count-change': checkCountChanges,
  contradiction: checkContradictions,
  'cumulative-across': checkCumulativeAcross,
  'to-date': checkToDate,
  'running-total': checkRunningTotals,
  'list-partition': checkListPartitions,
  'yield-output': checkYieldOutput,
  'change-pair': checkChangePairs,
  'rate-change': checkRateChanges,
  'share-base': checkShareBases,
  'unit-slip': checkUnitSlips,
  ratings: checkRatings,
  'rated-at-least': checkRatedAtLeast,
  'rate-restate': checkRateRestatements,
  'share-sum': checkSharesSum,
  'share-siblings': checkSiblingShares,
  'table-sum': (index: MentionIndex) => checkTableSums(index.blocks),
  spans: checkSpans,
  multiple: checkMultiples,
  'plan-apart': checkPlansApart,
  'relative-change': checkRelativeChanges,
  'ratio-whole': checkRatioWholes,
  'table-restate': checkTableRestatements,
  'table-share': checkTableShares,
  'attribute-split': checkAttributeSplits,
  classification: checkClassifications,
  'share-step': checkShareSteps,
  'named-rate': checkNamedRates,
  'verdict-list': checkVerdictLists,
  'verdict-outcomes': checkVerdictOutcomes,
  'membership-movement': checkMembershipMovements,
  'named-count': checkNamedCounts,
  'verdict-shares': checkVerdictShares,
  'kinds-total': checkKindsTotals,
  'named-breakdown': checkNamedBreakdowns,
  'footnote-restate': checkFootnoteRestatements,
  'cited-comparison': checkCitedComparisons,
  'shared-base': checkSharedBases,
} as const;

/**
 * One finding per span: the first rule to speak of a number keeps it. What a later rule adds about
 * the same number is kept with it: its words, and its fix when the first has none ("the parts add up
 * to 280" and "the data source says 280" make one finding that offers 280).
 */
function dedupe(findings: readonly Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.location.block}:${f.location.start}`;
    const first = kept.get(key);
    if (!first) {
      const copy = { ...f };
      kept.set(key, copy);
      out.push(copy);
      continue;
    }
    // only a fix that says what the first finding expects: two rules that disagree offer no certain fix
    if (first.fix === undefined && f.fix !== undefined && f.location.end === first.location.end && f.expected === first.expected) {
      first.fix = f.fix;
      first.expected = f.expected;
      first.message = `${first.message} ${f.message}`;
    }
  }
  return out;
}

export function checkDocument(doc: DocumentText, options: CheckOptions = {}): Finding[] {
  const claims = doc.blocks.map(claimsOf);
  const mentions = buildMentions(doc, claims);
  const byPlace = new Map(mentions.all.map((m) => [`${m.block.index}:${m.n.start}`, m]));
  let findings: Finding[] = [];
  for (const [name, rule] of Object.entries(RULES)) {
    if (options.skip?.includes(name)) continue;
    findings.push(...rule(claims));
  }
  // A percent that belongs to another X/Y of its sentence ("(21,4%, tương ứng 150/700 hộ)") is not wrong.
  findings = findings.filter((f) => {
    if (f.rule !== 'ratio-percent' && f.rule !== 'excess') return true;
    const m = byPlace.get(`${f.location.block}:${f.location.start}`);
    return !m || !m.percent || (!m.roles.has('target') && !explainedByRatio(mentions, m));
  });
  for (const [name, rule] of Object.entries(MENTION_RULES)) {
    if (options.skip?.includes(name)) continue;
    findings.push(...rule(mentions));
  }
  // A table cell a column sum and its row's rate both blame is the one mistake: the rate of that row is not wrong
  const tableRow = (f: Finding): string | undefined => {
    const t = mentions.blocks[f.location.block]?.table;
    return t ? `${mentions.blocks[f.location.block].story}|${t.table}|${t.row}` : undefined;
  };
  const blamedRows = new Set(findings.filter((f) => f.rule === 'table-sum' && f.kind === 'certain').map(tableRow));
  findings = findings.filter((f) => f.rule !== 'table-rate' || !blamedRows.has(tableRow(f)));
  // A figure the table gives otherwise ("đàn heo 13.468 con" against the total row's 13.648) is the one mistake: a percent of its
  // sentence computed from it ("13.468 con so với … là tăng 5,4%") blames the percent for it
  const restated = byBlockOf(findings.filter((f) => f.rule === 'table-restate'));
  findings = findings.filter((f) => f.rule !== 'percent-base' || !(restated.get(f.location.block) ?? []).some((r) => r.location.block === f.location.block && r.location.start < f.location.start && f.location.start - r.location.end < 120 && f.message.startsWith(`${r.stated} `)));
  // Two shares that imply two totals point at one mistake: when a stated total decides which, keep only that finding.
  const decided = new Set(findings.filter((f) => f.rule === 'percent-base' || f.rule === 'share-siblings' || f.rule === 'share-base').map((f) => f.location.block));
  findings = findings.filter((f) => !(f.rule === 'share' && f.kind === 'possible' && decided.has(f.location.block)));
  if (!options.skip?.includes('repeat-indicator')) findings.push(...checkIdentity(mentions, new Set(findings.map((f) => `${f.location.block}:${f.location.start}`))));
  if (!options.skip?.includes('transposed')) findings.push(...checkTransposed(mentions, new Set(findings.map((f) => `${f.location.block}:${f.location.start}`))));
  if (!options.skip?.includes('data-source')) findings.push(...checkAgainstData(claims, options.data, options.figures));
  findings = dedupe(findings);
  if (!options.skip?.includes('copy-of-wrong')) findings.push(...checkCopies(mentions, findings));
  return dedupe(findings).sort(
    (a, b) => a.location.block - b.location.block || a.location.start - b.location.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/** Findings by the block they are in: a filter that compares findings of one paragraph stays linear in a long report. */
function byBlockOf(findings: readonly Finding[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.location.block);
    if (list) list.push(f);
    else out.set(f.location.block, [f]);
  }
  return out;
}
