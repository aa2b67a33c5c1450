/** The pane with its services: a data client built from the saved settings, with an offline copy. */
import * as React from 'react';
import type { DocumentPort } from '../core/document/port';
import { BrowserCache } from '../data/browser-cache';
import { IndicatorClient } from '../data/client';
import type { HostInfo } from '../word/host';
import { App } from './App';
import type { DataSourceSettings } from './services';
import { builtInDataUrl, loadSettings, storeSettings } from './settings-store';

function clientFor(s: DataSourceSettings): IndicatorClient | null {
  try {
    return new IndicatorClient({ baseUrl: s.url, token: s.token || undefined, cache: new BrowserCache(window.localStorage) });
  } catch {
    return null;
  }
}

export function Root({ host, port, dataUrl }: { host: HostInfo; port: DocumentPort | null; dataUrl?: string }): React.JSX.Element {
  const [settings, setSettings] = React.useState(() => loadSettings(dataUrl ?? builtInDataUrl()));
  const client = React.useMemo(() => clientFor(settings), [settings]);
  const saveSettings = (s: DataSourceSettings): void => {
    storeSettings(s);
    setSettings(s);
  };
  return <App services={{ host, port, client, settings, saveSettings }} />;
}
