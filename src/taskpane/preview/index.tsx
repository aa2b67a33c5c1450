/**
 * The browser preview: the task pane beside a sample report, so the whole flow can be tried without
 * Word — insert, refresh, check, select, fix — on the .docx adapter.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { DocxDocument } from '../../docx/adapter';
import { detectHost } from '../../word/host';
import { Root } from '../Root';
import { DocumentView } from './DocumentView';
import { PreviewDocument } from './preview-document';

async function boot(): Promise<void> {
  const host = await detectHost(500);
  const res = await fetch('assets/sample/bao-cao-mau.docx');
  const doc = new PreviewDocument(await DocxDocument.open(new Uint8Array(await res.arrayBuffer())));
  (window as unknown as { baocaoPreview: PreviewDocument }).baocaoPreview = doc;
  const params = new URLSearchParams(window.location.search);
  createRoot(document.getElementById('report')!).render(<DocumentView doc={doc} />);
  createRoot(document.getElementById('pane')!).render(<Root host={host} port={doc} dataUrl={params.get('data') ?? undefined} />);
}

void boot();
