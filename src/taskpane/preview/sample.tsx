/**
 * The heavy half of the preview, loaded after the pane shows: the .docx adapter (jszip, xmldom)
 * over the sample report, and its HTML rendering.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { DocxDocument } from '../../docx/adapter';
import { DocumentView } from './DocumentView';
import { PreviewDocument } from './preview-document';

export const SAMPLE_URL = 'assets/sample/bao-cao-mau.docx';

export async function openSample(reportEl: HTMLElement): Promise<PreviewDocument> {
  const res = await fetch(SAMPLE_URL);
  if (!res.ok) throw new Error(`${SAMPLE_URL}: HTTP ${res.status}`);
  const doc = new PreviewDocument(await DocxDocument.open(new Uint8Array(await res.arrayBuffer())));
  createRoot(reportEl).render(<DocumentView doc={doc} />);
  return doc;
}
