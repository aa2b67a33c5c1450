/** Số liệu: pick an indicator of the period, choose what to show and how, preview it, insert it. */
import * as React from 'react';
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, SearchBox, Spinner, Text } from '@fluentui/react-components';
import { periodLabel } from '../../core/figures/render';
import type { Indicator, IndicatorValue, PeriodData } from '../../core/indicators/schema';
import { formatVn } from '../../core/number';
import { fold } from '../../core/text/fold';
import type { PeriodState } from '../usePeriodData';
import { DataStateBar, useAreaStyles } from './common';
import { FigureBuilder, type Notice } from './FigureBuilder';
import { PeriodField } from './PeriodField';

const SHOWN = 8;

function amount(v: number | null | undefined, ind: Indicator): string {
  return v === null || v === undefined ? 'chưa có' : `${formatVn(v, { decimals: ind.decimals })} ${ind.unit}`.trim();
}

/** "hôm nay", "3 ngày trước": how old the department's number is. */
export function freshness(updatedAt: string, now = Date.now()): string {
  const days = Math.round((now - Date.parse(updatedAt)) / 86_400_000);
  if (!Number.isFinite(days)) return '';
  return new Intl.RelativeTimeFormat('vi', { numeric: 'auto' }).format(-Math.max(0, days), 'day').toLocaleLowerCase('vi');
}

