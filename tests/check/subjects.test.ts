import { readPlainText } from '../../src/core/document/plain-text';
import { subjectsByBlock } from '../../src/core/check/subjects';

function subjects(text: string): Array<[string, string | undefined]> {
  const doc = readPlainText(text);
  const s = subjectsByBlock(doc.blocks);
  return doc.blocks.map((b) => [b.text, s.get(b.index)]);
}

test('a name in a table cell speaks for its row, not for the rows and tables after it', () => {
  const got = subjects('| Công trình | Vốn |\n|---|---|\n| Đường liên xã Phú Mỹ Đông | 4.200 |\n| Kênh mương thôn 4 | 1.100 |\n\nVăn bản.\n\n| Công trình | Vốn |\n|---|---|\n| Nhà văn hóa | 900 |\n');
  expect(got.filter(([, s]) => s !== undefined)).toEqual([['Đường liên xã Phú Mỹ Đông', 'xa phu my dong'], ['4.200', 'xa phu my dong']]);
});

test('a heading ends what the paragraphs of the part before it spoke of', () => {
  const got = subjects('## I. GIAO THÔNG\nỦy ban nhân dân xã Tân Hòa Tây báo cáo.\n### 1. Công trình\nXã Phú Mỹ Đông góp vốn.\n### 2. Tồn tại\nCòn nợ khối lượng.\n## II. THỦY LỢI\nKênh mương.');
  expect(got.map(([t, s]) => `${t.slice(0, 12)}=${s ?? '-'}`)).toEqual([
    '## I. GIAO T=-', 'Ủy ban nhân =xa tan hoa tay', '### 1. Công =xa tan hoa tay', 'Xã Phú Mỹ Đô=xa phu my dong', '### 2. Tồn t=xa tan hoa tay', 'Còn nợ khối =xa tan hoa tay', '## II. THỦY =xa tan hoa tay', 'Kênh mương.=xa tan hoa tay',
  ]);
});
