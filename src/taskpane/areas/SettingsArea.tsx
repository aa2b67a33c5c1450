/** Cài đặt: the data source and its token, a connection test, and what this host cannot do. */
import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { IndicatorClient } from '../../data/client';
import { missingFeatures } from '../../word/host';
import { useServices } from '../services';
import type { PeriodState } from '../usePeriodData';
import { DataStateBar, useAreaStyles } from './common';

/**
 * The address as a clerk types it, completed: "127.0.0.1:3100" or "192.168.1.10:3100/" gets
 * "http://"; spaces around it go. What cannot be an address is returned as typed for the client to refuse.
 */
export function completeUrl(typed: string): string {
  const t = typed.trim();
  if (t === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(t)) return t;
  return `http://${t.replace(/^\/+/, '')}`;
}

type Result = { ok: boolean; text: string };

export default function SettingsArea({ state }: { state: PeriodState }): React.JSX.Element {
  const styles = useAreaStyles();
  const { settings, saveSettings, host, port } = useServices();
  const [url, setUrl] = React.useState(settings.url);
  const [token, setToken] = React.useState(settings.token);
  const [result, setResult] = React.useState<Result | null>(null);
  const [testing, setTesting] = React.useState(false);

  const test = async (): Promise<void> => {
    const full = completeUrl(url);
    setUrl(full);
    setTesting(true);
    try {
      const client = new IndicatorClient({ baseUrl: full, token: token.trim() || undefined, retries: 0 });
      const r = await client.testConnection();
      const saved = full === settings.url && token.trim() === settings.token;
      setResult(
        r.ok
          ? { ok: true, text: `Kết nối được nguồn dữ liệu${token.trim() ? ', mã truy cập hợp lệ' : ''}.${saved ? '' : ' Bấm “Lưu” để dùng nguồn này.'}` }
          : { ok: false, text: r.message },
      );
    } catch (err) {
      setResult({ ok: false, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setTesting(false);
    }
  };
  const save = (): void => {
    const full = completeUrl(url);
    setUrl(full);
    saveSettings({ url: full, token: token.trim() });
    setResult({ ok: true, text: 'Đã lưu. Số liệu được tải lại từ nguồn này.' });
  };
  const limits = [...missingFeatures(host).map((f) => f.lostWithout), ...(port?.capabilities.limits ?? [])];

  return (
    <div className={styles.area}>
      <Field label="Địa chỉ nguồn dữ liệu" hint="ví dụ 192.168.1.10:3100 (tự thêm http://)">
        <Input
          value={url}
          onChange={(_, d) => {
            setUrl(d.value);
            setResult(null);
          }}
          onBlur={() => setUrl((u) => completeUrl(u))}
          inputMode="url"
        />
      </Field>
      <Field label="Mã truy cập (nếu nguồn yêu cầu)">
        <Input
          type="password"
          value={token}
          onChange={(_, d) => {
            setToken(d.value);
            setResult(null);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button disabledFocusable={testing} onClick={() => void test()}>
          Kiểm tra kết nối
        </Button>
        <Button appearance="primary" onClick={save}>
          Lưu
        </Button>
      </div>
      {result && (
        <MessageBar layout="multiline" intent={result.ok ? 'success' : 'error'} role={result.ok ? 'status' : 'alert'}>
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      )}
      {/* The data state belongs to the saved source: a newer test result says more. */}
      {!result && <DataStateBar state={state} />}
      <Text weight="semibold">{host.inWord ? 'Phiên bản Word này' : 'Trên trình duyệt'}</Text>
      {!host.inWord ? (
        <Text>Không cần Word: mở, kiểm tra, sửa, cập nhật số liệu và tải tệp .docx về ngay trên trình duyệt.</Text>
      ) : limits.length === 0 ? (
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
