/**
 * Chuyển sang kỳ mới: pick the new period; see every bound figure recomputed for it (and those with no
 * data for it, which keep their old text and are said to be stale), the title and date lines in their
 * new form (chosen by default), the other mentions of a period and the plain numbers that are the old
 * period's values, each with a way to look at it; then move the report in one step.
 */
import * as React from 'react';
import { Badge, Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { periodLabel } from '../../core/figures/render';
import type { PeriodData } from '../../core/indicators/schema';
import { applyRoll, readRollPlan, type RollPlan } from '../../core/roll';
import { DataSourceError } from '../../data/client';
import { useServices } from '../services';
import { PeriodField } from './PeriodField';
import { useAreaStyles } from './common';

export interface RollAreaProps {
  /** The report's period now. */
  period: string;
  /** The report moved: the pane goes on with the new period. */
  onRolled(period: string): void;
}

/** The period after this one, of the same length: tháng 5 → tháng 6, quý II → quý III, 2026 → 2027. */
export function nextPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return Number(m[2]) === 12 ? `${Number(m[1]) + 1}-01` : `${m[1]}-${String(Number(m[2]) + 1).padStart(2, '0')}`;
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return Number(q[2]) === 4 ? `${Number(q[1]) + 1}-Q1` : `${q[1]}-Q${Number(q[2]) + 1}`;
  return String(Number(period) + 1);
}

const STORY = { body: 'thân bài', table: 'bảng', footnote: 'chú thích' } as const;

function message(err: unknown): string {
  return err instanceof DataSourceError ? err.userMessage : err instanceof Error ? err.message : String(err);
}

