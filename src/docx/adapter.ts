/**
 * The document port over a .docx file, for the CLI and the browser preview. Edits splice the raw XML
 * of the touched parts; every other part is written back exactly as it was read.
 */
import type { ApplyResult, BindResult, BoundFigure, DocumentPort, FigureBinding, FootnotePiece, InsertTarget, PortCapabilities, ReportSettings, TextEdit } from '../core/document/port';
import type { DocumentText, TextLocation } from '../core/document/text';
import type { FigureEdit } from '../core/figures/refresh';
import { sameText } from '../core/figures/refresh';
import { resolveFigure } from '../core/figures/resolve';
import type { FigureSpec } from '../core/figures/spec';
import { type ReportStore, withFigure, withFigures, withLastTexts } from '../core/figures/store';
import { figureTag, newFigureId, parseFigureTag } from '../core/figures/tag';
import type { Element } from '@xmldom/xmldom';
import { applySplices, firstRunProps, insertAtOffset, rawOf, replaceControlText, replaceTextSplices, type Splice } from './edit';
import { buildModel, type DocxControl, type DocxModel, FOOTNOTES_PART } from './model';
import { DocxPackage } from './package';
import { toDocumentText } from './read-text';
import { DOC_RELS, insertBeforeClose, nextRelId, readStore, writeStore } from './store';
import { escapeXmlAttr, escapeXmlText, firstW } from './xml';
import type { SigningRecord } from '../core/sign/record';
import { planWraps, type WrapRequest } from './wrap';

export function controlKey(c: Pick<DocxControl, 'part' | 'ordinal'>): string {
  return `${c.part === FOOTNOTES_PART ? 'fn' : 'doc'}#${c.ordinal}`;
}

