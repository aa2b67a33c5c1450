/**
 * Binding, batch text edits, bound spans and the signing record over Office.js, beside the adapter:
 * a constant number of context.sync() calls whatever the number of spans (paragraphs, then searches,
 * then every insertion in one batch).
 *
 * Members, by requirement set (requirements.ts): Paragraph.text, search, contentControls and
 * Range.insertContentControl, insertText are WordApi 1.1; footnotes only with the footnote API
 * (WordApi 1.5) and no content control in a footnote on Word on the web (office-js #4373); a
 * paragraph's reviewed text only from WordApi 1.4; the store through StoreIO (custom XML parts from
 * WordApi 1.4, the document settings everywhere).
 *
 * Word has no character offsets: a span is found as the same occurrence of its text within its
 * paragraph (search.ts: carets, the 255-character limit, matches Word would not return). With Track
 * Changes, a paragraph's text holds deleted text (#1267) and its offsets are not the reviewed text's:
 * where Word can tell (WordApi 1.4), such a paragraph is left alone.
 */
import type { BindRefusal, BindResult, BoundFigure, FigureBinding, TextEdit } from '../core/document/port';
import type { StoryKind, TextLocation } from '../core/document/text';
import { resolveFigure } from '../core/figures/resolve';
import { type ReportStore, withFigures } from '../core/figures/store';
import { figureTag, newFigureId, parseFigureTag } from '../core/figures/tag';
import type { SigningRecord } from '../core/sign/record';
import type { WClientResult, WContentControl, WContext, WParagraph, WRange, WRangeCollection, WordRun } from './api';
import { stripNoteMarks } from './marks';
import { queueParagraphs, readParagraphs } from './paragraphs';
import type { ApiLevel } from './requirements';
import { isSearchDialogOpen, planSearchUnmarked, SEARCH_DIALOG_MESSAGE, type SearchPlan } from './search';
import type { StoreIO } from './store-io';

/** What the adapter lends this module. */
export interface WordSide {
  run: WordRun;
  /** The host's requirement sets. */
  api: ApiLevel;
  /** Content controls may go into footnotes (the footnote API, and not Word on the web). */
  figuresInFootnotes: boolean;
  store: StoreIO;
}

const FIGURE_TITLE = 'Số liệu';

function textOf(p: WParagraph): string {
  return stripNoteMarks(p.text).text;
}

/** Starts of `needle` in `hay`, left to right, each search going on after the previous match (as Word finds). */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Where a paragraph's figure controls are: each occurrence of a control's text (all of them when it occurs twice). */
function figureSpans(block: number, story: StoryKind, text: string, controls: readonly WContentControl[]): TextLocation[] {
  const out: TextLocation[] = [];
  for (const cc of controls) {
    if (!parseFigureTag(cc.tag ?? '')) continue;
    const t = stripNoteMarks(cc.text).text;
    if (!t) continue;
    for (const at of occurrences(text, t)) out.push({ story, block, start: at, end: at + t.length });
  }
  return out;
}

/**
 * What the next sync reads of some paragraphs: their figure controls (WordApi 1.1) and, where the
 * host has it, their reviewed text (WordApi 1.4), to tell a paragraph with tracked changes.
 */
class ParagraphDetails {
  private readonly controls = new Map<number, { items: WContentControl[] }>();
  private readonly reviewed = new Map<number, WClientResult<string>>();

  constructor(
    private readonly paras: WParagraph[],
    private readonly api: ApiLevel,
  ) {}

  queue(indices: Iterable<number>, controls: boolean): void {
    for (const i of indices) {
      const p = this.paras[i];
      if (!p || this.reviewed.has(i) || this.controls.has(i)) continue;
      if (controls) {
        const cc = p.contentControls;
        cc.load('items/id,items/tag,items/text');
        this.controls.set(i, cc);
      }
      if (this.api.reviewedText) this.reviewed.set(i, p.getReviewedText('Current'));
    }
  }

