/**
 * The document port: what the checker, the refresh and the binding logic need from a document.
 * Implemented over the Word JavaScript API (src/word) and over a .docx file (src/docx).
 */
import type { FigureEdit, FigureInstance } from '../figures/refresh';
import type { FigureSpec } from '../figures/spec';
import type { SigningRecord } from '../sign/record';
import type { DocumentText, StoryKind, TextLocation } from './text';

/** A bound figure as found in the document, with where it is when the host can say. */
export interface BoundFigure extends FigureInstance {
  story: StoryKind;
  location?: TextLocation;
}

export interface ReportSettings {
  /** The report's period ("2026-05"). */
  period?: string;
  /** The data service the figures come from. */
  sourceUrl?: string;
}

/** Where to insert: a text location, or right after a bound figure (its key). */
export type InsertTarget = { location: TextLocation } | { afterFigure: string } | { selection: true };

/** A footnote's content: plain text and bound figures in order. */
export type FootnotePiece = string | { spec: FigureSpec; text: string };

export interface PortCapabilities {
  /** 'full': read, insert, refresh; 'read': read from the file only (Word below WordApi 1.5); 'none'. */
  footnotes: 'full' | 'read' | 'none';
  /** Content controls can be put inside footnotes (not on Word on the web: office-js #4373). */
  figuresInFootnotes: boolean;
  /** Where the report settings are kept: a custom XML part, the add-in's document settings, or none. */
  settings: 'customXml' | 'documentSettings' | 'none';
  /** The host can move the user's selection (Word); a file can only report a location. */
  select: boolean;
  /** Vietnamese notes on what this host cannot do, for the task pane. */
  limits: string[];
}

export interface ApplyResult {
  /** Keys of the figures whose text was replaced. */
  applied: string[];
  /** Figures whose text changed since they were listed: left alone. */
  conflicts: { key: string; expected: string; actual: string }[];
  /** Keys that no longer exist. */
  gone: string[];
}

/** A span of existing text to become a bound figure, as it reads now. */
export interface FigureBinding {
  location: TextLocation;
  text: string;
  spec: FigureSpec;
}

export type BindRefusal = 'changed' | 'not-plain' | 'inside-figure' | 'unsupported';

export interface BindResult {
  /** The new figures, in the order of the bindings that succeeded. */
  bound: BoundFigure[];
  /** Bindings left undone: the span changed, is not plain text, is inside a figure, or the host cannot. */
  skipped: Array<{ binding: FigureBinding; reason: BindRefusal }>;
}

/** A plain-text replacement at a location, made only if the span still reads `expected`. */
export interface TextEdit {
  location: TextLocation;
  expected: string;
  replacement: string;
}

export interface DocumentPort {
  readonly capabilities: PortCapabilities;
  readText(): Promise<DocumentText>;
  listFigures(): Promise<BoundFigure[]>;
  /** Replaces the text of the given figures, all at once; a figure whose text is not `old` any more is a conflict. */
  applyEdits(edits: readonly FigureEdit[]): Promise<ApplyResult>;
  /** Inserts a bound figure showing `text`; returns it as listFigures would. */
  insertFigure(spec: FigureSpec, text: string, at: InsertTarget): Promise<BoundFigure>;
  /** Inserts a footnote whose reference follows the target. */
  insertFootnote(content: readonly FootnotePiece[], at: InsertTarget): Promise<void>;
  /**
   * Replaces the plain text at a location (a checker's fix) if it still reads `expected`; false when
   * the text has changed since it was read, or the span is not plain text.
   */
  replaceText(location: TextLocation, expected: string, replacement: string): Promise<boolean>;
  /** Replaces several plain-text spans at once (one batch); per edit, whether it was made. */
  replaceTexts(edits: readonly TextEdit[]): Promise<boolean[]>;
  /**
   * Wraps existing spans of text in bound figures, all in one batch, without changing the text; the
   * specs go into the report store.
   */
  bindFigures(bindings: readonly FigureBinding[]): Promise<BindResult>;
  /** Where the bound figures are in the text (inline ones; block figures cover their whole blocks). */
  boundSpans(): Promise<TextLocation[]>;
  /** The signing record kept in the report store, if any. */
  getSigningRecord(): Promise<SigningRecord | null>;
  /** Stores (or, with null, removes) the signing record. */
  setSigningRecord(record: SigningRecord | null): Promise<void>;
  /** Selects the location (Word); adapters without a user selection resolve without doing anything. */
  select(target: TextLocation | { figure: string }): Promise<void>;
  getReportSettings(): Promise<ReportSettings>;
  setReportSettings(settings: ReportSettings): Promise<void>;
}
