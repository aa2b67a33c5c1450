/**
 * The document port over Office.js. Every operation is a constant number of context.sync() calls
 * whatever the number of figures: collections are loaded in one batch, per-item loads and all edits
 * are queued and sent together.
 *
 * Word bugs designed around:
 * - Body.contentControls returns rich-text controls only: figures are always inserted as rich text.
 * - Inserting a content control into a footnote throws on Word on the web (office-js #4373): there,
 *   footnotes get the figure's text but not the binding, and capabilities say so.
 * - insertFootnote places the reference differently on desktop and on the web (#6397): the target
 *   range is always collapsed to a point after the figure first, so both put it in the same place.
 * - Below WordApi 1.5 there is no footnote API: footnotes are read from the file (getFileAsync).
 */
import type { ApplyResult, BindResult, BoundFigure, DocumentPort, FigureBinding, FootnotePiece, InsertTarget, PortCapabilities, ReportSettings, TextEdit } from '../core/document/port';
import type { DocumentText, FootnoteRef, TextBlock, TextLocation } from '../core/document/text';
import { type FigureEdit, sameText } from '../core/figures/refresh';
import { resolveFigure } from '../core/figures/resolve';
import type { FigureSpec } from '../core/figures/spec';
import { parseStore, type ReportStore, serializeStore, STORE_NAMESPACE, withFigure, withLastTexts } from '../core/figures/store';
import { figureTag, newFigureId, parseFigureTag } from '../core/figures/tag';
import { DocxDocument } from '../docx/adapter';
import { SETTINGS_KEY, storeJsonFromXml, storeXml } from '../docx/store';
import { stripNoteMarks } from './marks';
import type { SigningRecord } from '../core/sign/record';
import { bindInWord, boundSpansInWord, replaceTextsInWord, setSigningRecordInWord, signingRecordInWord, type WordSide } from './bind';
import type { WClientResult, WContentControl, WContext, WCustomXmlPartCollection, WNoteItemCollection, WParagraph, WRange, WSettings, WordRun } from './api';

export interface WordHost {
  /** "PC", "Mac", "OfficeOnline"… */
  platform: string;
  supported: { footnotes: boolean; customXml: boolean; fileAccess: boolean; tableCells: boolean };
}

export interface WordAdapterOptions {
  run: WordRun;
  host: WordHost;
  /** Office.context.document.settings: where the store goes without custom XML parts. */
  settings?: WSettings;
  /** The document as a .docx (Office.context.document.getFileAsync, compressed): footnotes below WordApi 1.5. */
  getFile?: () => Promise<Uint8Array>;
}

const CC_PROPS = 'items/id,items/tag,items/text';
const FIGURE_TITLE = 'Số liệu';

interface Controls {
  body: WContentControl[];
  notes: WContentControl[][];
}

export class WordDocument implements DocumentPort {
  readonly capabilities: PortCapabilities;

  constructor(private readonly o: WordAdapterOptions) {
    const s = o.host.supported;
    const web = o.host.platform === 'OfficeOnline';
    const limits: string[] = [];
    if (!s.footnotes) limits.push(s.fileAccess ? 'Phiên bản Word này không chèn được chú thích; chú thích có sẵn được đọc từ tệp để kiểm tra, số liệu trong chú thích không tự cập nhật.' : 'Phiên bản Word này không đọc được chú thích cuối trang.');
    if (s.footnotes && web) limits.push('Word trên web chưa cho gắn số liệu trong chú thích: số liệu được chèn dạng chữ thường.');
    if (!s.customXml) limits.push('Thông tin báo cáo được lưu trong thiết đặt tài liệu của add-in.');
    this.capabilities = {
      footnotes: s.footnotes ? 'full' : s.fileAccess && o.getFile ? 'read' : 'none',
      figuresInFootnotes: s.footnotes && !web,
      settings: s.customXml ? 'customXml' : o.settings ? 'documentSettings' : 'none',
      select: true,
      limits,
    };
  }

  private get footnotesApi(): boolean {
    return this.o.host.supported.footnotes;
  }

  // ---- store -------------------------------------------------------------------------------

  /** Queues the store read; the value is there after the next sync. */
  private queueStore(ctx: WContext): () => { parts: WCustomXmlPartCollection | undefined; xml: WClientResult<string> | undefined } {
    if (!this.o.host.supported.customXml) return () => ({ parts: undefined, xml: undefined });
    const parts = ctx.document.customXmlParts.getByNamespace(STORE_NAMESPACE);
    parts.load('items');
    let xml: WClientResult<string> | undefined;
    return () => {
      if (!xml && parts.items.length) xml = parts.items[0].getXml();
      return { parts, xml };
    };
  }

