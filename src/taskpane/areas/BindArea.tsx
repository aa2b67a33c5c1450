/**
 * Liên kết số liệu: the plain numbers of the report that are figures of the period's indicators, with
 * the indicator and how sure the match is. One is linked with a click, or all the sure ones at once; the
 * text does not change. Those that are not sure say why (another indicator fits too, the words are
 * about a need, the number disagrees with the source).
 */
import * as React from 'react';
import { Badge, Button, Spinner, Text } from '@fluentui/react-components';
import { type BindCandidate, type BindProposal, proposeBindings } from '../../core/bind';
import { periodLabel } from '../../core/figures/render';
import { useServices } from '../services';
import type { PeriodState } from '../usePeriodData';
import { DataStateBar, Outcome, useAreaStyles } from './common';

const STORY: Record<BindCandidate['location']['story'], string> = { body: 'thân bài', table: 'bảng', footnote: 'chú thích' };

export interface BindAreaProps {
  period: string;
  state: PeriodState;
  cumulative?: boolean;
  /** Called after figures were linked (the document changed). */
  onChanged?(): void;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export default function BindArea({ period, state, cumulative, onChanged }: BindAreaProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const [busy, setBusy] = React.useState(false);
  const [proposal, setProposal] = React.useState<BindProposal | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const summary = React.useRef<HTMLElement>(null);
  const data = state.status === 'ready' && state.data.period === period ? state.data : undefined;

  const scan = React.useCallback(async (): Promise<BindProposal | null> => {
    if (!port || !data) return null;
    const [text, bound] = await Promise.all([port.readText(), port.boundSpans()]);
    const p = proposeBindings(text, data, { bound, ...(cumulative ? { cumulative } : {}) });
    setProposal(p);
    return p;
  }, [port, data, cumulative]);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await scan();
      summary.current?.focus();
    } catch (err) {
      setError(`Không đọc được tài liệu: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const link = async (list: BindCandidate[]): Promise<void> => {
    if (!port || !list.length) return;
    setBusy(true);
    setError(null);
    try {
      const r = await port.bindFigures(list);
      const skipped = r.skipped.length ? ` ${r.skipped.length} số không liên kết được (đoạn văn đã đổi hoặc có định dạng đặc biệt).` : '';
      setDone(`Đã liên kết ${r.bound.length} số liệu; chữ trong tài liệu không đổi.${skipped}`);
      onChanged?.();
      await scan();
    } catch (err) {
      setError(`Không liên kết được: ${errorText(err)}`);
    } finally {
      setBusy(false);
      summary.current?.focus();
    }
  };

  const sure = proposal?.candidates.filter((c) => c.sure) ?? [];
  const review = proposal?.candidates.filter((c) => !c.sure) ?? [];
  return (
    <div className={styles.area}>
      <Text>Tìm các số viết tay trong báo cáo khớp với chỉ tiêu của nguồn số liệu {periodLabel(period)} (giá trị, đơn vị và tên chỉ tiêu quanh số) để gắn dữ liệu cho chúng. Chữ trong tài liệu không đổi.</Text>
      <DataStateBar state={state} />
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={!port || !data || busy} onClick={() => void run()}>
          Tìm số liệu để liên kết
        </Button>
        {busy && <Spinner size="tiny" label="Đang xử lý…" />}
      </div>
      {!data && state.status !== 'error' && (
        <Text size={200} className={styles.muted}>
          Cần số liệu của nguồn {periodLabel(period)} để so khớp.
        </Text>
      )}
      <Outcome error={error} done={done} />
      {proposal && (
        <>
          <Text weight="semibold" role="status" ref={summary} tabIndex={-1}>
            {proposal.numbers} số chưa liên kết: {sure.length} chắc chắn, {review.length} cần xem lại, {proposal.unmatched.length} không khớp chỉ tiêu nào.
          </Text>
          {sure.length > 0 && (
            <Button appearance="primary" className={styles.start} disabledFocusable={busy} onClick={() => void link(sure)}>
              Liên kết {sure.length} số chắc chắn
            </Button>
          )}
          <ul className={styles.list} aria-label="Số có thể liên kết">
            {[...sure, ...review].map((c) => (
              <li key={c.id} className={styles.item} data-testid="bind-candidate" data-sure={c.sure}>
                <div className={styles.row}>
                  <Badge color={c.sure ? 'success' : 'warning'}>{c.sure ? 'Chắc chắn' : 'Cần xem lại'}</Badge>
                  <Text weight="semibold">“{c.text}”</Text>
                  <Text size={200} className={styles.muted}>
                    ({STORY[c.location.story]}, độ tin cậy {Math.round(c.confidence * 100)}%)
                  </Text>
                </div>
                <Text size={200}>{c.label}</Text>
                {!c.sure && <Text size={200}>{c.reason}</Text>}
                <div className={styles.row}>
                  <Button size="small" onClick={() => void port?.select(c.location)} aria-label={`Chọn “${c.text}” trong tài liệu`}>
                    Chọn
                  </Button>
                  <Button size="small" appearance={c.sure ? 'secondary' : 'subtle'} disabledFocusable={busy} onClick={() => void link([c])} aria-label={`Liên kết “${c.text}” với ${c.label}`}>
                    Liên kết
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
