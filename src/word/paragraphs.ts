/**
 * The paragraphs of the document in block order, as readText numbers them: the body's (tables
 * included), then each footnote's, in reference order. Footnotes only where the host has the footnote
 * API (WordApi 1.5, requirements.ts); below it readText takes them from the file, and they have no
 * paragraph here.
 */
import type { StoryKind } from '../core/document/text';
import type { WContext, WNoteItemCollection, WParagraph } from './api';

export interface Paragraphs {
  /** After the first sync: queues the footnotes' paragraphs. */
  afterFirst(): void;
  /** After the second sync: every paragraph with its text (Word's, marks included). */
  items(): WParagraph[];
  /** The story of each paragraph: 'body' for the main body (tables included), 'footnote'. */
  stories(): StoryKind[];
}

/** Queues the reading; it takes the two syncs the caller makes. */
export function queueParagraphs(ctx: WContext, footnotes: boolean): Paragraphs {
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
    items: () => [...body.items, ...noteParas.flatMap((p) => p.items)],
    stories: () => [...body.items.map((): StoryKind => 'body'), ...noteParas.flatMap((p) => p.items.map((): StoryKind => 'footnote'))],
  };
}

/** Every paragraph with its text, in two syncs of its own. */
export async function readParagraphs(ctx: WContext, footnotes: boolean): Promise<Paragraphs> {
  const q = queueParagraphs(ctx, footnotes);
  await ctx.sync();
  q.afterFirst();
  await ctx.sync();
  return q;
}
