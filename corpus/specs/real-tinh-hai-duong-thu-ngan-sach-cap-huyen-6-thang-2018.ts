// Tỉnh Hải Dương: báo Hải Dương, "Thu ngân sách cấp huyện tăng 33%" (Cục Thuế tỉnh's figures), baohaiduong.vn/kinh-te---tieu-dung/thu-ngan-sach-cap-huyen-tang-33-92438;
// whole (the comment box left out). District-level collection to 6/2018 against the year's dự toán.
// Planted: "5 địa phương" written 6 (the list names Chí Linh and four districts).
// Trap: the total's 89,1% of its dự toán is above its two named parts' 56,1% and 57,1% (other parts are not listed; a whole's
// rate need not lie between two of its parts').
import { contradiction, report, repeat } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-hai-duong-thu-ngan-sach-cap-huyen-6-thang-2018.txt',
  prefix: 'hd18t',
  claims: [
    repeat({ id: 'growth-twice', quote: ['Thu ngân sách cấp huyện tăng 33%', 'và tăng 33% so với cùng kỳ năm 2017'], values: ['33%', '33%'] }),
    contradiction({ id: 'localities-named', kind: 'sum_parts', quote: ['đã có 6 địa phương hoàn thành', 'là thị xã Chí Linh và các huyện: Nam Sách'], stated: '6', expected: '5 named', consistent: false, reason: 'The list names thị xã Chí Linh and the districts Nam Sách, Bình Giang, Thanh Hà, Thanh Miện: five, not six.', mistake: 'planted', original: 'đã có 5 địa phương hoàn thành' }),
    contradiction({ id: 'total-rate-vs-parts', kind: 'ratio_percent', quote: ['bằng 89,1% dự toán năm', 'bằng 56,1% kế hoạch', 'bằng 57,1% kế hoạch'], stated: '89,1%', expected: 'not bounded by two of the parts', consistent: true, reason: 'Only two sources are named; the others (and a dự toán already met by five localities) can lift the whole above both.', trap: 'a total\'s share of its plan above the shares of the two parts named after "Cụ thể".' }),
  ],
});