  /** After the sync: the paragraph's text holds tracked changes. */
  revised(i: number): boolean {
    const r = this.reviewed.get(i);
    return !!r && stripNoteMarks(r.value).text !== textOf(this.paras[i]);
  }

  /** After the sync: the paragraph's text as readText gives it. */
  text(i: number): string {
    const r = this.reviewed.get(i);
    return r ? stripNoteMarks(r.value).text : textOf(this.paras[i]);
  }

  controlsOf(i: number): WContentControl[] {
    return this.controls.get(i)?.items ?? [];
  }
}

/** A sync whose batch holds searches: the open Find and Replace dialog gets the pane's message (#4922). */
async function syncSearches(ctx: WContext): Promise<void> {
  try {
    await ctx.sync();
  } catch (err) {
    if (isSearchDialogOpen(err)) throw new Error(SEARCH_DIALOG_MESSAGE);
    throw err;
  }
}

export async function boundSpansInWord(side: WordSide): Promise<TextLocation[]> {
  return side.run(async (ctx) => {
    const read = await readParagraphs(ctx, side.api.footnotes);
    const paras = read.items();
    const stories = read.stories();
    const details = new ParagraphDetails(paras, side.api);
    details.queue(paras.keys(), true);
    await ctx.sync();
    const out: TextLocation[] = [];
    paras.forEach((_, i) => out.push(...figureSpans(i, stories[i], details.text(i), details.controlsOf(i))));
    return out;
  });
}

interface Target {
  index: number;
  hits: WRangeCollection;
  plan: SearchPlan;
}

/**
 * Queues a search for each span (as the same occurrence of its text in its paragraph) and the details
 * of their paragraphs; `decide` then gives each span's hit after the sync, or why there is none.
 */
function queueSearches(paras: WParagraph[], details: ParagraphDetails, spans: ReadonlyArray<{ location: TextLocation; text: string }>, allowFootnotes: boolean) {
  const targets = new Map<number, Target>();
  const early = new Map<number, BindRefusal>();
  spans.forEach((s, i) => {
    const p = paras[s.location.block];
    if (s.location.story === 'footnote' && !allowFootnotes) return early.set(i, 'unsupported');
    if (!p) return early.set(i, 'changed');
    if (textOf(p).slice(s.location.start, s.location.end) !== s.text || !s.text.trim()) return;
    const plan = planSearchUnmarked(p.text, s.location.start, s.location.end);
    if (!plan) return;
    const hits = p.search(plan.searchText, { matchCase: true });
    hits.load('items');
    targets.set(i, { index: s.location.block, hits, plan });
  });
  details.queue(
    spans.flatMap((s, i) => (early.has(i) ? [] : [s.location.block])),
    true,
  );
  return {
    /** After the sync: the range of span i, or why not. */
    decide(i: number): { hit: WRange; index: number } | { reason: BindRefusal } {
      const s = spans[i];
      const refusal = early.get(i);
      if (refusal) return { reason: refusal };
      if (details.revised(s.location.block)) return { reason: 'not-plain' };
      const t = targets.get(i);
      if (!t) return { reason: details.text(s.location.block).slice(s.location.start, s.location.end) === s.text ? 'not-plain' : 'changed' };
      // as many hits as the paragraph holds disjoint occurrences, or Word counted otherwise and nth is not sure
      const hit = t.hits.items.length === t.plan.expected ? t.hits.items[t.plan.nth] : undefined;
      return hit ? { hit, index: t.index } : { reason: 'changed' };
    },
  };
}

