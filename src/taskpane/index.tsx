import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { DocumentPort } from '../core/document/port';
import { detectHost, type HostInfo } from '../word/host';
import { Root } from './Root';

async function wordPort(host: HostInfo): Promise<DocumentPort | null> {
  if (!host.inWord) return null;
  // The Word adapter (and the .docx reader it uses below WordApi 1.5) loads after the first screen.
  const { wordDocument } = await import(/* webpackChunkName: "word-adapter" */ '../word/adapter');
  return wordDocument({ platform: host.platform, supported: host.supported });
}

/** Said on the loading screen while Word does not answer (never the sample document inside Word). */
function tell(message: string): void {
  const boot = document.getElementById('boot');
  if (boot) boot.textContent = message;
}

async function boot(): Promise<void> {
  const host = await detectHost({ onSlow: tell });
  // Opened in a plain browser: the preview has a document to work on.
  if (!host.inWord) {
    window.location.replace('preview.html');
    return;
  }
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  root.render(<Root host={host} port={null} />);
  const port = await wordPort(host);
  if (port) root.render(<Root host={host} port={port} />);
}

void boot();
