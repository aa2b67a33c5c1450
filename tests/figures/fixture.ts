import type { IndicatorValue, PeriodData } from '../../src/core/indicators/schema';
import { PeriodDataSchema } from '../../src/core/indicators/schema';

type Row = [id: string, name: string, unit: string, decimals: number, value: number | null, cumulative: number | null, plan: number | null, same: number | null];

const ROWS: Row[] = [
  ['nn.lua', 'Diện tích gieo cấy lúa', 'ha', 0, 1110, 1110, 1417.5, 1050],
  ['nn.ngo', 'Diện tích trồng ngô', 'ha', 0, 1532, 1532, 1095, 1600],
  ['ns.thu', 'Thu ngân sách', 'triệu đồng', 1, 1250.25, 5200.5, 21070, 1000],
  ['xh.ho-ngheo', 'Số hộ thoát nghèo', 'hộ', 0, 6, 21, 40, 9],
  ['yt.tiem', 'Trẻ em được tiêm chủng', 'trẻ', 0, 180, 900, null, 200],
  ['vh.thon', 'Thôn văn hóa', '', 0, 17, null, 20, 17],
];

function value(id: string, period: string, v: number | null, c: number | null, p: number | null, s: number | null): IndicatorValue {
  return { indicatorId: id, period, value: v, cumulative: c, plan: p, samePeriodLastYear: s, version: 1, updatedBy: 'test', updatedAt: '2026-05-31T10:00:00+07:00', source: 'entry' };
}

/** A small period's data; `scale` multiplies the values so that a second month differs. */
export function periodData(period = '2026-05', scale = 1): PeriodData {
  return PeriodDataSchema.parse({
    period,
    previousPeriod: '2026-04',
    indicators: ROWS.map(([id, name, unit, decimals]) => ({ id, name, unit, group: 'Kinh tế', department: id.startsWith('yt') ? 'Trạm Y tế' : 'Phòng Kinh tế', aliases: [], decimals })),
    values: ROWS.map(([id, , , , v, c, p, s]) => value(id, period, v === null ? null : v * scale, c === null ? null : c * scale, p, s)),
    previousValues: ROWS.map(([id, , , , v, c]) => value(id, '2026-04', v === null ? null : v * 0.8, c === null ? null : c * 0.8, null, null)),
    generatedAt: '2026-05-31T10:00:00+07:00',
  });
}