  private storeFrom(xml: WClientResult<string> | undefined): ReportStore {
    if (this.o.host.supported.customXml) return parseStore(xml ? storeJsonFromXml(xml.value) : undefined).store;
    const v = this.o.settings?.get(SETTINGS_KEY);
    return parseStore(typeof v === 'string' ? v : undefined).store;
  }

  /** Queues the store write (custom XML part), or writes the settings fallback. */
  private writeStore(ctx: WContext, parts: WCustomXmlPartCollection | undefined, store: ReportStore): Promise<void> {
    if (this.o.host.supported.customXml) {
      if (parts?.items.length) parts.items[0].setXml(storeXml(store));
      else ctx.document.customXmlParts.add(storeXml(store));
      return Promise.resolve();
    }
    const settings = this.o.settings;
    if (!settings) return Promise.resolve();
    settings.set(SETTINGS_KEY, serializeStore(store));
    return new Promise((resolve, reject) =>
      settings.saveAsync((r) => (String(r.status) === 'failed' ? reject(new Error(r.error?.message ?? 'settings not saved')) : resolve())),
    );
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Sync 1 loads the body's controls and the footnote list; the returned getter is valid after sync 2. */
  private queueControls(ctx: WContext): { afterFirst: () => void; get: () => Controls } {
    const body = ctx.document.body.contentControls;
    body.load(CC_PROPS);
    let notes: WNoteItemCollection | undefined;
    if (this.footnotesApi) {
      notes = ctx.document.body.footnotes;
      notes.load('items');
    }
    const noteControls: { items: WContentControl[] }[] = [];
    return {
      afterFirst: () => {
        for (const n of notes?.items ?? []) {
          const cc = n.body.contentControls;
          cc.load(CC_PROPS);
          noteControls.push(cc);
        }
      },
      get: () => ({ body: body.items, notes: noteControls.map((c) => c.items) }),
    };
  }

  private figuresOf(c: Controls, store: ReportStore): BoundFigure[] {
    const out: BoundFigure[] = [];
    const add = (cc: WContentControl, story: 'body' | 'footnote'): void => {
      const f = resolveFigure(String(cc.id), cc.tag ?? '', cc.text ?? '', store);
      if (f) out.push({ ...f, story });
    };
    for (const cc of c.body) add(cc, 'body');
    for (const list of c.notes) for (const cc of list) add(cc, 'footnote');
    return out;
  }

  async listFigures(): Promise<BoundFigure[]> {
    return this.o.run(async (ctx) => {
      const controls = this.queueControls(ctx);
      const store = this.queueStore(ctx);
      await ctx.sync();
      controls.afterFirst();
      const { xml } = store();
      await ctx.sync();
      return this.figuresOf(controls.get(), this.storeFrom(xml));
    });
  }

  async readText(): Promise<DocumentText> {
    const wantCells = this.o.host.supported.tableCells;
    const refs: FootnoteRef[] = [];
    const blocks = await this.o.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      paras.load(wantCells ? 'items/text,items/tableNestingLevel,items/styleBuiltIn' : 'items/text,items/tableNestingLevel');
      let notes: WNoteItemCollection | undefined;
      if (this.footnotesApi) {
        notes = ctx.document.body.footnotes;
        notes.load('items');
      }
      await ctx.sync();
      const cells = paras.items.map((p) => {
        if (!wantCells || p.tableNestingLevel === 0) return undefined;
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
        const nested = p.tableNestingLevel > 0;
        // Word always keeps a paragraph between two tables, so a table starts where table text starts.
        if (nested && !inTable) tables++;
        inTable = nested;
        const { text, marks } = stripNoteMarks(p.text);
        // Word numbers footnotes in the order of their marks, as the footnote collection lists them.
        for (const offset of marks) refs.push({ id: String(refs.length + 1), block: out.length, offset });
        const b: TextBlock = { index: out.length, story: nested ? 'table' : 'body', text };
        const cell = cells[i];
        if (nested && cell && !cell.isNullObject) b.table = { table: tables, row: cell.rowIndex, cell: cell.cellIndex };
        const m = wantCells ? /^Heading(\d)$/.exec(p.styleBuiltIn) : null;
        if (m) b.headingLevel = Number(m[1]);
        out.push(b);
      });
      noteParas.forEach((ps, n) => {
        for (const p of ps.items) out.push({ index: out.length, story: 'footnote', text: stripNoteMarks(p.text).text, footnoteId: String(n + 1) });
      });
      return out;
    });
    if (!this.footnotesApi && this.o.getFile && this.o.host.supported.fileAccess) {
      // No footnote API: take the footnotes from the saved file, numbered after the body.
      const file = await DocxDocument.open(await this.o.getFile());
      for (const b of (await file.readText()).blocks.filter((x) => x.story === 'footnote')) blocks.push({ ...b, index: blocks.length });
    }
    return refs.length ? { blocks, footnoteRefs: refs } : { blocks };
  }

  // ---- editing -------------------------------------------------------------------------------

  async applyEdits(edits: readonly FigureEdit[]): Promise<ApplyResult> {
    const result: ApplyResult = { applied: [], conflicts: [], gone: [] };
    if (!edits.length) return result;
    return this.o.run(async (ctx) => {
      const { controls: c, parts, store } = await this.controlsAndStore(ctx);
      const byKey = new Map<string, WContentControl>();
      for (const cc of [...c.body, ...c.notes.flat()]) byKey.set(String(cc.id), cc);
      const last = new Map<string, string>();
      for (const e of edits) {
        const cc = byKey.get(e.key);
        if (!cc) result.gone.push(e.key);
        else if (!sameText(cc.text, e.old)) result.conflicts.push({ key: e.key, expected: e.old, actual: cc.text });
        else {
          cc.insertText(e.new, 'Replace');
          last.set(e.figureId, e.new);
          result.applied.push(e.key);
        }
      }
      const pending = last.size && [...last.keys()].some((id) => store.figures[id]) ? this.writeStore(ctx, parts, withLastTexts(store, last)) : Promise.resolve();
      await ctx.sync();
      await pending;
      return result;
    });
  }

  /** The range an insertion goes to, collapsed to a point where the target is a figure. */
  private targetRange(ctx: WContext, at: InsertTarget): WRange {
    if ('afterFigure' in at) return ctx.document.body.contentControls.getByIdOrNullObject(Number(at.afterFigure)).getRange('After');
    if ('selection' in at) return ctx.document.getSelection();
    throw new Error('Word inserts at the selection or after a figure; select the location first');
  }

  private taken(c: Controls, store: ReportStore): Set<string> {
    const ids = new Set(Object.keys(store.figures));
    for (const cc of [...c.body, ...c.notes.flat()]) {
      const p = parseFigureTag(cc.tag ?? '');
      if (p) ids.add(p.figureId);
    }
    return ids;
  }

  /** Two syncs, whatever the number of figures: every content control, the store and its parts. */
  private async controlsAndStore(ctx: WContext): Promise<{ controls: Controls; parts: WCustomXmlPartCollection | undefined; store: ReportStore }> {
    const controls = this.queueControls(ctx);
    const storeRead = this.queueStore(ctx);
    await ctx.sync();
    controls.afterFirst();
    const { parts, xml } = storeRead();
    await ctx.sync();
    return { controls: controls.get(), parts, store: this.storeFrom(xml) };
  }

  /** What every insert reads first: the figure ids in use (controls and store), and where the store goes. */
  private async beforeInsert(ctx: WContext): Promise<{ parts: WCustomXmlPartCollection | undefined; taken: { store: ReportStore; ids: Set<string> } }> {
    const { controls, parts, store } = await this.controlsAndStore(ctx);
    return { parts, taken: { store, ids: this.taken(controls, store) } };
  }

  async insertFigure(spec: FigureSpec, text: string, at: InsertTarget): Promise<BoundFigure> {
    return this.o.run(async (ctx) => {
      const { parts, taken } = await this.beforeInsert(ctx);
      let store = taken.store;
      const id = newFigureId(taken.ids);
      const range = this.targetRange(ctx, at).insertText(text, 'Replace');
      const cc = range.insertContentControl();
      cc.tag = figureTag(id, spec);
      cc.title = FIGURE_TITLE;
      cc.load('id,tag,text');
      store = withFigure(store, id, spec, text);
      const pending = this.writeStore(ctx, parts, store);
      await ctx.sync();
      await pending;
      const f = resolveFigure(String(cc.id), cc.tag, cc.text, store);
      if (!f) throw new Error('inserted figure has no figure tag');
      return { ...f, story: 'body' };
    });
  }

  async insertFootnote(content: readonly FootnotePiece[], at: InsertTarget): Promise<void> {
    if (!this.footnotesApi) throw new Error('Phiên bản Word này không chèn được chú thích (cần WordApi 1.5).');
    return this.o.run(async (ctx) => {
      const before = await this.beforeInsert(ctx);
      const parts = before.parts;
      let store = before.taken.store;
      const taken = before.taken.ids;
      // Collapse first (#6397): desktop and web then both put the reference at this point.
      const point = this.targetRange(ctx, at).getRange('End');
      const note = point.insertFootnote('');
      for (const piece of content) {
        if (typeof piece === 'string') {
          note.body.insertText(piece, 'End');
          continue;
        }
        const r = note.body.insertText(piece.text, 'End');
        if (!this.capabilities.figuresInFootnotes) continue; // #4373: Word on the web throws here.
        const id = newFigureId(taken);
        taken.add(id);
        const cc = r.insertContentControl();
        cc.tag = figureTag(id, piece.spec);
        cc.title = FIGURE_TITLE;
        store = withFigure(store, id, piece.spec, piece.text);
      }
      const pending = this.writeStore(ctx, parts, store);
      await ctx.sync();
      await pending;
    });
  }

  /**
   * The range of a text location: Word has no character offsets, so it is the same occurrence of the
   * text within its paragraph. Null when the paragraph no longer holds that text there.
   */
  private async rangeAt(ctx: WContext, target: TextLocation): Promise<{ range: WRange | WParagraph; exact: boolean } | null> {
    const paras = await this.blockParagraphs(ctx);
    const p = paras[target.block];
    if (!p) return null;
    const text = stripNoteMarks(p.text).text;
    const wanted = text.slice(target.start, target.end);
    if (!wanted.trim()) return { range: p.getRange('Start'), exact: false };
    let nth = 0;
    for (let i = text.indexOf(wanted); i !== -1 && i < target.start; i = text.indexOf(wanted, i + 1)) nth++;
    const hits = p.search(wanted.slice(0, 255), { matchCase: true });
    hits.load('items');
    await ctx.sync();
    const hit = hits.items[Math.min(nth, hits.items.length - 1)];
    return hit ? { range: hit, exact: wanted.length <= 255 } : { range: p, exact: false };
  }

  async select(target: TextLocation | { figure: string }): Promise<void> {
    return this.o.run(async (ctx) => {
      if ('figure' in target) {
        ctx.document.body.contentControls.getByIdOrNullObject(Number(target.figure)).select();
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
      const found = await this.rangeAt(ctx, location);
      if (!found || !found.exact || !('insertContentControl' in found.range)) return false;
      found.range.insertText(replacement, 'Replace');
      await ctx.sync();
      return true;
    });
  }


  /** Body then footnote paragraphs, in block order, with their text loaded (2 syncs). */
  private async blockParagraphs(ctx: WContext): Promise<WParagraph[]> {
    const paras = ctx.document.body.paragraphs;
    paras.load('items/text');
    let notes: WNoteItemCollection | undefined;
    if (this.footnotesApi) {
      notes = ctx.document.body.footnotes;
      notes.load('items');
    }
    await ctx.sync();
    const noteParas = (notes?.items ?? []).map((n) => {
      const ps = n.body.paragraphs;
      ps.load('items/text');
      return ps;
    });
    await ctx.sync();
    return [...paras.items, ...noteParas.flatMap((ps) => ps.items)];
  }

  // ---- binding, batch edits and the signing record: src/word/bind.ts ---------------------------

  private get side(): WordSide {
    const store = { queue: (ctx: WContext) => this.queueStore(ctx), read: (xml: WClientResult<string> | undefined) => this.storeFrom(xml), write: (ctx: WContext, parts: WCustomXmlPartCollection | undefined, st: ReportStore) => this.writeStore(ctx, parts, st) };
    return { run: this.o.run, footnotes: this.footnotesApi, figuresInFootnotes: this.capabilities.figuresInFootnotes, store };
  }
  bindFigures = (bindings: readonly FigureBinding[]): Promise<BindResult> => bindInWord(this.side, bindings);
  boundSpans = (): Promise<TextLocation[]> => boundSpansInWord(this.side);
  replaceTexts = (edits: readonly TextEdit[]): Promise<boolean[]> => replaceTextsInWord(this.side, edits);
  getSigningRecord = (): Promise<SigningRecord | null> => signingRecordInWord(this.side);
  setSigningRecord = (record: SigningRecord | null): Promise<void> => setSigningRecordInWord(this.side, record);

  async getReportSettings(): Promise<ReportSettings> {
    const store = await this.o.run(async (ctx) => {
      const read = this.queueStore(ctx);
      await ctx.sync();
      const { xml } = read();
      await ctx.sync();
      return this.storeFrom(xml);
    });
    const out: ReportSettings = {};
    if (store.period) out.period = store.period;
    if (store.sourceUrl) out.sourceUrl = store.sourceUrl;
    return out;
  }

  async setReportSettings(settings: ReportSettings): Promise<void> {
    return this.o.run(async (ctx) => {
      const read = this.queueStore(ctx);
      await ctx.sync();
      const { parts, xml } = read();
      await ctx.sync();
      const store = { ...this.storeFrom(xml) };
      if (settings.period !== undefined) store.period = settings.period;
      if (settings.sourceUrl !== undefined) store.sourceUrl = settings.sourceUrl;
      const pending = this.writeStore(ctx, parts, store);
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
