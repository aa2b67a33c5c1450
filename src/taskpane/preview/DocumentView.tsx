/**
 * The open report drawn as HTML beside the task pane: paragraphs (alignment, bold, italic), headings,
 * tables (cells with all their paragraphs, merged columns), footnotes with their reference marks
 * numbered as Word numbers them; bound figures shaded, the selection marked and scrolled to, and a
 * click sets the insertion cursor (a drag selects text, which an insert then replaces).
 */
import * as React from 'react';
import type { BoundFigure } from '../../core/document/port';
import type { DocumentText, TextBlock } from '../../core/document/text';
import type { PreviewDocument } from './preview-document';
import { blockLooks, type BlockLooks } from './looks';

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
  if (at < block.text.length || out.length === 0) out.push({ start: at, end: block.text.length });
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

/** Text of [start, end) cut where formatting changes and where footnote marks sit. */
function Pieces({ text, start, end, looks, refs }: { text: string; start: number; end: number; looks: BlockLooks; refs: Array<{ offset: number; n: number }> }): React.JSX.Element {
  const cuts = new Set<number>([start, end]);
  for (const r of looks.runs) {
    if (r.start > start && r.start < end) cuts.add(r.start);
    if (r.end > start && r.end < end) cuts.add(r.end);
  }
  for (const r of refs) if (r.offset > start && r.offset < end) cuts.add(r.offset);
  const points = [...cuts].sort((a, b) => a - b);
  const out: React.JSX.Element[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    for (const r of refs) if (r.offset === a && (a !== end || end === text.length)) out.push(<FootnoteMark key={`r${r.n}`} n={r.n} />);
    if (i === points.length - 1) break;
    const b = points[i + 1];
    const style = looks.runs.find((r) => r.start <= a && r.end >= b);
    const piece = text.slice(a, b);
    out.push(
      style?.bold || style?.italic || style?.underline ? (
        <span key={a} style={{ fontWeight: style.bold ? 700 : undefined, fontStyle: style.italic ? 'italic' : undefined, textDecoration: style.underline ? 'underline' : undefined }}>
          {piece}
        </span>
      ) : (
        <React.Fragment key={a}>{piece}</React.Fragment>
      ),
    );
  }
  return <>{out}</>;
}

function FootnoteMark({ n }: { n: number }): React.JSX.Element {
  return (
    <sup className="fn-ref">
      <a href={`#chu-thich-${n}`} id={`tham-chieu-${n}`} aria-label={`Chú thích ${n}`}>
        {n}
      </a>
    </sup>
  );
}

interface ParagraphProps {
  block: TextBlock;
  figures: BoundFigure[];
  doc: PreviewDocument;
  looks: BlockLooks;
  refs: Array<{ offset: number; n: number }>;
}

function offsetIn(block: TextBlock, node: Node | null | undefined, within: number): number | null {
  const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  const host = el?.closest('[data-offset]');
  if (!host) return null;
  // Text before the anchor node inside the span (formatting splits a span into several nodes).
  let before = 0;
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) if (!n.parentElement?.closest('sup')) before += n.textContent?.length ?? 0;
  return Math.min(block.text.length, Number(host.getAttribute('data-offset')) + before + within);
}

function Paragraph({ block, figures, doc, looks, refs }: ParagraphProps): React.JSX.Element {
  const [editing, setEditing] = React.useState<string | null>(null);
  const onMouseUp = (e: React.MouseEvent<HTMLElement>): void => {
    const sel = window.getSelection();
    const a = offsetIn(block, sel?.anchorNode, sel?.anchorOffset ?? 0) ?? block.text.length;
    const f = sel && !sel.isCollapsed ? (offsetIn(block, sel.focusNode, sel.focusOffset) ?? a) : a;
    e.stopPropagation();
    doc.setCursor({ story: block.story, block: block.index, start: Math.min(a, f), end: Math.max(a, f) });
  };
  const Tag = block.headingLevel ? 'h3' : 'p';
  const cursorHere = doc.cursor.block === block.index;
  return (
    <Tag data-block={block.index} onMouseUp={onMouseUp} className={block.headingLevel ? 'heading' : undefined} style={{ textAlign: looks.align, textIndent: looks.indent }}>
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
            <Pieces text={block.text} start={s.start} end={s.end} looks={looks} refs={refs.filter((r) => r.offset >= s.start && (r.offset < s.end || (r.offset === s.end && s.end === block.text.length)))} />
          </span>
        );
      })}
      {cursorHere && <span className="cursor" aria-hidden="true" />}
    </Tag>
  );
}

