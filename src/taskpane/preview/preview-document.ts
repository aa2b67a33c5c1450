/**
 * The document port of the web workbench: the .docx adapter over the report the user opened (or the
 * sample), plus what a file does not have and Word does — a cursor to insert at, a selection to show —
 * and whether there are edits not yet downloaded.
 */
import type { ApplyResult, BindResult, BoundFigure, DocumentPort, FigureBinding, FootnotePiece, InsertTarget, ReportSettings, TextEdit } from '../../core/document/port';
import type { SigningRecord } from '../../core/sign/record';
import type { DocumentText, TextLocation } from '../../core/document/text';
import type { FigureEdit } from '../../core/figures/refresh';
import type { FigureSpec } from '../../core/figures/spec';
import type { DocxDocument } from '../../docx/adapter';

export type Highlight = { kind: 'location'; location: TextLocation } | { kind: 'figure'; key: string } | null;

export class PreviewDocument implements DocumentPort {
  cursor: TextLocation;
  highlight: Highlight = null;
  /** Bumped on every new highlight, so the view scrolls to it once. */
  highlightSeq = 0;
  /** Edits made since the file was opened or last downloaded. */
  dirty = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly inner: DocxDocument,
    /** The file name the user opened, for the download. */
    readonly fileName = 'bao-cao.docx',
  ) {
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

  private changed(edited = false): void {
    if (edited) this.dirty = true;
    for (const fn of this.listeners) fn();
  }

  private highlightTo(h: Highlight): void {
    this.highlight = h;
    this.highlightSeq++;
  }

  /** The file as it is now, for "Tải về"; after it the document counts as saved. */
  async download(): Promise<Uint8Array> {
    const bytes = await this.inner.save();
    this.dirty = false;
    this.changed();
    return bytes;
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
    this.changed(true);
  }

  readText(): Promise<DocumentText> {
    return this.inner.readText();
  }

  listFigures(): Promise<BoundFigure[]> {
    return this.inner.listFigures();
  }

  async applyEdits(edits: readonly FigureEdit[]): Promise<ApplyResult> {
    const r = await this.inner.applyEdits(edits);
    this.changed(r.applied.length > 0);
    return r;
  }

  private target(at: InsertTarget): InsertTarget {
    return 'selection' in at ? { location: this.cursor } : at;
  }

  /**
   * As typing does in Word: a figure inserted over selected text (a plain "509" in a table cell)
   * replaces it, so an existing number becomes a bound figure.
   */
  async insertFigure(spec: FigureSpec, text: string, at: InsertTarget): Promise<BoundFigure> {
    if ('selection' in at && this.cursor.end > this.cursor.start) {
      const block = this.inner.model.blocks[this.cursor.block];
      const selected = block?.text.slice(this.cursor.start, this.cursor.end) ?? '';
      if (!(await this.inner.replaceText(this.cursor, selected, ''))) throw new Error('không thay được đoạn đang chọn (có định dạng đặc biệt); đặt con trỏ rồi chèn');
      this.cursor = { ...this.cursor, end: this.cursor.start };
    }
    const f = await this.inner.insertFigure(spec, text, this.target(at));
    if ('selection' in at) this.cursor = { ...this.cursor, start: this.cursor.start + text.length, end: this.cursor.start + text.length };
    this.highlightTo({ kind: 'figure', key: f.key });
    this.changed(true);
    return f;
  }

  async insertFootnote(content: readonly FootnotePiece[], at: InsertTarget): Promise<void> {
    await this.inner.insertFootnote(content, this.target(at));
    this.changed(true);
  }

  async replaceText(location: TextLocation, expected: string, replacement: string): Promise<boolean> {
    const ok = await this.inner.replaceText(location, expected, replacement);
    if (ok) this.highlightTo({ kind: 'location', location: { ...location, end: location.start + replacement.length } });
    this.changed(ok);
    return ok;
  }

  async replaceTexts(edits: readonly TextEdit[]): Promise<boolean[]> {
    const done = await this.inner.replaceTexts(edits);
    this.changed(done.some(Boolean));
    return done;
  }

  async bindFigures(bindings: readonly FigureBinding[]): Promise<BindResult> {
    const r = await this.inner.bindFigures(bindings);
    this.changed(r.bound.length > 0);
    return r;
  }

  boundSpans(): Promise<TextLocation[]> {
    return this.inner.boundSpans();
  }

  getSigningRecord(): Promise<SigningRecord | null> {
    return this.inner.getSigningRecord();
  }

  async setSigningRecord(record: SigningRecord | null): Promise<void> {
    await this.inner.setSigningRecord(record);
    this.changed(true);
  }

  async select(target: TextLocation | { figure: string }): Promise<void> {
    this.highlightTo('figure' in target ? { kind: 'figure', key: target.figure } : { kind: 'location', location: target });
    this.changed();
  }

  getReportSettings(): Promise<ReportSettings> {
    return this.inner.getReportSettings();
  }

  async setReportSettings(settings: ReportSettings): Promise<void> {
    await this.inner.setReportSettings(settings);
    this.changed(true);
  }
}
