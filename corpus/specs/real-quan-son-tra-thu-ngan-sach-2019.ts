// Quận Sơn Trà (Đà Nẵng): báo Đà Nẵng, "Năm 2019, quận Sơn Trà thu ngân sách hơn 760 tỷ đồng", baodanang.vn/channel/5404/202001/nam-2019-quan-son-tra-thu-ngan-sach-hon-760-ty-dong-3269147/;
// whole ("quốc danh" for "quốc doanh" as published). Each field's share of its dự toán is written without the dự toán.
// Planted: the non-state sector's 95,6% written 105,6%, though it is listed among the fields "không đạt dự toán".
import { change, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-quan-son-tra-thu-ngan-sach-2019.txt',
  prefix: 'st19',
  claims: [
    change({ id: 'plan-2020-over-2019', quote: ['tăng 11% so với thực hiện năm 2019', 'là 845 tỷ đồng', 'là 760,5 tỷ đồng'], x: '845', base: '760,5', stated: '11%', direction: 'tăng', note: 'The 2020 dự toán over the 2019 result of the first paragraph: 845/760,5 = +11,11%.' }),
    sum({ id: 'fields-met-and-missed', quote: ['Có 4/7 lĩnh vực thu đạt dự toán', '3/7 lĩnh vực không đạt dự toán'], parts: ['4', '3'], total: '7', labels: ['đạt dự toán', 'không đạt dự toán'] }),
    contradiction({ id: 'fields-met-named', kind: 'sum_parts', quote: ['Có 4/7 lĩnh vực thu đạt dự toán là', 'thu tại xã (268,1%)'], stated: '4', expected: '4 named, each at 100% or more', consistent: true, reason: 'Thuế SDĐ phi nông nghiệp 109,9%, phí - lệ phí 107,7%, thu khác 106,7%, thu tại xã 268,1%: four fields, all at or above their dự toán.' }),
    contradiction({ id: 'fields-missed-named', kind: 'other', quote: ['ngoài quốc danh (105,6%)', '3/7 lĩnh vực không đạt dự toán'], stated: '105,6%', expected: 'below 100% (a field that did not reach its dự toán)', consistent: false, reason: 'The three fields "không đạt dự toán" must each be below 100%; 105,6% is above it (the other two are 99,6% and 98%).', mistake: 'planted', original: 'ngoài quốc danh (95,6%)' }),
    contradiction({ id: 'headline-revenue', kind: 'repeat', quote: ['thu ngân sách hơn 760 tỷ đồng', 'Sơn Trà là 760,5 tỷ đồng'], stated: 'hơn 760 tỷ đồng', expected: '760,5 tỷ đồng', consistent: true, reason: 'The headline\'s "hơn 760 tỷ" is a lower bound of the body\'s 760,5 tỷ.' }),
  ],
});
