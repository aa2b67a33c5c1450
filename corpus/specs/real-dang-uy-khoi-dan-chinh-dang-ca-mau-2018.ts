// Tỉnh Cà Mau: UBKT Tỉnh ủy's site, "Kết quả công tác kiểm tra, giám sát năm 2018 của Đảng ủy Dân chính Đảng" (title from
// the address), ubkttu.camau.dcs.vn/ket-qua-cong-tac-kiem-tra-giam-sat-nam-2018-cua-dang-uy-dan-chinh-dang.226; opening.
// Planted: the UBKT's 03 cases written 05, so the three bodies' cases no longer add to the 19 members disciplined.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-dang-uy-khoi-dan-chinh-dang-ca-mau-2018.txt',
  prefix: 'dcd',
  claims: [
    sum({ id: 'disciplined-by-body', quote: ['thi hành kỷ luật 19 đảng viên', 'Ban Thường vụ Đảng ủy thi hành kỷ luật 02 trường hợp', 'Ủy ban Kiểm tra Đảng ủy thi hành kỷ luật 05 trường hợp', 'chi bộ thi hành kỷ luật 14 trường hợp'], parts: ['02', '05', '14'], total: '19', labels: ['Ban Thường vụ', 'Ủy ban Kiểm tra', 'đảng ủy cơ sở và chi bộ'], mistake: 'planted', original: 'Ủy ban Kiểm tra Đảng ủy thi hành kỷ luật 03 trường hợp', note: '02 + 05 + 14 = 21 against 19; the published 03 gives 19.' }),
    atLeast({ id: 'founded-within-complaints', quote: ['giải quyết 04 đơn tố cáo', 'tố đúng và đúng một phần 04 đơn'], big: '04', small: '04' }),
    atLeast({ id: 'complaint-cases-within-disciplined', quote: ['thi hành kỷ luật 19 đảng viên', 'đã thi hành kỷ luật 04 trường hợp'], big: '19', small: '04' }),
  ],
});
