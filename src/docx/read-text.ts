import type { DocumentText, FootnoteRef, TextBlock } from '../core/document/text';
import { buildModel, type DocxBlock } from './model';
import { DocxPackage } from './package';

/** The plain text blocks of a model, without the XML handles. */
export function toDocumentText(blocks: DocxBlock[], footnoteRefs?: readonly FootnoteRef[]): DocumentText {
  return {
    ...(footnoteRefs ? { footnoteRefs: footnoteRefs.map((r) => ({ ...r })) } : {}),
    blocks: blocks.map((b): TextBlock => {
      const out: TextBlock = { index: b.index, story: b.story, text: b.text };
      if (b.footnoteId !== undefined) out.footnoteId = b.footnoteId;
      if (b.table) out.table = { ...b.table };
      if (b.headingLevel !== undefined) out.headingLevel = b.headingLevel;
      return out;
    }),
  };
}

/**
 * The text of a .docx: body paragraphs and table cells in document order, then the footnotes in the
 * order the body references them. Content controls' text is part of their paragraph.
 * Rejects with an English message when the bytes are not a readable .docx.
 */
export async function readDocxText(bytes: Uint8Array): Promise<DocumentText> {
  const pkg = await DocxPackage.load(bytes);
  const model = buildModel(pkg);
  return toDocumentText(model.blocks, model.footnoteRefs);
}
