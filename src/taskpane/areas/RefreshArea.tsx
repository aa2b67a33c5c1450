/** Cập nhật: refresh every bound figure from the period's data; list what changed and what needs a look. */
import * as React from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { FigureReport } from '../../core/figures/refresh';
import { periodLabel } from '../../core/figures/render';
import { refreshDocument } from '../../core/figures/run';
import { useServices } from '../services';
import type { PeriodState } from '../usePeriodData';
import { DataStateBar, useAreaStyles } from './common';

const STATUS: Record<FigureReport['status'], { label: string; color: 'success' | 'warning' | 'danger' | 'informative' }> = {
  updated: { label: 'Đã cập nhật', color: 'success' },
  unchanged: { label: 'Không đổi', color: 'informative' },
  handEdited: { label: 'Bị sửa tay', color: 'warning' },
  missing: { label: 'Thiếu số liệu', color: 'warning' },
  broken: { label: 'Lỗi', color: 'danger' },
};

export interface RefreshAreaProps {
  period: string;
  state: PeriodState;
  reload(): Promise<PeriodState>;
}

export default function RefreshArea({ period, state, reload }: RefreshAreaProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const [busy, setBusy] = React.useState(false);
  const [reports, setReports] = React.useState<FigureReport[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const run = async (): Promise<void> => {
    if (!port) return;
    setBusy(true);
    setError(null);
    try {
      const fresh = await reload();
      if (fresh.status !== 'ready') return;
      const outcome = await refreshDocument(port, fresh.data, period);
      setReports(outcome.reports);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const takeData = async (r: FigureReport): Promise<void> => {
    if (!port || !r.new) return;
    await port.applyEdits([{ key: r.key, figureId: r.figureId, old: r.old, new: r.new }]);
    setReports((list) => list?.map((x) => (x.key === r.key ? { ...x, status: 'updated', message: 'Đã lấy số liệu của nguồn.' } : x)) ?? null);
  };
  const keepMine = (r: FigureReport): void => {
    setReports((list) => list?.filter((x) => x.key !== r.key) ?? null);
  };

  const changed = reports?.filter((r) => r.status !== 'unchanged') ?? [];
  return (
    <div className={styles.area}>
      <Text>Tính lại mọi số liệu gắn dữ liệu (thân bài, bảng, chú thích) theo {periodLabel(period)}; không đụng tới chữ khác.</Text>
      <DataStateBar state={state} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={!port || busy} onClick={() => void run()}>
          Cập nhật tất cả
        </Button>
        {busy && <Spinner size="tiny" label="Đang cập nhật…" />}
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {reports && reports.length === 0 && <Text>Tài liệu chưa có số liệu gắn dữ liệu. Chèn số liệu ở thẻ Số liệu.</Text>}
      {reports && reports.length > 0 && (
        <>
          <Text weight="semibold" role="status">
            {reports.length} số liệu: {reports.filter((r) => r.status === 'updated').length} cập nhật, {reports.filter((r) => r.status === 'unchanged').length} không đổi,{' '}
            {reports.filter((r) => r.status === 'handEdited' || r.status === 'missing' || r.status === 'broken').length} cần xem lại.
          </Text>
          <ul className={styles.list} aria-label="Kết quả cập nhật">
            {changed.map((r) => (
              <li key={r.key} className={styles.item}>
                <div className={styles.row}>
                  <Badge color={STATUS[r.status].color}>{STATUS[r.status].label}</Badge>
                  <Text>
                    {r.status === 'updated' ? (
                      <>
                        {r.old} → <strong>{r.new}</strong>
                      </>
                    ) : (
                      r.old
                    )}
                  </Text>
                </div>
                {r.status !== 'updated' && <Text size={200}>{r.message}</Text>}
                <div className={styles.row}>
                  <Button size="small" onClick={() => void port?.select({ figure: r.key })}>
                    Chọn trong tài liệu
                  </Button>
                  {r.status === 'handEdited' && r.new && (
                    <>
                      <Button size="small" onClick={() => keepMine(r)}>
                        Giữ số của tôi
                      </Button>
                      <Button size="small" appearance="primary" onClick={() => void takeData(r)}>
                        Lấy số liệu nguồn ({r.new})
                      </Button>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
