/** Rows of values as sheets and imports carry them. */
export const VALUE_FIELDS = ['value', 'cumulative', 'plan', 'samePeriodLastYear'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

export interface ImportRow {
  /** The sheet's row number (1 = header). */
  row: number;
  indicatorId: string;
  period: string;
  fields: Partial<Record<ValueField, number | null>>;
}
