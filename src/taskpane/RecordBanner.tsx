/**
 * The banner that says a document was edited after its signing record: the text's hash is compared with
 * the recorded one when the pane opens, when an area is switched or the window gets focus, after the
 * pane's own edits, and (in the web workbench) whenever the document changes.
 */
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { DocumentPort } from '../core/document/port';
import { periodLabel } from '../core/figures/render';
import { documentTextHash, type SigningRecord } from '../core/sign/record';

type Status = { kind: 'none' } | { kind: 'same'; record: SigningRecord } | { kind: 'edited'; record: SigningRecord };

/** A port that tells when its document changes (the workbench's PreviewDocument does). */
function changes(port: DocumentPort): ((fn: () => void) => () => void) | undefined {
  const p = port as DocumentPort & { onChange?: (fn: () => void) => () => void };
  return typeof p.onChange === 'function' ? p.onChange.bind(p) : undefined;
}

export function RecordBanner({ port, version }: { port: DocumentPort | null; version: number }): React.JSX.Element | null {
  const [status, setStatus] = React.useState<Status>({ kind: 'none' });
  React.useEffect(() => {
    if (!port) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (): void => {
      clearTimeout(timer);
      // a burst of changes (typing, a refresh) is hashed once
      timer = setTimeout(() => {
        void (async () => {
          try {
            const record = await port.getSigningRecord();
            if (!record) return live && setStatus({ kind: 'none' });
            const hash = documentTextHash(await port.readText());
            if (live) setStatus({ kind: hash === record.textHash ? 'same' : 'edited', record });
          } catch {
            // a document that cannot be read now says nothing about its record
          }
        })();
      }, 150);
    };
    check();
    const off = changes(port)?.(check);
    window.addEventListener('focus', check);
    return () => {
      live = false;
      clearTimeout(timer);
      off?.();
      window.removeEventListener('focus', check);
    };
  }, [port, version]);
  if (status.kind !== 'edited') return null;
  return (
    <MessageBar layout="multiline" intent="warning" role="alert" data-testid="record-banner">
      <MessageBarBody>
        <MessageBarTitle>Tài liệu đã bị sửa sau khi ghi nhận</MessageBarTitle>
        Bản ghi nhận trước khi ký lúc {new Date(status.record.at).toLocaleString('vi-VN')} ({periodLabel(status.record.period)}) không còn khớp nội dung hiện tại. Hãy kiểm tra và ghi nhận lại trước khi ký.
      </MessageBarBody>
    </MessageBar>
  );
}
