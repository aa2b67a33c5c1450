/**
 * What the task pane works with: the document (through the document port only), the data source
 * client, and the host's limits. Provided by index.tsx (Word) or preview/index.tsx (the browser).
 */
import * as React from 'react';
import type { DocumentPort } from '../core/document/port';
import type { IndicatorClient } from '../data/client';
import type { HostInfo } from '../word/host';

export interface DataSourceSettings {
  url: string;
  token: string;
}

export interface AppServices {
  host: HostInfo;
  /** Null while the document is being opened. */
  port: DocumentPort | null;
  /** Null when no data source is set. */
  client: IndicatorClient | null;
  settings: DataSourceSettings;
  saveSettings(s: DataSourceSettings): void;
}

export const ServicesContext = React.createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const s = React.useContext(ServicesContext);
  if (!s) throw new Error('useServices outside ServicesContext');
  return s;
}

/** The current month as YYYY-MM, the default period of a new report. */
export function currentPeriod(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
