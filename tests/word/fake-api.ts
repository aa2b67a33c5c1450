/**
 * What the fake Word refuses, and why: the requirement set of every member the adapter may touch,
 * and the errors Office.js raises.
 *
 * Sources:
 * - Requirement sets: the `[Api set: WordApi x.y]` line of each member in
 *   node_modules/@types/office-js/index.d.ts (the line numbers below, @types/office-js 1.0.612).
 * - How an unsupported member fails: Office.js's own Word library, node_modules/@microsoft/office-js/
 *   dist/word-win32-16.01.debug.js:12803 (`throwIfApiNotSupported`: a RuntimeError with code
 *   `ApiNotFound`, thrown at once, when `Office.context.requirements.isSetSupported` says no) and
 *   :29545 (a property getter, e.g. Paragraph.tableNestingLevel, throws the same). Office 2016's
 *   word-win32-16.00.debug.js has no such members at all (no `tableNestingLevel`, no `getRange`,
 *   no `getByIdOrNullObject`): a call there is a TypeError. The fake throws ApiNotFound in both cases,
 *   and also at `load()` of such a property, before any sync (stricter than Word).
 * - Error codes: Word.ErrorCodes, index.d.ts:140513-140519 (GeneralException, InvalidArgument,
 *   ItemNotFound, SearchDialogIsOpen, SearchStringInvalidOrTooLong).
 */

/** [minimum WordApi version, line of its `[Api set]` tag in index.d.ts]. */
export const MEMBERS: Record<string, readonly [string, number]> = {
  'Body.contentControls': ['1.1', 96432],
  'Body.paragraphs': ['1.1', 96481],
  'Body.text': ['1.1', 96562],
  'Body.insertText': ['1.1', 96747],
  'Body.footnotes': ['1.5', 96460],
  'Body.type': ['1.3', 96569],
  'Body.getReviewedText': ['1.4', 96634],
  'ContentControl.id': ['1.1', 100087],
  'ContentControl.tag': ['1.1', 100129],
  'ContentControl.title': ['1.1', 100143],
  'ContentControl.text': ['1.1', 100136],
  'ContentControl.insertText': ['1.1', 100335],
  'ContentControl.select': ['1.1', 100363],
  'ContentControl.search': ['1.1', 100345],
  'ContentControl.getRange': ['1.3', 100215],
  'ContentControl.getReviewedText': ['1.4', 100224],
  'ContentControlCollection.getById': ['1.1', 100493],
  'ContentControlCollection.getByIdOrNullObject': ['1.3', 100502],
  'CustomXmlPart.getXml': ['1.4', 101103],
  'CustomXmlPart.setXml': ['1.4', 101223],
  'CustomXmlPartCollection.add': ['1.4', 101335],
  'CustomXmlPartCollection.getByNamespace': ['1.4', 101344],
  'Document.body': ['1.1', 101529],
  'Document.customXmlParts': ['1.4', 101592],
  'Document.getSelection': ['1.1', 102817],
  'Document.changeTrackingMode': ['1.4', 101879],
  'NoteItem.body': ['1.5', 106195],
  'Paragraph.contentControls': ['1.1', 107294],
  'Paragraph.text': ['1.1', 107534],
  'Paragraph.style': ['1.1', 107513],
  'Paragraph.select': ['1.1', 108007],
  'Paragraph.search': ['1.1', 107989],
  'Paragraph.styleBuiltIn': ['1.3', 107520],
  'Paragraph.tableNestingLevel': ['1.3', 107527],
  'Paragraph.parentTableCellOrNullObject': ['1.3', 107399],
  'Paragraph.getRange': ['1.3', 107667],
  'Paragraph.getReviewedText': ['1.4', 107676],
  'Range.text': ['1.1', 108928],
  'Range.select': ['1.1', 109381],
  'Range.insertText': ['1.1', 109318],
  'Range.insertContentControl': ['1.1', 109162],
  'Range.search': ['1.1', 109363],
  'Range.getRange': ['1.3', 109070],
  'Range.parentBody': ['1.3', 108611],
  'Range.getReviewedText': ['1.4', 109079],
  'Range.insertFootnote': ['1.5', 109227],
  'TableCell.rowIndex': ['1.3', 113641],
  'TableCell.cellIndex': ['1.3', 113620],
};

export type WordErrorCode = 'ApiNotFound' | 'GeneralException' | 'InvalidArgument' | 'ItemNotFound' | 'PropertyNotLoaded' | 'SearchDialogIsOpen' | 'SearchStringInvalidOrTooLong';

/** An Office.js error: `code` is what an add-in tests (OfficeExtension.Error.code). */
export class WordError extends Error {
  constructor(
    readonly code: WordErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** What the fake does not model: a test that reaches it is testing the fake, not the adapter. */
export class NotModelled extends Error {
  constructor(what: string) {
    super(`fake Word: ${what} is not modelled`);
  }
}

function version(v: string): number {
  const [major, minor] = v.split('.').map(Number);
  return major * 1000 + minor;
}

export function supports(hostVersion: string, needed: string): boolean {
  return version(hostVersion) >= version(needed);
}

/** Throws ApiNotFound when `member` is above the host's WordApi version. Unknown members are a bug in the fake. */
export function requireMember(hostVersion: string, member: string): void {
  const entry = MEMBERS[member];
  if (!entry) throw new Error(`fake Word: no requirement set recorded for ${member}`);
  if (!supports(hostVersion, entry[0])) {
    throw new WordError('ApiNotFound', `${member} needs WordApi ${entry[0]} (index.d.ts:${entry[1]}); this Word has WordApi ${hostVersion}`);
  }
}