export async function bindInWord(side: WordSide, bindings: readonly FigureBinding[]): Promise<BindResult> {
  const result: BindResult = { bound: [], skipped: [] };
  if (!bindings.length) return result;
  await side.store.prepare();
  return side.run(async (ctx) => {
    const q = queueParagraphs(ctx, side.api.footnotes);
    const storeRead = side.store.read(ctx);
    const bodyControls = ctx.document.body.contentControls;
    bodyControls.load('items/tag');
    await ctx.sync();
    q.afterFirst();
    storeRead.afterFirst();
    await ctx.sync();
    const paras = q.items();
    const details = new ParagraphDetails(paras, side.api);
    const search = queueSearches(paras, details, bindings, side.figuresInFootnotes);
    await syncSearches(ctx);
    const { store: read, write } = storeRead.result();
    // ids in use: the store's and every figure's tag (paragraph controls cover footnotes)
    const taken = new Set(Object.keys(read.figures));
    for (const cc of [...bodyControls.items, ...paras.flatMap((_, i) => details.controlsOf(i))]) {
      const p = parseFigureTag(cc.tag ?? '');
      if (p) taken.add(p.figureId);
    }
    const chosen: Array<{ binding: FigureBinding; hit: WRange; id: string }> = [];
    bindings.forEach((b, i) => {
      const d = search.decide(i);
      if ('reason' in d) return result.skipped.push({ binding: b, reason: d.reason });
      const inside = figureSpans(d.index, b.location.story, details.text(d.index), details.controlsOf(d.index)).some((s) => s.start < b.location.end && s.end > b.location.start);
      if (inside) return result.skipped.push({ binding: b, reason: 'inside-figure' });
      const id = newFigureId(taken);
      taken.add(id);
      chosen.push({ binding: b, hit: d.hit, id });
    });
    if (!chosen.length) return result;
    const store = withFigures(read, chosen.map((m) => ({ id: m.id, spec: m.binding.spec, last: m.binding.text })));
    // The store first (a batch is not a transaction): a wrap that then fails leaves an unused record, never a figure without one.
    const pending = write(store);
    const made = chosen.map((m) => {
      const cc = m.hit.insertContentControl();
      cc.tag = figureTag(m.id, m.binding.spec);
      cc.title = FIGURE_TITLE;
      cc.load('id,tag,text');
      return { ...m, cc };
    });
    await ctx.sync();
    await pending;
    for (const m of made) {
      const f = resolveFigure(String(m.cc.id), m.cc.tag, stripNoteMarks(m.cc.text).text, store);
      if (f) result.bound.push({ ...f, story: m.binding.location.story === 'footnote' ? 'footnote' : 'body', location: m.binding.location } satisfies BoundFigure);
    }
    return result;
  });
}

export async function replaceTextsInWord(side: WordSide, edits: readonly TextEdit[]): Promise<boolean[]> {
  const done = edits.map(() => false);
  if (!edits.length) return done;
  return side.run(async (ctx) => {
    const paras = (await readParagraphs(ctx, side.api.footnotes)).items();
    const details = new ParagraphDetails(paras, side.api);
    const search = queueSearches(
      paras,
      details,
      edits.map((e) => ({ location: e.location, text: e.expected })),
      true,
    );
    await syncSearches(ctx);
    // two edits of one occurrence would replace it twice
    const used = new Set<string>();
    edits.forEach((e, i) => {
      const d = search.decide(i);
      const key = `${e.location.block}:${e.location.start}`;
      if ('reason' in d || used.has(key)) return;
      used.add(key);
      d.hit.insertText(e.replacement, 'Replace');
      done[i] = true;
    });
    await ctx.sync();
    return done;
  });
}

async function readStore(side: WordSide): Promise<ReportStore> {
  await side.store.prepare();
  return side.run(async (ctx) => (await side.store.readNow(ctx)).store);
}

export async function signingRecordInWord(side: WordSide): Promise<SigningRecord | null> {
  return (await readStore(side)).signed ?? null;
}

export async function setSigningRecordInWord(side: WordSide, record: SigningRecord | null): Promise<void> {
  await side.store.prepare();
  return side.run(async (ctx) => {
    const { store, write } = await side.store.readNow(ctx);
    const { signed: _old, ...rest } = store;
    const pending = write(record ? { ...rest, signed: record } : rest);
    await ctx.sync();
    await pending;
  });
}