const W_DECL = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export class DocxDocument implements DocumentPort {
  readonly capabilities: PortCapabilities = { footnotes: 'full', figuresInFootnotes: true, settings: 'customXml', select: false, limits: [] };
  private cached?: DocxModel;
  private store: ReportStore;
  /** Why the stored report data could not be read (it was then started afresh), if so. */
  readonly storeError?: string;

  private constructor(readonly pkg: DocxPackage) {
    const r = readStore(pkg);
    this.store = r.store;
    if (r.error) this.storeError = r.error;
  }

  static async open(bytes: Uint8Array): Promise<DocxDocument> {
    return new DocxDocument(await DocxPackage.load(bytes));
  }

  get model(): DocxModel {
    this.cached ??= buildModel(this.pkg);
    return this.cached;
  }

  get reportStore(): ReportStore {
    return this.store;
  }

  save(): Promise<Uint8Array> {
    return this.pkg.save();
  }

  async readText(): Promise<DocumentText> {
    return toDocumentText(this.model.blocks, this.model.footnoteRefs);
  }

  /** Synchronous listing (the fake Word API reads it inside its sync). */
  figures(): BoundFigure[] {
    const out: BoundFigure[] = [];
    for (const c of this.model.controls) {
      const f = resolveFigure(controlKey(c), c.tag, c.text, this.store);
      if (!f) continue;
      const location: TextLocation = { story: this.model.blocks[c.block]?.story ?? c.story, block: c.block, start: c.start, end: c.level === 'inline' ? c.end : c.start };
      out.push({ ...f, story: c.story, location });
    }
    return out;
  }

  async listFigures(): Promise<BoundFigure[]> {
    return this.figures();
  }

  private keyIndex?: { model: DocxModel; byKey: Map<string, DocxControl> };

  private control(key: string): DocxControl | undefined {
    const model = this.model;
    if (this.keyIndex?.model !== model) this.keyIndex = { model, byKey: new Map(model.controls.map((c) => [controlKey(c), c])) };
    return this.keyIndex.byKey.get(key);
  }

  /** Applies raw splices to parts (the tests' fake Word writes tracked changes with it). */
  spliceParts(splices: Map<string, Splice[]>): void {
    this.commit(splices);
  }

  private commit(splices: Map<string, Splice[]>): void {
    for (const [part, list] of splices) {
      const src = this.model.sources.get(part);
      if (!src || !list.length) continue;
      this.pkg.setPart(part, applySplices(src.text, list));
    }
    this.cached = undefined;
  }

  private saveStore(store: ReportStore): void {
    this.store = store;
    writeStore(this.pkg, store);
  }

  /** Sets the text of controls by key, without conflict checks or store updates (the fake Word's insertText). */
  setControlTexts(texts: ReadonlyMap<string, string>): void {
    const splices = new Map<string, Splice[]>();
    for (const [key, text] of texts) {
      const c = this.control(key);
      if (!c) continue;
      const src = this.model.sources.get(c.part);
      if (!src) continue;
      const list = splices.get(c.part) ?? [];
      list.push(...replaceControlText(src, c.element, c.level, text));
      splices.set(c.part, list);
    }
    this.commit(splices);
  }

  async applyEdits(edits: readonly FigureEdit[]): Promise<ApplyResult> {
    const result: ApplyResult = { applied: [], conflicts: [], gone: [] };
    const texts = new Map<string, string>();
    const last = new Map<string, string>();
    for (const e of edits) {
      const c = this.control(e.key);
      if (!c) result.gone.push(e.key);
      else if (!sameText(c.text, e.old)) result.conflicts.push({ key: e.key, expected: e.old, actual: c.text });
      else {
        texts.set(e.key, e.new);
        last.set(e.figureId, e.new);
        result.applied.push(e.key);
      }
    }
    if (!texts.size) return result;
    this.setControlTexts(texts);
    if ([...last.keys()].some((id) => this.store.figures[id])) this.saveStore(withLastTexts(this.store, last));
    return result;
  }

  private takenIds(): Set<string> {
    const ids = new Set(Object.keys(this.store.figures));
    for (const c of this.model.controls) {
      const p = parseFigureTag(c.tag);
      if (p) ids.add(p.figureId);
    }
    return ids;
  }

  /** Where an insertion goes: a part and a splice inserting `xml` there. */
  /** `inside`: at the end of the figure's own content instead of after it (Word for Mac's footnotes, office-js #6397). */
  private insertionSplice(at: InsertTarget, xml: (rPr: string) => string, inside = false): { part: string; splice: Splice } {
    if ('selection' in at) throw new Error('a .docx file has no selection: give a location');
    if ('afterFigure' in at) {
      const c = this.control(at.afterFigure);
      if (!c) throw new Error(`no figure ${at.afterFigure}`);
      const src = this.model.sources.get(c.part);
      if (!src) throw new Error(`part ${c.part} missing`);
      const content = inside ? firstW(c.element, 'sdtContent') : undefined;
      const end = content ? src.innerEnd(content) : src.end(c.element);
      return { part: c.part, splice: { start: end, end, text: xml(firstRunProps(src, c.element)) } };
    }
    const block = this.model.blocks[at.location.block];
    if (!block) throw new Error(`no block ${at.location.block}`);
    const src = this.model.sources.get(block.part);
    if (!src) throw new Error(`part ${block.part} missing`);
    const offset = Math.max(0, Math.min(at.location.start, block.text.length));
    const piece = block.pieces.find((p) => offset >= p.start && offset <= p.end);
    // The new content takes the formatting of the run it lands in.
    const run = piece?.el.parentNode;
    const rPrEl = run && run.nodeType === 1 ? firstW(run as Element, 'rPr') : undefined;
    const rPr = rPrEl ? rawOf(src, rPrEl) : '';
    return { part: block.part, splice: insertAtOffset(src, block, offset, xml(rPr)) };
  }

  /** A w:id for a new content control, unlike any in the document. */
  private newControlId(): string {
    const taken = new Set(this.model.controls.map((c) => c.id));
    for (;;) {
      const id = String(100000000 + Math.floor(Math.random() * 1_000_000_000));
      if (!taken.has(id)) return id;
    }
  }

  private sdtXml(tag: string, rPr: string, text: string): string {
    const id = this.newControlId();
    return (
      `<w:sdt><w:sdtPr>${rPr}<w:alias w:val="Số liệu"/><w:tag w:val="${escapeXmlAttr(tag)}"/><w:id w:val="${id}"/></w:sdtPr>` +
      `<w:sdtContent><w:r>${rPr}<w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r></w:sdtContent></w:sdt>`
    );
  }

  /** A bound figure's sdt markup and the store record for it (shared by figures in the body and in footnotes). */
  private newFigure(spec: FigureSpec, text: string, rPr: string, taken: Set<string>): { id: string; xml: string } {
    const id = newFigureId(taken);
    taken.add(id);
    this.store = withFigure(this.store, id, spec, text);
    return { id, xml: this.sdtXml(figureTag(id, spec), rPr, text) };
  }

  async insertFigure(spec: FigureSpec, text: string, at: InsertTarget): Promise<BoundFigure> {
    let id = '';
    const { part, splice } = this.insertionSplice(at, (rPr) => {
      const f = this.newFigure(spec, text, rPr, this.takenIds());
      id = f.id;
      return f.xml;
    });
    this.commit(new Map([[part, [splice]]]));
    this.saveStore(this.store);
    const found = this.figures().filter((f) => f.figureId === id);
    if (!found.length) throw new Error('inserted figure not found');
    return found[found.length - 1];
  }

  private ensureFootnotesPart(): void {
    if (this.pkg.part(FOOTNOTES_PART) !== undefined) return;
    const sep = (id: number, type: string, mark: string): string =>
      `<w:footnote w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:${mark}/></w:r></w:p></w:footnote>`;
    this.pkg.setPart(FOOTNOTES_PART, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W_DECL}>${sep(-1, 'separator', 'separator')}${sep(0, 'continuationSeparator', 'continuationSeparator')}</w:footnotes>`);
    const rels = this.pkg.part(DOC_RELS) ?? '';
    insertBeforeClose(this.pkg, DOC_RELS, '</Relationships>', `<Relationship Id="${nextRelId(rels)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`);
    insertBeforeClose(this.pkg, '[Content_Types].xml', '</Types>', '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>');
    this.cached = undefined;
  }

  /** Appends a footnote holding `piecesXml` and puts its reference at the target. */
  private appendFootnote(at: InsertTarget, piecesXml: (taken: Set<string>) => string, inside = false): void {
    this.ensureFootnotesPart();
    const fnText = this.pkg.part(FOOTNOTES_PART) ?? '';
    let id = 1;
    for (const m of fnText.matchAll(/<w:footnote\b[^>]*\bw:id="(-?\d+)"/g)) id = Math.max(id, Number(m[1]) + 1);
    const note =
      `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>` +
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>` +
      `<w:r><w:t xml:space="preserve"> </w:t></w:r>${piecesXml(this.takenIds())}</w:p></w:footnote>`;
    const ref = `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const { part, splice } = this.insertionSplice(at, () => ref, inside);
    if (part === FOOTNOTES_PART) throw new Error('a footnote cannot be inserted inside a footnote');
    this.commit(new Map([[part, [splice]]]));
    insertBeforeClose(this.pkg, FOOTNOTES_PART, '</w:footnotes>', note);
    this.cached = undefined;
  }

  async insertFootnote(content: readonly FootnotePiece[], at: InsertTarget): Promise<void> {
    this.appendFootnote(at, (taken) =>
      content.map((p) => (typeof p === 'string' ? `<w:r><w:t xml:space="preserve">${escapeXmlText(p)}</w:t></w:r>` : this.newFigure(p.spec, p.text, '', taken).xml)).join(''),
    );
    this.saveStore(this.store);
  }

  /**
   * Inserts text, or a content control with `tag` around it, leaving the store alone: what Word's
   * Range.insertText + insertContentControl do (the tests' fake Word is built on it). Returns the
   * new control's w:id, or null for plain text.
   */
  insertControl(at: InsertTarget, text: string, tag: string | null): string | null {
    let wid: string | null = null;
    const { part, splice } = this.insertionSplice(at, (rPr) => {
      if (tag === null) return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r>`;
      const xml = this.sdtXml(tag, rPr, text);
      wid = /<w:id w:val="(\d+)"/.exec(xml)?.[1] ?? null;
      return xml;
    });
    this.commit(new Map([[part, [splice]]]));
    return wid;
  }

  /** A footnote of plain text and tagged controls, leaving the store alone (Word's insertFootnote, for the fake). */
  insertFootnoteControls(at: InsertTarget, pieces: ReadonlyArray<{ text: string; tag?: string }>, insideFigure = false): void {
    this.appendFootnote(at, () => pieces.map((p) => (p.tag ? this.sdtXml(p.tag, '', p.text) : `<w:r><w:t xml:space="preserve">${escapeXmlText(p.text)}</w:t></w:r>`)).join(''), insideFigure);
  }

  /**
   * Wraps spans in content controls with the given tags, leaving the store alone (Word's
   * Range.insertContentControl on a range of existing text; the fake Word is built on it). Per request,
   * the new control's w:id, or why not.
   */
  wrapControls(requests: readonly WrapRequest[]): ReturnType<typeof planWraps>['outcomes'] {
    const taken = new Set(this.model.controls.map((c) => c.id));
    const plan = planWraps(this.model, requests, () => {
      for (;;) {
        const id = String(100000000 + Math.floor(Math.random() * 1_000_000_000));
        if (!taken.has(id)) {
          taken.add(id);
          return id;
        }
      }
    });
    this.commit(plan.splices);
    return plan.outcomes;
  }

  async bindFigures(bindings: readonly FigureBinding[]): Promise<BindResult> {
    const taken = this.takenIds();
    const ids = bindings.map(() => {
      const id = newFigureId(taken);
      taken.add(id);
      return id;
    });
    const outcomes = this.wrapControls(bindings.map((b, i) => ({ location: b.location, expected: b.text, tag: figureTag(ids[i], b.spec) })));
    const result: BindResult = { bound: [], skipped: [] };
    const added: Array<{ id: string; spec: FigureSpec; last: string }> = [];
    outcomes.forEach((o, i) => {
      const b = bindings[i];
      if (!o.ok) result.skipped.push({ binding: b, reason: o.reason });
      else added.push({ id: ids[i], spec: b.spec, last: b.text });
    });
    if (added.length) this.saveStore(withFigures(this.store, added));
    const made = added.map((a) => a.id);
    const byId = new Map(this.figures().map((f) => [f.figureId, f]));
    for (const id of made) {
      const f = byId.get(id);
      if (f) result.bound.push(f);
    }
    return result;
  }

  async boundSpans(): Promise<TextLocation[]> {
    const out: TextLocation[] = [];
    for (const c of this.model.controls) {
      if (!parseFigureTag(c.tag)) continue;
      if (c.level === 'inline') out.push({ story: this.model.blocks[c.block]?.story ?? c.story, block: c.block, start: c.start, end: c.end });
      else for (let b = c.block; b <= c.endBlock; b++) out.push({ story: this.model.blocks[b]?.story ?? c.story, block: b, start: 0, end: this.model.blocks[b]?.text.length ?? 0 });
    }
    return out;
  }

  async replaceTexts(edits: readonly TextEdit[]): Promise<boolean[]> {
    return this.replaceTextsNow(edits);
  }

  /** replaceTexts, synchronously (the fake Word applies a batch's replacements inside its sync). */
  replaceTextsNow(edits: readonly TextEdit[]): boolean[] {
    const done = edits.map(() => false);
    // one pass over one model for all edits; an edit whose XML overlaps an earlier one's waits for the next pass
    let pending = edits.map((e, i) => ({ e, i }));
    const applied: TextEdit[] = [];
    while (pending.length) {
      const model = this.model;
      const splices = new Map<string, Splice[]>();
      const later: typeof pending = [];
      for (const { e, i } of pending) {
        const block = model.blocks[e.location.block];
        if (!block || block.text.slice(e.location.start, e.location.end) !== e.expected) continue;
        const src = model.sources.get(block.part);
        const list = src ? replaceTextSplices(src, block, e.location.start, e.location.end, e.replacement) : null;
        if (!list) continue;
        const taken = splices.get(block.part) ?? [];
        if (list.some((a) => taken.some((b) => a.start < b.end && b.start < a.end))) {
          later.push({ e, i });
          continue;
        }
        taken.push(...list);
        splices.set(block.part, taken);
        done[i] = true;
        applied.push(e);
      }
      if (!splices.size) break;
      this.commit(splices);
      // the edits left for the next pass move by what the edits made before them in their block added or removed
      pending = later.map(({ e, i }) => {
        const shift = applied.filter((o) => o.location.block === e.location.block && o.location.end <= e.location.start).reduce((n, o) => n + o.replacement.length - o.expected.length, 0);
        return { e: { ...e, location: { ...e.location, start: e.location.start + shift, end: e.location.end + shift } }, i };
      });
      applied.length = 0;
    }
    return done;
  }

  async getSigningRecord(): Promise<SigningRecord | null> {
    return this.store.signed ?? null;
  }

  async setSigningRecord(record: SigningRecord | null): Promise<void> {
    const { signed: _old, ...rest } = this.store;
    this.saveStore(record ? { ...rest, signed: record } : rest);
  }

  async replaceText(location: TextLocation, expected: string, replacement: string): Promise<boolean> {
    return this.replaceTextNow(location, expected, replacement);
  }

  /** replaceText, synchronously (the fake Word applies it inside its sync). */
  replaceTextNow(location: TextLocation, expected: string, replacement: string): boolean {
    const block = this.model.blocks[location.block];
    if (!block || block.text.slice(location.start, location.end) !== expected) return false;
    const src = this.model.sources.get(block.part);
    if (!src) return false;
    const splices = replaceTextSplices(src, block, location.start, location.end, replacement);
    if (!splices) return false;
    this.commit(new Map([[block.part, splices]]));
    return true;
  }

  async select(_target: TextLocation | { figure: string }): Promise<void> {
    // A file has no user selection; the CLI reports locations instead.
  }

  async getReportSettings(): Promise<ReportSettings> {
    const out: ReportSettings = {};
    if (this.store.period) out.period = this.store.period;
    if (this.store.sourceUrl) out.sourceUrl = this.store.sourceUrl;
    return out;
  }

  async setReportSettings(settings: ReportSettings): Promise<void> {
    const next: ReportStore = { ...this.store };
    if (settings.period !== undefined) next.period = settings.period;
    if (settings.sourceUrl !== undefined) next.sourceUrl = settings.sourceUrl;
    this.saveStore(next);
  }
}
