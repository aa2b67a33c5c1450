/**
 * Binding, batch text edits, bound spans and the signing record over Office.js, beside the adapter:
 * a constant number of context.sync() calls whatever the number of spans (paragraphs, then searches,
 * then every insertion in one batch). Only WordApi 1.1 members are used (Paragraph.search,
 * Paragraph.contentControls, Range.insertContentControl, Range.insertText); footnotes only where the
 * host has WordApi 1.5, and no content control in a footnote on Word on the web (office-js #4373).
 *
 * Word has no character offsets: a span is found as the same occurrence of its text within its
 * paragraph. Word's search does not return overlapping matches, so a span whose text can overlap itself
 * there ("11" in "111") is refused rather than guessed.
 */
import type { BindRefusal, BindResult, BoundFigure, FigureBinding, TextEdit } from '../core/document/port';
import type { StoryKind, TextLocation } from '../core/document/text';
import { resolveFigure } from '../core/figures/resolve';
import { type ReportStore, withFigures } from '../core/figures/store';
import { figureTag, newFigureId, parseFigureTag } from '../core/figures/tag';
import type { SigningRecord } from '../core/sign/record';
import type { WClientResult, WContentControl, WContentControlCollection, WContext, WCustomXmlPartCollection, WNoteItemCollection, WParagraph, WRangeCollection, WordRun } from './api';
import { stripNoteMarks } from './marks';

/** The adapter's own reading and writing of the report store, lent to this module. */
export interface StoreAccess {
  queue(ctx: WContext): () => { parts: WCustomXmlPartCollection | undefined; xml: WClientResult<string> | undefined };
  read(xml: WClientResult<string> | undefined): ReportStore;
  write(ctx: WContext, parts: WCustomXmlPartCollection | undefined, store: ReportStore): Promise<void>;
}

export interface WordSide {
  run: WordRun;
  /** WordApi 1.5: footnotes can be read and written. */
  footnotes: boolean;
  /** Content controls may go into footnotes (not on Word on the web). */
  figuresInFootnotes: boolean;
  store: StoreAccess;
}

const FIGURE_TITLE = 'Số liệu';

/** Paragraph.contentControls (WordApi 1.1): the controls in the paragraph. The adapter itself does not use it. */
export interface WParagraphControls {
  readonly contentControls: WContentControlCollection;
}

/** Compile-time proof that the real Word.Paragraph has it. */
export function realParagraphFits(p: Word.Paragraph): WParagraphControls {
  return p;
}

/** Paragraphs in block order (body, then footnotes), with their text; footnote paragraphs after the second sync. */
interface Blocks {
  paragraphs(): WParagraph[];
  stories(): StoryKind[];
}

/** Sync 1 loads the body's paragraphs and the footnotes; call `afterFirst` then, and sync again. */
function queueBlocks(ctx: WContext, footnotes: boolean): { afterFirst(): void; blocks: Blocks } {
  const body = ctx.document.body.paragraphs;
  body.load('items/text');
  let notes: WNoteItemCollection | undefined;
  if (footnotes) {
    notes = ctx.document.body.footnotes;
    notes.load('items');
  }
  const noteParas: { items: WParagraph[] }[] = [];
  return {
    afterFirst: () => {
      for (const n of notes?.items ?? []) {
        const ps = n.body.paragraphs;
        ps.load('items/text');
        noteParas.push(ps);
      }
    },
    blocks: {
      paragraphs: () => [...body.items, ...noteParas.flatMap((p) => p.items)],
      stories: () => [...body.items.map((): StoryKind => 'body'), ...noteParas.flatMap((p) => p.items.map((): StoryKind => 'footnote'))],
    },
  };
}

/** Every paragraph with its text, in two syncs. */
async function readBlocks(ctx: WContext, footnotes: boolean): Promise<Blocks> {
  const q = queueBlocks(ctx, footnotes);
  await ctx.sync();
  q.afterFirst();
  await ctx.sync();
  return q.blocks;
}

