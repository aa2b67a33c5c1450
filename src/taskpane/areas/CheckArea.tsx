/**
 * Kiểm tra: scan the whole document for numbers that do not agree; select each finding (the document
 * scrolls to it); fix it in one click where the right text is certain, refresh it where it is a bound
 * figure, or type the right text in place, with the checker's suggestion. "Sẵn sàng ký" only when
 * nothing is left.
 */
import * as React from 'react';
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import type { Finding } from '../../core/check';
import { checkPort, STORY_NAMES, usableFix } from '../check-run';
import type { BoundFigure } from '../../core/document/port';
import { planRefresh } from '../../core/figures/refresh';
import { useServices } from '../services';
import type { PeriodState } from '../usePeriodData';
import { useAreaStyles } from './common';
import { SignRecord } from './SignRecord';

const GROUPS: Array<{ severity: Finding['severity']; title: string; color: 'danger' | 'warning' | 'informative' }> = [
  { severity: 'error', title: 'Lỗi', color: 'danger' },
  { severity: 'warning', title: 'Cảnh báo', color: 'warning' },
  { severity: 'info', title: 'Ghi chú', color: 'informative' },
];

const STORY = STORY_NAMES;

/** What the edit box starts with: the suggestion when it reads like the text it replaces, else the text. */
export function editStart(f: Finding): string {
  return f.stated === f.text && f.expected && f.expected !== f.text ? f.expected : f.text;
}

/** The bound figure a finding sits in: fixing only its number would leave the rest of it stale. */
function figureAt(f: Finding, figures: readonly BoundFigure[]): BoundFigure | undefined {
  return figures.find((b) => b.location && b.location.block === f.location.block && b.location.start < f.location.end && b.location.end > f.location.start);
}

type Action = { kind: 'fix'; text: string } | { kind: 'edit'; text: string } | { kind: 'refresh'; figure: BoundFigure };

interface ItemProps {
  f: Finding;
  color: 'danger' | 'warning' | 'informative';
  title: string;
  figure: BoundFigure | undefined;
  /** The figure's text from the data, when the data can give it. */
  fresh: string | undefined;
  onAct(f: Finding, a: Action): Promise<void>;
  /** For a warning or a note the drafter has checked: keep the text as written, saying why. */
  onKeep?(f: Finding, reason: string): void;
}

