/** Cập nhật: refresh every bound figure from the period's data; list what changed and what needs a look. */
import * as React from 'react';
import { Badge, Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from '@fluentui/react-components';
import type { DocumentPort } from '../../core/document/port';
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

/** The steps of a refresh; each is a constant number of round trips to Word, whatever the figure count. */
const STEPS = ['Đang tải số liệu từ nguồn…', 'Đang đọc các số liệu trong tài liệu…', 'Đang ghi số liệu mới…', 'Đang lưu kỳ báo cáo…'] as const;

/** The port, reporting which step of the refresh it is on. */
function withSteps(port: DocumentPort, onStep: (i: number) => void): DocumentPort {
  const stepOf: Partial<Record<keyof DocumentPort, number>> = { listFigures: 1, applyEdits: 2, setReportSettings: 3 };
  return new Proxy(port, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      const step = stepOf[prop as keyof DocumentPort];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (step !== undefined) onStep(step);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

export interface RefreshAreaProps {
  period: string;
  state: PeriodState;
  reload(): Promise<PeriodState>;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export default function RefreshArea({ period, state, reload }: RefreshAreaProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const [step, setStep] = React.useState<number | null>(null);
  const [reports, setReports] = React.useState<FigureReport[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  // What the user chose for each hand-edited figure in this refresh.
  const [decided, setDecided] = React.useState<Record<string, 'kept' | 'taken'>>({});
  const busy = step !== null;
  const summary = React.useRef<HTMLElement>(null);
  const done = React.useRef(false);
  // The button stays focusable while it works (disabledFocusable); when the results come, focus goes to
  // their summary, so a keyboard or screen-reader user lands on what happened, not on the page.
  React.useEffect(() => {
    if (done.current && reports) {
      done.current = false;
      summary.current?.focus();
    }
  }, [reports]);

  const run = async (): Promise<void> => {
    if (!port) return;
    setStep(0);
    setError(null);
    try {
      const fresh = await reload();
      if (fresh.status !== 'ready') return;
      const outcome = await refreshDocument(withSteps(port, setStep), fresh.data, period);
      done.current = true;
      setReports(outcome.reports);
      setDecided({});
    } catch (err) {
      setError(`${errorText(err)}. Kiểm tra kỳ báo cáo ở thẻ Số liệu rồi cập nhật lại.`);
    } finally {
      setStep(null);
    }
  };
  const takeData = async (r: FigureReport): Promise<void> => {
    if (!port || !r.new) return;
    try {
      const res = await port.applyEdits([{ key: r.key, figureId: r.figureId, old: r.old, new: r.new }]);
      if (!res.applied.includes(r.key)) throw new Error('số liệu này vừa thay đổi trong tài liệu; hãy cập nhật lại');
      setDecided((d) => ({ ...d, [r.key]: 'taken' }));
    } catch (err) {
      setError(errorText(err));
    }
  };
  const keepMine = (r: FigureReport): void => setDecided((d) => ({ ...d, [r.key]: 'kept' }));

  const count = (...s: FigureReport['status'][]): number => reports?.filter((r) => s.includes(r.status)).length ?? 0;
  const shown = reports?.filter((r) => r.status !== 'unchanged') ?? [];
  return (
    <div className={styles.area}>
      <Text>Tính lại mọi số liệu gắn dữ liệu (thân bài, bảng, chú thích) theo {periodLabel(period)}; không đụng tới chữ khác.</Text>
      <DataStateBar state={state} />
      <Button appearance="primary" disabledFocusable={!port || busy} onClick={() => void run()} className={styles.start}>
        Cập nhật tất cả
      </Button>
      {busy && (
        <Field validationMessage={STEPS[step]} validationState="none">
          <ProgressBar value={(step + 1) / (STEPS.length + 1)} aria-label="Tiến độ cập nhật" />
        </Field>
      )}
      {error && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Chưa cập nhật được</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {reports && reports.length === 0 && (
        <MessageBar layout="multiline" intent="info" role="status">
          <MessageBarBody ref={summary as React.RefObject<HTMLDivElement>} tabIndex={-1}>
            Tài liệu chưa có số liệu gắn dữ liệu. Chèn số liệu ở thẻ Số liệu, hoặc để nguyên và dùng thẻ Kiểm tra.</MessageBarBody>
        </MessageBar>
      )}
      {reports && reports.length > 0 && (
        <>
          <Text weight="semibold" role="status" ref={summary} tabIndex={-1}>
            {reports.length} số liệu: {count('updated')} cập nhật, {count('unchanged')} không đổi, {count('handEdited', 'missing', 'broken')} cần xem lại.
          </Text>
          <ul className={styles.list} aria-label="Kết quả cập nhật">
            {shown.map((r) => (
              <li key={r.key} className={styles.item} data-testid="refresh-report" data-status={r.status}>
                <div className={styles.row}>
                  <Badge color={STATUS[r.status].color}>{STATUS[r.status].label}</Badge>
                  <Text>
                    {r.status === 'updated' ? (
                      <>
                        <del>{r.old}</del> → <strong>{r.new}</strong>
                      </>
                    ) : (
                      r.old
                    )}
                  </Text>
                </div>
                {r.status !== 'updated' && <Text size={200}>{r.message}</Text>}
                <div className={styles.row}>
                  <Button size="small" onClick={() => void port?.select({ figure: r.key })} aria-label={`Chọn “${r.status === 'updated' ? r.new : r.old}” trong tài liệu`}>
                    Chọn trong tài liệu
                  </Button>
                  {decided[r.key] && (
                    <Text size={200} role="status">
                      {decided[r.key] === 'taken' ? `Đã lấy số liệu của nguồn: ${r.new}.` : 'Giữ số đã sửa tay; lần cập nhật sau vẫn sẽ hỏi lại.'}
                    </Text>
                  )}
                  {r.status === 'handEdited' && r.new && !decided[r.key] && (
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
