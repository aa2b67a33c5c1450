/**
 * The heavy half of the web workbench, loaded after the pane shows: the .docx adapter (jszip, xmldom),
 * opening a report by file input or drag and drop, drawing it, downloading it, and a warning before
 * leaving with edits not downloaded.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { DocxDocument } from '../../docx/adapter';
import { DocumentView } from './DocumentView';
import { readReportFile, REPORT_ACCEPT } from './open-file';
import { PreviewDocument } from './preview-document';

export const SAMPLE_URL = 'assets/sample/bao-cao-mau.docx';
export const SAMPLE_NAME = 'bao-cao-mau.docx';

async function openSample(): Promise<PreviewDocument> {
  const res = await fetch(SAMPLE_URL);
  if (!res.ok) throw new Error(`${SAMPLE_URL}: HTTP ${res.status}`);
  return new PreviewDocument(await DocxDocument.open(new Uint8Array(await res.arrayBuffer())), SAMPLE_NAME);
}

function saveAs(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function useDirty(doc: PreviewDocument): boolean {
  const [dirty, setDirty] = React.useState(doc.dirty);
  React.useEffect(() => {
    setDirty(doc.dirty);
    return doc.onChange(() => setDirty(doc.dirty));
  }, [doc]);
  return dirty;
}

const LEAVE_WARNING = 'Báo cáo có thay đổi chưa tải về. Rời trang sẽ mất các thay đổi đó.';

function Workbench({ initial, onOpen }: { initial: PreviewDocument; onOpen(doc: PreviewDocument): void }): React.JSX.Element {
  const [doc, setDoc] = React.useState(initial);
  const [error, setError] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState<string>('');
  const [dragging, setDragging] = React.useState(false);
  const [opened, setOpened] = React.useState(0);
  const input = React.useRef<HTMLInputElement>(null);
  const dirty = useDirty(doc);

  React.useEffect(() => {
    const warn = (e: BeforeUnloadEvent): string | undefined => {
      if (!doc.dirty) return undefined;
      e.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      e.returnValue = LEAVE_WARNING;
      return LEAVE_WARNING;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [doc]);

  const open = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (doc.dirty && !window.confirm(`“${doc.fileName}” có thay đổi chưa tải về. Mở “${file.name}” và bỏ các thay đổi đó?`)) return;
    setError(null);
    setStatus(`Đang mở “${file.name}”…`);
    const r = await readReportFile(file);
    if (!r.ok) {
      setStatus('');
      setError(r.message);
      return;
    }
    const next = new PreviewDocument(r.document, file.name);
    setDoc(next);
    setOpened((n) => n + 1);
    onOpen(next);
    setStatus(`Đã mở “${file.name}”.`);
  };
  const download = async (): Promise<void> => {
    try {
      saveAs(await doc.download(), doc.fileName);
      setStatus(`Đã tải về “${doc.fileName}”.`);
    } catch (err) {
      setError(`Không tạo được tệp để tải về: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <div
      className={dragging ? 'workbench dragging' : 'workbench'}
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void open(e.dataTransfer.files[0]);
      }}
    >
      <div className="toolbar" role="toolbar" aria-label="Tệp báo cáo">
        <button type="button" onClick={() => input.current?.click()}>
          Mở tệp .docx…
        </button>
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          accept={REPORT_ACCEPT}
          aria-label="Mở tệp báo cáo .docx"
          tabIndex={-1}
          onChange={(e) => {
            void open(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" className="primary" onClick={() => void download()}>
          Tải về
        </button>
        <span className="file-name" title={doc.fileName}>
          {doc.fileName}
          {dirty ? ' · có thay đổi chưa tải về' : ''}
        </span>
        <span className="drop-hint">hoặc kéo thả tệp .docx vào đây</span>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {error && (
        <p className="open-error" role="alert">
          {error}
        </p>
      )}
      <DocumentView key={opened} doc={doc} label={`Báo cáo ${doc.fileName}`} />
    </div>
  );
}

/** Opens the sample, draws the workbench into `reportEl`, and tells the caller each document opened. */
export async function openWorkbench(reportEl: HTMLElement, onOpen: (doc: PreviewDocument) => void): Promise<PreviewDocument> {
  const doc = await openSample();
  createRoot(reportEl).render(<Workbench initial={doc} onOpen={onOpen} />);
  onOpen(doc);
  return doc;
}
