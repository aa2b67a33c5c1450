/**
 * Reading the add-in's content controls: the body's and every footnote's, with the text a refresh
 * compares (reviewed text, without footnote marks), and finding one by id.
 *
 * - Body.contentControls holds the main body's controls only (index.d.ts:96428); a figure in a
 *   footnote is found through that footnote's body, and the main body's getByIdOrNullObject gives a
 *   null object for it, whose isNullObject must be checked after a sync.
 * - getByIdOrNullObject is WordApi 1.3 (index.d.ts:100502); WordApi 1.1 has only getById, which fails
 *   the whole batch when the id is not there (index.d.ts:100490): there the body's list is read instead.
 * - With Track Changes, `text` includes deleted text (office-js #1267): where getReviewedText exists
 *   (WordApi 1.4) the comparison uses the 'Current' reviewed text.
 * - A footnote mark inside a control (Word for Mac, office-js #6397) shows as U+0002 in its text; a
 *   Replace on the whole control would delete the footnote (#2749), so such a control is edited by
 *   searching its text instead (see `marked`).
 */
import { type ApiLevel } from './requirements';
import type { WClientResult, WContentControl, WContext, WNoteItemCollection, WRangeCollection } from './api';
import { NOTE_MARK, stripNoteMarks } from './marks';
import { literalSearchText, SEARCH_LIMIT } from './search';

export const CC_PROPS = 'items/id,items/tag,items/text';

export interface ControlInfo {
  cc: WContentControl;
  story: 'body' | 'footnote';
  /** The text a refresh compares: reviewed where Word can, without footnote marks. */
  text: string;
  /**
   * Set when the control holds footnote marks after its text (#6397): the hits of a search for its
   * text inside it, to replace that text and leave the marks alone.
   */
  marked?: { hits: WRangeCollection };
}

/** Marks only at the end: the text before them can be searched and replaced on its own. */
function marksAtEnd(raw: string): boolean {
  const first = raw.indexOf(NOTE_MARK);
  return first > 0 && /^\u0002+$/.test(raw.slice(first)) && literalSearchText(raw.slice(0, first)).length <= SEARCH_LIMIT;
}

/**
 * Queues the reading of every control. Sync 1 lists the body's controls and the footnotes; sync 2 the
 * footnotes' controls (and the body's reviewed texts); a third sync is needed only when a footnote's
 * figure differs from its stored text on a Word that has reviewed text, to tell an edit from a revision.
 */
export class ControlReader {
  private bodyCC?: { items: WContentControl[] };
  private notes?: WNoteItemCollection;
  private noteCC: { items: WContentControl[] }[] = [];
  private reviewed = new Map<WContentControl, WClientResult<string>>();
  private marked = new Map<WContentControl, WRangeCollection>();

  constructor(private readonly api: ApiLevel) {}

  queue(ctx: WContext): void {
    const body = ctx.document.body.contentControls;
    body.load(CC_PROPS);
    this.bodyCC = body;
    if (this.api.footnotes) {
      this.notes = ctx.document.body.footnotes;
      this.notes.load('items');
    }
  }

  afterFirst(): void {
    for (const n of this.notes?.items ?? []) {
      const cc = n.body.contentControls;
      cc.load(CC_PROPS);
      this.noteCC.push(cc);
    }
    for (const cc of this.bodyCC?.items ?? []) {
      if (this.api.reviewedText) this.reviewed.set(cc, cc.getReviewedText('Current'));
      if (cc.text.includes(NOTE_MARK) && marksAtEnd(cc.text)) {
        const hits = cc.search(literalSearchText(stripNoteMarks(cc.text).text), { matchCase: true });
        hits.load('items');
        this.marked.set(cc, hits);
      }
    }
  }

  /**
   * After sync 2: true when a third sync must read the reviewed text of footnote controls whose text
   * `suspect` says may hold a revision.
   */
  needsThird(suspect: (cc: WContentControl) => boolean): boolean {
    if (!this.api.reviewedText) return false;
    let any = false;
    for (const list of this.noteCC) {
      for (const cc of list.items) {
        if (!suspect(cc)) continue;
        this.reviewed.set(cc, cc.getReviewedText('Current'));
        any = true;
      }
    }
    return any;
  }

  controls(): ControlInfo[] {
    const info = (cc: WContentControl, story: 'body' | 'footnote'): ControlInfo => {
      const r = this.reviewed.get(cc);
      const out: ControlInfo = { cc, story, text: stripNoteMarks(r ? r.value : cc.text).text };
      const hits = this.marked.get(cc);
      if (hits) out.marked = { hits };
      return out;
    };
    return [...(this.bodyCC?.items ?? []).map((cc) => info(cc, 'body')), ...this.noteCC.flatMap((l) => l.items.map((cc) => info(cc, 'footnote')))];
  }
}

/**
 * Finds a control by id in the body, then in the footnotes: a constant number of syncs (at most 2).
 * Undefined when it is nowhere.
 */
export async function findControl(ctx: WContext, api: ApiLevel, id: number): Promise<WContentControl | undefined> {
  if (!api.nullObjects) {
    // WordApi 1.1: no getByIdOrNullObject, and getById would fail the batch when the id is gone.
    const all = ctx.document.body.contentControls;
    all.load('items/id');
    await ctx.sync();
    return all.items.find((cc) => cc.id === id);
  }
  const inBody = ctx.document.body.contentControls.getByIdOrNullObject(id);
  inBody.load('isNullObject');
  let notes: WNoteItemCollection | undefined;
  if (api.footnotes) {
    notes = ctx.document.body.footnotes;
    notes.load('items');
  }
  await ctx.sync();
  if (!inBody.isNullObject) return inBody;
  if (!notes?.items.length) return undefined;
  const candidates = notes.items.map((n) => {
    const cc = n.body.contentControls.getByIdOrNullObject(id);
    cc.load('isNullObject');
    return cc;
  });
  await ctx.sync();
  return candidates.find((cc) => !cc.isNullObject);
}
