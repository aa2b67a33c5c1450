/** A report with `n` bound figures spread over body paragraphs, table cells and footnotes. */
import { figureTag, type FigureSpec, renderFigure } from '../../src/core/figures';
import { buildDocx, type BlockSpec, type Piece } from '../docx/build';
import { APRIL } from '../docx/figure-doc';

const SPECS: FigureSpec[] = [
  { kind: 'value', indicators: ['nn.lua'] },
  { kind: 'ratio', indicators: ['nn.ngo'] },
  { kind: 'percentOfPlan', indicators: ['ns.thu'], decimals: { pct: 2 } },
  { kind: 'change', indicators: ['nn.lua'] },
  { kind: 'sum', indicators: ['nn.lua', 'nn.ngo'] },
];

export async function manyFiguresDocx(n: number, fillerPerFigure = 0): Promise<Uint8Array> {
  const body: BlockSpec[] = [];
  const footnotes: Record<number, Piece[]> = {};
  for (let i = 0; i < n; i++) {
    const spec = SPECS[i % SPECS.length];
    const r = renderFigure(spec, APRIL);
    const fig: Piece = { tag: figureTag(`f${i.toString(36).padStart(5, '0')}`, spec), text: r.ok ? r.text : '?' };
    if (i % 10 === 7) body.push({ table: [[['Chỉ tiêu'], [fig]]] });
    else if (i % 10 === 9) {
      const id = Object.keys(footnotes).length + 1;
      footnotes[id] = ['Nguồn: Phòng Kinh tế; ', fig];
      body.push({ pieces: [`Nội dung ${i}`, { footnote: id }] });
    } else body.push({ pieces: [`Chỉ tiêu thứ ${i + 1} đạt `, fig, ' trong kỳ.'] });
    for (let k = 0; k < fillerPerFigure; k++) body.push({ pieces: ['Tiếp tục triển khai các nhiệm vụ trọng tâm theo kế hoạch đã đề ra, bảo đảm tiến độ và chất lượng; tăng cường kiểm tra, giám sát việc thực hiện ở các thôn.'] });
  }
  return buildDocx({ body, footnotes });
}