export default function RollArea({ period, onRolled }: RollAreaProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { port, client } = useServices();
  const [to, setTo] = React.useState(() => nextPeriod(period));
  const [busy, setBusy] = React.useState(false);
  const [plan, setPlan] = React.useState<RollPlan | null>(null);
  const [lines, setLines] = React.useState<ReadonlySet<number>>(new Set());
  const [note, setNote] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  const [fixed, setFixed] = React.useState<ReadonlySet<number>>(new Set());
  const summary = React.useRef<HTMLElement>(null);
  // the report's period is known late (read from the document), and changes once it is rolled
  React.useEffect(() => setTo(nextPeriod(period)), [period]);

  const preview = async (): Promise<void> => {
    if (!port || !client) return;
    setBusy(true);
    setError(null);
    setDone(null);
    setNote(null);
    try {
      const fresh = await client.getPeriod(to);
      let old: PeriodData | undefined;
      try {
        old = (await client.getPeriod(period)).data;
      } catch {
        setNote(`Không lấy được số liệu ${periodLabel(period)}: không tìm được các số chưa liên kết trùng số liệu kỳ cũ.`);
      }
      const p = await readRollPlan(port, period, to, fresh.data, old);
      setPlan(p);
      setLines(new Set(p.lines.map((_, i) => i)));
      setFixed(new Set());
      if (fresh.offline) setNote(`Không kết nối được nguồn số liệu: dùng bản lưu lúc ${new Date(fresh.fetchedAt).toLocaleString('vi-VN')}.`);
      summary.current?.focus();
    } catch (err) {
      setError(`Chưa xem trước được: ${message(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const apply = async (): Promise<void> => {
    if (!port || !plan) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await applyRoll(port, plan, lines);
      const notWritten = [...lines].filter((i) => !outcome.lines[i]).length;
      setDone(
        `Đã chuyển báo cáo sang ${periodLabel(plan.to)}: ${outcome.figures.applied.length} số liệu tính lại, ${outcome.lines.filter(Boolean).length} dòng tiêu đề, ngày tháng đã sửa.` +
          (notWritten ? ` ${notWritten} dòng không sửa được vì đã thay đổi.` : '') +
          (plan.missing.length ? ` ${plan.missing.length} số liệu chưa có số ${periodLabel(plan.to)}: vẫn là số cũ, cần xem lại.` : ''),
      );
      onRolled(plan.to);
    } catch (err) {
      setError(`Chưa chuyển được: ${message(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const fixMention = async (i: number): Promise<void> => {
    const m = plan?.mentions[i];
    if (!port || !m?.suggestion) return;
    const [ok] = await port.replaceTexts([{ location: m.location, expected: m.text, replacement: m.suggestion }]);
    if (ok) setFixed((f) => new Set([...f, i]));
    else setError('Đoạn văn đã thay đổi từ lần xem trước: hãy xem trước lại.');
  };

  const updated = plan?.refresh.reports.filter((r) => r.status === 'updated') ?? [];
  const handEdited = plan?.refresh.reports.filter((r) => r.status === 'handEdited') ?? [];
  return (
    <div className={styles.area}>
      <Text>Chuyển báo cáo {periodLabel(period)} sang kỳ mới: tính lại mọi số liệu đã liên kết theo số liệu kỳ mới, sửa dòng tiêu đề và ngày tháng; các chỗ khác còn nhắc tới kỳ cũ được liệt kê để xem lại.</Text>
      <PeriodField legend="Chuyển sang" period={to} onChange={(p) => (setTo(p), setPlan(null), setDone(null))} />
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={!port || !client || busy || to === period} onClick={() => void preview()}>
          Xem trước
        </Button>
        {busy && <Spinner size="tiny" label="Đang xử lý…" />}
      </div>
      {!client && <Text size={200} className={styles.muted}>Chưa có nguồn dữ liệu: nhập địa chỉ ở thẻ Cài đặt.</Text>}
      {error && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar layout="multiline" intent={plan?.missing.length ? 'warning' : 'success'} role="status">
          <MessageBarBody>
            <MessageBarTitle>Đã chuyển kỳ</MessageBarTitle>
            {done}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan && !done && (
        <>
          <Text weight="semibold" role="status" ref={summary} tabIndex={-1}>
            {periodLabel(plan.from)} → {periodLabel(plan.to)}: {updated.length} số liệu tính lại, {plan.missing.length} thiếu số liệu kỳ mới, {plan.lines.length} dòng tiêu đề và ngày tháng, {plan.mentions.length} chỗ còn nhắc tới kỳ.
          </Text>
          {plan.missing.length > 0 && (
            <section aria-label="Thiếu số liệu kỳ mới" className={styles.area}>
              <MessageBar layout="multiline" intent="warning">
                <MessageBarBody>
                  <MessageBarTitle>Thiếu số liệu {periodLabel(plan.to)}</MessageBarTitle>
                  Các số liệu này sẽ giữ số cũ, tức là đã cũ: cần bổ sung số liệu ở nguồn hoặc sửa tay.
                </MessageBarBody>
              </MessageBar>
              <ul className={styles.list}>
                {plan.missing.map((r) => (
                  <li key={r.key} className={styles.item} data-testid="roll-missing">
                    <div className={styles.row}>
                      <Badge color="warning">Thiếu số liệu</Badge>
                      <Text weight="semibold">“{r.old}”</Text>
                    </div>
                    <Text size={200}>{r.message}</Text>
                    <Button size="small" className={styles.start} onClick={() => void port?.select({ figure: r.key })} aria-label={`Chọn “${r.old}” trong tài liệu`}>
                      Chọn
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {plan.lines.length > 0 && (
            <section aria-label="Dòng tiêu đề và ngày tháng" className={styles.area}>
              <Text as="h2" size={300} weight="semibold">
                Dòng tiêu đề và ngày tháng
              </Text>
              {plan.lines.map((l, i) => (
                <Checkbox
                  key={`${l.location.block}-${l.location.start}`}
                  checked={lines.has(i)}
                  onChange={(_, d) => setLines((s) => (d.checked ? new Set([...s, i]) : new Set([...s].filter((x) => x !== i))))}
                  label={`“${l.expected}” → “${l.replacement}” (${l.why === 'date' ? 'ngày tháng' : l.why === 'closing' ? 'câu kết' : 'tiêu đề'})`}
                />
              ))}
            </section>
          )}
          {updated.length + handEdited.length > 0 && (
            <section aria-label="Số liệu tính lại" className={styles.area}>
              <Text as="h2" size={300} weight="semibold">
                Số liệu tính lại ({updated.length})
              </Text>
              <ul className={styles.list}>
                {[...updated, ...handEdited].map((r) => (
                  <li key={r.key} className={styles.item} data-testid="roll-figure" data-status={r.status}>
                    {r.status === 'updated' ? (
                      <Text>
                        <del>{r.old}</del> → <strong>{r.new}</strong>
                      </Text>
                    ) : (
                      <Text size={200}>{r.message}</Text>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Button appearance="primary" className={styles.start} disabledFocusable={busy} onClick={() => void apply()}>
            Chuyển sang {periodLabel(plan.to)}
          </Button>
          {plan.mentions.length > 0 && (
            <section aria-label="Còn nhắc tới kỳ" className={styles.area}>
              <Text as="h2" size={300} weight="semibold">
                Còn nhắc tới kỳ — xem lại ({plan.mentions.length})
              </Text>
              <ul className={styles.list}>
                {plan.mentions.map((m, i) => (
                  <li key={`${m.location.block}-${m.location.start}`} className={styles.item} data-testid="roll-mention" data-old={m.oldPeriod}>
                    <div className={styles.row}>
                      {m.oldPeriod && <Badge color="warning">Kỳ cũ</Badge>}
                      <Text weight="semibold">“{m.text}”</Text>
                      <Text size={200} className={styles.muted}>
                        ({STORY[m.location.story]})
                      </Text>
                    </div>
                    <div className={styles.row}>
                      <Button size="small" onClick={() => void port?.select(m.location)} aria-label={`Chọn “${m.text}” trong tài liệu`}>
                        Chọn
                      </Button>
                      {m.suggestion && !fixed.has(i) && (
                        <Button size="small" onClick={() => void fixMention(i)}>
                          Sửa thành “{m.suggestion}”
                        </Button>
                      )}
                      {fixed.has(i) && <Text size={200}>Đã sửa thành “{m.suggestion}”.</Text>}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {plan.oldValues && plan.oldValues.length > 0 && (
            <section aria-label="Số trùng số liệu kỳ cũ" className={styles.area}>
              <Text as="h2" size={300} weight="semibold">
                Số chưa liên kết trùng số liệu {periodLabel(plan.from)} ({plan.oldValues.length})
              </Text>
              <ul className={styles.list}>
                {plan.oldValues.map((v) => (
                  <li key={`${v.location.block}-${v.location.start}`} className={styles.item} data-testid="roll-old-value">
                    <Text weight="semibold">“{v.text}”</Text>
                    <Text size={200}>{v.label}: số này sẽ không tự đổi sang kỳ mới.</Text>
                    <Button size="small" className={styles.start} onClick={() => void port?.select(v.location)} aria-label={`Chọn “${v.text}” trong tài liệu`}>
                      Chọn
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
