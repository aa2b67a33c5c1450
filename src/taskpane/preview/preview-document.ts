/**
 * The document port of the browser preview: the .docx adapter over the sample report, plus what a
 * file does not have and Word does — a cursor to insert at and a selection to show.
 */
import type { ApplyResult, BoundFigure, DocumentPort, FootnotePiece, InsertTarget, ReportSettings } from '../../core/document/port';
import type { DocumentText, TextLocation } from '../../core/document/text';
import type { FigureEdit } from '../../core/figures/refresh';
import type { FigureSpec } from '../../core/figures/spec';
import type { DocxDocument } from '../../docx/adapter';

export type Highlight = { kind: 'location'; location: TextLocation } | { kind: 'figure'; key: string } | null;

export class PreviewDocument implements DocumentPort {
  cursor: TextLocation;
  highlight: Highlight = null;
  private readonly listeners = new Set<() => void>();

  constructor(readonly inner: DocxDocument) {
    // Where the drafter stopped typing: the first paragraph left unfinished, else the end of the body.
    const body = inner.model.blocks.filter((b) => b.story === 'body' && b.headingLevel === undefined);
    const at = body.find((b) => b.text.length > 0 && !/[.;:!?…)]\s*$/.test(b.text)) ?? body[body.length - 1] ?? inner.model.blocks[0];
    const end = at?.text.length ?? 0;
    this.cursor = { story: at?.story ?? 'body', block: at?.index ?? 0, start: end, end };
  }

  get capabilities(): DocumentPort['capabilities'] {
    return { ...this.inner.capabilities, select: true };
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  setCursor(at: TextLocation): void {
    this.cursor = at;
    this.highlight = { kind: 'location', location: at };
    this.changed();
  }

  /** What typing over a figure in Word does: its text changes, the add-in's record of it does not. */
  editByHand(key: string, text: string): void {
    this.inner.setControlTexts(new Map([[key, text]]));
    this.highlight = { kind: 'figure', key };
    this.changed();
  }

  readText(): Promise<DocumentText> {
    return this.inner.readText();
  }

  listFigures(): Promise<BoundFigure[]> {
    return this.inner.listFigures();
  }

  async applyEdits(edits: readonly FigureEdit[]): Promise<ApplyResult> {
    const r = await this.inner.applyEdits(edits);
    this.changed();
    return r;
  }

  private target(at: InsertTarget): InsertTarget {
    return 'selection' in at ? { location: this.cursor } : at;
  }

  async insertFigure(spec: FigureSpec, text: string, at: InsertTarget): Promise<BoundFigure> {
    const f = await this.inner.insertFigure(spec, text, this.target(at));
    if ('selection' in at) this.cursor = { ...this.cursor, start: this.cursor.start + text.length, end: this.cursor.start + text.length };
    this.highlight = { kind: 'figure', key: f.key };
    this.changed();
    return f;
  }

  async insertFootnote(content: readonly FootnotePiece[], at: InsertTarget): Promise<void> {
    await this.inner.insertFootnote(content, this.target(at));
    this.changed();
  }

  async replaceText(location: TextLocation, expected: string, replacement: string): Promise<boolean> {
    const ok = await this.inner.replaceText(location, expected, replacement);
    if (ok) this.highlight = { kind: 'location', location: { ...location, end: location.start + replacement.length } };
    this.changed();
    return ok;
  }

  async select(target: TextLocation | { figure: string }): Promise<void> {
    this.highlight = 'figure' in target ? { kind: 'figure', key: target.figure } : { kind: 'location', location: target };
    this.changed();
  }

  getReportSettings(): Promise<ReportSettings> {
    return this.inner.getReportSettings();
  }

  setReportSettings(settings: ReportSettings): Promise<void> {
    return this.inner.setReportSettings(settings);
  }
}
