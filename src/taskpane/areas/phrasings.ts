/** What a figure can show and the ready-made Vietnamese phrasings for each, as reports write them. */
import type { FigureKind } from '../../core/figures/spec';

export const KIND_LABELS: Record<FigureKind, string> = {
  value: 'Giá trị kỳ này',
  cumulative: 'Lũy kế',
  plan: 'Kế hoạch',
  ratio: 'Thực hiện/kế hoạch (X/Y)',
  percentOfPlan: '% kế hoạch',
  excess: 'Vượt kế hoạch (%)',
  change: 'Tăng/giảm so với cùng kỳ hoặc kỳ trước',
  share: 'Tỷ trọng trong một chỉ tiêu tổng',
  sum: 'Tổng của nhiều chỉ tiêu',
};

/** The first phrasing of each kind is its default. */
export const PHRASINGS: Record<FigureKind, readonly string[]> = {
  value: ['{value} {unit}', 'đạt {value} {unit}'],
  cumulative: ['{cumulative} {unit}', 'lũy kế đạt {cumulative} {unit}'],
  plan: ['{plan} {unit}', 'kế hoạch giao {plan} {unit}'],
  ratio: ['{actual}/{plan} {unit}', 'đạt {actual}/{plan} {unit}, bằng {pct}% kế hoạch'],
  percentOfPlan: ['{pct}% kế hoạch', 'bằng {pct}% kế hoạch', 'đạt {pct}% kế hoạch năm'],
  excess: ['vượt {excess}% kế hoạch', 'vượt {excess}% kế hoạch giao', '{actual} {unit}, vượt {excess}% kế hoạch'],
  change: ['{trend} {change}% so với cùng kỳ', '{trend} {delta} {unit} ({change}%) so với cùng kỳ'],
  share: ['{share}%', 'chiếm {share}%', '{actual}/{whole} {unit}, chiếm {share}%'],
  sum: ['{sum} {unit}', 'tổng cộng {sum} {unit}'],
};

/** The change phrasings name what they compare against. */
export function phrasingsFor(kind: FigureKind, compareTo: 'samePeriod' | 'previous'): readonly string[] {
  const list = PHRASINGS[kind];
  return kind === 'change' && compareTo === 'previous' ? list.map((p) => p.replace('cùng kỳ', 'kỳ trước')) : list;
}

/** Kinds where "actual" can be the period's value or the cumulative value. */
export const HAS_BASIS: readonly FigureKind[] = ['ratio', 'percentOfPlan', 'excess', 'change', 'share', 'sum'];

/** The placeholders named in Vietnamese, as the user reads and writes them: ‹số›, ‹kế hoạch›… */
const PART_NAMES: Record<string, string> = {
  value: 'số',
  cumulative: 'lũy kế',
  plan: 'kế hoạch',
  samePeriod: 'cùng kỳ',
  previous: 'kỳ trước',
  base: 'số so sánh',
  actual: 'thực hiện',
  pct: 'tỷ lệ',
  excess: 'phần vượt',
  change: 'mức',
  delta: 'chênh lệch',
  trend: 'tăng/giảm',
  share: 'tỷ trọng',
  whole: 'tổng',
  sum: 'tổng cộng',
  unit: 'đơn vị',
  name: 'tên chỉ tiêu',
  department: 'phòng ban',
  period: 'kỳ',
  asOf: 'ngày số liệu',
};
const PART_OF_NAME = new Map(Object.entries(PART_NAMES).map(([part, name]) => [name, part]));

/** A template as the user reads and edits it: "{actual}/{plan:1} {unit}" → "‹thực hiện›/‹kế hoạch:1› ‹đơn vị›". */
export function templateToVietnamese(template: string): string {
  return template.replace(/\{([a-zA-Z]+)(?::(\d))?\}/g, (m, p: string, d: string | undefined) => (PART_NAMES[p] ? `‹${PART_NAMES[p]}${d !== undefined ? `:${d}` : ''}›` : m));
}

/** Back from the user's words; an unknown name stays a placeholder, so the preview says it is not one. */
export function templateFromVietnamese(text: string): string {
  return text.replace(/‹([^›:]+)(?::(\d))?›/g, (_m, name: string, d: string | undefined) => `{${PART_OF_NAME.get(name.trim()) ?? name.trim()}${d !== undefined ? `:${d}` : ''}}`);
}

/** A phrasing as the user reads it in the list: the placeholders named in Vietnamese, without decimals. */
export function phrasingLabel(template: string): string {
  return template.replace(/\{([a-zA-Z]+)(?::\d)?\}/g, (m, p: string) => (PART_NAMES[p] ? `‹${PART_NAMES[p]}›` : m));
}
