/**
 * A report with bound figures in the body, a table and a footnote, as the refresh tests use it:
 * written with the `docx` package for April's data, with its report store.
 */
import { renderFigure, figureTag, type FigureSpec, emptyStore, withFigure, type ReportStore } from '../../src/core/figures';
import { DocxPackage } from '../../src/docx/package';
import { writeStore } from '../../src/docx/store';
import { periodData } from '../figures/fixture';
import { buildDocx, type Piece } from './build';

export interface FixtureFigure {
  id: string;
  spec: FigureSpec;
  /** Text in the document. */
  text: string;
  /** In the store? (a figure pasted from elsewhere is not). */
  stored: boolean;
}

export const APRIL = periodData('2026-04', 0.9);
export const MAY = periodData('2026-05');

function rendered(spec: FigureSpec, data = APRIL): string {
  const r = renderFigure(spec, data);
  if (!r.ok) throw new Error(r.message);
  return r.text;
}

export const FIGURES: Record<string, FixtureFigure> = {
  lua: { id: 'lua001', spec: { kind: 'ratio', indicators: ['nn.lua'], template: 'đạt {actual}/{plan:1} {unit}, bằng {pct}% kế hoạch' }, text: '', stored: true },
  ngo: { id: 'ngo001', spec: { kind: 'value', indicators: ['nn.ngo'] }, text: '', stored: false },
  thu: { id: 'thu001', spec: { kind: 'value', indicators: ['ns.thu'] }, text: '', stored: true },
  ngheo: { id: 'ngh001', spec: { kind: 'value', indicators: ['xh.ho-ngheo'], leadingZero: true }, text: '', stored: true },
  tiem: { id: 'tie001', spec: { kind: 'percentOfPlan', indicators: ['yt.tiem'] }, text: '50,0% kế hoạch', stored: true },
  tay: { id: 'tay001', spec: { kind: 'value', indicators: ['nn.lua'] }, text: '990 ha', stored: true },
  /** Pasted from another report: its spec (a custom template) did not fit in the tag and is not in this store. */
  lac: { id: 'lac001', spec: { kind: 'value', indicators: ['nn.lua'], template: 'lúa {value} ha' }, text: 'lúa 5 ha', stored: false },
  nguon: { id: 'ngu001', spec: { kind: 'value', indicators: ['nn.lua'], template: '{department}, số liệu đến {asOf}' }, text: '', stored: true },
  tong: { id: 'ton001', spec: { kind: 'sum', indicators: ['nn.lua', 'nn.ngo'] }, text: '', stored: true },
};
for (const f of Object.values(FIGURES)) if (!f.text) f.text = rendered(f.spec);

const fig = (name: keyof typeof FIGURES): Piece => ({ tag: figureTag(FIGURES[name].id, FIGURES[name].spec), text: FIGURES[name].text });

/** The store as the add-in left it after April's refresh; "tay" was edited by hand since. */
export function aprilStore(): ReportStore {
  let store: ReportStore = { ...emptyStore(), period: '2026-04', sourceUrl: 'http://127.0.0.1:3100' };
  for (const [name, f] of Object.entries(FIGURES)) {
    if (f.stored) store = withFigure(store, f.id, f.spec, name === 'tay' ? rendered(f.spec) : f.text);
  }
  return store;
}

export async function figureDocx(extraParagraphs = 0): Promise<Uint8Array> {
  const filler = Array.from({ length: extraParagraphs }, (_, i) => ({ pieces: [`Đoạn văn thứ ${i + 1}: tiếp tục thực hiện các nhiệm vụ, giải pháp trọng tâm theo kế hoạch của Đảng ủy xã.`] }));
  const bytes = await buildDocx({
    body: [
      { heading: 1, pieces: ['I. KINH TẾ'] },
      { pieces: ['Diện tích gieo cấy lúa ', fig('lua'), '; ngô ', fig('ngo'), { footnote: 1 }, '.'] },
      { table: [[['Chỉ tiêu'], ['Kết quả']], [['Thu ngân sách'], [fig('thu')]], [['Hộ thoát nghèo'], [fig('ngheo')]]] },
      { pieces: ['Tiêm chủng đạt ', fig('tiem'), '.'] },
      ...filler,
      { pieces: ['Số sửa tay: ', fig('tay'), '; ngô (dán lại): ', fig('ngo'), '; lạc: ', fig('lac'), '.'] },
    ],
    footnotes: { 1: ['Nguồn: ', fig('nguon'), '; tổng diện tích ', fig('tong'), '.'] },
  });
  const pkg = await DocxPackage.load(bytes);
  writeStore(pkg, aprilStore());
  return pkg.save();
}
