import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePeriod, periodOfDocument } from '../../src/core/document/period';
import type { DocumentText } from '../../src/core/document/text';
import { DocxDocument } from '../../src/docx/adapter';

const ROOT = path.resolve(__dirname, '..', '..');

describe('parsePeriod: the ways reports name their period', () => {
  test.each([
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5 NĂM 2026', '2026-05', 'THÁNG 5 NĂM 2026'],
    ['Báo cáo tháng 05/2026', '2026-05', 'tháng 05/2026'],
    ['tình hình tháng 12 - 2025', '2025-12', 'tháng 12 - 2025'],
    ['Kết quả 6 tháng đầu năm 2026', '2026-06', '6 tháng đầu năm 2026'],
    ['KẾT QUẢ 9 THÁNG NĂM 2026', '2026-09', '9 THÁNG NĂM 2026'],
    ['Quý III năm 2026, Đảng ủy xã…', '2026-Q3', 'Quý III năm 2026'],
    ['báo cáo quý 2/2026', '2026-Q2', 'quý 2/2026'],
    ['Giải ngân kế hoạch vốn đầu tư công năm 2026 (tính đến ngày 30/11/2026)', '2026-11', 'tính đến ngày 30/11/2026'],
    ['kết quả năm 2026 (tính đến hết ngày 31/12/2026)', '2026', 'tính đến hết ngày 31/12/2026'],
  ])('%s → %s', (text, period, phrase) => {
    expect(parsePeriod(text)).toMatchObject({ period, phrase });
  });

  test('half-year and nine-month reports read cumulative values', () => {
    expect(parsePeriod('6 tháng đầu năm 2026')?.cumulative).toBe(true);
    expect(parsePeriod('tháng 6 năm 2026')?.cumulative).toBeUndefined();
    expect(parsePeriod('năm 2026 (tính đến ngày 30/11/2026)')?.cumulative).toBe(true);
  });

  test('a year given elsewhere completes "quý III" and "tháng 5"', () => {
    expect(parsePeriod('Báo cáo quý III')).toBeNull();
    expect(parsePeriod('Báo cáo quý III', 2026)?.period).toBe('2026-Q3');
    expect(parsePeriod('nhiệm vụ tháng 5', 2027)?.period).toBe('2027-05');
  });

  test('a date is not a period; nonsense months and quarters are refused', () => {
    expect(parsePeriod('Lùng Phình, ngày      tháng 04  năm 2026')).toBeNull();
    expect(parsePeriod('ngày 15 tháng 5 năm 2026')).toBeNull();
    expect(parsePeriod('tháng 13 năm 2026')).toBeNull();
    expect(parsePeriod('quy định số 5 năm 2026')).toBeNull();
    expect(parsePeriod('kế hoạch giao 650 ha')).toBeNull();
  });

  test('the first period of the text wins', () => {
    expect(parsePeriod('Kết quả tháng 5 năm 2026, nhiệm vụ tháng 6 năm 2026')?.period).toBe('2026-05');
  });
});

describe('periodOfDocument', () => {
  const doc = (...texts: Array<string | [string, number]>): DocumentText => ({
    blocks: texts.map((t, index) => (typeof t === 'string' ? { index, story: 'body', text: t } : { index, story: 'body', text: t[0], headingLevel: t[1] })),
  });

  test('the title before the body, the heading year completing a quarter', () => {
    expect(periodOfDocument(doc('ĐẢNG ỦY XÃ TẢ PHÌN', 'BÁO CÁO QUÝ III NĂM 2026', 'Trong tháng 7 năm 2026 …'))?.period).toBe('2026-Q3');
    expect(periodOfDocument(doc(['Báo cáo kết quả năm 2026', 1], ['Quý IV', 2], 'Nội dung.'))?.period).toBe('2026-Q4');
    expect(periodOfDocument(doc(['BÁO CÁO TỔNG KẾT NĂM 2025', 1], 'Sản xuất vụ Xuân.'))?.period).toBe('2025');
  });

  test('a lead paragraph when the title names none; nothing when no period is named', () => {
    expect(periodOfDocument(doc(['I. CÔNG TÁC LÃNH ĐẠO', 1], 'Trong tháng 5 năm 2026, Ban Thường vụ …'))?.period).toBe('2026-05');
    expect(periodOfDocument(doc('Lùng Phình, ngày      tháng 04  năm 2026', 'Nội dung không có kỳ.'))).toBeNull();
  });

  test("a title of the year's results wins over a month its first paragraphs name; a title of months without a year does not", () => {
    expect(periodOfDocument(doc(['Kết quả hoạt động năm 2026 và phương hướng năm 2027 của Quỹ tín dụng nhân dân xã', 2], 'Cơn bão đổ bộ vào cuối tháng 9/2026 làm hư hỏng nhiều đầm tôm.'))?.period).toBe('2026');
    expect(periodOfDocument(doc(['Kết quả công tác 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2026', 2], 'Trong 6 tháng đầu năm 2026, Ban đã …'))?.period).toBe('2026-06');
  });

  test('the real May report and the bundled sample', async () => {
    for (const [file, period] of [
      ['corpus/001_9331be7396ee03da.docx', '2026-05'],
      ['assets/sample/bao-cao-mau.docx', '2026-05'],
    ]) {
      const d = await DocxDocument.open(readFileSync(path.join(ROOT, file)));
      expect(periodOfDocument(await d.readText())?.period).toBe(period);
    }
  });
});
