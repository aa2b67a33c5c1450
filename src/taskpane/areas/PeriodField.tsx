/**
 * The report period, picked in Vietnamese: "Tháng 5", "Quý III", "Cả năm", and the year. The browser's
 * own month picker speaks the browser's language ("May 2026"), so it is not used.
 */
import * as React from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import { periodLabel } from '../../core/figures/render';
import { useAreaStyles } from './common';

type Unit = 'month' | 'quarter' | 'year';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS = ['I', 'II', 'III', 'IV'];

export function splitPeriod(period: string): { unit: Unit; year: number; part: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return { unit: 'month', year: Number(m[1]), part: Number(m[2]) };
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return { unit: 'quarter', year: Number(q[1]), part: Number(q[2]) };
  return { unit: 'year', year: Number(period.slice(0, 4)) || new Date().getFullYear(), part: 0 };
}

export function joinPeriod(unit: Unit, year: number, part: number): string {
  if (unit === 'month') return `${year}-${String(Math.min(12, Math.max(1, part))).padStart(2, '0')}`;
  if (unit === 'quarter') return `${year}-Q${Math.min(4, Math.max(1, part))}`;
  return String(year);
}

export interface PeriodFieldProps {
  period: string;
  /** Where the period came from, said under the field. */
  origin?: string;
  /** What the period is, said before it (default "Kỳ báo cáo"). */
  legend?: string;
  onChange(period: string): void;
}

export function PeriodField({ period, origin, legend = 'Kỳ báo cáo', onChange }: PeriodFieldProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { unit, year, part } = splitPeriod(period);
  const [yearText, setYearText] = React.useState(String(year));
  React.useEffect(() => setYearText(String(year)), [year]);
  // Switching between month and quarter keeps the same stretch of the year: tháng 5 ↔ quý II.
  const lastMonth = unit === 'month' ? part : unit === 'quarter' ? part * 3 : 12;
  const setUnit = (u: Unit): void => onChange(joinPeriod(u, year, u === 'month' ? lastMonth : u === 'quarter' ? Math.ceil(lastMonth / 3) : 0));
  return (
    <fieldset className={styles.fieldset} aria-label={legend}>
      <legend className={styles.legend}>
        {legend}: {periodLabel(period)}
      </legend>
      <div className={styles.period}>
        <Field label="Loại kỳ" size="small">
          <Select className={styles.fill} value={unit} onChange={(_, d) => setUnit(d.value as Unit)}>
            <option value="month">Tháng</option>
            <option value="quarter">Quý</option>
            <option value="year">Cả năm</option>
          </Select>
        </Field>
        {unit !== 'year' && (
          <Field label={unit === 'month' ? 'Tháng' : 'Quý'} size="small">
            <Select className={styles.fill} value={String(part)} onChange={(_, d) => onChange(joinPeriod(unit, year, Number(d.value)))}>
              {unit === 'month'
                ? MONTHS.map((m) => (
                    <option key={m} value={m}>
                      Tháng {m}
                    </option>
                  ))
                : QUARTERS.map((q, i) => (
                    <option key={q} value={i + 1}>
                      Quý {q}
                    </option>
                  ))}
            </Select>
          </Field>
        )}
        <Field label="Năm" size="small">
          <Input
            className={styles.fill}
            inputMode="numeric"
            value={yearText}
            onChange={(_, d) => {
              setYearText(d.value);
              if (/^\d{4}$/.test(d.value) && Number(d.value) >= 2000 && Number(d.value) <= 2100) onChange(joinPeriod(unit, Number(d.value), part));
            }}
          />
        </Field>
      </div>
      {origin && <span className={styles.hint}>{origin}</span>}
    </fieldset>
  );
}
