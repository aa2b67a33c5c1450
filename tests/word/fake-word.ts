/**
 * A fake of the Office.js Word API subset in src/word/api.ts, backed by the .docx model, so that the
 * Word adapter and the .docx adapter run on the same documents. Like Office.js: objects are proxies,
 * `load` and every operation are queued and run at `sync`, reading a property that was not loaded
 * throws PropertyNotLoaded, and syncs are counted. Like Word: Body.contentControls lists rich-text
 * controls only (office-js quirk), and footnotes are listed in reference order.
 */
import { STORE_NAMESPACE } from '../../src/core/figures/store';
import { controlKey, DocxDocument } from '../../src/docx/adapter';
import type { DocxControl } from '../../src/docx/model';
import { storeJsonFromXml, writeStore } from '../../src/docx/store';
import { parseStore } from '../../src/core/figures/store';
import { firstW } from '../../src/docx/xml';
import type * as W from '../../src/word/api';
import type { TextLocation } from '../../src/core/document/text';
import type { InsertTarget } from '../../src/core/document/port';

export class PropertyNotLoaded extends Error {
  readonly code = 'PropertyNotLoaded';
  constructor(what: string) {
    super(`The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
}

type Op = () => void;

class Proxy {
  protected readonly values = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected read<T>(name: string): T {
    if (!this.values.has(name)) throw new PropertyNotLoaded(`${this.constructor.name}.${name}`);
    return this.values.get(name) as T;
  }
  protected queue(op: Op): void {
    this.ctx.ops.push(op);
  }
}

function props(spec: string | undefined): { own: string[]; items: string[]; hasItems: boolean } {
  const list = (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const items = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
  return { own: list.filter((p) => !p.startsWith('items')), items, hasItems: list.some((p) => p === 'items' || p.startsWith('items/')) };
}

function isRichText(c: DocxControl): boolean {
  const pr = firstW(c.element, 'sdtPr');
  return !pr || !['text', 'date', 'comboBox', 'dropDownList', 'picture', 'checkbox'].some((t) => firstW(pr, t));
}

class FakeContentControl extends Proxy implements W.WContentControl {
  constructor(ctx: FakeContext, private readonly cid: string) {
    super(ctx);
  }
  private control(): DocxControl | undefined {
    return this.ctx.controlById(this.cid);
  }
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(_v: string) {
    throw new Error('fake: setting a tag is not supported');
  }
  get title(): string {
    return this.read('title');
  }
  set title(_v: string) {
    throw new Error('fake: setting a title is not supported');
  }
  get text(): string {
    return this.read('text');
  }
  fill(names: string[]): void {
    this.ctx.flush();
    const c = this.control();
    if (!c) throw new Error('ItemNotFound');
    const all: Record<string, unknown> = { id: Number(c.id), tag: c.tag, title: c.alias, text: c.text };
    for (const n of names) this.values.set(n, all[n]);
  }
  load(spec?: string): this {
    const { own } = props(spec);
    this.queue(() => this.fill(own));
    return this;
  }
  insertText(text: string, loc: W.InsertLocation): W.WRange {
    if (loc !== 'Replace') throw new Error('fake: only Replace is supported on a content control');
    this.queue(() => {
      const c = this.control();
      if (c) this.ctx.pendingTexts.set(controlKey(c), text);
    });
    return new FakeRange(this.ctx);
  }
  getRange(loc?: W.RangeLocation): W.WRange {
    return new FakeRange(this.ctx, loc === 'After' || loc === 'End' ? { kind: 'after', cid: this.cid } : { kind: 'before', cid: this.cid });
  }
  select(): void {
    this.queue(() => {
      this.ctx.selected = `cc:${this.cid}`;
    });
  }
}

/** Where a range is, for the insertions the fake supports. */
type Anchor =
  | { kind: 'selection'; edge?: 'Start' | 'End' }
  | { kind: 'after'; cid: string }
  | { kind: 'before'; cid: string }
  | { kind: 'span'; location: TextLocation }
  | { kind: 'none' };

/** Text inserted in this batch: the control around it (if any) is applied with it, at sync. */
interface Pending {
  text: string;
  tag?: string;
  title?: string;
  control: boolean;
  wid?: string | null;
}

/** A content control created in this batch: tag and title are queued like any property set. */
class FakeNewControl extends Proxy implements W.WContentControl {
  constructor(
    ctx: FakeContext,
    private readonly pending: Pending,
    private readonly onFootnote = false,
  ) {
    super(ctx);
  }
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(v: string) {
    this.pending.tag = v;
  }
  get title(): string {
    return this.read('title');
  }
  set title(v: string) {
    this.pending.title = v;
  }
  get text(): string {
    return this.read('text');
  }
  load(): this {
    this.queue(() => {
      if (this.onFootnote) return;
      const c = this.pending.wid ? this.ctx.controlById(this.pending.wid) : undefined;
      if (!c) throw new Error('ItemNotFound: the new content control');
      this.values.set('id', Number(c.id));
      this.values.set('tag', c.tag);
      this.values.set('title', c.alias);
      this.values.set('text', c.text);
    });
    return this;
  }
  insertText(): W.WRange {
    throw new Error('fake: not supported on a new control');
  }
  getRange(): W.WRange {
    return new FakeRange(this.ctx);
  }
  select(): void {
    this.queue(() => undefined);
  }
}

class FakeRange extends Proxy implements W.WRange {
  constructor(
    ctx: FakeContext,
    readonly anchor: Anchor = { kind: 'none' },
  ) {
    super(ctx);
  }
  get text(): string {
    return this.read('text');
  }
  load(): this {
    return this;
  }
  select(): void {
    this.queue(() => {
      this.ctx.selected = this.anchor.kind === 'span' ? `p:${this.anchor.location.block}@${this.anchor.location.start}+${this.anchor.location.end - this.anchor.location.start}` : 'range';
    });
  }
  /** The document position of this range for the .docx model, resolved at sync time. */
  target(): InsertTarget {
    const a = this.anchor;
    if (a.kind === 'selection') {
      const sel = this.ctx.selection;
      if (!sel) throw new Error('fake: no selection set');
      const at = a.edge === 'End' ? sel.end : sel.start;
      return { location: { ...sel, start: at, end: at } };
    }
    if (a.kind === 'after' || a.kind === 'before') {
      const c = this.ctx.controlById(a.cid);
      if (!c) throw new Error('ItemNotFound');
      return { afterFigure: controlKey(c) };
    }
    if (a.kind === 'span') return { location: { ...a.location, start: a.location.end, end: a.location.end } };
    throw new Error('fake: this range cannot take an insertion');
  }
  insertText(text: string, loc: W.InsertLocation): W.WRange {
    const a = this.anchor;
    if (a.kind === 'span' && loc === 'Replace') {
      this.queue(() => {
        const block = this.ctx.doc.model.blocks[a.location.block];
        const ok = this.ctx.doc.replaceText(a.location, block.text.slice(a.location.start, a.location.end), text);
        void ok;
      });
      return new FakeRange(this.ctx);
    }
    const pending: Pending = { text, control: false };
    this.queue(() => {
      const sel = this.ctx.selection;
      // Replace on a selection that holds text removes that text first, as Word does.
      if (a.kind === 'selection' && loc === 'Replace' && sel && sel.end > sel.start) {
        const block = this.ctx.doc.model.blocks[sel.block];
        this.ctx.doc.replaceText(sel, block.text.slice(sel.start, sel.end), '');
        this.ctx.selection = { ...sel, end: sel.start };
      }
      pending.wid = this.ctx.doc.insertControl(this.target(), text, pending.control ? (pending.tag ?? '') : null);
    });
    return new FakeInsertedRange(this.ctx, pending);
  }
  insertContentControl(): W.WContentControl {
    throw new Error('fake: wrap inserted text only');
  }
  insertFootnote(text?: string): W.WNoteItem {
    if (!this.ctx.api15) throw new Error('ApiNotFound: insertFootnote needs WordApi 1.5');
    const note = new FakeNote(this.ctx, text ?? '');
    this.queue(() => this.ctx.doc.insertFootnoteControls(this.target(), note.pieces));
    return note;
  }
  getRange(loc?: W.RangeLocation): W.WRange {
    if (this.anchor.kind === 'selection' && (loc === 'End' || loc === 'Start')) return new FakeRange(this.ctx, { kind: 'selection', edge: loc });
    if (this.anchor.kind === 'span' && (loc === 'End' || loc === 'After')) return new FakeRange(this.ctx, this.anchor);
    return this;
  }
}

class FakeInsertedRange extends FakeRange {
  constructor(
    ctx: FakeContext,
    private readonly pending: Pending,
  ) {
    super(ctx);
  }
  override insertContentControl(): W.WContentControl {
    this.pending.control = true;
    return new FakeNewControl(this.ctx, this.pending);
  }
}

/** A footnote made in this batch: its body collects text and controls, written at sync. */
class FakeNote implements W.WNoteItem {
  readonly pieces: Array<{ text: string; tag?: string }> = [];
  readonly body: W.WBody;
  constructor(ctx: FakeContext, first: string) {
    if (first) this.pieces.push({ text: first });
    const pieces = this.pieces;
    this.body = {
      paragraphs: undefined as unknown as W.WParagraphCollection,
      contentControls: undefined as unknown as W.WContentControlCollection,
      load: () => undefined,
      insertText(text: string): W.WRange {
        const piece: { text: string; tag?: string } = { text };
        pieces.push(piece);
        const r = new FakeRange(ctx);
        r.insertContentControl = (): W.WContentControl => {
          // office-js #4373: Word on the web throws here.
          if (ctx.platform === 'OfficeOnline') throw new Error('GeneralException: content controls cannot be inserted in a footnote on Word on the web');
          const pending: Pending = { text, control: true };
          const cc = new FakeNewControl(ctx, pending, true);
          Object.defineProperty(cc, 'tag', { set: (v: string) => (piece.tag = v), get: () => piece.tag ?? '' });
          return cc;
        };
        return r;
      },
    };
  }
  load(): unknown {
    return this;
  }
}

class FakeCollection<T> extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly list: () => T[],
    private readonly fill: (item: T, names: string[]) => void,
  ) {
    super(ctx);
  }
  get items(): T[] {
    return this.read('items');
  }
  load(spec?: string): this {
    const p = props(spec);
    this.queue(() => {
      const items = this.list();
      if (p.hasItems) for (const it of items) this.fill(it, p.items);
      this.values.set('items', items);
    });
    return this;
  }
}

class FakeControls extends FakeCollection<FakeContentControl> implements W.WContentControlCollection {
  constructor(ctx: FakeContext, scope: (c: DocxControl) => boolean) {
    super(
      ctx,
      () => ctx.doc.model.controls.filter((c) => scope(c) && isRichText(c) && c.id !== undefined).map((c) => new FakeContentControl(ctx, c.id ?? '')),
      (cc, names) => cc.fill(names),
    );
  }
  getByIdOrNullObject(id: number): W.WContentControl {
    return new FakeContentControl(this.ctx, String(id));
  }
}

class FakeCell extends Proxy implements W.WTableCell {
  constructor(ctx: FakeContext, private readonly block: number) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }
  load(): this {
    this.queue(() => {
      const t = this.ctx.doc.model.blocks[this.block]?.table;
      this.values.set('isNullObject', !t);
      this.values.set('rowIndex', t?.row ?? 0);
      this.values.set('cellIndex', t?.cell ?? 0);
    });
    return this;
  }
}

/**
 * A paragraph's text as Word gives it: U+0002 where a footnote reference sits, and at the start of
 * each footnote's text, for its own mark (office-js #2749, #4997; #6942 for NoteItem.body.text).
 */
function wordText(model: FakeModel, block: number): string {
  const b = model.blocks[block];
  if (b.story === 'footnote') {
    const first = model.blocks.find((x) => x.story === 'footnote' && x.footnoteId === b.footnoteId);
    return first?.index === block ? `\u0002${b.text}` : b.text;
  }
  const offsets = model.footnoteRefs.filter((r) => r.block === block).map((r) => r.offset).sort((x, y) => y - x);
  let t = b.text;
  for (const o of offsets) t = `${t.slice(0, o)}\u0002${t.slice(o)}`;
  return t;
}
type FakeModel = FakeContext['doc']['model'];

class FakeParagraph extends Proxy implements W.WParagraph {
  constructor(ctx: FakeContext, private readonly block: number) {
    super(ctx);
  }
  get text(): string {
    return this.read('text');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  get parentTableCellOrNullObject(): W.WTableCell {
    return new FakeCell(this.ctx, this.block);
  }
  fill(names: string[]): void {
    this.ctx.flush();
    const b = this.ctx.doc.model.blocks[this.block];
    const all: Record<string, unknown> = { text: wordText(this.ctx.doc.model, this.block), tableNestingLevel: b.table ? 1 : 0, styleBuiltIn: b.headingLevel ? `Heading${b.headingLevel}` : 'Normal' };
    for (const n of names) this.values.set(n, all[n]);
  }
  load(spec?: string): this {
    const { own } = props(spec);
    this.queue(() => this.fill(own));
    return this;
  }
  select(): void {
    this.queue(() => {
      this.ctx.selected = `p:${this.block}`;
    });
  }
  getRange(): W.WRange {
    return new FakeRange(this.ctx);
  }
  search(text: string): W.WRangeCollection {
    const hits = new FakeCollection<FakeRange>(
      this.ctx,
      () => {
        const t = this.ctx.doc.model.blocks[this.block].text;
        const out: FakeRange[] = [];
        for (let i = t.indexOf(text); i !== -1; i = t.indexOf(text, i + 1)) {
          const b = this.ctx.doc.model.blocks[this.block];
          out.push(new FakeRange(this.ctx, { kind: 'span', location: { story: b.story, block: this.block, start: i, end: i + text.length } }));
        }
        return out;
      },
      () => undefined,
    );
    return hits as unknown as W.WRangeCollection;
  }
}

class FakeBody extends Proxy implements W.WDocumentBody {
  readonly paragraphs: W.WParagraphCollection;
  readonly contentControls: W.WContentControlCollection;
  constructor(ctx: FakeContext, private readonly footnoteId?: string) {
    super(ctx);
    const inScope = (story: string, fid: string | undefined): boolean => (footnoteId === undefined ? story !== 'footnote' : story === 'footnote' && fid === footnoteId);
    this.paragraphs = new FakeCollection<FakeParagraph>(
      ctx,
      () => ctx.doc.model.blocks.filter((b) => inScope(b.story, b.footnoteId)).map((b) => new FakeParagraph(ctx, b.index)),
      (p, names) => p.fill(names),
    ) as unknown as W.WParagraphCollection;
    this.contentControls = new FakeControls(ctx, (c) => inScope(c.story, c.footnoteId));
  }
  get footnotes(): W.WNoteItemCollection {
    if (!this.ctx.api15) throw new Error('ApiNotFound: body.footnotes needs WordApi 1.5');
    return new FakeCollection<W.WNoteItem>(
      this.ctx,
      () => [...new Set(this.ctx.doc.model.blocks.filter((b) => b.story === 'footnote').map((b) => b.footnoteId ?? ''))].map((id) => ({ body: new FakeBody(this.ctx, id), load: () => undefined })),
      () => undefined,
    ) as unknown as W.WNoteItemCollection;
  }
  load(): this {
    return this;
  }
  insertText(): W.WRange {
    throw new Error('fake: inserting text is not supported');
  }
}

class FakeXmlPart extends Proxy implements W.WCustomXmlPart {
  constructor(ctx: FakeContext, private readonly name: string) {
    super(ctx);
  }
  load(): this {
    return this;
  }
  getXml(): W.WClientResult<string> {
    const result = { set: false, v: '' };
    this.queue(() => {
      result.v = this.ctx.doc.pkg.part(this.name) ?? '';
      result.set = true;
    });
    return {
      get value(): string {
        if (!result.set) throw new PropertyNotLoaded('ClientResult.value');
        return result.v;
      },
    };
  }
  setXml(xml: string): void {
    this.queue(() => this.ctx.doc.pkg.setPart(this.name, xml));
  }
}

export class FakeContext implements W.WContext {
  readonly ops: Op[] = [];
  syncs = 0;
  selected?: string;
  readonly document: W.WDocument;
  selection?: TextLocation;
  constructor(
    readonly doc: DocxDocument,
    readonly api15: boolean,
    readonly platform = 'PC',
  ) {
    const ctx = this;
    this.document = {
      body: new FakeBody(this),
      customXmlParts: {
        add(xml: string): W.WCustomXmlPart {
          ctx.ops.push(() => writeStore(ctx.doc.pkg, parseStore(storeJsonFromXml(xml)).store));
          return new FakeXmlPart(ctx, '');
        },
        getByNamespace(ns: string): W.WCustomXmlPartCollection {
          return new FakeCollection<FakeXmlPart>(
            ctx,
            () =>
              ctx.doc.pkg
                .partNames()
                .filter((n) => /^customXml\/item\d+\.xml$/.test(n) && ns === STORE_NAMESPACE && storeJsonFromXml(ctx.doc.pkg.part(n) ?? '') !== undefined)
                .map((n) => new FakeXmlPart(ctx, n)),
            () => undefined,
          ) as unknown as W.WCustomXmlPartCollection;
        },
      },
      getSelection: () => new FakeRange(this, { kind: 'selection' }),
    };
  }
  /** Text replacements of this sync, applied together (re-parsing the package once, not per control). */
  readonly pendingTexts = new Map<string, string>();
  private index?: { model: unknown; byId: Map<string, DocxControl> };

  flush(): void {
    if (!this.pendingTexts.size) return;
    this.doc.setControlTexts(new Map(this.pendingTexts));
    this.pendingTexts.clear();
  }

  controlById(id: string): DocxControl | undefined {
    const model = this.doc.model;
    if (this.index?.model !== model) this.index = { model, byId: new Map(model.controls.map((c) => [c.id ?? '', c])) };
    return this.index.byId.get(id);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops.splice(0);
    for (const op of ops) op();
    this.flush();
  }
}

/** A fake Word over a .docx: `run` is Word.run; `syncs` counts every context.sync(). */
export class FakeWord {
  syncs = 0;
  lastContext?: FakeContext;
  /** The user's selection in the document, as Word keeps it between batches. */
  selection?: TextLocation;
  private constructor(
    readonly doc: DocxDocument,
    readonly api15: boolean,
    readonly platform: string,
  ) {}
  static async open(bytes: Uint8Array, opts: { api15?: boolean; platform?: string } = {}): Promise<FakeWord> {
    return new FakeWord(await DocxDocument.open(bytes), opts.api15 ?? true, opts.platform ?? 'PC');
  }
  setSelection(at: TextLocation): void {
    this.selection = at;
  }
  readonly run: W.WordRun = async (batch) => {
    const ctx = new FakeContext(this.doc, this.api15, this.platform);
    ctx.selection = this.selection;
    this.lastContext = ctx;
    try {
      return await batch(ctx);
    } finally {
      this.syncs += ctx.syncs;
    }
  };
}
