/**
 * The subset of the Office.js Word API the adapter uses, as structural types. The real `Word.run`
 * satisfies them (checked in types-check.ts); the tests' fake implements exactly this.
 */
export type InsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';
export type RangeLocation = 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content';

export interface WLoadable {
  load(propertyNames?: string): unknown;
}

export interface WTableCell extends WLoadable {
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly cellIndex: number;
}

export interface WRange extends WLoadable {
  readonly text: string;
  /** WordApi 1.3. */
  readonly parentBody: WBody;
  select(): void;
  insertText(text: string, insertLocation: InsertLocation): WRange;
  insertContentControl(): WContentControl;
  /** WordApi 1.5. */
  insertFootnote(text?: string): WNoteItem;
  getRange(rangeLocation?: RangeLocation): WRange;
}

export interface WRangeCollection extends WLoadable {
  readonly items: WRange[];
}

export interface WParagraph extends WLoadable {
  readonly text: string;
  readonly tableNestingLevel: number;
  select(): void;
  getRange(rangeLocation?: RangeLocation): WRange;
  /** WordApi 1.3. */
  readonly styleBuiltIn: string;
  readonly parentTableCellOrNullObject: WTableCell;
  search(searchText: string, searchOptions?: { matchCase?: boolean }): WRangeCollection;
  /** WordApi 1.4. */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): WClientResult<string>;
  /** WordApi 1.1: the (rich-text) controls in the paragraph. */
  readonly contentControls: WContentControlCollection;
}

export interface WParagraphCollection extends WLoadable {
  readonly items: WParagraph[];
}

export interface WContentControl extends WLoadable {
  /** Read after a sync, for the object of a getByIdOrNullObject. */
  readonly isNullObject: boolean;
  readonly id: number;
  tag: string;
  title: string;
  readonly text: string;
  insertText(text: string, insertLocation: InsertLocation): WRange;
  /** WordApi 1.3. */
  getRange(rangeLocation?: RangeLocation): WRange;
  search(searchText: string, searchOptions?: { matchCase?: boolean }): WRangeCollection;
  /** WordApi 1.4. */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): WClientResult<string>;
  select(): void;
}

export interface WContentControlCollection extends WLoadable {
  readonly items: WContentControl[];
  /** WordApi 1.1: ItemNotFound at sync when there is none. */
  getById(id: number): WContentControl;
  /** WordApi 1.3. */
  getByIdOrNullObject(id: number): WContentControl;
}

export interface WBody extends WLoadable {
  readonly paragraphs: WParagraphCollection;
  readonly contentControls: WContentControlCollection;
  readonly text: string;
  /** WordApi 1.3: "MainDoc", "Footnote"… */
  readonly type: string;
  /** WordApi 1.4. */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): WClientResult<string>;
  insertText(text: string, insertLocation: InsertLocation): WRange;
}

export interface WNoteItem extends WLoadable {
  readonly body: WBody;
}

export interface WDocumentBody extends WBody {
  /** WordApi 1.5. */
  readonly footnotes: WNoteItemCollection;
}

export interface WNoteItemCollection extends WLoadable {
  readonly items: WNoteItem[];
}

export interface WClientResult<T> {
  readonly value: T;
}

export interface WCustomXmlPart extends WLoadable {
  getXml(): WClientResult<string>;
  setXml(xml: string): void;
}

export interface WCustomXmlPartCollection extends WLoadable {
  readonly items: WCustomXmlPart[];
}

export interface WCustomXmlParts {
  add(xml: string): WCustomXmlPart;
  getByNamespace(namespaceUri: string): WCustomXmlPartCollection;
}

export interface WDocument {
  readonly body: WDocumentBody;
  /** WordApi 1.4. */
  readonly customXmlParts: WCustomXmlParts;
  getSelection(): WRange;
}

export interface WContext {
  readonly document: WDocument;
  sync(): Promise<unknown>;
}

export type WordRun = <T>(batch: (context: WContext) => Promise<T>) => Promise<T>;

/** Office.context.document.settings (all Word versions): the fallback store. */
export interface WSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}
