/** Cài đặt: the data source and its token, a connection test, and what this Word cannot do. */
import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { IndicatorClient } from '../../data/client';
import { missingFeatures } from '../../word/host';
import { useServices } from '../services';
import type { PeriodState } from '../usePeriodData';
import { DataStateBar, useAreaStyles } from './common';

export default function SettingsArea({ state }: { state: PeriodState }): React.JSX.Element {
  const styles = useAreaStyles();
  const { settings, saveSettings, host, port } = useServices();
  const [url, setUrl] = React.useState(settings.url);
  const [token, setToken] = React.useState(settings.token);
  const [result, setResult] = React.useState<{ ok: boolean; text: string } | null>(null);

  const test = async (): Promise<void> => {
    let client: IndicatorClient;
    try {
      client = new IndicatorClient({ baseUrl: url, token: token || undefined, retries: 0 });
    } catch (err) {
      setResult({ ok: false, text: err instanceof Error ? err.message : String(err) });
      return;
    }
    const r = await client.testConnection();
    setResult(r.ok ? { ok: true, text: 'Kết nối được nguồn dữ liệu.' } : { ok: false, text: r.message });
  };
  const limits = [...missingFeatures(host).map((f) => f.lostWithout), ...(port?.capabilities.limits ?? [])];

  return (
    <div className={styles.area}>
      <Field label="Địa chỉ nguồn dữ liệu" hint="ví dụ http://192.168.1.10:3100">
        <Input value={url} onChange={(_, d) => setUrl(d.value)} />
      </Field>
      <Field label="Mã truy cập (nếu nguồn yêu cầu)">
        <Input type="password" value={token} onChange={(_, d) => setToken(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void test()}>Kiểm tra kết nối</Button>
        <Button appearance="primary" onClick={() => saveSettings({ url, token })}>
          Lưu
        </Button>
      </div>
      {result && (
        <MessageBar layout="multiline" intent={result.ok ? 'success' : 'error'} role="status">
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      )}
      <DataStateBar state={state} />
      <Text weight="semibold">Phiên bản Word này</Text>
      {limits.length === 0 ? (
        <Text>Dùng được mọi chức năng.</Text>
      ) : (
        <ul>
          {limits.map((l) => (
            <li key={l}>
              <Text>{l}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