function FindingItem({ f, color, title, figure, fresh, onAct, onKeep }: ItemProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const fix = usableFix(f);
  const [editing, setEditing] = React.useState<string | null>(null);
  const [keeping, setKeeping] = React.useState<string | null>(null);
  const editId = React.useId();
  const startEdit = (): void => {
    setEditing(editStart(f));
    void port?.select(f.location);
  };
  return (
    <li className={styles.item} data-testid="finding" aria-label={`${title}: ${f.message}`}>
      <div className={styles.row}>
        <Badge color={color}>{title}</Badge>
        <Text weight="semibold">“{f.text}”</Text>
        <Text size={200} className={styles.muted}>
          ({STORY[f.location.story]}
          {figure ? ', số liệu gắn dữ liệu' : ''})
        </Text>
      </div>
      <Text size={200}>{f.message}</Text>
      <Text size={200} className={styles.muted}>
        Ghi: {f.stated} · Đúng: {f.expected}
      </Text>
      {editing !== null ? (
        <form
          className={styles.area}
          onSubmit={(e) => {
            e.preventDefault();
            void onAct(f, { kind: 'edit', text: editing });
          }}
        >
          <Field label={`Sửa “${f.text}” thành`} hint={`Gợi ý: ${f.expected}`}>
            <Input id={editId} value={editing} onChange={(_, d) => setEditing(d.value)} autoFocus />
          </Field>
          <div className={styles.row}>
            <Button size="small" appearance="primary" type="submit" disabled={editing.trim() === '' || editing === f.text}>
              Ghi vào tài liệu
            </Button>
            <Button size="small" onClick={() => setEditing(null)}>
              Hủy
            </Button>
          </div>
        </form>
      ) : keeping !== null && onKeep ? (
        <form
          className={styles.area}
          onSubmit={(e) => {
            e.preventDefault();
            if (keeping.trim()) onKeep(f, keeping.trim());
          }}
        >
          <Field label={`Lý do giữ nguyên “${f.text}”`} hint="Được ghi lại khi ghi nhận trước khi ký." required>
            <Input value={keeping} onChange={(_, d) => setKeeping(d.value)} autoFocus />
          </Field>
          <div className={styles.row}>
            <Button size="small" appearance="primary" type="submit" disabled={keeping.trim() === ''}>
              Giữ nguyên với lý do này
            </Button>
            <Button size="small" onClick={() => setKeeping(null)}>
              Hủy
            </Button>
          </div>
        </form>
      ) : (
        <div className={styles.row}>
          <Button size="small" onClick={() => void port?.select(f.location)} aria-label={`Chọn “${f.text}” trong tài liệu`}>
            Chọn
          </Button>
          {figure && fresh ? (
            <Button size="small" appearance="primary" onClick={() => void onAct(f, { kind: 'refresh', figure })}>
              Cập nhật thành {fresh}
            </Button>
          ) : fix ? (
            <Button size="small" appearance="primary" onClick={() => void onAct(f, { kind: 'fix', text: fix })}>
              Sửa thành {fix}
              {f.also?.length ? ` (cả ${f.also.length + 1} chỗ)` : ''}
            </Button>
          ) : null}
          {!(figure && fresh) && (
            <Button size="small" onClick={startEdit} aria-label={`Sửa tại chỗ “${f.text}”`}>
              Sửa tại chỗ
            </Button>
          )}
          {onKeep && (
            <Button size="small" appearance="subtle" onClick={() => setKeeping('')} aria-label={`Giữ nguyên “${f.text}” (đã xem, số đúng)`}>
              Giữ nguyên
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

export default function CheckArea({ state, period, onRecorded }: { state: PeriodState; period: string; onRecorded?(): void }): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<{ findings: Finding[]; figures: BoundFigure[] } | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const summary = React.useRef<HTMLElement>(null);
  const data = state.status === 'ready' ? state.data : undefined;
  // Warnings the drafter looked at and keeps as written, with the reason given; errors cannot be kept.
  const [kept, setKept] = React.useState<ReadonlyMap<string, { finding: Finding; reason: string }>>(new Map());
  const keyOf = (f: Finding): string => `${f.rule}|${f.location.block}|${f.location.start}|${f.text}`;
  const keep = (f: Finding, reason: string): void => {
    setKept((k) => new Map([...k, [keyOf(f), { finding: f, reason }]]));
    summary.current?.focus();
  };

  const run = React.useCallback(async (): Promise<void> => {
    if (!port) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await checkPort(port, data ?? undefined));
    } catch (err) {
      setError(`Không đọc được tài liệu: ${err instanceof Error ? err.message : String(err)}. Hãy thử kiểm tra lại.`);
    } finally {
      setBusy(false);
    }
  }, [port, data]);

  /** The figure's text from the data, when the data is of the report's period and can render it. */
  const freshText = (figure: BoundFigure | undefined): string | undefined => {
    if (!figure || !data || data.period !== period) return undefined;
    const r = planRefresh([figure], data, period).reports[0];
    return r?.new !== undefined && r.new !== figure.text ? r.new : undefined;
  };

  const act = async (f: Finding, a: Action): Promise<void> => {
    if (!port) return;
    try {
      if (a.kind === 'refresh') {
        const text = freshText(a.figure);
        if (!text) throw new Error('số liệu của nguồn không tính được cho kỳ này');
        const res = await port.applyEdits([{ key: a.figure.key, figureId: a.figure.figureId, old: a.figure.text, new: text }]);
        if (!res.applied.length) setError('Số liệu này vừa thay đổi trong tài liệu, nên chưa cập nhật; hãy kiểm tra lại.');
      } else {
        // the certain fix mends every copy of the wrong text too, from the end so earlier offsets hold
        const places = [{ location: f.location, text: f.text }, ...(a.kind === 'fix' ? (f.also ?? []) : [])].sort(
          (x, y) => y.location.block - x.location.block || y.location.start - x.location.start,
        );
        let ok = true;
        for (const p of places) ok = (await port.replaceText(p.location, p.text, a.text)) && ok;
        if (!ok) setError('Đoạn văn đã thay đổi từ lần kiểm tra trước, nên chưa sửa; hãy kiểm tra lại rồi sửa.');
      }
    } catch (err) {
      setError(`Không sửa được: ${err instanceof Error ? err.message : String(err)}`);
    }
    await run();
    // The fixed finding's buttons are gone: keep keyboard users in the list.
    summary.current?.focus();
  };

  const all = result?.findings ?? null;
  const findings = all?.filter((f) => !kept.has(keyOf(f))) ?? null;
  const keptCount = (all?.length ?? 0) - (findings?.length ?? 0);
  const count = (s: Finding['severity']): number => findings?.filter((f) => f.severity === s).length ?? 0;
  return (
    <div className={styles.area}>
      <Text>Quét toàn bộ văn bản (cả bảng và chú thích) tìm các số không khớp nhau trước khi ký.</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={!port || busy} onClick={() => void run()}>
          Kiểm tra
        </Button>
        {busy && <Spinner size="tiny" label="Đang kiểm tra…" />}
      </div>
      {state.status !== 'ready' && (
        <Text size={200} className={styles.muted}>
          Chưa có số liệu của nguồn: chỉ kiểm tra các số trong văn bản với nhau.
        </Text>
      )}
      {error && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.length === 0 && (
        <MessageBar layout="multiline" intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>Sẵn sàng ký</MessageBarTitle>
            Không còn số liệu nào không khớp.
            {keptCount > 0 && ` ${keptCount} cảnh báo được giữ nguyên theo ý người soạn.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.length === 0 && <SignRecord period={period} state={state} kept={[...kept.values()].filter((k) => all?.some((f) => keyOf(f) === keyOf(k.finding)))} onRecorded={onRecorded} />}
      {findings && findings.length > 0 && result && (
        <>
          <Text weight="semibold" role="status" ref={summary} tabIndex={-1}>
            Còn {GROUPS.map((g) => `${count(g.severity)} ${g.title.toLowerCase()}`).join(', ')}
            {keptCount > 0 && ` (${keptCount} cảnh báo đã giữ nguyên)`}
          </Text>
          {GROUPS.map((g) => {
            const list = findings.filter((f) => f.severity === g.severity);
            if (!list.length) return null;
            const heading = `${g.title} (${list.length})`;
            return (
              <section key={g.severity} aria-label={heading} className={styles.area}>
                <Text as="h2" size={300} weight="semibold">
                  {heading}
                </Text>
                <ul className={styles.list}>
                  {list.map((f) => {
                    const figure = figureAt(f, result.figures);
                    return (
                      <FindingItem
                        key={`${f.rule}-${f.location.story}-${f.location.block}-${f.location.start}-${f.text}`}
                        f={f}
                        color={g.color}
                        title={g.title}
                        figure={figure}
                        fresh={freshText(figure)}
                        onAct={act}
                        onKeep={f.severity === 'error' ? undefined : keep}
                      />
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
