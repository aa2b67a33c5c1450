/**
 * The document port over Office.js. Every operation is a constant number of context.sync() calls
 * whatever the number of figures: collections are loaded in one batch, per-item loads and all edits
 * are queued and sent together.
 *
 * Word behaviours designed around (sources in the modules named):
 * - Members above the host's requirement sets throw ApiNotFound: each is gated (requirements.ts);
 *   WordApi 1.1 reads and edits without ranges, table layout coming from the file.
 * - Body.contentControls returns rich-text controls of the main body only (controls.ts): figures are
 *   always inserted as rich text, footnote figures are reached through their footnote.
 * - Inserting a content control into a footnote throws on Word on the web (office-js #4373): there,
 *   footnotes get the figure's text but not the binding, and a figure is not inserted at a selection
 *   inside a footnote.
 * - insertFootnote places the reference differently on Mac and on the web (#6397): the target is
 *   collapsed to a point after the figure first; where Mac still puts it inside the figure, a refresh
 *   replaces the figure's text without the mark (controls.ts), since Replace would delete it (#2749).
 * - Footnote marks are U+0002 in text (#2749, #4997, #6942; marks.ts); tracked deletions are in
 *   `text` (#1267): reviewed text is used where the host has it (WordApi 1.4).
 * - Search has a 255-character limit, special characters and no offsets (search.ts).
 * - A batch is not a transaction: the store records the texts about to be written before the
 *   figures are edited, so a refresh that fails half-way is read right by the next one.
 * - The store is kept in the custom XML part and the document settings (store-io.ts).
 * - Below WordApi 1.5 there is no footnote API: footnotes are read from the file (getFileAsync).
 * - Binding existing text, batch text edits and the signing record are in bind.ts, over the same
 *   requirement levels and store.
 */
import type { ApplyResult, BindResult, BoundFigure, DocumentPort, FigureBinding, FootnotePiece, InsertTarget, PortCapabilities, ReportSettings, TextEdit } from '../core/document/port';
import type { DocumentText, FootnoteRef, TextBlock, TextLocation } from '../core/document/text';
import { type FigureEdit, sameText } from '../core/figures/refresh';
import { resolveFigure } from '../core/figures/resolve';
import type { FigureSpec } from '../core/figures/spec';
import { type ReportStore, withFigure, withLastTexts, withNextTexts } from '../core/figures/store';
import { figureTag, newFigureId, parseFigureTag } from '../core/figures/tag';
import { DocxDocument } from '../docx/adapter';
import { type ControlInfo, ControlReader, findControl } from './controls';
import { stripNoteMarks } from './marks';
import type { SigningRecord } from '../core/sign/record';
import { bindInWord, boundSpansInWord, replaceTextsInWord, setSigningRecordInWord, signingRecordInWord, type WordSide } from './bind';
import { apiLevel, type ApiLevel } from './requirements';
import { isSearchDialogOpen, planSearchUnmarked, SEARCH_DIALOG_MESSAGE } from './search';
import { StoreIO, type StoreWriter } from './store-io';
import { blocksFromFile, layoutFromFile, storeOfFile } from './file-layout';
import { readParagraphs } from './paragraphs';
import type { WClientResult, WContext, WNoteItemCollection, WParagraph, WRange, WRangeCollection, WSettings, WordRun } from './api';

export interface WordHost {
  /** "PC", "Mac", "OfficeOnline"… */
  platform: string;
  supported: { footnotes: boolean; customXml: boolean; fileAccess: boolean; tableCells: boolean };
}

export interface WordAdapterOptions {
  run: WordRun;
  host: WordHost;
  /** Office.context.document.settings: the store's second home, and its only one without custom XML parts. */
  settings?: WSettings;
  /** The document as a .docx (Office.context.document.getFileAsync, compressed): footnotes below WordApi 1.5. */
  getFile?: () => Promise<Uint8Array>;
}

const FIGURE_TITLE = 'Số liệu';

/** Vietnamese, for the pane: a figure cannot be bound at a selection inside a footnote on the web (#4373). */
export const NO_FIGURE_IN_FOOTNOTE_ON_WEB = 'Word trên web chưa cho gắn số liệu trong chú thích: hãy đặt con trỏ ở thân văn bản, hoặc dùng “Chèn chú thích nguồn”.';

export class WordDocument implements DocumentPort {
  readonly capabilities: PortCapabilities;
  private readonly api: ApiLevel;
  private readonly store: StoreIO;

