/** Rolling reports forward: period mentions moved as written, the real May report rolled to June. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../../src/core/check';
import { proposeBindings } from '../../src/core/bind';
import { renderFigure } from '../../src/core/figures/render';
import { applyRoll, periodMentions, readRollPlan, shiftMention } from '../../src/core/roll';
import { loadPeriodDataFile } from '../../src/data/load-file';
import { DocxDocument } from '../../src/docx/adapter';
import { SEED_FILE } from '../../src/server';
import { buildDocx } from '../docx/build';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');
const shift = (text: string, delta: number, year = 2026) => {
  const m = periodMentions({ index: 0, story: 'body', text })[0];
  return m && shiftMention(m, delta, year);
};

test('a mention moves its numbers and keeps its words, case and style', () => {
  expect(shift('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5 NĂM 2026', 1)).toBe('THÁNG 6 NĂM 2026');
  expect(shift('Lùng Phình, ngày      tháng 04  năm 2026', 1)).toBe('tháng 05  năm 2026');
  expect(shift('kết quả tháng 12/2026', 1)).toBe('tháng 1/2027');
  expect(shift('trong tháng 12', 1)).toBeUndefined();
  expect(shift('BÁO CÁO QUÝ II NĂM 2026', 3)).toBe('QUÝ III NĂM 2026');
  expect(shift('trong quý IV', 3)).toBeUndefined();
  expect(shift('quý 2/2026', 3)).toBe('quý 3/2026');
  expect(shift('quý II năm 2026', 1)).toBeUndefined();
  expect(shift('kết quả 6 tháng đầu năm 2026', 3)).toBe('9 tháng đầu năm 2026');
  expect(shift('lũy kế 5 tháng đạt 3.748 lượt', 1)).toBe('6 tháng');
  // a document's date is not the report's period
  expect(periodMentions({ index: 0, story: 'body', text: 'Kế hoạch số 125-KH/ĐU ngày 11/5/2026' })).toEqual([]);
  expect(periodMentions({ index: 0, story: 'body', text: 'ngày 15 tháng 5 năm 2026' })[0].inDate).toBe(true);
});

test('the May report, bound, rolls to June: figures recomputed or missing, title lines moved, the rest listed', async () => {
  const doc = await DocxDocument.open(readFileSync(path.join(CORPUS, '001_9331be7396ee03da.docx')));
  const may = await loadPeriodDataFile(SEED_FILE, '2026-05');
  const june = await loadPeriodDataFile(SEED_FILE, '2026-06');
  await doc.bindFigures(proposeBindings(await doc.readText(), may).candidates.filter((c) => c.sure));
  const plan = await readRollPlan(doc, '2026-05', '2026-06', june, may);
  expect(plan.missing.map((m) => m.old)).toEqual(['02 hộ', '12 triệu đồng']);
  expect(plan.missing.every((m) => /chưa có số thực hiện tháng 6\/2026/.test(m.message))).toBe(true);
  expect(plan.lines.map((l) => [l.why, l.expected, l.replacement])).toEqual([
    ['title', 'THÁNG 5 NĂM 2026', 'THÁNG 6 NĂM 2026'],
    ['title', 'THÁNG 6 NĂM 2026', 'THÁNG 7 NĂM 2026'],
    ['closing', 'tháng 5', 'tháng 6'],
    ['closing', 'tháng 6', 'tháng 7'],
  ]);
  const old = plan.mentions.filter((m) => m.oldPeriod);
  expect(old.length).toBeGreaterThanOrEqual(8);
  expect(old.every((m) => m.suggestion !== undefined)).toBe(true);
  expect(plan.mentions.find((m) => m.text === '5 tháng')?.suggestion).toBe('6 tháng');
  expect(plan.oldValues?.map((v) => v.text)).toEqual(['120 lao động']);

  const outcome = await applyRoll(doc, plan);
  expect(outcome.lines.every(Boolean)).toBe(true);
  expect(outcome.figures.applied.length).toBe(plan.refresh.edits.length);
  const text = await doc.readText();
  expect(text.blocks.find((b) => b.text.startsWith('II. '))?.text).toBe('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 6 NĂM 2026');
  expect(text.blocks.find((b) => b.text.startsWith('IV. '))?.text).toBe('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 7 NĂM 2026');
  for (const f of await doc.listFigures()) {
    const r = renderFigure(f.spec!, june);
    expect(f.text).toBe(r.ok ? r.text : f.text);
  }
  expect(text.blocks[10].text).toContain('Diện tích gieo cấy lúa đạt 632/650 ha, bằng 78,4% kế hoạch');
  expect((await doc.getReportSettings()).period).toBe('2026-06');
  // the plain 78,4% left from May now disagrees with June's 632/650: the check says so
  const findings = checkDocument(text);
  expect(findings.some((f) => f.location.block === 10 && f.text === '78,4%' && f.fix === '97,2%')).toBe(true);
}, 60000);

test('a quarterly report moves a quarter, its date line too; the April report moves its date line', async () => {
  const doc = await DocxDocument.open(
    await buildDocx({
      body: [
        { pieces: ['Tà Phìn, ngày 28 tháng 6 năm 2026'] },
        { heading: 1, pieces: ['BÁO CÁO KẾT QUẢ QUÝ II NĂM 2026'] },
        { pieces: ['Trong quý II năm 2026, tháng 6 có mưa lớn.'] },
      ],
    }),
  );
  const june = await loadPeriodDataFile(SEED_FILE, '2026-06');
  const plan = await readRollPlan(doc, '2026-Q2', '2026-Q3', { ...june, period: '2026-Q3', values: [] });
  expect(plan.lines.map((l) => l.after)).toEqual(['Tà Phìn, ngày 28 tháng 9 năm 2026', 'BÁO CÁO KẾT QUẢ QUÝ III NĂM 2026']);
  expect(plan.mentions.map((m) => [m.text, m.suggestion, m.oldPeriod])).toEqual([
    ['quý II năm 2026', 'quý III năm 2026', true],
    ['tháng 6', 'tháng 9', false],
  ]);
  const april = await DocxDocument.open(readFileSync(path.join(CORPUS, '000_306bd0586b3c5796.docx')));
  const p2 = await readRollPlan(april, '2026-04', '2026-05', await loadPeriodDataFile(SEED_FILE, '2026-05'));
  expect(p2.lines.find((l) => l.why === 'date')?.after.trim()).toBe('Lùng Phình, ngày      tháng 05  năm 2026');
});
