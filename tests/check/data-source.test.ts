import { checkDocument } from '../../src/core/check';
import { readPlainText } from '../../src/core/document/plain-text';
import { PeriodDataSchema, type PeriodData } from '../../src/core/indicators/schema';

const at = '2026-05-31T10:00:00+07:00';
const data: PeriodData = PeriodDataSchema.parse({
  period: '2026-05',
  indicators: [
    { id: 'lua-gieo-cay', name: 'Diện tích gieo cấy lúa', unit: 'ha', group: 'Nông nghiệp', department: 'Phòng Kinh tế', aliases: ['lúa'], decimals: 0 },
    { id: 'thu-nsnn', name: 'Thu ngân sách nhà nước', unit: 'triệu đồng', group: 'Tài chính', department: 'Phòng Kinh tế', aliases: [], decimals: 0 },
  ],
  values: [
    { indicatorId: 'lua-gieo-cay', period: '2026-05', value: 509, cumulative: 509, plan: 650, samePeriodLastYear: 498, version: 1, updatedBy: 'seed', updatedAt: at, source: 'seed' },
    { indicatorId: 'thu-nsnn', period: '2026-05', value: 626, cumulative: 1532, plan: 1095, samePeriodLastYear: null, version: 1, updatedBy: 'seed', updatedAt: at, source: 'seed' },
  ],
  generatedAt: at,
});

function check(text: string) {
  return checkDocument(readPlainText(text), { data }).filter((f) => f.rule === 'data-source').map((f) => [f.text, f.expected]);
}

test('figures that agree with the data source are not reported', () => {
  expect(check('Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch. Thu ngân sách nhà nước đạt 626 triệu đồng; lũy kế đạt 1.532/1.095 triệu đồng.')).toEqual([]);
});

test('a value, a plan and a cumulative that differ from the data source are reported with the right figure', () => {
  expect(check('Diện tích gieo cấy lúa đạt 519/650 ha.')).toEqual([['519', '509']]);
  expect(check('Diện tích gieo cấy lúa đạt 509/600 ha.')).toEqual([['600', '650']]);
  expect(check('Thu ngân sách nhà nước lũy kế đạt 1.523 triệu đồng.')).toEqual([['1.523 triệu', '1.532 triệu']]);
});

test('without data the rule says nothing, and other units are not compared', () => {
  expect(checkDocument(readPlainText('Diện tích gieo cấy lúa đạt 519/650 ha.')).filter((f) => f.rule === 'data-source')).toEqual([]);
  expect(check('Diện tích gieo cấy lúa có 12 hộ tham gia.')).toEqual([]);
});

test('only the figure the name speaks of: not a need, not a number further on about something else', () => {
  // the number right after the name is the lúa figure; "có nhu cầu" says what is wanted, not what was done
  expect(check('Diện tích gieo cấy lúa có nhu cầu mở rộng thêm 40 ha.')).toEqual([]);
  expect(check('Diện tích gieo cấy lúa tăng nhờ thời tiết thuận lợi, các thôn vùng cao đã cải tạo ruộng bậc thang và mở rộng 40 ha.')).toEqual([]);
});

test('a bound figure is left to refresh: its value follows its own spec (a cumulative, a change…)', () => {
  const text = 'Thu ngân sách nhà nước đạt 1.532 triệu đồng.';
  const doc = readPlainText(text);
  const start = text.indexOf('1.532');
  const figures = [{ block: 0, start, end: start + '1.532 triệu đồng'.length }];
  expect(checkDocument(doc, { data }).filter((f) => f.rule === 'data-source').map((f) => f.text)).toEqual(['1.532 triệu']);
  expect(checkDocument(doc, { data, figures }).filter((f) => f.rule === 'data-source')).toEqual([]);
});
