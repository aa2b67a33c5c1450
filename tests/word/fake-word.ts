/**
 * A fake of the Office.js Word API subset in src/word/api.ts, backed by the .docx model, so that the
 * Word adapter and the .docx adapter run on the same documents. It is meant to be at least as strict
 * as real Word; every behaviour below names its source (typings line, docs page or office-js issue).
 *
 * Office.js (docs: OfficeExtension.ClientObject, "An abstract proxy object … add commands to a queue
 * … then synchronize … by calling context.sync()"):
 * - objects are proxies; `load` and every operation are queued and run at `sync`, in order;
 * - reading a property that was not loaded throws PropertyNotLoaded (word-win32-16.01.debug.js:15834);
 * - syncs are counted (each is a round trip);
 * - members above the host's WordApi version throw ApiNotFound (fake-api.ts);
 * - `*OrNullObject` returns a null object whose `isNullObject` must be read after a sync
 *   (index.d.ts:100502; docs OfficeExtension.ClientObject.isNullObject). Word returns undefined for
 *   the other properties of a null object (word-win32-16.01.debug.js:15835); the fake throws, and
 *   it fails the batch when a method is called on one (stricter: not documented either way);
 * - a batch is not a transaction: when an operation fails, those queued before it stay applied and
 *   the rest are not run (docs OfficeExtension.Error.traceMessages example: the second batch "inserts
 *   the third and fourth paragraphs but fails … to insert the fifth"). `failSync` injects that.
 *
 * Word:
 * - Body.contentControls lists the rich-text controls of that body only (index.d.ts:96428 "the
 *   collection of rich text content control objects in the body"): the main body does not list
 *   footnote controls, and its getByIdOrNullObject gives a null object for them;
 * - footnotes are listed in reference order; a footnote whose reference mark was deleted is gone
 *   (#2749: Replace over the mark erases the footnote);
 * - text with U+0002 marks and with tracked deletions (fake-text.ts: #2749, #4997, #6942, #1267);
 * - search (fake-search.ts: special characters, 255 characters, SearchDialogIsOpen, no overlaps);
 * - Paragraph.contentControls (index.d.ts:107294) lists the controls inside the paragraph, rich text
 *   only like Body.contentControls (assumed: the typings do not say); Range.insertContentControl on a
 *   span search found wraps its text, leaving it as it was (index.d.ts:109158);
 * - Word on the web throws GeneralException when a content control is inserted in a footnote (#4373,
 *   #3355), whether through NoteItem.body or through a selection inside a footnote;
 * - Word for Mac puts a footnote inserted at the end of a content control inside that control
 *   (#6397: "Word desktop (Mac): The inserted footnote is placed inside the content control"), and
 *   a later insertText(…, 'Replace') on the control deletes it (#2749). The fake does the same for a
 *   footnote inserted at the point just after the control (the same character position);
 * - CustomXmlPart.setXml with an XML declaration leaves the part unchanged, silently (#1643:
 *   "This works if you alter exampleContent2 from <?xml version="1.0" standalone="no"?>…");
 * - with Track Changes on, Replace keeps the old text as a deletion and adds the new as an insertion.
 */
import type { Element } from '@xmldom/xmldom';
import type { InsertTarget, TextEdit } from '../../src/core/document/port';
import type { TextLocation } from '../../src/core/document/text';
import { parseStore, STORE_NAMESPACE } from '../../src/core/figures/store';
import { controlKey, DocxDocument } from '../../src/docx/adapter';
import type { Splice } from '../../src/docx/edit';
import type { DocxControl } from '../../src/docx/model';
import { SETTINGS_KEY, storeJsonFromXml, writeStore } from '../../src/docx/store';
import { escapeXmlAttr, escapeXmlText, firstW } from '../../src/docx/xml';
import type * as W from '../../src/word/api';
import { NotModelled, requireMember, supports, WordError, type WordErrorCode } from './fake-api';
import { wordSearch } from './fake-search';
import { hasRevisions, type TextVersion, wordTextOf } from './fake-text';

export { WordError } from './fake-api';