function textOf(p: WParagraph): string {
  return stripNoteMarks(p.text).text;
}

/** Starts of `needle` in `hay`, left to right, each search going on after the previous match (as Word finds). */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

function overlapsItself(hay: string, needle: string): boolean {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n !== occurrences(hay, needle).length;
}

/** Where a paragraph's figure controls are: each occurrence of a control's text (all of them when it occurs twice). */
function figureSpans(block: number, story: StoryKind, text: string, controls: readonly WContentControl[]): TextLocation[] {
  const out: TextLocation[] = [];
  for (const cc of controls) {
    if (!parseFigureTag(cc.tag ?? '') || !cc.text) continue;
    for (const at of occurrences(text, cc.text)) out.push({ story, block, start: at, end: at + cc.text.length });
  }
  return out;
}

/** The figure controls of some paragraphs, loaded in the next sync. */
function queueParagraphControls(paras: WParagraph[], indices: Iterable<number>): Map<number, { items: WContentControl[] }> {
  const out = new Map<number, { items: WContentControl[] }>();
  for (const i of indices) {
    const p = paras[i];
    if (!p || out.has(i)) continue;
    const cc = (p as WParagraph & WParagraphControls).contentControls;
    cc.load('items/id,items/tag,items/text');
    out.set(i, cc);
  }
  return out;
}

export async function boundSpansInWord(side: WordSide): Promise<TextLocation[]> {
  return side.run(async (ctx) => {
    const blocks = await readBlocks(ctx, side.footnotes);
    const paras = blocks.paragraphs();
    const stories = blocks.stories();
    const controls = queueParagraphControls(paras, paras.keys());
    await ctx.sync();
    const out: TextLocation[] = [];
    for (const [i, cc] of controls) out.push(...figureSpans(i, stories[i], textOf(paras[i]), cc.items));
    return out;
  });
}

interface Target {
  index: number;
  hits: WRangeCollection;
  nth: number;
}

/** Finds each span as the same occurrence of its text in its paragraph; refusals say why. */
function queueSearches(paras: WParagraph[], spans: ReadonlyArray<{ location: TextLocation; text: string }>, allowFootnotes: boolean): { targets: Map<number, Target>; refused: Map<number, BindRefusal> } {
  const targets = new Map<number, Target>();
  const refused = new Map<number, BindRefusal>();
  spans.forEach((s, i) => {
    const p = paras[s.location.block];
    if (!p) return refused.set(i, 'changed');
    if (s.location.story === 'footnote' && !allowFootnotes) return refused.set(i, 'unsupported');
    const text = textOf(p);
    if (text.slice(s.location.start, s.location.end) !== s.text || !s.text.trim()) return refused.set(i, 'changed');
    // Word's search has special characters (^) and a 255-character limit: such spans are not searched
    if (s.text.length > 255 || s.text.includes('^') || overlapsItself(text, s.text)) return refused.set(i, 'not-plain');
    const nth = occurrences(text, s.text).indexOf(s.location.start);
    if (nth < 0) return refused.set(i, 'not-plain');
    const hits = p.search(s.text, { matchCase: true });
    hits.load('items');
    targets.set(i, { index: s.location.block, hits, nth });
  });
  return { targets, refused };
}

/** The hit of a target, when Word found the text as often as the paragraph holds it. */
function hitOf(t: Target, paras: WParagraph[], text: string): WRangeCollection['items'][number] | undefined {
  const expected = occurrences(textOf(paras[t.index]), text).length;
  return t.hits.items.length === expected ? t.hits.items[t.nth] : undefined;
}