interface Content {
  text: DocumentText;
  figures: BoundFigure[];
}

export function DocumentView({ doc, label }: { doc: PreviewDocument; label: string }): React.JSX.Element {
  const [content, setContent] = React.useState<Content | null>(null);
  const article = React.useRef<HTMLElement>(null);
  const scrolled = React.useRef(0);
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
  // "Chọn" in the pane: bring the finding into view, as Word scrolls to a selection.
  React.useEffect(() => {
    if (!content || scrolled.current === doc.highlightSeq) return;
    scrolled.current = doc.highlightSeq;
    article.current?.querySelector('.selected')?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  });
  if (!content) return <p>Đang mở báo cáo…</p>;
  const { blocks } = content.text;
  const model = doc.inner.model;
  // Word numbers footnotes 1, 2… in the order their marks appear in the text.
  const numbers = new Map<string, number>();
  for (const r of model.footnoteRefs) if (!numbers.has(r.id)) numbers.set(r.id, numbers.size + 1);
  const refsOf = (b: TextBlock): Array<{ offset: number; n: number }> =>
    model.footnoteRefs.filter((r) => r.block === b.index && numbers.has(r.id)).map((r) => ({ offset: r.offset, n: numbers.get(r.id)! }));
  const para = (b: TextBlock): React.JSX.Element => <Paragraph key={b.index} block={b} figures={content.figures} doc={doc} looks={blockLooks(model.blocks[b.index])} refs={refsOf(b)} />;

  const out: React.JSX.Element[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.story === 'footnote') continue;
    if (!(b.story === 'table' && b.table)) {
      out.push(para(b));
      continue;
    }
    const cells: TextBlock[] = [];
    while (i < blocks.length && blocks[i].story === 'table' && blocks[i].table?.table === b.table.table) cells.push(blocks[i++]);
    i--;
    const rows = [...new Set(cells.map((c) => c.table!.row))];
    out.push(
      <table key={`t${b.index}`}>
        <tbody>
          {rows.map((r) => {
            const inRow = cells.filter((c) => c.table!.row === r);
            const cellNos = [...new Set(inRow.map((c) => c.table!.cell))];
            return (
              <tr key={r}>
                {cellNos.map((n) => {
                  const paras = inRow.filter((c) => c.table!.cell === n);
                  return (
                    <td key={n} colSpan={blockLooks(model.blocks[paras[0].index]).colSpan}>
                      {paras.map(para)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>,
    );
  }
  const notes = blocks.filter((b) => b.story === 'footnote');
  const noteIds = [...new Set(notes.map((b) => b.footnoteId ?? ''))].sort((a, b) => (numbers.get(a) ?? 1e9) - (numbers.get(b) ?? 1e9));
  return (
    <article className="page" aria-label={label} ref={article}>
      {out}
      {notes.length > 0 && (
        <footer className="footnotes" aria-label="Chú thích">
          {noteIds.map((id) => {
            const n = numbers.get(id);
            return (
              <div key={id} className="footnote" id={n ? `chu-thich-${n}` : undefined}>
                <sup>{n ?? '*'}</sup>
                <div>{notes.filter((b) => b.footnoteId === id).map(para)}</div>
              </div>
            );
          })}
        </footer>
      )}
    </article>
  );
}