export class PropertyNotLoaded extends WordError {
  constructor(what: string) {
    super('PropertyNotLoaded', `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
}

type Op = () => void;

class Proxy {
  protected readonly values = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContext,
    /** The Office.js class name, for requirement sets ("Paragraph", "ContentControl"…). */
    protected readonly kind: string,
  ) {}
  protected need(member: string): void {
    requireMember(this.ctx.word.wordApi, `${this.kind}.${member}`);
  }
  protected read<T>(name: string): T {
    this.need(name);
    if (!this.values.has(name)) throw new PropertyNotLoaded(`${this.kind}.${name}`);
    return this.values.get(name) as T;
  }
  protected queue(op: Op): void {
    this.ctx.ops.push(op);
  }
  /** The own property names of a load spec, each checked against the host's requirement sets. */
  protected loadNames(spec: string | undefined): string[] {
    const names = props(spec).own;
    for (const n of names) if (n !== 'isNullObject') this.need(n);
    return names;
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

function contentOf(c: DocxControl): Element | undefined {
  return firstW(c.element, 'sdtContent');
}

/** Which controls a collection sees: the main body (body and tables), one footnote, or one paragraph. */
type Scope = { story: 'main' } | { story: 'note'; id: string } | { story: 'paragraph'; block: number } | { story: 'any' };

function inScope(scope: Scope, at: { story: string; footnoteId?: string; level?: 'inline' | 'block'; block?: number }): boolean {
  if (scope.story === 'any') return true;
  if (scope.story === 'main') return at.story !== 'footnote';
  // Paragraph.contentControls: the controls inside the paragraph, not one that holds it
  if (scope.story === 'paragraph') return at.level === 'inline' && at.block === scope.block;
  return at.story === 'footnote' && at.footnoteId === scope.id;
}

class FakeClientResult<T> implements W.WClientResult<T> {
  private set = false;
  private v?: T;
  resolve(v: T): void {
    this.v = v;
    this.set = true;
  }
  get value(): T {
    if (!this.set) throw new PropertyNotLoaded('ClientResult.value');
    return this.v as T;
  }
}

class FakeContentControl extends Proxy implements W.WContentControl {
  constructor(
    ctx: FakeContext,
    private readonly cid: string,
    private readonly scope: Scope,
    /** 'null': getByIdOrNullObject; 'throw': getById (ItemNotFound, index.d.ts:100490); 'listed': from a collection. */
    private readonly missing: 'null' | 'throw' | 'listed',
  ) {
    super(ctx, 'ContentControl');
  }
  /** The control, or undefined for a null object; ItemNotFound for getById. */
  private control(): DocxControl | undefined {
    const c = this.ctx.controlById(this.cid);
    const found = c && inScope(this.scope, c) ? c : undefined;
    if (!found && this.missing === 'throw') throw new WordError('ItemNotFound', `no content control ${this.cid} in this collection`);
    if (!found && this.missing === 'listed') throw new WordError('ItemNotFound', `content control ${this.cid} was deleted`);
    return found;
  }
  /** A method called on a null object fails the batch (fake strictness, see the header). */
  private live(what: string): DocxControl {
    const c = this.control();
    if (!c) throw new WordError('GeneralException', `fake Word: ContentControl.${what} on a null object (check isNullObject first)`);
    return c;
  }
  get isNullObject(): boolean {
    if (!this.values.has('isNullObject')) throw new PropertyNotLoaded('ContentControl.isNullObject');
    return this.values.get('isNullObject') as boolean;
  }
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(_v: string) {
    throw new NotModelled('setting the tag of an existing control');
  }
  get title(): string {
    return this.read('title');
  }
  set title(_v: string) {
    throw new NotModelled('setting the title of an existing control');
  }
  get text(): string {
    return this.read('text');
  }
  fill(names: string[]): void {
    this.ctx.flush();
    const c = this.control();
    this.values.set('isNullObject', !c);
    if (!c) {
      for (const n of names) if (n !== 'isNullObject') this.values.delete(n);
      return;
    }
    const content = contentOf(c);
    const all: Record<string, unknown> = { id: Number(c.id), tag: c.tag, title: c.alias, text: content ? wordTextOf(content, 'raw') : '' };
    for (const n of names) if (n !== 'isNullObject') this.values.set(n, all[n]);
  }
  load(spec?: string): this {
    const names = this.loadNames(spec);
    this.queue(() => this.fill(names));
    return this;
  }
  insertText(text: string, loc: W.InsertLocation): W.WRange {
    this.need('insertText');
    if (loc !== 'Replace') throw new NotModelled(`ContentControl.insertText at ${loc}`);
    this.queue(() => {
      const c = this.live('insertText');
      if (this.ctx.word.trackChanges) this.ctx.trackedReplace(c, text);
      else this.ctx.pendingTexts.set(controlKey(c), text);
    });
    return new FakeRange(this.ctx);
  }
  getRange(loc?: W.RangeLocation): W.WRange {
    this.need('getRange');
    return new FakeRange(this.ctx, { kind: 'control', cid: this.cid, edge: loc === 'After' || loc === 'End' ? 'after' : 'before', check: () => this.live('getRange') });
  }
  search(text: string, options?: { matchCase?: boolean }): W.WRangeCollection {
    this.need('search');
    return new FakeCollection<FakeRange>(this.ctx, 'Range', () => {
      const c = this.live('search');
      const content = contentOf(c);
      const raw = content ? wordTextOf(content, 'raw') : '';
      const hits = wordSearch(raw, text, options, this.ctx.word.searchDialogOpen);
      if (content && hasRevisions(content)) return hits.map(() => new FakeRange(this.ctx, { kind: 'unmapped' }));
      // An inline control's text sits at [start, end) of its block's clean text; marks take no room there.
      const clean = (i: number): number => c.start + raw.slice(0, i).replace(/\u0002/g, '').length;
      return hits.map(([s, e]) => new FakeRange(this.ctx, { kind: 'span', location: { story: this.ctx.doc.model.blocks[c.block].story, block: c.block, start: clean(s), end: clean(e) } }));
    }) as unknown as W.WRangeCollection;
  }
  getReviewedText(version: 'Original' | 'Current' = 'Current'): W.WClientResult<string> {
    this.need('getReviewedText');
    const out = new FakeClientResult<string>();
    this.queue(() => {
      this.ctx.flush();
      const content = contentOf(this.live('getReviewedText'));
      out.resolve(content ? wordTextOf(content, version) : '');
    });
    return out;
  }
  select(): void {
    this.need('select');
    this.queue(() => {
      this.live('select');
      this.ctx.word.selected = `cc:${this.cid}`;
    });
  }
}

/** Where a range is, for the operations the fake supports. */
type Anchor =
  | { kind: 'selection'; edge?: 'Start' | 'End' }
  | { kind: 'control'; cid: string; edge: 'after' | 'before'; check: () => unknown }
  | { kind: 'span'; location: TextLocation }
  /** A search hit in text with tracked changes: selectable, not editable by the fake. */
  | { kind: 'unmapped' }
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
    super(ctx, 'ContentControl');
  }
  get isNullObject(): boolean {
    return false;
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
  load(spec?: string): this {
    this.loadNames(spec);
    this.queue(() => {
      if (this.onFootnote) return;
      // Read once the sync's edits are made: a flush per loaded control would remake the document as
      // often (the values are the client's only after the sync anyway).
      this.ctx.afterSync.push(() => {
        const c = this.pending.wid ? this.ctx.controlById(this.pending.wid) : undefined;
        if (!c) throw new WordError('ItemNotFound', 'the new content control');
        this.values.set('id', Number(c.id));
        this.values.set('tag', c.tag);
        this.values.set('title', c.alias);
        this.values.set('text', c.text);
      });
    });
    return this;
  }
  insertText(): W.WRange {
    throw new NotModelled('insertText on a new control');
  }
  getRange(): W.WRange {
    throw new NotModelled('getRange on a new control');
  }
  search(): W.WRangeCollection {
    throw new NotModelled('search on a new control');
  }
  getReviewedText(): W.WClientResult<string> {
    throw new NotModelled('getReviewedText on a new control');
  }
  select(): void {
    this.need('select');
    this.queue(() => undefined);
  }
}

class FakeRange extends Proxy implements W.WRange {
  constructor(
    ctx: FakeContext,
    readonly anchor: Anchor = { kind: 'none' },
  ) {
    super(ctx, 'Range');
  }
  get text(): string {
    return this.read('text');
  }
  load(spec?: string): this {
    this.loadNames(spec);
    return this;
  }
  get parentBody(): W.WBody {
    this.need('parentBody');
    return new FakeBody(this.ctx, () => {
      const a = this.anchor;
      if (a.kind === 'selection') return this.ctx.selection?.story === 'footnote' ? 'Footnote' : 'MainDoc';
      if (a.kind === 'span') return a.location.story === 'footnote' ? 'Footnote' : 'MainDoc';
      return 'MainDoc';
    });
  }
  select(): void {
    this.need('select');
    this.queue(() => {
      const a = this.anchor;
      if (a.kind === 'control') a.check();
      this.ctx.word.selected = a.kind === 'span' ? `p:${a.location.block}@${a.location.start}+${a.location.end - a.location.start}` : 'range';
    });
  }
  /** The document position of this range for the .docx model, resolved at sync time. */
  target(): InsertTarget {
    const a = this.anchor;
    if (a.kind === 'selection') {
      const sel = this.ctx.selection;
      if (!sel) throw new NotModelled('inserting without a selection');
      const at = a.edge === 'End' ? sel.end : sel.start;
      return { location: { ...sel, start: at, end: at } };
    }
    if (a.kind === 'control') {
      a.check();
      const c = this.ctx.controlById(a.cid);
      if (!c) throw new WordError('ItemNotFound', 'the content control is gone');
      if (a.edge === 'before') throw new NotModelled('inserting before a control');
      return { afterFigure: controlKey(c) };
    }
    if (a.kind === 'span') return { location: { ...a.location, start: a.location.end, end: a.location.end } };
    throw new NotModelled('inserting at this range');
  }
  /** A footnote or a control in the selection's story: where Word on the web refuses content controls (#4373). */
  private inFootnote(): boolean {
    const a = this.anchor;
    return (a.kind === 'selection' && this.ctx.selection?.story === 'footnote') || (a.kind === 'span' && a.location.story === 'footnote');
  }
  insertText(text: string, loc: W.InsertLocation): W.WRange {
    this.need('insertText');
    const a = this.anchor;
    if (a.kind === 'unmapped') throw new NotModelled('editing a paragraph with tracked changes');
    if (a.kind === 'span' && loc === 'Replace') {
      this.queue(() => {
        if (this.ctx.word.trackChanges) throw new NotModelled('a tracked replacement of plain text');
        // Made with the sync's other replacements, all on the document as the batch found it (see FakeContext.flush).
        const block = this.ctx.doc.model.blocks[a.location.block];
        this.ctx.pendingReplacements.push({ location: a.location, expected: block.text.slice(a.location.start, a.location.end), replacement: text });
      });
      return new FakeRange(this.ctx);
    }
    const pending: Pending = { text, control: false };
    const inFootnote = this.inFootnote();
    this.queue(() => {
      this.ctx.flush();
      const sel = this.ctx.selection;
      // Replace on a selection that holds text removes that text first, as Word does.
      if (a.kind === 'selection' && loc === 'Replace' && sel && sel.end > sel.start) {
        const block = this.ctx.doc.model.blocks[sel.block];
        this.ctx.doc.replaceTextNow(sel, block.text.slice(sel.start, sel.end), '');
        this.ctx.selection = { ...sel, end: sel.start };
      }
      if (pending.control && inFootnote && this.ctx.word.platform === 'OfficeOnline') {
        throw new WordError('GeneralException', 'Sorry, something went wrong (a content control in a footnote on Word on the web, office-js #4373).');
      }
      pending.wid = this.ctx.doc.insertControl(this.target(), text, pending.control ? (pending.tag ?? '') : null);
    });
    return new FakeInsertedRange(this.ctx, pending);
  }
  /**
   * Wraps a found span of existing text (index.d.ts:109158 "Wraps the Range object with a content
   * control"): the text stays, a rich-text control goes around it. Made at sync with the sync's other
   * wraps (FakeContext.flush).
   */
  insertContentControl(): W.WContentControl {
    this.need('insertContentControl');
    const a = this.anchor;
    if (a.kind !== 'span') throw new NotModelled('wrapping anything but text inserted in this batch or a span search found');
    const pending: Pending = { text: '', control: true };
    const inFootnote = this.inFootnote();
    this.queue(() => {
      if (inFootnote && this.ctx.word.platform === 'OfficeOnline') {
        throw new WordError('GeneralException', 'Sorry, something went wrong (a content control in a footnote on Word on the web, office-js #4373).');
      }
      if (this.ctx.word.trackChanges) throw new NotModelled('wrapping text with Track Changes on');
      pending.text = this.ctx.doc.model.blocks[a.location.block]?.text.slice(a.location.start, a.location.end) ?? '';
      this.ctx.pendingWraps.push({ location: a.location, pending });
    });
    return new FakeNewControl(this.ctx, pending);
  }
  insertFootnote(text?: string): W.WNoteItem {
    this.need('insertFootnote');
    const note = new FakeNote(this.ctx, text ?? '');
    const a = this.anchor;
    this.queue(() => {
      const at = this.target();
      // #6397: Word for Mac puts a footnote at a control's end inside the control.
      const inside = this.ctx.word.platform === 'Mac' && a.kind === 'control' && a.edge === 'after';
      this.ctx.doc.insertFootnoteControls(at, note.pieces, inside);
    });
    return note;
  }
  getRange(loc?: W.RangeLocation): W.WRange {
    this.need('getRange');
    const a = this.anchor;
    if (a.kind === 'selection' && (loc === 'End' || loc === 'Start')) return new FakeRange(this.ctx, { kind: 'selection', edge: loc });
    if (a.kind === 'span' && (loc === 'End' || loc === 'After')) return new FakeRange(this.ctx, { kind: 'span', location: { ...a.location, start: a.location.end } });
    if (a.kind === 'span' && loc === 'Start') return new FakeRange(this.ctx, { kind: 'span', location: { ...a.location, end: a.location.start } });
    if (a.kind === 'control' && (loc === 'End' || loc === 'After')) return this;
    throw new NotModelled(`Range.getRange(${loc ?? 'Whole'}) of this range`);
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
    this.need('insertContentControl');
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
    const unsupported = (what: string) => (): never => {
      throw new NotModelled(`${what} of a footnote made in this batch`);
    };
    this.body = {
      get paragraphs(): W.WParagraphCollection {
        return unsupported('paragraphs')();
      },
      get contentControls(): W.WContentControlCollection {
        return unsupported('contentControls')();
      },
      get text(): string {
        return unsupported('text')();
      },
      get type(): string {
        return 'Footnote';
      },
      getReviewedText: unsupported('getReviewedText'),
      load: () => undefined,
      insertText(text: string): W.WRange {
        const piece: { text: string; tag?: string } = { text };
        pieces.push(piece);
        const r = new FakeRange(ctx);
        r.insertContentControl = (): W.WContentControl => {
          // office-js #4373, #3355: Word on the web throws here.
          if (ctx.word.platform === 'OfficeOnline') throw new WordError('GeneralException', 'content controls cannot be inserted in a footnote on Word on the web (office-js #4373)');
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
    /** The class of the items, for the requirement sets of their properties. */
    private readonly itemKind: string,
    private readonly list: () => T[],
    private readonly fill: (item: T, names: string[]) => void = () => undefined,
  ) {
    super(ctx, `${itemKind}Collection`);
  }
  get items(): T[] {
    if (!this.values.has('items')) throw new PropertyNotLoaded(`${this.kind}.items`);
    return this.values.get('items') as T[];
  }
  load(spec?: string): this {
    const p = props(spec);
    for (const n of p.items) requireMember(this.ctx.word.wordApi, `${this.itemKind}.${n}`);
    this.queue(() => {
      this.ctx.flush();
      const items = this.list();
      if (p.hasItems) for (const it of items) this.fill(it, p.items);
      this.values.set('items', items);
    });
    return this;
  }
}

class FakeControls extends FakeCollection<FakeContentControl> implements W.WContentControlCollection {
  constructor(
    ctx: FakeContext,
    private readonly scope: Scope,
  ) {
    super(
      ctx,
      'ContentControl',
      () => ctx.doc.model.controls.filter((c) => inScope(scope, c) && isRichText(c) && c.id !== undefined).map((c) => new FakeContentControl(ctx, c.id ?? '', scope, 'listed')),
      (cc, names) => cc.fill(names),
    );
  }
  getById(id: number): W.WContentControl {
    requireMember(this.ctx.word.wordApi, 'ContentControlCollection.getById');
    return new FakeContentControl(this.ctx, String(id), this.scope, 'throw');
  }
  getByIdOrNullObject(id: number): W.WContentControl {
    requireMember(this.ctx.word.wordApi, 'ContentControlCollection.getByIdOrNullObject');
    return new FakeContentControl(this.ctx, String(id), this.scope, 'null');
  }
}

class FakeCell extends Proxy implements W.WTableCell {
  constructor(
    ctx: FakeContext,
    private readonly block: number,
  ) {
    super(ctx, 'TableCell');
  }
  get isNullObject(): boolean {
    if (!this.values.has('isNullObject')) throw new PropertyNotLoaded('TableCell.isNullObject');
    return this.values.get('isNullObject') as boolean;
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }
  load(spec?: string): this {
    const names = this.loadNames(spec);
    this.queue(() => {
      const t = this.ctx.doc.model.blocks[this.block]?.table;
      this.values.set('isNullObject', !t);
      if (t) {
        if (names.includes('rowIndex')) this.values.set('rowIndex', t.row);
        if (names.includes('cellIndex')) this.values.set('cellIndex', t.cell);
      }
    });
    return this;
  }
}

class FakeParagraph extends Proxy implements W.WParagraph {
  constructor(
    ctx: FakeContext,
    private readonly block: number,
  ) {
    super(ctx, 'Paragraph');
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
    this.need('parentTableCellOrNullObject');
    return new FakeCell(this.ctx, this.block);
  }
  private element(): Element {
    return this.ctx.doc.model.blocks[this.block].paragraph;
  }
  fill(names: string[]): void {
    this.ctx.flush();
    const b = this.ctx.doc.model.blocks[this.block];
    const all: Record<string, unknown> = { text: wordTextOf(b.paragraph, 'raw'), tableNestingLevel: b.table ? 1 : 0, styleBuiltIn: b.headingLevel ? `Heading${b.headingLevel}` : 'Normal' };
    for (const n of names) this.values.set(n, all[n]);
  }
  load(spec?: string): this {
    const names = this.loadNames(spec);
    this.queue(() => this.fill(names));
    return this;
  }
  select(): void {
    this.need('select');
    this.queue(() => {
      this.ctx.word.selected = `p:${this.block}`;
    });
  }
  getRange(loc?: W.RangeLocation): W.WRange {
    this.need('getRange');
    const b = this.ctx.doc.model.blocks[this.block];
    const at = loc === 'End' || loc === 'After' ? b.text.length : 0;
    return new FakeRange(this.ctx, { kind: 'span', location: { story: b.story, block: this.block, start: at, end: loc === 'Whole' || loc === undefined ? b.text.length : at } });
  }
  getReviewedText(version: 'Original' | 'Current' = 'Current'): W.WClientResult<string> {
    this.need('getReviewedText');
    const out = new FakeClientResult<string>();
    this.queue(() => {
      this.ctx.flush();
      out.resolve(wordTextOf(this.element(), version as TextVersion));
    });
    return out;
  }
  /** The rich-text controls inside the paragraph (the same rich-text-only listing as Body.contentControls). */
  get contentControls(): W.WContentControlCollection {
    this.need('contentControls');
    return new FakeControls(this.ctx, { story: 'paragraph', block: this.block });
  }
  search(text: string, options?: { matchCase?: boolean }): W.WRangeCollection {
    this.need('search');
    return new FakeCollection<FakeRange>(this.ctx, 'Range', () => {
      const el = this.element();
      const raw = wordTextOf(el, 'raw');
      const hits = wordSearch(raw, text, options, this.ctx.word.searchDialogOpen);
      if (hasRevisions(el)) return hits.map(() => new FakeRange(this.ctx, { kind: 'unmapped' }));
      const b = this.ctx.doc.model.blocks[this.block];
      const clean = (i: number): number => raw.slice(0, i).replace(/\u0002/g, '').length;
      return hits.map(([s, e]) => new FakeRange(this.ctx, { kind: 'span', location: { story: b.story, block: this.block, start: clean(s), end: clean(e) } }));
    }) as unknown as W.WRangeCollection;
  }
}

class FakeBody extends Proxy implements W.WDocumentBody {
  constructor(
    ctx: FakeContext,
    /** The body's type (index.d.ts:96565), or a function giving it at sync (a range's parent body). */
    private readonly bodyType: string | (() => string),
    private readonly footnoteId?: string,
  ) {
    super(ctx, 'Body');
  }
  private get scope(): Scope {
    return this.footnoteId === undefined ? { story: 'main' } : { story: 'note', id: this.footnoteId };
  }
  private blocks() {
    const scope = this.scope;
    return this.ctx.doc.model.blocks.filter((b) => inScope(scope, b));
  }
  get paragraphs(): W.WParagraphCollection {
    this.need('paragraphs');
    return new FakeCollection<FakeParagraph>(this.ctx, 'Paragraph', () => this.blocks().map((b) => new FakeParagraph(this.ctx, b.index)), (p, names) => p.fill(names)) as unknown as W.WParagraphCollection;
  }
  get contentControls(): W.WContentControlCollection {
    this.need('contentControls');
    return new FakeControls(this.ctx, this.scope);
  }
  get text(): string {
    return this.read('text');
  }
  get type(): string {
    return this.read('type');
  }
  get footnotes(): W.WNoteItemCollection {
    this.need('footnotes');
    if (this.footnoteId !== undefined) throw new NotModelled('footnotes of a footnote');
    return new FakeCollection<W.WNoteItem>(this.ctx, 'NoteItem', () => this.ctx.referencedNotes().map((id) => new FakeNoteItem(this.ctx, id))) as unknown as W.WNoteItemCollection;
  }
  load(spec?: string): this {
    const names = this.loadNames(spec);
    this.queue(() => {
      this.ctx.flush();
      if (names.includes('text')) this.values.set('text', this.blocks().map((b) => wordTextOf(b.paragraph, 'raw')).join('\r'));
      if (names.includes('type')) this.values.set('type', typeof this.bodyType === 'function' ? this.bodyType() : this.bodyType);
    });
    return this;
  }
  getReviewedText(version: 'Original' | 'Current' = 'Current'): W.WClientResult<string> {
    this.need('getReviewedText');
    const out = new FakeClientResult<string>();
    this.queue(() => {
      this.ctx.flush();
      out.resolve(this.blocks().map((b) => wordTextOf(b.paragraph, version)).join('\r'));
    });
    return out;
  }
  insertText(): W.WRange {
    throw new NotModelled('Body.insertText');
  }
}

class FakeNoteItem extends Proxy implements W.WNoteItem {
  constructor(
    ctx: FakeContext,
    private readonly id: string,
  ) {
    super(ctx, 'NoteItem');
  }
  get body(): W.WBody {
    this.need('body');
    return new FakeBody(this.ctx, 'Footnote', this.id);
  }
  load(): this {
    return this;
  }
}

/** Starts with an XML declaration: CustomXmlPart.setXml ignores such XML (office-js #1643). */
const XML_DECLARATION = /^\s*<\?xml\b/;

class FakeXmlPart extends Proxy implements W.WCustomXmlPart {
  constructor(
    ctx: FakeContext,
    private readonly name: string,
  ) {
    super(ctx, 'CustomXmlPart');
  }
  load(): this {
    return this;
  }
  getXml(): W.WClientResult<string> {
    this.need('getXml');
    const out = new FakeClientResult<string>();
    this.queue(() => out.resolve(this.ctx.doc.pkg.part(this.name) ?? ''));
    return out;
  }
  setXml(xml: string): void {
    this.need('setXml');
    this.queue(() => {
      if (XML_DECLARATION.test(xml)) return; // #1643: not updated, and no error
      this.ctx.doc.pkg.setPart(this.name, xml);
    });
  }
}

/** Office.context.document.settings, kept in the package's webextension part as Word saves it. */
export class FakeSettings implements W.WSettings {
  private readonly values = new Map<string, unknown>();
  /** Set to make the next saveAsync fail. */
  failNextSave = false;
  constructor(private readonly word: FakeWord) {
    const part = word.doc.pkg.part(FakeSettings.PART);
    if (part) {
      for (const m of part.matchAll(/<we:property name="([^"]*)" value="([^"]*)"\/>/g)) {
        const raw = m[2].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        this.values.set(m[1], JSON.parse(raw) as unknown);
      }
    }
  }
  static readonly PART = 'word/webextensions/webextension1.xml';
  get(name: string): unknown {
    return this.values.get(name);
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void {
    setTimeout(() => {
      if (this.failNextSave) {
        this.failNextSave = false;
        callback?.({ status: 'failed', error: { message: 'fake: settings not saved' } });
        return;
      }
      const props = [...this.values].map(([k, v]) => `<we:property name="${escapeXmlAttr(k)}" value="${escapeXmlAttr(JSON.stringify(v))}"/>`).join('');
      this.word.doc.pkg.setPart(FakeSettings.PART, `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties>${props}</we:properties></we:webextension>`);
      callback?.({ status: 'succeeded' });
    }, 0);
  }
}

export class FakeContext implements W.WContext {
  readonly ops: Op[] = [];
  syncs = 0;
  readonly document: W.WDocument;
  selection?: TextLocation;
  /** Text replacements of this sync, applied together (re-parsing the package once, not per control). */
  readonly pendingTexts = new Map<string, string>();
  /** Replacements of found spans in this sync, made together (DocxDocument.replaceTextsNow). */
  readonly pendingReplacements: TextEdit[] = [];
  /** Found spans wrapped in controls in this sync, made together (DocxDocument.wrapControls). */
  readonly pendingWraps: Array<{ location: TextLocation; pending: Pending }> = [];
  /** Loads answered at the end of a sync that succeeds, after its edits are made. */
  readonly afterSync: Op[] = [];
  private index?: { model: unknown; byId: Map<string, DocxControl> };

  constructor(readonly word: FakeWord) {
    const ctx = this;
    const body = new FakeBody(this, 'MainDoc');
    this.document = {
      get body(): W.WDocumentBody {
        requireMember(ctx.word.wordApi, 'Document.body');
        return body;
      },
      get customXmlParts(): W.WCustomXmlParts {
        requireMember(ctx.word.wordApi, 'Document.customXmlParts');
        return {
          add(xml: string): W.WCustomXmlPart {
            requireMember(ctx.word.wordApi, 'CustomXmlPartCollection.add');
            ctx.ops.push(() => writeStore(ctx.doc.pkg, parseStore(storeJsonFromXml(xml)).store));
            return new FakeXmlPart(ctx, '');
          },
          getByNamespace(ns: string): W.WCustomXmlPartCollection {
            requireMember(ctx.word.wordApi, 'CustomXmlPartCollection.getByNamespace');
            return new FakeCollection<FakeXmlPart>(ctx, 'CustomXmlPart', () =>
              ctx.doc.pkg
                .partNames()
                .filter((n) => /^customXml\/item\d+\.xml$/.test(n) && ns === STORE_NAMESPACE && storeJsonFromXml(ctx.doc.pkg.part(n) ?? '') !== undefined)
                .map((n) => new FakeXmlPart(ctx, n)),
            ) as unknown as W.WCustomXmlPartCollection;
          },
        };
      },
      getSelection: () => {
        requireMember(ctx.word.wordApi, 'Document.getSelection');
        return new FakeRange(this, { kind: 'selection' });
      },
    };
  }

  get doc(): DocxDocument {
    return this.word.doc;
  }

  /**
   * Makes the queued edits of this sync, before anything reads the document: each kind together, on
   * the locations the batch's searches found (they do not move: wraps keep the text, replacements
   * are made in one pass).
   */
  flush(): void {
    const edits = this.pendingReplacements.splice(0);
    if (edits.length && !this.doc.replaceTextsNow(edits).every(Boolean)) throw new NotModelled('replacing text across runs of different kinds');
    const wraps = this.pendingWraps.splice(0);
    if (wraps.length) {
      const outcomes = this.doc.wrapControls(wraps.map((w) => ({ location: w.location, expected: w.pending.text, tag: w.pending.tag ?? '' })));
      outcomes.forEach((o, i) => {
        // Word wraps whatever the range holds: a refusal means a span Word could not have found, or XML the fake cannot split
        if (!o.ok) throw new NotModelled(`wrapping “${wraps[i].pending.text}” (${o.reason})`);
        wraps[i].pending.wid = o.wid;
      });
    }
    if (!this.pendingTexts.size) return;
    this.doc.setControlTexts(new Map(this.pendingTexts));
    this.pendingTexts.clear();
  }

  controlById(id: string): DocxControl | undefined {
    const model = this.doc.model;
    if (this.index?.model !== model) this.index = { model, byId: new Map(model.controls.map((c) => [c.id ?? '', c])) };
    return this.index.byId.get(id);
  }

  /** Footnote ids in reference order; a footnote whose mark is gone is gone (#2749). */
  referencedNotes(): string[] {
    const model = this.doc.model;
    const exists = new Set(model.blocks.filter((b) => b.story === 'footnote').map((b) => b.footnoteId ?? ''));
    return [...new Set(model.footnoteRefs.map((r) => r.id))].filter((id) => exists.has(id));
  }

  /** Replace with Track Changes on: the old content becomes a deletion, the new text an insertion. */
  trackedReplace(c: DocxControl, text: string): void {
    this.flush();
    const src = this.doc.model.sources.get(c.part);
    const content = contentOf(c);
    if (!src || !content) throw new NotModelled('a tracked replacement in an empty control');
    if (c.level !== 'inline') throw new NotModelled('a tracked replacement in a block control');
    const inner = src.text.slice(src.innerStart(content), src.innerEnd(content));
    const n = ++this.word.revisionIds;
    const mark = `w:id="${900000 + n}" w:author="Báo cáo" w:date="2026-06-01T00:00:00Z"`;
    // Runs already deleted stay deleted; every other run (inserted ones included) is deleted now.
    const deleted = inner
      .replace(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/g, '$1')
      .replace(/<w:r\b([^>]*)>([\s\S]*?)<\/w:r>/g, (run: string, attrs: string, body: string) => `<w:del ${mark}><w:r${attrs}>${body.replace(/<w:t\b([^>]*)>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>')}</w:r></w:del>`)
      .replace(/<w:del [^>]*><w:del [^>]*>([\s\S]*?)<\/w:del><\/w:del>/g, `<w:del ${mark}>$1</w:del>`);
    const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(inner)?.[0] ?? '';
    const added = `<w:ins ${mark}><w:r>${rPr}<w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r></w:ins>`;
    const splice: Splice = { start: src.innerStart(content), end: src.innerEnd(content), text: deleted + added };
    this.doc.spliceParts(new Map([[c.part, [splice]]]));
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.word.syncs++;
    const ops = this.ops.splice(0);
    const failure = this.word.takeFailure();
    const answers = this.afterSync;
    try {
      for (let i = 0; i < ops.length; i++) {
        if (failure && i === failure.afterOps) throw new WordError(failure.code, `injected failure after ${failure.afterOps} of ${ops.length} operations`);
        ops[i]();
      }
    } catch (err) {
      // Whatever ran before a failure stays applied: a batch is not a transaction (see the header).
      answers.length = 0;
      this.flush();
      throw err;
    }
    try {
      this.flush();
    } catch (err) {
      answers.length = 0;
      throw err;
    }
    for (const a of answers.splice(0)) a();
    await Promise.resolve();
  }
}

export interface FakeWordOptions {
  /** The host's WordApi version ("1.1" Office 2016 MSI, "1.3" Office 2019, "1.5"+ Microsoft 365). Default 1.5. */
  wordApi?: string;
  /** Shorthand of older tests: false is WordApi 1.4 (no footnote API). */
  api15?: boolean;
  /** "PC", "Mac", "OfficeOnline". */
  platform?: string;
  trackChanges?: boolean;
}

/** A fake Word over a .docx: `run` is Word.run; `syncs` counts every context.sync(). */
export class FakeWord {
  syncs = 0;
  lastContext?: FakeContext;
  /** The last thing `select()` selected: "cc:<id>", "p:<block>@<start>+<length>", "p:<block>". */
  selected?: string;
  /** The user's selection in the document, as Word keeps it between batches. */
  selection?: TextLocation;
  /** The Find and Replace dialog is open: every search throws SearchDialogIsOpen (#4922). */
  searchDialogOpen = false;
  trackChanges: boolean;
  revisionIds = 0;
  readonly wordApi: string;
  readonly platform: string;
  readonly settings: FakeSettings;
  private failure?: { at: number; afterOps: number; code: WordErrorCode };

  private constructor(
    readonly doc: DocxDocument,
    opts: FakeWordOptions,
  ) {
    this.wordApi = opts.wordApi ?? (opts.api15 === false ? '1.4' : '1.5');
    this.platform = opts.platform ?? 'PC';
    this.trackChanges = opts.trackChanges ?? false;
    this.settings = new FakeSettings(this);
  }

  static async open(bytes: Uint8Array, opts: FakeWordOptions = {}): Promise<FakeWord> {
    return new FakeWord(await DocxDocument.open(bytes), opts);
  }

  /** True when the host has at least this WordApi version (Office.context.requirements.isSetSupported). */
  supports(version: string): boolean {
    return supports(this.wordApi, version);
  }

  setSelection(at: TextLocation): void {
    this.selection = at;
  }

  /**
   * The `nth` sync from now (1: the next one) runs its first `afterOps` operations and then fails
   * with `code`; the rest of its operations are not run.
   */
  failSync(nth: number, afterOps: number, code: WordErrorCode = 'GeneralException'): void {
    this.failure = { at: this.syncs + nth, afterOps, code };
  }

  /** The failure planned for the sync being run (its number is already counted). */
  takeFailure(): { afterOps: number; code: WordErrorCode } | undefined {
    const f = this.failure;
    if (!f || f.at !== this.syncs) return undefined;
    this.failure = undefined;
    return f;
  }

  /** The settings key the adapter stores the report in, for tests that look at it. */
  static readonly SETTINGS_KEY = SETTINGS_KEY;

  readonly run: W.WordRun = async (batch) => {
    const ctx = new FakeContext(this);
    ctx.selection = this.selection;
    this.lastContext = ctx;
    return batch(ctx);
  };
}

