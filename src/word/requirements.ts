/**
 * Which Word API members this host has, by requirement set (the `[Api set: WordApi x.y]` lines of
 * @types/office-js). Office.js throws ApiNotFound for a member above the host's sets
 * (word-win32-16.01.js `throwIfApiNotSupported`), and Office 2016's word-win32-16.00.js has none of
 * them, so every use of one is gated here.
 *
 * WordApi 1.1 (Office 2016 volume licence): paragraphs (text), body content controls (id, tag, text),
 *   ContentControl.insertText/select/search, ContentControlCollection.getById, Range.insertText,
 *   insertContentControl, search, select; Document.getSelection.
 * WordApi 1.3 (Office 2019): Paragraph.tableNestingLevel, styleBuiltIn, parentTableCellOrNullObject,
 *   getRange; ContentControl.getRange; getByIdOrNullObject; Range.getRange, parentBody; Body.type.
 * WordApi 1.4: custom XML parts; getReviewedText.
 * WordApi 1.5: footnotes (Body.footnotes, Range.insertFootnote, NoteItem.body).
 */
export interface ApiLevel {
  /** WordApi 1.3: table layout, styles, ranges of paragraphs and controls, the selection's body. */
  ranges: boolean;
  /** WordApi 1.3: getByIdOrNullObject. */
  nullObjects: boolean;
  /** WordApi 1.4: getReviewedText (text with tracked changes accepted). */
  reviewedText: boolean;
  /** WordApi 1.4: custom XML parts. */
  customXml: boolean;
  /** WordApi 1.5: the footnote API. */
  footnotes: boolean;
}

/** What the host detection found (host.ts: WordApi 1.3 is `tableCells`, 1.4 `customXml`, 1.5 `footnotes`). */
export interface HostSupport {
  footnotes: boolean;
  customXml: boolean;
  tableCells: boolean;
}

export function apiLevel(s: HostSupport): ApiLevel {
  // Requirement sets are cumulative: a host with 1.5 has 1.4 and 1.3.
  const v15 = s.footnotes;
  const v14 = v15 || s.customXml;
  const v13 = v14 || s.tableCells;
  return { ranges: v13, nullObjects: v13, reviewedText: v14, customXml: v14, footnotes: v15 };
}