export async function bindInWord(side: WordSide, bindings: readonly FigureBinding[]): Promise<BindResult> {
  const result: BindResult = { bound: [], skipped: [] };
  if (!bindings.length) return result;
  return side.run(async (ctx) => {
    const q = queueBlocks(ctx, side.footnotes);
    const storeRead = side.store.queue(ctx);
    const bodyControls = ctx.document.body.contentControls;
    bodyControls.load('items/tag');
    await ctx.sync();
    q.afterFirst();
    const { parts, xml } = storeRead();
    await ctx.sync();
    const paras = q.blocks.paragraphs();
    const { targets, refused } = queueSearches(paras, bindings, side.figuresInFootnotes);
    const controls = queueParagraphControls(paras, [...targets.values()].map((t) => t.index));
    await ctx.sync();
    const read = side.store.read(xml);
    const taken = new Set(Object.keys(read.figures));
    for (const cc of bodyControls.items) {
      const p = parseFigureTag(cc.tag ?? '');
      if (p) taken.add(p.figureId);
    }
    const made: Array<{ binding: FigureBinding; cc: WContentControl; id: string }> = [];
    bindings.forEach((b, i) => {
      const t = targets.get(i);
      const refusal = refused.get(i);
      if (!t) return result.skipped.push({ binding: b, reason: refusal ?? 'changed' });
      const inside = figureSpans(t.index, b.location.story, textOf(paras[t.index]), controls.get(t.index)?.items ?? []).some((s) => s.start < b.location.end && s.end > b.location.start);
      if (inside) return result.skipped.push({ binding: b, reason: 'inside-figure' });
      const hit = hitOf(t, paras, b.text);
      if (!hit) return result.skipped.push({ binding: b, reason: 'changed' });
      const id = newFigureId(taken);
      taken.add(id);
      const cc = hit.insertContentControl();
      cc.tag = figureTag(id, b.spec);
      cc.title = FIGURE_TITLE;
      made.push({ binding: b, cc, id });
    });
    const store = withFigures(read, made.map((m) => ({ id: m.id, spec: m.binding.spec, last: m.binding.text })));
    for (const m of made) m.cc.load('id,tag,text');
    const pending = made.length ? side.store.write(ctx, parts, store) : Promise.resolve();
    await ctx.sync();
    await pending;
    for (const m of made) {
      const f = resolveFigure(String(m.cc.id), m.cc.tag, m.cc.text, store);
      if (f) result.bound.push({ ...f, story: m.binding.location.story === 'footnote' ? 'footnote' : 'body', location: m.binding.location } satisfies BoundFigure);
    }
    return result;
  });
}

export async function replaceTextsInWord(side: WordSide, edits: readonly TextEdit[]): Promise<boolean[]> {
  const done = edits.map(() => false);
  if (!edits.length) return done;
  return side.run(async (ctx) => {
    const paras = (await readBlocks(ctx, side.footnotes)).paragraphs();
    const { targets } = queueSearches(paras, edits.map((e) => ({ location: e.location, text: e.expected })), true);
    await ctx.sync();
    // two edits of one occurrence would replace it twice
    const used = new Set<string>();
    edits.forEach((e, i) => {
      const t = targets.get(i);
      const hit = t && hitOf(t, paras, e.expected);
      const key = `${e.location.block}:${e.location.start}`;
      if (!t || !hit || used.has(key)) return;
      used.add(key);
      hit.insertText(e.replacement, 'Replace');
      done[i] = true;
    });
    await ctx.sync();
    return done;
  });
}

async function readStore(side: WordSide, ctx: WContext): Promise<{ store: ReportStore; parts: WCustomXmlPartCollection | undefined }> {
  const read = side.store.queue(ctx);
  await ctx.sync();
  const { parts, xml } = read();
  await ctx.sync();
  return { store: side.store.read(xml), parts };
}

export async function signingRecordInWord(side: WordSide): Promise<SigningRecord | null> {
  return side.run(async (ctx) => (await readStore(side, ctx)).store.signed ?? null);
}

export async function setSigningRecordInWord(side: WordSide, record: SigningRecord | null): Promise<void> {
  return side.run(async (ctx) => {
    const { store, parts } = await readStore(side, ctx);
    const { signed: _old, ...rest } = store;
    const pending = side.store.write(ctx, parts, record ? { ...rest, signed: record } : rest);
    await ctx.sync();
    await pending;
  });
}
