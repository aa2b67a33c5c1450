/** Kiểm tra: scan the whole document for numbers that do not agree; select each finding; apply fixes. */
import * as React from 'react';
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { checkDocument, type Finding } from '../../core/check';
import { useServices } from '../services';
import type { PeriodState } from '../usePeriodData';
import { useAreaStyles } from './common';

const GROUPS: Array<{ severity: Finding['severity']; title: string; color: 'danger' | 'warning' | 'informative' }> = [
  { severity: 'error', title: 'Lỗi', color: 'danger' },
  { severity: 'warning', title: 'Cảnh báo', color: 'warning' },
  { severity: 'info', title: 'Ghi chú', color: 'informative' },
];

const STORY: Record<Finding['location']['story'], string> = { body: 'thân bài', table: 'bảng', footnote: 'chú thích' };

/** A fix that would write the same text back is no fix. */
function usableFix(f: Finding): string | undefined {
  return f.fix !== undefined && f.fix !== f.text ? f.fix : undefined;
}

function FindingItem({ f, color, title, onFix }: { f: Finding; color: 'danger' | 'warning' | 'informative'; title: string; onFix(f: Finding): void }): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const fix = usableFix(f);
  return (
    <li className={styles.item} data-testid="finding" aria-label={`${title}: ${f.message}`}>
      <div className={styles.row}>
        <Badge color={color}>{title}</Badge>
        <Text weight="semibold">“{f.text}”</Text>
        <Text size={200} className={styles.muted}>
          ({STORY[f.location.story]})
        </Text>
      </div>
      <Text size={200}>{f.message}</Text>
      <Text size={200} className={styles.muted}>
        Ghi: {f.stated} · Đúng: {f.expected}
      </Text>
      <div className={styles.row}>
        <Button size="small" onClick={() => void port?.select(f.location)}>
          Chọn trong tài liệu
        </Button>
        {fix && (
          <Button size="small" appearance="primary" onClick={() => onFix(f)}>
            Sửa thành {fix}
          </Button>
        )}
      </div>
    </li>
  );
}

export default function CheckArea({ state }: { state: PeriodState }): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const [busy, setBusy] = React.useState(false);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const summary = React.useRef<HTMLElement>(null);

  const run = React.useCallback(async (): Promise<void> => {
    if (!port) return;
    setBusy(true);
    setError(null);
    try {
      const text = await port.readText();
      setFindings(checkDocument(text, { data: state.status === 'ready' ? state.data : undefined }));
    } catch (err) {
      setError(`Không đọc được tài liệu: ${err instanceof Error ? err.message : String(err)}. Hãy thử kiểm tra lại.`);
    } finally {
      setBusy(false);
    }
  }, [port, state]);

  const fix = async (f: Finding): Promise<void> => {
    const replacement = usableFix(f);
    if (!port || !replacement) return;
    try {
      const ok = await port.replaceText(f.location, f.text, replacement);
      if (!ok) setError('Đoạn văn đã thay đổi từ lần kiểm tra trước, nên chưa sửa; hãy kiểm tra lại rồi sửa.');
    } catch (err) {
      setError(`Không sửa được: ${err instanceof Error ? err.message : String(err)}`);
    }
    await run();
    // The fixed finding's buttons are gone: keep keyboard users in the list.
    summary.current?.focus();
  };

  const count = (s: Finding['severity']): number => findings?.filter((f) => f.severity === s).length ?? 0;
  return (
    <div className={styles.area}>
      <Text>Quét toàn bộ văn bản (cả bảng và chú thích) tìm các số không khớp nhau trước khi ký.</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!port || busy} onClick={() => void run()}>
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
            Không phát hiện số liệu nào không khớp.
          </MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.length > 0 && (
        <>
          <Text weight="semibold" role="status" ref={summary} tabIndex={-1}>
            {GROUPS.map((g) => `${count(g.severity)} ${g.title.toLowerCase()}`).join(', ')}
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
                  {list.map((f) => (
                    <FindingItem key={`${f.rule}-${f.location.story}-${f.location.block}-${f.location.start}`} f={f} color={g.color} title={g.title} onFix={(x) => void fix(x)} />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
