/**
 * Ghi nhận trước khi ký: offered once the check passes. Stores in the report what was checked: when, the
 * period, the data source (its identity from /healthz, else its address) and the version of each
 * figure's values, the checker's version, the warnings kept as written with their reasons, and a hash
 * of the text. The pane then warns when the document is edited after it (RecordBanner in App).
 */
import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Finding } from '../../core/check';
import { periodLabel } from '../../core/figures/render';
import { type AcceptedFinding, checkerVersion, makeSigningRecord, serviceIdentity, sourceLabel } from '../../core/sign';
import { useServices } from '../services';
import type { PeriodState } from '../usePeriodData';
import { APP_VERSION } from '../version';
import { Outcome, useAreaStyles } from './common';

export interface SignRecordProps {
  period: string;
  state: PeriodState;
  kept: ReadonlyArray<{ finding: Finding; reason: string }>;
  onRecorded?(): void;
}

export function SignRecord({ period, state, kept, onRecorded }: SignRecordProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { port, client } = useServices();
  const [busy, setBusy] = React.useState(false);
  const [done, setDone] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const data = state.status === 'ready' && state.data.period === period ? state.data : undefined;

  const record = async (): Promise<void> => {
    if (!port || !data) return;
    setBusy(true);
    setError(null);
    try {
      const [text, figures, health] = await Promise.all([port.readText(), port.listFigures(), client ? client.health().catch(() => null) : Promise.resolve(null)]);
      const accepted: AcceptedFinding[] = kept.map(({ finding: f, reason }) => ({ rule: f.rule, text: f.text, message: f.message, location: f.location, reason }));
      const r = makeSigningRecord({
        at: new Date().toISOString(),
        period,
        source: client ? serviceIdentity(client.url, health) : { identity: 'không rõ', from: 'url' },
        figures,
        data,
        checker: checkerVersion(APP_VERSION),
        accepted,
        text,
      });
      await port.setSigningRecord(r);
      setDone(`Đã ghi nhận lúc ${new Date(r.at).toLocaleString('vi-VN')}: ${periodLabel(period)}, nguồn ${sourceLabel(r.source)}, ${r.figures.length} số liệu, ${r.accepted.length} cảnh báo giữ nguyên; mã nội dung ${r.textHash.slice(0, 12)}.`);
      onRecorded?.();
    } catch (err) {
      setError(`Chưa ghi nhận được: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Ghi nhận trước khi ký" className={styles.area}>
      <Text as="h2" size={300} weight="semibold">
        Ghi nhận trước khi ký
      </Text>
      <Text size={200}>Lưu vào tài liệu những gì đã kiểm tra: thời điểm, kỳ, nguồn số liệu và phiên bản từng số liệu, phiên bản trình kiểm tra, các cảnh báo giữ nguyên cùng lý do, và mã nội dung của văn bản.</Text>
      <Button appearance="primary" className={styles.start} disabledFocusable={!port || !data || busy} onClick={() => void record()}>
        Ghi nhận trước khi ký
      </Button>
      {!data && (
        <Text size={200} className={styles.muted}>
          Cần số liệu của nguồn {periodLabel(period)} để ghi lại phiên bản số liệu.
        </Text>
      )}
      <Outcome error={error} done={done} doneTitle="Đã ghi nhận" />
    </section>
  );
}