  constructor(private readonly o: WordAdapterOptions) {
    const s = o.host.supported;
    this.api = apiLevel(s);
    const getFile = s.fileAccess ? o.getFile : undefined;
    this.store = new StoreIO(this.api.customXml, o.settings, getFile ? () => storeOfFile(getFile) : undefined);
    const web = o.host.platform === 'OfficeOnline';
    const limits: string[] = [];
    if (!this.api.footnotes) limits.push(s.fileAccess ? 'Phiên bản Word này không chèn được chú thích; chú thích có sẵn được đọc từ tệp để kiểm tra, số liệu trong chú thích không tự cập nhật.' : 'Phiên bản Word này không đọc được chú thích cuối trang.');
    if (this.api.footnotes && web) limits.push('Word trên web chưa cho gắn số liệu trong chú thích: số liệu được chèn dạng chữ thường.');
    if (!this.api.customXml) limits.push('Thông tin báo cáo được lưu trong thiết đặt tài liệu của add-in.');
    if (!this.api.reviewedText) limits.push('Phiên bản Word này không tách được chữ đã xóa khi bật Theo dõi thay đổi: hãy chấp nhận hoặc từ chối các thay đổi trước khi Kiểm tra hay Cập nhật.');
    if (!this.api.ranges) limits.push('Phiên bản Word này chỉ chọn được cả đoạn văn khi bấm vào một phát hiện; bảng được nhận ra từ tệp.');
    this.capabilities = {
      footnotes: this.api.footnotes ? 'full' : s.fileAccess && o.getFile ? 'read' : 'none',
      figuresInFootnotes: this.api.footnotes && !web,
      settings: this.api.customXml ? 'customXml' : o.settings ? 'documentSettings' : 'none',
      select: true,
      limits,
    };
  }

  private get web(): boolean {
    return this.o.host.platform === 'OfficeOnline';
  }

