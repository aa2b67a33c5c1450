// TP Hà Nội: Người Đưa Tin, "Vụ án Trịnh Xuân Thanh sẽ được đưa ra xét xử vào đầu năm 2018" (title from the address; the
// city courts' year report 10/2016-9/2017), nguoiduatin.vn/vu-an-trinh-xuan-thanh-se-duoc-dua-ra-xet-xu-vao-dau-nam-2018-a349875.html;
// the paragraphs as stored (the title is not in them). Changes are written "tăng 2.029 vụ = 7%": last year's figure is this year's ∓ the change.
// Authors' slips: 27.755/30.777 = 90,18% written 90,1% (cut, in the lead and the body: one mistake); 193/27.755 = 0,695%
// written 0,69% (cut).
// Planted: the city court's first-instance criminal cases 597 written 579 (the three courts no longer make 7.761); the
// criminal cases' fall 1.308/9.069 = 14,4% written 16,9% (divided by this year's 7.761 instead).
import { atLeast, change, ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-ha-noi-toa-an-2017.txt',
  prefix: 'hn17',
  claims: [
    ratio({ id: 'resolved-rate', quote: ['đã giải quyết 27.755 vụ, đạt tỉ lệ 90,1%', 'giải quyết các loại án đạt tỉ lệ 90,1%', 'đã thụ lý 30.777 vụ'], x: '27.755', y: '30.777', stated: '90,1%', mistake: 'author', note: '27.755/30.777 = 90,181%, so 90,2%; the lead repeats the same 90,1%.' }),
    repeat({ id: 'resolved-rate-twice', quote: ['giải quyết các loại án đạt tỉ lệ 90,1%', 'đã giải quyết 27.755 vụ, đạt tỉ lệ 90,1%'], values: ['90,1%', '90,1%'] }),
    change({ id: 'accepted-rise', quote: 'tăng 2.029 vụ = 7%', x: '30.777', base: '30.777 − 2.029', stated: '7%', direction: 'tăng' }),
    ratio({ id: 'annulled-share', quote: ['193 vụ = 0,69% số án đã giải quyết'], x: '193', y: '27.755', stated: '0,69%', mistake: 'author', note: '193/27.755 = 0,6954%, so 0,70%.' }),
    change({ id: 'criminal-fall', quote: 'giảm 1.308 vụ = 16,9%', x: '7.761', base: '7.761 + 1.308', stated: '16,9%', direction: 'giảm', mistake: 'planted', original: 'giảm 1.308 vụ = 14,4%', note: '1.308/9.069 = 14,42%; 16,9% is 1.308/7.761, the fall over this year\'s figure.' }),
    sum({ id: 'criminal-cases-by-court', quote: ['Tổng số án hình sự đã thụ lý 7.761 vụ', 'thủ tục sơ thẩm 6.161 vụ', 'thụ lý sơ thẩm 579 vụ', 'phúc thẩm: 1.003 vụ'], parts: ['6.161', '579', '1.003'], total: '7.761', labels: ['huyện sơ thẩm', 'TP sơ thẩm', 'phúc thẩm'], mistake: 'planted', original: 'thụ lý sơ thẩm 597 vụ', note: 'As published, 6.161 + 597 + 1.003 = 7.761.' }),
    sum({ id: 'criminal-defendants-by-court', quote: ['7.761 vụ/13.147 bị cáo', '6.161 vụ/ 10.303 bị cáo', 'vụ/1.503 bị cáo', '1.003 vụ/ 1.341 bị cáo'], parts: ['10.303', '1.503', '1.341'], total: '13.147', labels: ['huyện sơ thẩm', 'TP sơ thẩm', 'phúc thẩm'] }),
    sum({ id: 'criminal-resolved-by-court', quote: ['Đã giải quyết 7.671 vụ', 'xét xử 6.120 vụ', 'đã giải quyết 564 vụ', 'đã giải quyết: 987 vụ'], parts: ['6.120', '564', '987'], total: '7.671', labels: ['huyện sơ thẩm', 'TP sơ thẩm', 'phúc thẩm'] }),
    sum({ id: 'criminal-resolved-defendants', quote: ['7.671 vụ/12.827 bị cáo', '6.120 vụ/10.150 bị cáo', '564 vụ/1.381 bị cáo', '987 vụ/1.296 bị cáo'], parts: ['10.150', '1.381', '1.296'], total: '12.827', labels: ['huyện sơ thẩm', 'TP sơ thẩm', 'phúc thẩm'] }),
    atLeast({ id: 'criminal-resolved-within-accepted', quote: ['Đã giải quyết 7.671 vụ', 'Tổng số án hình sự đã thụ lý 7.761 vụ'], big: '7.761', small: '7.671' }),
  ],
});
