/** The data of a period from the data source, with the states the pane shows: loading, error, offline. */
import * as React from 'react';
import type { PeriodData } from '../core/indicators/schema';
import { type DataSource, DataSourceError } from '../data/client';
import { useServices } from './services';

export type PeriodState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: PeriodData; offline: boolean; fetchedAt: string; source: DataSource };

/** `period` null: not known yet (the document is still being read), nothing is loaded. */
export function usePeriodData(period: string | null): { state: PeriodState; reload(): Promise<PeriodState> } {
  const { client } = useServices();
  const [state, setState] = React.useState<PeriodState>({ status: 'idle' });
  const reload = React.useCallback(async (): Promise<PeriodState> => {
    if (period === null) return { status: 'idle' };
    if (!client) {
      const s: PeriodState = { status: 'error', message: 'Chưa có nguồn dữ liệu: nhập địa chỉ ở thẻ Cài đặt.' };
      setState(s);
      return s;
    }
    setState({ status: 'loading' });
    try {
      const r = await client.getPeriod(period);
      const s: PeriodState = { status: 'ready', data: r.data, offline: r.offline, fetchedAt: r.fetchedAt, source: r.source };
      setState(s);
      return s;
    } catch (err) {
      const s: PeriodState = { status: 'error', message: err instanceof DataSourceError ? err.userMessage : 'Không tải được số liệu.' };
      setState(s);
      return s;
    }
  }, [client, period]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