/** Every word of a folded text, with where it starts. */
function words(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Indicators matching every query word at the start of a word (so "y te" finds "Y tế", not "Kinh tế"),
 * best first: whole words of the name, then word starts in the name, then the other fields.
 */
export function searchIndicators(data: PeriodData, query: string): Indicator[] {
  const q = words(fold(query));
  if (!q.length) return [...data.indicators];
  const scored: Array<{ i: Indicator; score: number; at: number }> = [];
  data.indicators.forEach((i, at) => {
    const name = words(fold(i.name));
    const aliases = words(fold(i.aliases.join(' ')));
    const other = words(fold([i.department, i.group].join(' ')));
    let score = 0;
    for (const w of q) {
      if (name.includes(w)) score += 4;
      else if (name.some((n) => n.startsWith(w))) score += 3;
      else if (aliases.some((n) => n.startsWith(w))) score += 2;
      else if (other.some((n) => n.startsWith(w))) score += 1;
      else return;
    }
    // The query's words in order at the start of the name ("ho so" → "Hồ sơ…") rank above all.
    if (fold(i.name).startsWith(q.join(' '))) score += 10;
    scored.push({ i, score, at });
  });
  return scored.sort((a, b) => b.score - a.score || a.at - b.at).map((s) => s.i);
}

/** Who last wrote a value, without the token's internal id ("Phòng Kinh tế (c7322f37)"). */
export function writerName(updatedBy: string): string {
  return updatedBy.replace(/\s*\((?:[0-9a-f]{6,}|nhập tệp)\)\s*$/i, '').trim() || updatedBy;
}

function IndicatorCard({ indicator, value }: { indicator: Indicator; value: IndicatorValue | undefined }): React.JSX.Element {
  const styles = useAreaStyles();
  return (
    <>
      <Text weight="semibold">{indicator.name}</Text>
      <Text size={200} className={styles.muted}>
        {indicator.department} · {indicator.group}
      </Text>
      <dl className={styles.values}>
        <dt>Kỳ này</dt>
        <dd>{amount(value?.value, indicator)}</dd>
        <dt>Lũy kế</dt>
        <dd>{amount(value?.cumulative, indicator)}</dd>
        <dt>Kế hoạch</dt>
        <dd>{amount(value?.plan, indicator)}</dd>
        <dt>Cùng kỳ</dt>
        <dd>{amount(value?.samePeriodLastYear, indicator)}</dd>
      </dl>
      {value ? (
        <Text size={200} className={styles.muted}>
          {value.source === 'seed' ? (
            <>
              <Badge size="small" appearance="outline" color="informative">
                Dữ liệu mẫu
              </Badge>{' '}
              nạp {freshness(value.updatedAt)} ({new Date(value.updatedAt).toLocaleDateString('vi-VN')})
            </>
          ) : (
            <>
              Cập nhật {freshness(value.updatedAt)} ({new Date(value.updatedAt).toLocaleDateString('vi-VN')}) bởi {writerName(value.updatedBy)}
            </>
          )}
        </Text>
      ) : (
        <Text size={200}>Phòng, ban chưa nhập số liệu kỳ này.</Text>
      )}
    </>
  );
}

export interface DataAreaProps {
  period: string;
  periodOrigin?: string;
  /** The report counts from the start of the year ("6 tháng đầu năm"): figures default to lũy kế. */
  cumulative?: boolean;
  state: PeriodState;
  onPeriodChange(p: string): void;
}

export default function DataArea({ period, periodOrigin, cumulative, state, onPeriodChange }: DataAreaProps): React.JSX.Element {
  const styles = useAreaStyles();
  const [query, setQuery] = React.useState('');
  const [selected, setSelected] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);

  const [browsing, setBrowsing] = React.useState(false);
  const data = state.status === 'ready' ? state.data : null;
  const matches = React.useMemo(() => (data ? searchIndicators(data, query) : []), [data, query]);
  const groups = React.useMemo(() => {
    const map = new Map<string, Indicator[]>();
    for (const i of data?.indicators ?? []) map.set(i.group || 'Khác', [...(map.get(i.group || 'Khác') ?? []), i]);
    return [...map.entries()];
  }, [data]);
  const pick = (i: Indicator): React.JSX.Element => (
    <li key={i.id}>
      <Button appearance={i.id === selected ? 'primary' : 'subtle'} onClick={() => setSelected(i.id)} aria-pressed={i.id === selected} className={styles.pick}>
        {i.name}
        {i.id !== selected && <span className={styles.muted}>&nbsp;· {i.department}</span>}
      </Button>
    </li>
  );
  const indicator = data?.indicators.find((i) => i.id === selected) ?? null;

  return (
    <div className={styles.area}>
      <PeriodField period={period} origin={periodOrigin} onChange={onPeriodChange} />
      <DataStateBar state={state} />
      {state.status === 'loading' && <Spinner size="small" label="Đang tải số liệu…" />}
      {data && data.indicators.length === 0 && (
        <MessageBar layout="multiline" intent="info" role="status">
          <MessageBarBody>Nguồn dữ liệu chưa có chỉ tiêu nào cho {periodLabel(period)}. Chọn kỳ khác, hoặc nhờ các phòng, ban nhập số liệu.</MessageBarBody>
        </MessageBar>
      )}
      {data && data.indicators.length > 0 && (
        <>
          <Field label="Tìm chỉ tiêu (gõ không dấu cũng được)">
            <SearchBox
              className={styles.search}
              value={query}
              onChange={(_, d) => {
                setQuery(d.value);
                setBrowsing(false);
              }}
              placeholder="ví dụ: lua, thu ngan sach, y te"
              aria-label="Tìm chỉ tiêu"
              dismiss={{ 'aria-label': 'Xóa nội dung tìm' }}
            />
          </Field>
          {browsing ? (
            <div className={styles.area} role="group" aria-label="Tất cả chỉ tiêu theo nhóm">
              <Button size="small" className={styles.start} onClick={() => setBrowsing(false)}>
                Thu gọn danh sách
              </Button>
              {groups.map(([group, list]) => (
                <section key={group} aria-label={`Nhóm ${group}`} className={styles.area}>
                  <Text as="h2" size={300} weight="semibold">
                    {group} ({list.length})
                  </Text>
                  <ul className={styles.list}>{list.map(pick)}</ul>
                </section>
              ))}
            </div>
          ) : matches.length === 0 ? (
            <Text className={styles.muted}>{`Không có chỉ tiêu nào khớp “${query}”. Thử từ khác, hoặc tên phòng, ban.`}</Text>
          ) : (
            <ul className={styles.list} aria-label="Kết quả tìm chỉ tiêu">
              {matches.slice(0, SHOWN).map(pick)}
              {matches.length > SHOWN && (
                <li>
                  <Text size={200} className={styles.muted}>
                    Còn {matches.length - SHOWN} chỉ tiêu khác: gõ thêm để thu hẹp, hoặc{' '}
                  </Text>
                  <Button size="small" appearance="transparent" onClick={() => setBrowsing(true)}>
                    xem tất cả theo nhóm
                  </Button>
                </li>
              )}
            </ul>
          )}
        </>
      )}
      {indicator && data && (
        <div className={styles.item} role="group" aria-label={`Chỉ tiêu ${indicator.name}`}>
          <IndicatorCard indicator={indicator} value={data.values.find((v) => v.indicatorId === indicator.id)} />
          <FigureBuilder key={indicator.id} indicator={indicator} data={data} period={period} cumulative={cumulative} onNotice={setNotice} />
        </div>
      )}
      {notice && (
        <MessageBar layout="multiline" intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
