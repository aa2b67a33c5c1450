/**
 * The web workbench: the task pane beside a report the user opens (the sample until then), so the whole
 * flow works without Word — open, insert, refresh, check, select, fix, download — on the .docx adapter.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { detectHost } from '../../word/host';
import { Root } from '../Root';
import type { PreviewDocument } from './preview-document';

async function boot(): Promise<void> {
  // The workbench loads no office.js: this is the browser host at once.
  const host = await detectHost();
  const params = new URLSearchParams(window.location.search);
  const dataUrl = params.get('data') ?? undefined;
  const reportEl = document.getElementById('report')!;
  const pane = createRoot(document.getElementById('pane')!);
  // The pane first (it says the document is opening); the .docx reader follows in its own chunk.
  pane.render(<Root host={host} port={null} dataUrl={dataUrl} />);
  let opened = 0;
  try {
    const { openWorkbench } = await import(/* webpackChunkName: "preview-document" */ './workbench');
    await openWorkbench(reportEl, (doc) => {
      (window as unknown as { baocaoPreview: PreviewDocument }).baocaoPreview = doc;
      // A new document is a new pane: its period, findings and choices start afresh.
      pane.render(<Root key={++opened} host={host} port={doc} dataUrl={dataUrl} />);
    });
  } catch (err) {
    reportEl.textContent = `Không mở được báo cáo mẫu (${err instanceof Error ? err.message : String(err)}). Hãy chạy lại npm run build hoặc npm start.`;
    reportEl.setAttribute('role', 'alert');
  }
}

void boot();
