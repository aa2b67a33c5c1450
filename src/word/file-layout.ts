/**
 * What Word's API cannot tell an old Word, taken from the document's own file (getFileAsync):
 * footnotes below WordApi 1.5, and which paragraphs are table cells below WordApi 1.3
 * (Paragraph.tableNestingLevel and parentTableCellOrNullObject are WordApi 1.3).
 */
import type { TextBlock } from '../core/document/text';
import type { ReportStore } from '../core/figures/store';
import { DocxPackage } from '../docx/package';
import { findStorePart, readStore } from '../docx/store';

/**
 * Copies story, table coordinates and heading levels from the file's blocks onto the blocks read
 * through Word, when both list the same paragraphs with the same text (otherwise the file is older
 * than what Word shows, and nothing is copied).
 */
export function layoutFromFile(blocks: TextBlock[], fromFile: readonly TextBlock[]): boolean {
  const body = fromFile.filter((b) => b.story !== 'footnote');
  if (body.length !== blocks.length || body.some((b, i) => b.text !== blocks[i].text)) return false;
  body.forEach((b, i) => {
    blocks[i].story = b.story;
    if (b.table) blocks[i].table = { ...b.table };
    if (b.headingLevel !== undefined) blocks[i].headingLevel = b.headingLevel;
  });
  return true;
}

/** The file's footnote blocks, renumbered to follow `offset` blocks. */
export function blocksFromFile(fromFile: readonly TextBlock[], offset: number): TextBlock[] {
  return fromFile.filter((b) => b.story === 'footnote').map((b, i) => ({ ...b, index: offset + i }));
}

/** The report store of the document's file (custom XML part or settings), if it has one. */
export async function storeOfFile(getFile: () => Promise<Uint8Array>): Promise<ReportStore | undefined> {
  const pkg = await DocxPackage.load(await getFile());
  return findStorePart(pkg) ? readStore(pkg).store : undefined;
}
