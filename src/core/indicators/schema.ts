/**
 * The data model shared by the indicator service, its clients and the add-in.
 * Every value that crosses a boundary (HTTP, files, document) is validated with these schemas.
 */
import { z } from 'zod';
import { cleanText } from '../text/normalize';

/** A name people type and compare (a department, a group): normalised as cleanText does. */
const name = () => z.string().overwrite(cleanText);

/** A month "2026-05", a quarter "2026-Q2" or a year "2026". */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/, 'kỳ báo cáo phải có dạng YYYY-MM, YYYY-Qn hoặc YYYY');
export type Period = z.infer<typeof PeriodSchema>;

export const IndicatorIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'mã chỉ tiêu chỉ gồm chữ thường không dấu, số, “.”, “_” hoặc “-”');
export type IndicatorId = z.infer<typeof IndicatorIdSchema>;

export const IndicatorSchema = z.object({
  id: IndicatorIdSchema,
  /** The full name, as a report's heading would give it: "Diện tích gieo cấy lúa". */
  name: name().min(1).max(300),
  /** The unit as written in reports: "ha", "hộ", "triệu đồng", "%". */
  unit: name().max(40),
  /** Section of the report: "Nông nghiệp", "Y tế"… */
  group: name().max(120),
  /** Owning department: "Phòng Kinh tế", "Trạm Y tế"… */
  department: name().min(1).max(120),
  /** Other names reports use for it ("lúa", "gieo cấy lúa"). */
  aliases: z.array(name().min(1).max(200)).max(50).default([]),
  /** Decimals this indicator is usually written with (counts: 0). */
  decimals: z.number().int().min(0).max(6).default(0),
  /**
   * The indicator this one is a part of ("hồ sơ đã giải quyết" of "hồ sơ tiếp nhận"): the only pair a
   * share ("chiếm …%") is computed for. Absent: no declared whole.
   */
  parent: IndicatorIdSchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ValueSourceSchema = z.enum(['entry', 'import', 'seed']);
export type ValueSource = z.infer<typeof ValueSourceSchema>;

const maybeNumber = z.number().finite().nullable();

/** The values of one indicator for one period. Any of the four may be missing (null). */
export const IndicatorValueSchema = z.object({
  indicatorId: IndicatorIdSchema,
  period: PeriodSchema,
  /** The period's own value (thực hiện trong kỳ). */
  value: maybeNumber,
  /** Cumulative value since the start of the year (lũy kế). */
  cumulative: maybeNumber,
  /** The plan (kế hoạch) for the year or the period. */
  plan: maybeNumber,
  /** The same period last year (cùng kỳ). */
  samePeriodLastYear: maybeNumber,
  /** Incremented on every write: the optimistic-concurrency token. */
  version: z.number().int().min(0),
  updatedBy: z.string().max(120),
  updatedAt: z.string().datetime({ offset: true }),
  source: ValueSourceSchema,
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/**
 * The identity of a data service's database, made with it (a random UUID). Two databases never share
 * one, so figures, ETags and offline copies are told apart by it, even behind the same address.
 */
export const SourceIdSchema = z.uuid();

/** Everything a report needs for one period: the answer of GET /api/periods/:period. */
export const PeriodDataSchema = z.object({
  period: PeriodSchema,
  /** The database the figures come from (absent in data read from a file). */
  sourceId: SourceIdSchema.optional(),
  /** The previous period's values, for "so với tháng trước" (may be empty). */
  previousPeriod: PeriodSchema.nullable().default(null),
  indicators: z.array(IndicatorSchema),
  values: z.array(IndicatorValueSchema),
  previousValues: z.array(IndicatorValueSchema).default([]),
  generatedAt: z.string().datetime({ offset: true }),
});
export type PeriodData = z.infer<typeof PeriodDataSchema>;

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  indicatorId: IndicatorIdSchema,
  period: PeriodSchema,
  field: z.enum(['value', 'cumulative', 'plan', 'samePeriodLastYear']),
  oldValue: maybeNumber,
  newValue: maybeNumber,
  changedBy: z.string(),
  changedAt: z.string().datetime({ offset: true }),
  source: ValueSourceSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
