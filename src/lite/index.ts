/**
 * The lite pane's entry (ES5 build, webpack.config.js liteConfig): waits for Word, then shows the
 * pane over the same Word adapter as the modern pane. Never opens the sample document.
 */
import { installPolyfills } from './polyfills';
import { BrowserCache } from '../data/browser-cache';
import { IndicatorClient } from '../data/client';
import { builtInDataUrl, loadSettings } from '../taskpane/settings-store';
import { wordDocument } from '../word/adapter';
import { detectHost } from '../word/host';
import { renderLitePane } from './pane';

installPolyfills(window as unknown as Record<string, unknown>);

const STYLE = 'body{font:14px "Segoe UI",Arial,sans-serif;color:#242424;margin:0}.lite{padding:12px 8px}h1{font-size:20px;margin:0 0 4px}h2{font-size:16px}' +
  '.muted{color:#616161}.row{margin:6px 0}button{font:inherit;margin:0 6px 6px 0;padding:4px 10px}.findings li{margin-bottom:10px}.status{font-weight:600}';

function tell(message: string): void {
  const boot = document.getElementById('boot');
  if (boot) boot.textContent = message;
}

function client(): IndicatorClient | null {
  const s = loadSettings(builtInDataUrl());
  try {
    return new IndicatorClient({ baseUrl: s.url, token: s.token || undefined, cache: new BrowserCache(window.localStorage) });
  } catch {
    return null;
  }
}

function start(): void {
  const style = document.createElement('style');
  style.appendChild(document.createTextNode(STYLE));
  document.getElementsByTagName('head')[0].appendChild(style);
  detectHost({ onSlow: tell })
    .then((host) => {
      const root = document.getElementById('root');
      if (!root) return;
      const workbenchUrl = window.location.href.replace(/[^/]*([?#].*)?$/, '');
      if (!host.inWord) {
        root.innerHTML = '';
        const p = document.createElement('p');
        p.className = 'lite';
        p.appendChild(document.createTextNode('Ngăn này chạy trong Word. Ngoài Word, hãy dùng bàn làm việc trên web: '));
        const a = document.createElement('a');
        a.href = workbenchUrl;
        a.appendChild(document.createTextNode(workbenchUrl));
        p.appendChild(a);
        root.appendChild(p);
        return;
      }
      const port = wordDocument({ platform: host.platform, supported: host.supported });
      renderLitePane(root, { port, client: client(), workbenchUrl, limits: port.capabilities.limits });
    })
    .catch((err: unknown) => tell(`Không mở được ngăn Báo cáo: ${err instanceof Error ? err.message : String(err)}`));
}

start();
