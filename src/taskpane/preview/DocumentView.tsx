/**
 * The sample report drawn as HTML beside the task pane: paragraphs, tables and footnotes from the
 * document port, bound figures shaded, the selection marked, and a click sets the insertion cursor.
 */
import * as React from 'react';
import type { BoundFigure } from '../../core/document/port';
import type { DocumentText, TextBlock } from '../../core/document/text';
import type { PreviewDocument } from './preview-document';

interface Span {
  start: number;
  end: number;
  figure?: string;
  selected?: boolean;
}

function spansOf(block: TextBlock, figures: BoundFigure[], doc: PreviewDocument): Span[] {
  const marks: Span[] = [];
  for (const f of figures) {
    if (f.location && f.location.block === block.index && f.location.end > f.location.start) {
      const selected = doc.highlight?.kind === 'figure' && doc.highlight.key === f.key;
      marks.push({ start: f.location.start, end: f.location.end, figure: f.key, selected });
    }
  }
  const h = doc.highlight;
  if (h?.kind === 'location' && h.location.block === block.index && h.location.end > h.location.start) {
    marks.push({ start: h.location.start, end: h.location.end, selected: true });
  }
  marks.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ start: at, end: m.start });
    out.push(m);
    at = m.end;
  }
  if (at < block.text.length) out.push({ start: at, end: block.text.length });
  return out;
}

/** A figure typed over by hand, as a user would in Word: Enter keeps the text, Escape drops it. */
function HandEdit({ text, onDone }: { text: string; onDone(text: string | null): void }): React.JSX.Element {
  return (
    <input
      className="hand-edit"
      aria-label="Sửa tay số liệu"
      defaultValue={text}
      autoFocus
      size={Math.max(4, text.length)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(e.currentTarget.value);
        if (e.key === 'Escape') onDone(null);
      }}
      onBlur={(e) => onDone(e.currentTarget.value)}
    />
  );
}

function Paragraph({ block, figures, doc }: { block: TextBlock; figures: BoundFigure[]; doc: PreviewDocument }): React.JSX.Element {
  const [editing, setEditing] = React.useState<string | null>(null);
  const onClick = (e: React.MouseEvent<HTMLElement>): void => {
    const sel = window.getSelection();
    const node = sel?.anchorNode?.parentElement?.closest('[data-offset]');
    const base = node ? Number(node.getAttribute('data-offset')) : block.text.length;
    const offset = Math.min(block.text.length, base + (sel?.anchorOffset ?? 0));
    e.stopPropagation();
    doc.setCursor({ story: block.story, block: block.index, start: offset, end: offset });
  };
  const Tag = block.headingLevel ? 'h3' : 'p';
  const cursorHere = doc.cursor.block === block.index;
  return (
    <Tag data-block={block.index} onClick={onClick} className={block.headingLevel ? 'heading' : undefined}>
      {spansOf(block, figures, doc).map((s) => {
        const text = block.text.slice(s.start, s.end);
        const cls = [s.figure ? 'figure' : '', s.selected ? 'selected' : ''].filter(Boolean).join(' ');
        const figure = s.figure;
        if (figure && editing === figure) {
          return (
            <HandEdit
              key={s.start}
              text={text}
              onDone={(t) => {
                setEditing(null);
                if (t !== null && t !== text) doc.editByHand(figure, t);
              }}
            />
          );
        }
        return (
          <span
            key={s.start}
            data-offset={s.start}
            data-figure={figure}
            className={cls || undefined}
            title={figure ? 'Số liệu gắn dữ liệu. Nhấp đúp để sửa tay, như gõ đè trong Word.' : undefined}
            onDoubleClick={figure ? () => setEditing(figure) : undefined}
          >
            {text}
          </span>
        );
      })}
      {cursorHere && <span className="cursor" aria-label="Vị trí con trỏ" />}
    </Tag>
  );
}

export function DocumentView({ doc }: { doc: PreviewDocument }): React.JSX.Element {
  const [content, setContent] = React.useState<{ text: DocumentText; figures: BoundFigure[] } | null>(null);
  React.useEffect(() => {
    let live = true;
    const load = (): void => {
      void Promise.all([doc.readText(), doc.listFigures()]).then(([text, figures]) => live && setContent({ text, figures }));
    };
    load();
    const off = doc.onChange(load);
    return () => {
      live = false;
      off();
    };
  }, [doc]);
  if (!content) return <p>Đang mở báo cáo mẫu…</p>;
  const { blocks } = content.text;
  const out: React.JSX.Element[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.story === 'table' && b.table) {
      const cells: TextBlock[] = [];
      while (i < blocks.length && blocks[i].story === 'table' && blocks[i].table?.table === b.table.table) cells.push(blocks[i++]);
      i--;
      const rows = [...new Set(cells.map((c) => c.table!.row))];
      out.push(
        <table key={`t${b.index}`}>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                {cells
                  .filter((c) => c.table!.row === r)
                  .map((c) => (
                    <td key={c.index}>
                      <Paragraph block={c} figures={content.figures} doc={doc} />
                    </td>
                  ))}
              </tr>
            ))}
          </tbody>
        </table>,
      );
      continue;
    }
    if (b.story === 'footnote') continue;
    out.push(<Paragraph key={b.index} block={b} figures={content.figures} doc={doc} />);
  }
  // Word numbers footnotes in order; the file keeps them in the order they were added.
  const notes = blocks.filter((b) => b.story === 'footnote').sort((a, b) => Number(a.footnoteId) - Number(b.footnoteId));
  return (
    <article className="page" aria-label="Báo cáo mẫu">
      {out}
      {notes.length > 0 && (
        <footer className="footnotes" aria-label="Chú thích">
          {notes.map((b) => (
            <div key={b.index} className="footnote">
              <sup>{b.footnoteId}</sup> <Paragraph block={b} figures={content.figures} doc={doc} />
            </div>
          ))}
        </footer>
      )}
    </article>
  );
}
