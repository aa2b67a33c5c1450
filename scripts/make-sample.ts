/**
 * Writes assets/sample/bao-cao-mau.docx, the report the browser preview opens: a short monthly report
 * of the sample commune with bound figures in the body and in a footnote, a table, a source footnote,
 * and plain-text numbers that do not agree (a percentage against its X/Y; parts against their total
 * and the data source), for the check. Run: `tsx scripts/make-sample.ts`.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FigureSpec } from '../src/core/figures/spec';
import { renderFigure } from '../src/core/figures/render';
import { SeedSchema } from '../src/core/indicators/api';
import { loadPeriodDataFile } from '../src/data/load-file';
import { DocxDocument } from '../src/docx/adapter';
import { SEED_FILE } from '../src/server';

const MARK = (n: number): string => `⟦${n}⟧`;

async function main(): Promise<void> {
  void SeedSchema;
  const data = await loadPeriodDataFile(SEED_FILE, '2026-05');
  const figures: FigureSpec[] = [
    { kind: 'ratio', indicators: ['lua-gieo-cay'], template: '{actual}/{plan} {unit}' },
    { kind: 'percentOfPlan', indicators: ['lua-gieo-cay'], template: '{pct}% kế hoạch' },
    { kind: 'ratio', indicators: ['ngo-xuan-he'], template: '{actual}/{plan} {unit}' },
    { kind: 'value', indicators: ['thu-nsnn'], template: '{value} {unit}' },
    { kind: 'ratio', indicators: ['thu-nsnn'], basis: 'cumulative', template: '{actual}/{plan} {unit}' },
    { kind: 'excess', indicators: ['thu-nsnn'], basis: 'cumulative', decimals: { excess: 2 }, template: 'vượt {excess}% kế hoạch giao' },
    { kind: 'value', indicators: ['ho-ngheo'], template: '{value} {unit}' },
    // The table row of lúa: bound like the text, so a refresh keeps the two in step.
    { kind: 'plan', indicators: ['lua-gieo-cay'], template: '{plan}' },
    { kind: 'value', indicators: ['lua-gieo-cay'], template: '{value}' },
    { kind: 'percentOfPlan', indicators: ['lua-gieo-cay'], template: '{pct}' },
  ];
  const body = (...parts: Array<string | number>): Paragraph =>
    new Paragraph({ children: parts.map((p) => new TextRun(typeof p === 'number' ? MARK(p) : p)) });
  const cell = (t: string | number): TableCell => new TableCell({ children: [new Paragraph(typeof t === 'number' ? MARK(t) : t)], width: { size: 2000, type: WidthType.DXA } });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5 NĂM 2026', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', heading: HeadingLevel.HEADING_1 }),
          body('Diện tích gieo cấy lúa đạt ', 0, ', bằng ', 1, '. Cây ngô xuân hè gieo trồng đạt ', 2, '.'),
          body('Diện tích gieo trồng rau, đậu các loại đạt 78/132 ha, bằng 58,1% kế hoạch.'),
          body('Thu ngân sách nhà nước trên địa bàn đạt ', 3, '; lũy kế đạt ', 4, ', ', 5, '.'),
          body('Toàn xã còn ', 6, ' nghèo.'),
          // Left unfinished, as a drafter would: the preview puts its cursor at the end of it.
          body('Trong tháng, diện tích lúa được gieo cấy mới là '),
          body('Tổng số hồ sơ tiếp nhận và giải quyết là 290 hồ sơ, gồm: 136 hồ sơ trực tuyến, 129 hồ sơ trực tiếp và 15 hồ sơ tồn kỳ trước.'),
          new Table({
            rows: [
              new TableRow({ children: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'].map(cell) }),
              new TableRow({ children: ['Lúa (ha)', 7, 8, 9].map(cell) }),
            ],
          }),
          new Paragraph({ text: 'II. ĐÁNH GIÁ CHUNG', heading: HeadingLevel.HEADING_1 }),
          body('Sản xuất nông nghiệp cơ bản ổn định; thu ngân sách vượt kế hoạch.'),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  const port = await DocxDocument.open(bytes);
  // Replace each marker with a bound figure rendered from the sample data, last first so offsets hold.
  const text = await port.readText();
  const places: Array<{ n: number; block: number; start: number; story: 'body' | 'table' | 'footnote' }> = [];
  for (const b of text.blocks) for (const m of b.text.matchAll(/⟦(\d+)⟧/g)) places.push({ n: Number(m[1]), block: b.index, start: m.index ?? 0, story: b.story });
  for (const p of places.sort((a, b) => b.block - a.block || b.start - a.start)) {
    const spec = figures[p.n];
    const r = renderFigure(spec, data);
    if (!r.ok) throw new Error(`figure ${p.n}: ${r.message}`);
    const marker = MARK(p.n);
    if (!(await port.replaceText({ story: p.story, block: p.block, start: p.start, end: p.start + marker.length }, marker, ''))) throw new Error('marker not replaced');
    await port.insertFigure(spec, r.text, { location: { story: p.story, block: p.block, start: p.start, end: p.start } });
  }
  const [first] = (await port.listFigures()).filter((f) => f.spec?.kind === 'value' && f.spec.indicators[0] === 'thu-nsnn');
  // A footnote that itself holds a bound figure: refresh reaches footnotes too.
  const [lua] = (await port.listFigures()).filter((f) => f.spec?.kind === 'ratio' && f.spec.indicators[0] === 'lua-gieo-cay');
  const planSpec: FigureSpec = { kind: 'plan', indicators: ['lua-gieo-cay'], template: '{plan} {unit}' };
  const plan = renderFigure(planSpec, data);
  if (!plan.ok) throw new Error(plan.message);
  await port.insertFootnote(['Kế hoạch năm 2026 giao ', { spec: planSpec, text: plan.text }, ' lúa (Nghị quyết của HĐND xã).'], { afterFigure: lua.key });
  await port.insertFootnote(['Nguồn: Phòng Kinh tế; số liệu đến 31/5/2026.'], { afterFigure: first.key });

  await port.setReportSettings({ period: '2026-05' });
  const out = path.resolve(__dirname, '..', 'assets', 'sample', 'bao-cao-mau.docx');
  writeFileSync(out, await port.save());
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

void main();
