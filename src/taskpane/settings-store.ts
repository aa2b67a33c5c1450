/** The data source settings of this computer, kept in the browser storage of the add-in. */
import type { DataSourceSettings } from './services';

const KEY = 'baocao:data-source';

export function loadSettings(fallbackUrl: string): DataSourceSettings {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (raw) {
      const v = JSON.parse(raw) as Partial<DataSourceSettings>;
      if (typeof v.url === 'string') return { url: v.url, token: typeof v.token === 'string' ? v.token : '' };
    }
  } catch {
    // storage disabled: defaults
  }
  return { url: fallbackUrl, token: '' };
}

export function storeSettings(s: DataSourceSettings): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // storage disabled: the settings last for this session
  }
}

/** The data service URL the build was made for (meta tag written by webpack). */
export function builtInDataUrl(): string {
  return document.querySelector('meta[name="baocao-data-url"]')?.getAttribute('content') ?? 'http://127.0.0.1:3100';
}
