/**
 * What binding needs from the fake Word beyond fake-word.ts, kept apart from it:
 * - Range.insertContentControl on a range a search found (WordApi 1.1, index.d.ts "Wraps the Range
 *   object with a content control"): the text stays, a rich-text control goes around it. Like every
 *   operation it is queued and done at sync; the wraps of one sync are made together, on the .docx
 *   model (DocxDocument.wrapControls), before anything of that sync reads the document again.
 * - Paragraph.contentControls (WordApi 1.1): the content controls in the paragraph, rich text only (the
 *   same office-js quirk as Body.contentControls).
 * - Range.insertText(…, 'Replace') on found ranges made together at sync (DocxDocument.replaceTexts),
 *   as Word does them in one batch, instead of one re-read of the file per range.
 * Installed once on the fake's classes by `withBinding`.
 */
import type { TextLocation } from '../../src/core/document/text';
import type { DocxControl } from '../../src/docx/model';
import type * as W from '../../src/word/api';
import { FakeContext, type FakeWord, PropertyNotLoaded } from './fake-word';

interface Wrap {
  location: TextLocation;
  expected: string;
  tag: string;
  title: string;
  wid?: string | null;
}

const pending = new WeakMap<FakeContext, Wrap[]>();
const replacements = new WeakMap<FakeContext, Array<{ location: TextLocation; text: string }>>();

function flushWraps(ctx: FakeContext): void {
  const edits = replacements.get(ctx);
  if (edits?.length) {
    replacements.delete(ctx);
    const blocks = ctx.doc.model.blocks;
    void ctx.doc.replaceTexts(edits.map((e) => ({ location: e.location, expected: blocks[e.location.block]?.text.slice(e.location.start, e.location.end) ?? '', replacement: e.text })));
  }
  const list = pending.get(ctx);
  if (!list?.length) return;
  pending.delete(ctx);
  const outcomes = ctx.doc.wrapControls(list.map((w) => ({ location: w.location, expected: w.expected, tag: w.tag })));
  outcomes.forEach((o, i) => {
    // Word wraps whatever the range holds; a refusal here means the test built a span Word could not have found
    if (!o.ok) throw new Error(`fake Word: cannot wrap “${list[i].expected}” (${o.reason})`);
    list[i].wid = o.wid;
  });
}

/** A control made by wrapping a range in this batch: tag and title are queued like any property set. */
class WrapControl implements W.WContentControl {
  private readonly values = new Map<string, unknown>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly wrap: Wrap,
  ) {}
  private read<T>(name: string): T {
    if (!this.values.has(name)) throw new PropertyNotLoaded(`ContentControl.${name}`);
    return this.values.get(name) as T;
  }
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(v: string) {
    this.wrap.tag = v;
  }
  get title(): string {
    return this.read('title');
  }
  set title(v: string) {
    this.wrap.title = v;
  }
  get text(): string {
    return this.read('text');
  }
  load(): this {
    this.ctx.ops.push(() => {
      flushWraps(this.ctx);
      const c = this.wrap.wid ? this.ctx.controlById(this.wrap.wid) : undefined;
      if (!c) throw new Error('ItemNotFound: the new content control');
      this.values.set('id', Number(c.id));
      this.values.set('tag', c.tag);
      this.values.set('title', c.alias);
      this.values.set('text', c.text);
    });
    return this;
  }
  insertText(): W.WRange {
    throw new Error('fake: not modelled on a control made in this batch');
  }
  getRange(): W.WRange {
    throw new Error('fake: not modelled on a control made in this batch');
  }
  select(): void {
    throw new Error('fake: not modelled on a control made in this batch');
  }
}

interface SpanRange {
  ctx: FakeContext;
  anchor: { kind: string; location?: TextLocation };
}

function isRichText(c: DocxControl): boolean {
  const pr = c.element.getElementsByTagNameNS(c.element.namespaceURI ?? '', 'sdtPr').item(0);
  if (!pr) return true;
  return !['text', 'date', 'comboBox', 'dropDownList', 'picture', 'checkbox'].some((t) => pr.getElementsByTagNameNS(c.element.namespaceURI ?? '', t).length > 0);
}

let installed = false;

/** Teaches the fake's classes binding; `fake` only provides instances to find them. */
export async function withBinding(fake: FakeWord): Promise<FakeWord> {
  if (installed) return fake;
  const probe = new FakeContext(fake.doc, fake.api15, fake.platform);
  const rangeProto = Object.getPrototypeOf(probe.document.getSelection()) as {
    insertContentControl(this: SpanRange): W.WContentControl;
    insertText(this: SpanRange, text: string, loc: W.InsertLocation): W.WRange;
  };
  const plain = rangeProto.insertContentControl;
  const plainInsert = rangeProto.insertText;
  rangeProto.insertText = function (this: SpanRange, text: string, loc: W.InsertLocation): W.WRange {
    const location = this.anchor.location;
    if (this.anchor.kind !== 'span' || !location || loc !== 'Replace') return plainInsert.call(this, text, loc);
    const ctx = this.ctx;
    ctx.ops.push(() => replacements.set(ctx, [...(replacements.get(ctx) ?? []), { location, text }]));
    return this as unknown as W.WRange;
  };
  rangeProto.insertContentControl = function (this: SpanRange): W.WContentControl {
    const location = this.anchor.location;
    if (this.anchor.kind !== 'span' || !location) return plain.call(this);
    const ctx = this.ctx;
    const block = ctx.doc.model.blocks[location.block];
    const wrap: Wrap = { location, expected: block?.text.slice(location.start, location.end) ?? '', tag: '', title: '' };
    ctx.ops.push(() => pending.set(ctx, [...(pending.get(ctx) ?? []), wrap]));
    return new WrapControl(ctx, wrap);
  };
  const flush = FakeContext.prototype.flush;
  FakeContext.prototype.flush = function (this: FakeContext): void {
    flushWraps(this);
    flush.call(this);
  };
  const paras = probe.document.body.paragraphs;
  paras.load('items');
  await probe.sync();
  const first = paras.items[0];
  if (!first) throw new Error('fake-bind: the document needs a paragraph');
  Object.defineProperty(Object.getPrototypeOf(first), 'contentControls', {
    configurable: true,
    get(this: { ctx: FakeContext; block: number }): W.WContentControlCollection {
      const ctx = this.ctx;
      const block = this.block;
      let items: W.WContentControl[] | undefined;
      const byId = ctx.document.body.contentControls;
      return {
        get items(): W.WContentControl[] {
          if (!items) throw new PropertyNotLoaded('ContentControlCollection.items');
          return items;
        },
        load(spec?: string): unknown {
          const names = (spec ?? '').split(',').map((n) => n.trim().replace(/^items\//, '')).filter((n) => n && n !== 'items');
          ctx.ops.push(() => {
            flushWraps(ctx);
            const here = ctx.doc.model.controls.filter((c) => c.level === 'inline' && c.block === block && c.id !== undefined && isRichText(c));
            items = here.map((c) => {
              const cc = byId.getByIdOrNullObject(Number(c.id)) as W.WContentControl & { fill(names: string[]): void };
              cc.fill(names);
              return cc;
            });
          });
          return this;
        },
        getByIdOrNullObject: (id: number) => byId.getByIdOrNullObject(id),
      };
    },
  });
  installed = true;
  return fake;
}
