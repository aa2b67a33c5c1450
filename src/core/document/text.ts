/**
 * The text model of a report, as every document adapter (Word, .docx, .txt/.md) reads it.
 * The checker and the binding logic work on this and nothing else.
 */

export type StoryKind = 'body' | 'table' | 'footnote';

/** Where a table block sits: the n-th table of its story, row and cell (all from 0). */
export interface TableCoordinates {
  table: number;
  row: number;
  cell: number;
}

/**
 * One paragraph-like unit of text: a body paragraph, a table cell's paragraph, a footnote's paragraph.
 * `index` is the block's position in document order across all stories (body, then footnotes),
 * stable for a given document, and the key a location refers to.
 */
export interface TextBlock {
  index: number;
  story: StoryKind;
  text: string;
  /** For footnote blocks: the footnote's id as the document numbers it ("1", "2"…). */
  footnoteId?: string;
  /** For table blocks. */
  table?: TableCoordinates;
  /** Heading level when the block is a heading (1 = "I. …", 2 = "1. …"), if known. */
  headingLevel?: number;
}

/** A footnote reference mark: the footnote it cites, and where the mark sits in the citing block. */
export interface FootnoteRef {
  id: string;
  block: number;
  offset: number;
}

export interface DocumentText {
  blocks: TextBlock[];
  /** Footnote reference marks in document order, where the adapter knows them. */
  footnoteRefs?: FootnoteRef[];
}

/** A span of text in a document: the block it is in and offsets within that block's text. */
export interface TextLocation {
  story: StoryKind;
  block: number;
  start: number;
  end: number;
}
