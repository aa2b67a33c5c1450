/** Số liệu: pick an indicator of the period, choose what to show and how, preview it, insert it. */
import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, SearchBox, Select, Spinner, Text } from '@fluentui/react-components';
import { defaultTemplate, FIGURE_KINDS, type FigureKind, type FigureSpec } from '../../core/figures/spec';
import { periodEnd, renderFigure } from '../../core/figures/render';
import type { Indicator, IndicatorValue } from '../../core/indicators/schema';
import { formatVn } from '../../core/number';
import { fold } from '../../core/text/fold';
import { useServices } from '../services';
import type { PeriodState } from '../usePeriodData';
import { DataStateBar, useAreaStyles } from './common';

const KIND_LABELS: Record<FigureKind, string> = {
  value: 'Giá trị kỳ này',
  cumulative: 'Lũy kế',
  plan: 'Kế hoạch',
  ratio: 'Thực hiện/kế hoạch (X/Y)',
  percentOfPlan: '% kế hoạch',
  excess: 'Vượt kế hoạch (%)',
  change: 'Tăng/giảm so với cùng kỳ',
  share: 'Tỷ lệ trong tổng',
  sum: 'Tổng nhiều chỉ tiêu',
};
const SINGLE_KINDS = FIGURE_KINDS.filter((k) => k !== 'share' && k !== 'sum');

function amount(v: number | null | undefined, ind: Indicator): string {
  return v === null || v === undefined ? '—' : `${formatVn(v, { decimals: ind.decimals })} ${ind.unit}`;
}

export interface DataAreaProps {
  period: string;
  state: PeriodState;
  onPeriodChange(p: string): void;
}

export default function DataArea({ period, state, onPeriodChange }: DataAreaProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const [query, setQuery] = React.useState('');
  const [selected, setSelected] = React.useState<string | null>(null);
  const [kind, setKind] = React.useState<FigureKind>('ratio');
  const [template, setTemplate] = React.useState(defaultTemplate({ kind: 'ratio' }));
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [lastFigure, setLastFigure] = React.useState<string | null>(null);

  const data = state.status === 'ready' ? state.data : null;
  const matches = React.useMemo(() => {
    if (!data) return [];
    const words = fold(query).split(/\s+/).filter(Boolean);
    return data.indicators.filter((i) => {
      const hay = fold([i.name, ...i.aliases, i.department, i.group].join(' '));
      return words.every((w) => hay.includes(w));
    });
  }, [data, query]);
  const indicator = data?.indicators.find((i) => i.id === selected) ?? null;
  const value: IndicatorValue | undefined = data?.values.find((v) => v.indicatorId === selected);
  const spec: FigureSpec | null = indicator ? { kind, indicators: [indicator.id], template } : null;
  const preview = spec && data ? renderFigure(spec, data) : null;

  const insert = async (): Promise<void> => {
    if (!port || !spec || !preview?.ok) return;
    setBusy(true);
    try {
      const f = await port.insertFigure(spec, preview.text, { selection: true });
      setLastFigure(f.key);
      setNotice({ intent: 'success', text: `Đã chèn “${preview.text}”.` });
    } catch (err) {
      setNotice({ intent: 'error', text: `Không chèn được: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setBusy(false);
    }
  };
  const insertSource = async (): Promise<void> => {
    if (!port || !indicator || !lastFigure) return;
    setBusy(true);
    try {
      const [y, m, d] = periodEnd(period).split('-');
      await port.insertFootnote([`Nguồn: ${indicator.department}; số liệu đến ${Number(d)}/${Number(m)}/${y}.`], { afterFigure: lastFigure });
      setNotice({ intent: 'success', text: 'Đã chèn chú thích nguồn.' });
    } catch (err) {
      setNotice({ intent: 'error', text: `Không chèn được chú thích: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.area}>
      <Field label="Kỳ báo cáo">
        <Input type="month" value={period} onChange={(_, d) => d.value && onPeriodChange(d.value)} aria-label="Kỳ báo cáo" />
      </Field>
      <DataStateBar state={state} />
      {state.status === 'loading' && <Spinner size="small" label="Đang tải số liệu…" />}
      {data && (
        <>
          <Field label="Tìm chỉ tiêu (gõ không dấu cũng được)">
            <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} placeholder="ví dụ: lua, thu ngan sach" aria-label="Tìm chỉ tiêu" />
          </Field>
          {matches.length === 0 ? (
            <Text className={styles.muted}>{`Không có chỉ tiêu nào khớp “${query}”. Thử từ khác, hoặc tên phòng, ban.`}</Text>
          ) : (
            <ul className={styles.list} aria-label="Kết quả tìm chỉ tiêu">
              {matches.slice(0, 8).map((i) => (
                <li key={i.id}>
                  <Button appearance={i.id === selected ? 'primary' : 'subtle'} onClick={() => setSelected(i.id)} aria-pressed={i.id === selected}>
                    {i.name}
                    {i.id !== selected && <span className={styles.muted}>&nbsp;· {i.department}</span>}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {indicator && data && (
        <div className={styles.item} aria-label={`Chỉ tiêu ${indicator.name}`}>
          <Text weight="semibold">{indicator.name}</Text>
          <Text size={200}>
            Kỳ này: {amount(value?.value, indicator)} · Lũy kế: {amount(value?.cumulative, indicator)} · Kế hoạch: {amount(value?.plan, indicator)} · Cùng kỳ: {amount(value?.samePeriodLastYear, indicator)}
          </Text>
          <Text size={200} className={styles.muted}>
            {value ? `Cập nhật ${new Date(value.updatedAt).toLocaleDateString('vi-VN')} bởi ${value.updatedBy}` : 'Chưa có số liệu kỳ này.'}
          </Text>
          <Field label="Hiển thị">
            <Select
              value={kind}
              onChange={(_, d) => {
                const k = d.value as FigureKind;
                setKind(k);
                setTemplate(defaultTemplate({ kind: k }));
              }}
            >
              {SINGLE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Mẫu câu" hint="{actual}, {plan}, {pct}, {unit}… được thay bằng số liệu">
            <Input value={template} onChange={(_, d) => setTemplate(d.value)} />
          </Field>
          <Field label="Xem trước" validationState={preview && !preview.ok ? 'error' : 'none'} validationMessage={preview && !preview.ok ? preview.message : undefined}>
            <Text font="monospace" aria-live="polite" data-testid="figure-preview">
              {preview?.ok ? preview.text : '—'}
            </Text>
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={!port || !preview?.ok || busy} onClick={() => void insert()}>
              Chèn vào vị trí con trỏ
            </Button>
            <Button disabled={!port || !lastFigure || busy} onClick={() => void insertSource()}>
              Chèn chú thích nguồn
            </Button>
          </div>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
