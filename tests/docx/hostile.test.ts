/**
 * Hostile .docx files are refused before they fill the memory, with a message that says why, in
 * Vietnamese: a part that inflates far beyond its file (honest or lying headers), too many parts,
 * parts that share their bytes. Time and memory are measured by bench/hostile-files.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspectZip, ZipLimitError } from '../../src/core/zip/inspect';
import { DOCX_LIMITS } from '../../src/docx/package';
import { readDocxText } from '../../src/docx/read-text';
import { openReportBytes } from '../../src/taskpane/preview/open-file';
import { DOC_HEAD, DOC_TAIL, docxWith, hostileZip, paragraphs } from '../support/hostile-zip';

const ROOT = path.resolve(__dirname, '..', '..');
const MB = 1024 * 1024;
/** A paragraph whose one text run is `mb` megabytes of the same letter. */
const huge = (mb: number) => ({ head: `${DOC_HEAD}<w:p><w:r><w:t>`, body: 'a'.repeat(1024), times: mb * 1024, tail: `</w:t></w:r></w:p>${DOC_TAIL}` });

test('a document.xml that says it inflates to 100 MB is refused from its headers', async () => {
  const bytes = await docxWith(huge(100));
  expect(bytes.length).toBeLessThan(MB);
  const err = await readDocxText(bytes).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZipLimitError);
  expect((err as Error).message).toBe('Tệp .docx có phần “word/document.xml” giải nén ra 100 MB, quá giới hạn 8 MB; không đọc tệp này.');
});

test('a document.xml whose headers say 1 KB but that inflates to 100 MB is stopped while it inflates', async () => {
  const bytes = await docxWith(huge(100), { declaredSize: 1024 });
  const err = await readDocxText(bytes).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZipLimitError);
  expect((err as Error).message).toMatch(/phần “word\/document\.xml” giải nén ra hơn 8 MB \(dù ghi là nhỏ hơn\)/);
});

test('many small parts that add up, too many parts, and parts sharing their bytes are refused', async () => {
  const parts = Array.from({ length: 5 }, (_, i) => ({ name: `word/extra${i}.xml`, content: { body: 'x'.repeat(1024), times: 6 * 1024 } }));
  const sum = await hostileZip([{ name: 'word/document.xml', content: `${DOC_HEAD}${DOC_TAIL}` }, ...parts]);
  await expect(readDocxText(sum)).rejects.toThrow(/giải nén ra hơn 24 MB, quá giới hạn/);
  const many = await hostileZip([{ name: 'word/document.xml', content: `${DOC_HEAD}${DOC_TAIL}` }, ...Array.from({ length: 2100 }, (_, i) => ({ name: `media/p${i}.bin`, content: 'x', method: 0 as const }))]);
  await expect(readDocxText(many)).rejects.toThrow(/có 2101 phần, quá giới hạn 2000 phần/);
  // Two names for the same bytes: the central directory's second entry points at the first one's data.
  const twice = await hostileZip([
    { name: 'word/document.xml', content: `${DOC_HEAD}${DOC_TAIL}` },
    { name: 'word/footnotes.xml', content: 'x' },
  ]);
  const view = Buffer.from(twice);
  const cd = view.readUInt32LE(view.length - 6);
  const second = cd + 46 + 'word/document.xml'.length;
  view.writeUInt32LE(0, second + 42);
  await expect(readDocxText(view)).rejects.toThrow(/not a \.docx.*chồng lên nhau|không tìm thấy phần/);
});

test('a report of ordinary size still opens', async () => {
  const doc = await readDocxText(await docxWith(paragraphs(2000)));
  expect(doc.blocks).toHaveLength(2000);
});

test('baocao check and the web workbench refuse a bomb with the reason, in Vietnamese', async () => {
  const bytes = await docxWith(huge(50), { declaredSize: 2048 });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-bomb-')), 'bom.docx');
  writeFileSync(file, bytes);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'baocao.js'), 'check', file], { encoding: 'utf8', cwd: ROOT });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/giải nén ra hơn 8 MB \(dù ghi là nhỏ hơn\), quá giới hạn/);
  const opened = await openReportBytes('bom.docx', bytes);
  expect(opened).toEqual({ ok: false, message: expect.stringMatching(/^Không mở được “bom\.docx”: Tệp \.docx có phần “word\/document\.xml” giải nén ra hơn 8 MB/) });
}, 30000);

test('without TextDecoder (IE 11, the lite pane in Office 2016) a .docx reads the same, names with diacritics too', async () => {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  zip.file('word/document.xml', `${DOC_HEAD}<w:p><w:r><w:t>Thu ngân sách đạt 2.311 triệu đồng</w:t></w:r></w:p>${DOC_TAIL}`);
  zip.file('customXml/báo-cáo.xml', '<x/>');
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const withDecoder = await readDocxText(bytes);
  const names = inspectZip(bytes, DOCX_LIMITS).map((e) => e.name);
  const saved = globalThis.TextDecoder;
  try {
    delete (globalThis as { TextDecoder?: unknown }).TextDecoder;
    expect(typeof TextDecoder).toBe('undefined');
    expect(await readDocxText(bytes)).toEqual(withDecoder);
    expect(inspectZip(bytes, DOCX_LIMITS).map((e) => e.name)).toEqual(names);
  } finally {
    globalThis.TextDecoder = saved;
  }
  expect(names).toContain('customXml/báo-cáo.xml');
  expect(withDecoder.blocks.map((b) => b.text)).toContain('Thu ngân sách đạt 2.311 triệu đồng');
});
