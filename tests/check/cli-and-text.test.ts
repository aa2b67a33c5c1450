import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { checkDocument } from '../../src/core/check';
import { readPlainText } from '../../src/core/document/plain-text';
import { CORPUS, ROOT } from './support';

const BIN = path.join(ROOT, 'bin', 'baocao.js');

function cli(...args: string[]) {
  return spawnSync(process.execPath, [BIN, 'check', ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('baocao check', () => {
  test('--json prints the findings and exits 1 when there is an error finding', () => {
    const r = cli(path.join(CORPUS, '001_9331be7396ee03da.docx'), '--json');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<{ text: string; location: { story: string } }> };
    expect(out.findings.map((f) => f.text)).toContain('78,4%');
  });
  test('a report with nothing wrong exits 0 and says it is ready to sign', () => {
    const r = cli(path.join(CORPUS, '000_306bd0586b3c5796.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/sẵn sàng ký/);
  });
  test('human output names the place and the fix', () => {
    const r = cli(path.join(CORPUS, '001_9331be7396ee03da.txt'));
    expect(r.stdout).toMatch(/LỖI \[ratio-percent\] thân bài, đoạn \d+: “78,4%”/);
    expect(r.stdout).toMatch(/Sửa thành: 78,3%/);
  });
  test('unusable input exits 2 with a clear message', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-cli-'));
    const broken = path.join(dir, 'broken.docx');
    writeFileSync(broken, 'not a zip');
    const said = (r: ReturnType<typeof cli>): string => (expect(r.status).toBe(2), r.stderr.trim());
    expect(said(cli(broken))).toBe(`baocao check: không đọc được “${broken}”: không phải tệp Word .docx đọc được (tệp hỏng, hoặc là tệp khác đổi đuôi)`);
    expect(said(cli(path.join(dir, 'missing.txt')))).toMatch(/không đọc được “.*missing\.txt”: không có tệp này$/);
    expect(said(cli(path.join(dir, 'x.pdf')))).toMatch(/chỉ đọc báo cáo \.docx, \.txt hoặc \.md \(tệp này: “\.pdf”\)$/);
    const notJson = path.join(dir, 'may.json');
    writeFileSync(notJson, '{"period": ');
    expect(said(cli(path.join(CORPUS, '000_306bd0586b3c5796.txt'), '--data', notJson))).toMatch(/không dùng được số liệu “.*may\.json”: không phải tệp JSON hợp lệ$/);
    writeFileSync(notJson, '{"period": "2026-05"}');
    expect(said(cli(path.join(CORPUS, '000_306bd0586b3c5796.txt'), '--data', notJson))).toMatch(/không phải số liệu của một kỳ/);
    expect(cli().status).toBe(2);
  });
});

describe('plain text and Markdown reports', () => {
  test("Word's text export: footnote references removed, footnote bodies become footnote blocks", () => {
    const doc = readPlainText('Đoạn một có chú thích [footnoteRef:1] ở giữa. [1:  Nội dung chú thích\ncó hai dòng] Còn tiếp.\nĐoạn hai.');
    expect(doc.blocks.filter((b) => b.story === 'body').map((b) => b.text)).toEqual(['Đoạn một có chú thích ở giữa.  Còn tiếp.', 'Đoạn hai.']);
    expect(doc.blocks.filter((b) => b.story === 'footnote').map((b) => [b.footnoteId, b.text])).toEqual([
      ['1', 'Nội dung chú thích'],
      ['1', 'có hai dòng'],
    ]);
  });
  test('Markdown footnotes and pipe tables', () => {
    const doc = readPlainText('# Báo cáo\nLúa đạt 509/650 ha[^1].\n\n| Chỉ tiêu | Thực hiện | Kế hoạch |\n|---|---|---|\n| Lúa | 509 | 650 |\n\n[^1]: Nguồn: Phòng Kinh tế.');
    expect(doc.blocks[0]).toMatchObject({ text: '# Báo cáo', headingLevel: 1 });
    expect(doc.blocks[1].text).toBe('Lúa đạt 509/650 ha.');
    const cells = doc.blocks.filter((b) => b.story === 'table');
    expect(cells).toHaveLength(6);
    expect(cells[4]).toMatchObject({ text: '509', table: { table: 0, row: 1, cell: 1 } });
    expect(doc.blocks.at(-1)).toMatchObject({ story: 'footnote', footnoteId: '1', text: 'Nguồn: Phòng Kinh tế.' });
    doc.blocks.forEach((b, i) => expect(b.index).toBe(i));
  });
  test('every finding span is the exact text of its block', () => {
    const doc = readPlainText(readFileSync(path.join(CORPUS, '001_9331be7396ee03da.txt')));
    for (const f of checkDocument(doc)) expect(doc.blocks[f.location.block].text.slice(f.location.start, f.location.end)).toBe(f.text);
  });
});

function readFileSync(file: string): string {
  return require('node:fs').readFileSync(file, 'utf8') as string;
}

describe('robustness', () => {
  const pieces = fc.oneof(
    fc.constantFrom('đạt ', 'bằng ', 'vượt ', 'gồm: ', 'trong đó ', '/', '%', ', ', '; ', '. ', '(', ')', 'ha ', 'hộ ', 'triệu đồng ', 'tỷ ', '\n', 'III. ĐÁNH GIÁ CHUNG\n', 'lũy kế '),
    fc.constantFrom('chiếm ', 'kế hoạch ', 'cùng kỳ ', 'tăng ', 'giảm ', 'so với cùng kỳ ', '[footnoteRef:1]', '[1: ', ']', '| ', '|\n', 'không có trường hợp nào ', 'từ ngày 01/3 ', 'từ đầu năm ', 'cơ cấu ', 'tổng số ', 'tấn ', 'tạ ', 'người ', 'hội viên '),
    fc.double({ min: 0, max: 1e7, noNaN: true }).map((v) => `${v.toFixed(2).replace('.', ',')} `),
    fc.integer({ min: 0, max: 100000 }).map((v) => `${v}`),
    fc.string({ maxLength: 6 }),
  );
  test('the checker never throws on random report-like text, and its spans are exact', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        const doc = readPlainText(parts.join(''));
        for (const f of checkDocument(doc)) expect(doc.blocks[f.location.block].text.slice(f.location.start, f.location.end)).toBe(f.text);
      }),
      { numRuns: 500 },
    );
  });
  test('no catastrophic backtracking: long runs of digits, separators and spaces finish', () => {
    const nasty = [
      '1.'.repeat(20000),
      '1,'.repeat(20000),
      ' '.repeat(50000) + '%',
      '[1: '.repeat(5000),
      '|'.repeat(20000),
      'vượt '.repeat(10000),
      '('.repeat(20000) + '5 hộ' + ')'.repeat(20000),
      'Cơ cấu: chiếm 1%; '.repeat(3000),
      'không có trường hợp nào bị kỷ luật; có 01 trường hợp bị kỷ luật. '.repeat(1000),
      'Số hộ nghèo toàn xã là 12 hộ.\n'.repeat(3000),
      'kế hoạch 10 ha; đạt 5 ha, bằng 51% kế hoạch. '.repeat(2000),
      '| Lúa (ha) | 650 | 509 | 78,3 |\n'.repeat(3000),
    ];
    for (const text of nasty) expect(Array.isArray(checkDocument(readPlainText(text)))).toBe(true);
  });
});

test('a reader that stops early ("baocao score --corpus -v | head -c 10") ends the command quietly', () => {
  // the score is printed report by report: once head has its 10 bytes, writes are still to come
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" score --corpus -v | head -c 10`], { encoding: 'utf8', cwd: ROOT });
  expect(r.stdout).toMatch(/^file/);
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
}, 60000);
