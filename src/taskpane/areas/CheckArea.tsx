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

export default function CheckArea({ state }: { state: PeriodState }): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const [busy, setBusy] = React.useState(false);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const run = React.useCallback(async (): Promise<void> => {
    if (!port) return;
    setBusy(true);
    setError(null);
    try {
      const text = await port.readText();
      setFindings(checkDocument(text, { data: state.status === 'ready' ? state.data : undefined }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }, [port, state]);

  const fix = async (f: Finding): Promise<void> => {
    if (!port || !f.fix) return;
    const ok = await port.replaceText(f.location, f.text, f.fix);
    if (!ok) setError('Đoạn văn đã thay đổi từ lần kiểm tra trước; hãy kiểm tra lại.');
    await run();
  };

  return (
    <div className={styles.area}>
      <Text>Quét toàn bộ văn bản (cả bảng và chú thích) tìm các số không khớp nhau trước khi ký.</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!port || busy} onClick={() => void run()}>
          Kiểm tra
        </Button>
        {busy && <Spinner size="tiny" label="Đang kiểm tra…" />}
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.length === 0 && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>Sẵn sàng ký</MessageBarTitle>
            Không phát hiện số liệu nào không khớp.
          </MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.length > 0 && (
        <>
          <Text weight="semibold" role="status">
            {GROUPS.map((g) => `${findings.filter((f) => f.severity === g.severity).length} ${g.title.toLowerCase()}`).join(', ')}
          </Text>
          {GROUPS.map((g) => {
            const list = findings.filter((f) => f.severity === g.severity);
            if (!list.length) return null;
            return (
              <section key={g.severity} aria-label={`${g.title} (${list.length})`}>
                <ul className={styles.list}>
                  {list.map((f) => (
                    <li key={`${f.rule}-${f.location.block}-${f.location.start}`} className={styles.item} data-testid="finding">
                      <div className={styles.row}>
                        <Badge color={g.color}>{g.title}</Badge>
                        <Text weight="semibold">“{f.text}”</Text>
                      </div>
                      <Text size={200}>{f.message}</Text>
                      <Text size={200} className={styles.muted}>
                        Ghi: {f.stated} · Đúng: {f.expected}
                      </Text>
                      <div className={styles.row}>
                        <Button size="small" onClick={() => void port?.select(f.location)}>
                          Chọn trong tài liệu
                        </Button>
                        {f.fix && (
                          <Button size="small" appearance="primary" onClick={() => void fix(f)}>
                            Sửa thành {f.fix}
                          </Button>
                        )}
                      </div>
                    </li>
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