  private readFile(): boolean {
    return !!this.o.getFile && this.o.host.supported.fileAccess;
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Every control and the store, in two syncs (a third only in the case ControlReader names). A figure
   * whose text is not its stored one may be a tracked revision: on a Word with reviewed text, its
   * reviewed text is what counts.
   */
  private async controlsAndStore(ctx: WContext): Promise<{ controls: ControlInfo[]; store: ReportStore; write: StoreWriter }> {
    const reader = new ControlReader(this.api);
    reader.queue(ctx);
    const read = this.store.read(ctx);
    await ctx.sync();
    reader.afterFirst();
    read.afterFirst();
    await ctx.sync();
    const { store, write } = read.result();
    const suspect = (cc: { tag: string; text: string }): boolean => {
      const p = parseFigureTag(cc.tag ?? '');
      const rec = p ? store.figures[p.figureId] : undefined;
      const t = stripNoteMarks(cc.text).text;
      return !!rec && !sameText(t, rec.last ?? t) && !sameText(t, rec.next ?? '');
    };
    if (reader.needsThird(suspect)) await ctx.sync();
    return { controls: reader.controls(), store, write };
  }

  private figuresOf(controls: readonly ControlInfo[], store: ReportStore): BoundFigure[] {
    const out: BoundFigure[] = [];
    for (const c of controls) {
      const f = resolveFigure(String(c.cc.id), c.cc.tag ?? '', c.text, store);
      if (f) out.push({ ...f, story: c.story });
    }
    return out;
  }

  async listFigures(): Promise<BoundFigure[]> {
    await this.store.prepare();
    return this.o.run(async (ctx) => {
      const { controls, store } = await this.controlsAndStore(ctx);
      return this.figuresOf(controls, store);
    });
  }

  async readText(): Promise<DocumentText> {
    const api = this.api;
    const refs: FootnoteRef[] = [];
    const blocks = await this.o.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      paras.load(api.ranges ? 'items/text,items/tableNestingLevel,items/styleBuiltIn' : 'items/text');
      let notes: WNoteItemCollection | undefined;
      if (api.footnotes) {
        notes = ctx.document.body.footnotes;
        notes.load('items');
      }
      // Tracked changes anywhere in the body: then each paragraph's reviewed text is read (#1267).
      let reviewedBody: WClientResult<string> | undefined;
      const body = ctx.document.body;
      if (api.reviewedText) {
        body.load('text');
        reviewedBody = body.getReviewedText('Current');
      }
      await ctx.sync();
      const revised = !!reviewedBody && reviewedBody.value !== body.text;
      const reviewed = revised ? paras.items.map((p) => p.getReviewedText('Current')) : [];
      const cells = paras.items.map((p) => {
        if (!api.ranges || p.tableNestingLevel === 0) return undefined;
        const cell = p.parentTableCellOrNullObject;
        cell.load('rowIndex,cellIndex');
        return cell;
      });
      const noteParas = (notes?.items ?? []).map((n) => {
        const ps = n.body.paragraphs;
        ps.load('items/text');
        return ps;
      });
      await ctx.sync();
      const out: TextBlock[] = [];
      let tables = -1;
      let inTable = false;
      paras.items.forEach((p, i) => {
        const nested = api.ranges && p.tableNestingLevel > 0;
        // Word always keeps a paragraph between two tables, so a table starts where table text starts.
        if (nested && !inTable) tables++;
        inTable = nested;
        const { text, marks } = stripNoteMarks(revised ? reviewed[i].value : p.text);
        // Word numbers footnotes in the order of their marks, as the footnote collection lists them.
        for (const offset of marks) refs.push({ id: String(refs.length + 1), block: out.length, offset });
        const b: TextBlock = { index: out.length, story: nested ? 'table' : 'body', text };
        const cell = cells[i];
        if (nested && cell && !cell.isNullObject) b.table = { table: tables, row: cell.rowIndex, cell: cell.cellIndex };
        const m = api.ranges ? /^Heading(\d)$/.exec(p.styleBuiltIn) : null;
        if (m) b.headingLevel = Number(m[1]);
        out.push(b);
      });
      noteParas.forEach((ps, n) => {
        for (const p of ps.items) out.push({ index: out.length, story: 'footnote', text: stripNoteMarks(p.text).text, footnoteId: String(n + 1) });
      });
      return out;
    });
    if ((!api.footnotes || !api.ranges) && this.readFile() && this.o.getFile) {
      const file = await DocxDocument.open(await this.o.getFile());
      const fromFile = (await file.readText()).blocks;
      // WordApi 1.1 has no table layout: take it from the file when the paragraphs are the same.
      if (!api.ranges) layoutFromFile(blocks, fromFile);
      // No footnote API: take the footnotes from the saved file, numbered after the body.
      if (!api.footnotes) blocks.push(...blocksFromFile(fromFile, blocks.length));
    }
    return refs.length ? { blocks, footnoteRefs: refs } : { blocks };
  }

  // ---- editing -------------------------------------------------------------------------------

  /**
   * Replaces figure texts. Order (a batch is not a transaction): the store first records, for each
   * figure, the text about to be written (`next`); then the figures are edited; then the store
   * records it as written (`last`). If the batch fails anywhere, every figure shows either its `last`
   * or its `next` text, and the next refresh reads it as the add-in's own.
   */
  async applyEdits(edits: readonly FigureEdit[]): Promise<ApplyResult> {
    const result: ApplyResult = { applied: [], conflicts: [], gone: [] };
    if (!edits.length) return result;
    await this.store.prepare();
    return this.o.run(async (ctx) => {
      const { controls, store, write } = await this.controlsAndStore(ctx);
      const byKey = new Map<string, ControlInfo>();
      for (const c of controls) byKey.set(String(c.cc.id), c);
      const next = new Map<string, string>();
      const replace: Array<() => void> = [];
      for (const e of edits) {
        const c = byKey.get(e.key);
        if (!c) result.gone.push(e.key);
        else if (!sameText(c.text, e.old)) result.conflicts.push({ key: e.key, expected: e.old, actual: c.text });
        else if (c.marked && c.marked.hits.items.length !== 1) result.conflicts.push({ key: e.key, expected: e.old, actual: c.text });
        else {
          const hits: WRangeCollection | undefined = c.marked?.hits;
          // A footnote mark inside the figure (#6397): replace its text only, or the footnote goes (#2749).
          replace.push(hits ? () => void hits.items[0].insertText(e.new, 'Replace') : () => void c.cc.insertText(e.new, 'Replace'));
          next.set(e.figureId, e.new);
          result.applied.push(e.key);
        }
      }
      const known = [...next.keys()].some((id) => store.figures[id]);
      const before = known ? write(withNextTexts(store, next)) : Promise.resolve();
      for (const r of replace) r();
      const after = known ? write(withLastTexts(store, next)) : Promise.resolve();
      await ctx.sync();
      await before;
      await after;
      return result;
    });
  }

  /** The figure's ids in use (controls and store). */
  private taken(controls: readonly ControlInfo[], store: ReportStore): Set<string> {
    const ids = new Set(Object.keys(store.figures));
    for (const c of controls) {
      const p = parseFigureTag(c.cc.tag ?? '');
      if (p) ids.add(p.figureId);
    }
    return ids;
  }

  /** The range an insertion goes to: the selection, or the point right after a figure. */
  private async targetRange(ctx: WContext, at: InsertTarget): Promise<WRange> {
    if ('selection' in at) return ctx.document.getSelection();
    if ('afterFigure' in at) {
      if (!this.api.ranges) throw new Error('Phiên bản Word này chỉ chèn được tại vị trí con trỏ.');
      const cc = await findControl(ctx, this.api, Number(at.afterFigure));
      if (!cc) throw new Error('Không tìm thấy số liệu này trong tài liệu nữa.');
      return cc.getRange('After');
    }
    throw new Error('Word inserts at the selection or after a figure; select the location first');
  }

  async insertFigure(spec: FigureSpec, text: string, at: InsertTarget): Promise<BoundFigure> {
    await this.store.prepare();
    return this.o.run(async (ctx) => {
      // On the web a content control cannot go into a footnote (#4373): ask where the selection is.
      let where: { type: string } | undefined;
      if (this.web && this.api.ranges && 'selection' in at) {
        const body = ctx.document.getSelection().parentBody;
        body.load('type');
        where = body;
      }
      const { controls, store, write } = await this.controlsAndStore(ctx);
      if (where && where.type !== 'MainDoc' && where.type !== 'TableCell' && where.type !== 'Section') throw new Error(NO_FIGURE_IN_FOOTNOTE_ON_WEB);
      const id = newFigureId(this.taken(controls, store));
      const stored = withFigure(store, id, spec, text);
      // The store first: a figure whose insertion then fails leaves an unused record, never a figure without one.
      const pending = write(stored);
      const range = (await this.targetRange(ctx, at)).insertText(text, 'Replace');
      const cc = range.insertContentControl();
      cc.tag = figureTag(id, spec);
      cc.title = FIGURE_TITLE;
      cc.load('id,tag,text');
      await ctx.sync();
      await pending;
      const f = resolveFigure(String(cc.id), cc.tag, stripNoteMarks(cc.text).text, stored);
      if (!f) throw new Error('inserted figure has no figure tag');
      return { ...f, story: 'body' };
    });
  }

  async insertFootnote(content: readonly FootnotePiece[], at: InsertTarget): Promise<void> {
    if (!this.api.footnotes) throw new Error('Phiên bản Word này không chèn được chú thích (cần WordApi 1.5).');
    await this.store.prepare();
    return this.o.run(async (ctx) => {
      const { controls, store: before, write } = await this.controlsAndStore(ctx);
      let store = before;
      const taken = this.taken(controls, store);
      const pieces: Array<{ text: string; id?: string; spec?: FigureSpec }> = content.map((piece) => {
        if (typeof piece === 'string' || !this.capabilities.figuresInFootnotes) return { text: typeof piece === 'string' ? piece : piece.text };
        const id = newFigureId(taken);
        taken.add(id);
        store = withFigure(store, id, piece.spec, piece.text);
        return { text: piece.text, id, spec: piece.spec };
      });
      const pending = write(store);
      // Collapse first (#6397): desktop and web then both put the reference at this point.
      const point = (await this.targetRange(ctx, at)).getRange('End');
      const note = point.insertFootnote('');
      for (const piece of pieces) {
        const r = note.body.insertText(piece.text, 'End');
        if (!piece.id || !piece.spec) continue; // #4373: Word on the web throws on a control here.
        const cc = r.insertContentControl();
        cc.tag = figureTag(piece.id, piece.spec);
        cc.title = FIGURE_TITLE;
      }
      await ctx.sync();
      await pending;
    });
  }

  /**
   * The range of a text location: Word has no character offsets, so it is the same occurrence of the
   * text within its paragraph (search.ts). The paragraph itself, not exact, when search cannot tell.
   */
  private async rangeAt(ctx: WContext, target: TextLocation, read?: WParagraph[]): Promise<{ range: WRange | WParagraph; exact: boolean } | null> {
    const paras = read ?? (await this.blockParagraphs(ctx));
    const p = paras[target.block];
    if (!p) return null;
    const raw = p.text;
    const { text } = stripNoteMarks(raw);
    const plan = planSearchUnmarked(raw, target.start, target.end);
    if (!plan) return { range: this.api.ranges ? p.getRange('Start') : p, exact: false };
    const hits = p.search(plan.searchText, { matchCase: true });
    hits.load('items');
    const reviewed = this.api.reviewedText ? p.getReviewedText('Current') : undefined;
    try {
      await ctx.sync();
    } catch (err) {
      if (isSearchDialogOpen(err)) throw new Error(SEARCH_DIALOG_MESSAGE);
      throw err;
    }
    // Tracked changes in the paragraph: its offsets are not Word's (#1267).
    const revised = reviewed !== undefined && stripNoteMarks(reviewed.value).text !== text;
    if (revised || hits.items.length !== plan.expected) return { range: p, exact: false };
    return { range: hits.items[plan.nth], exact: true };
  }

  async select(target: TextLocation | { figure: string }): Promise<void> {
    return this.o.run(async (ctx) => {
      if ('figure' in target) {
        const cc = await findControl(ctx, this.api, Number(target.figure));
        if (!cc) return;
        cc.select();
        await ctx.sync();
        return;
      }
      const found = await this.rangeAt(ctx, target);
      if (!found) return;
      found.range.select();
      await ctx.sync();
    });
  }

  async replaceText(location: TextLocation, expected: string, replacement: string): Promise<boolean> {
    return this.o.run(async (ctx) => {
      const paras = await this.blockParagraphs(ctx);
      const p = paras[location.block];
      if (!p || stripNoteMarks(p.text).text.slice(location.start, location.end) !== expected) return false;
      const found = await this.rangeAt(ctx, location, paras);
      if (!found || !found.exact || !('insertContentControl' in found.range)) return false;
      found.range.insertText(replacement, 'Replace');
      await ctx.sync();
      return true;
    });
  }

  /** Body then footnote paragraphs, in block order, with their text loaded (2 syncs). */
  private async blockParagraphs(ctx: WContext): Promise<WParagraph[]> {
    return (await readParagraphs(ctx, this.api.footnotes)).items();
  }

  // ---- binding, batch edits and the signing record: src/word/bind.ts ---------------------------

  private get side(): WordSide {
    return { run: this.o.run, api: this.api, figuresInFootnotes: this.capabilities.figuresInFootnotes, store: this.store };
  }
  bindFigures = (bindings: readonly FigureBinding[]): Promise<BindResult> => bindInWord(this.side, bindings);
  boundSpans = (): Promise<TextLocation[]> => boundSpansInWord(this.side);
  replaceTexts = (edits: readonly TextEdit[]): Promise<boolean[]> => replaceTextsInWord(this.side, edits);
  getSigningRecord = (): Promise<SigningRecord | null> => signingRecordInWord(this.side);
  setSigningRecord = (record: SigningRecord | null): Promise<void> => setSigningRecordInWord(this.side, record);

  async getReportSettings(): Promise<ReportSettings> {
    await this.store.prepare();
    const { store } = await this.o.run((ctx) => this.store.readNow(ctx));
    const out: ReportSettings = {};
    if (store.period) out.period = store.period;
    if (store.sourceUrl) out.sourceUrl = store.sourceUrl;
    return out;
  }

  async setReportSettings(settings: ReportSettings): Promise<void> {
    await this.store.prepare();
    return this.o.run(async (ctx) => {
      const { store: current, write } = await this.store.readNow(ctx);
      const store = { ...current };
      if (settings.period !== undefined) store.period = settings.period;
      if (settings.sourceUrl !== undefined) store.sourceUrl = settings.sourceUrl;
      const pending = write(store);
      await ctx.sync();
      await pending;
    });
  }
}

/** The adapter for the running Word (global Office/Word), from the host detection of host.ts. */
export function wordDocument(host: WordHost): WordDocument {
  const doc = Office.context.document;
  return new WordDocument({
    run: (batch) => Word.run((ctx) => batch(ctx)),
    host,
    settings: doc.settings,
    getFile: () => readWholeFile(doc),
  });
}

/** The open document as .docx bytes, slice by slice (Office.FileType.Compressed). */
export function readWholeFile(doc: Office.Document): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    doc.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(res.error.message));
      const file = res.value;
      const chunks: Uint8Array[] = [];
      const next = (i: number): void => {
        if (i === file.sliceCount) {
          file.closeAsync();
          const total = chunks.reduce((n, c) => n + c.length, 0);
          const out = new Uint8Array(total);
          let at = 0;
          for (const c of chunks) (out.set(c, at), (at += c.length));
          return resolve(out);
        }
        file.getSliceAsync(i, (s) => {
          if (s.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            return reject(new Error(s.error.message));
          }
          chunks.push(new Uint8Array(s.value.data as ArrayLike<number>));
          next(i + 1);
        });
      };
      next(0);
    });
  });
}
