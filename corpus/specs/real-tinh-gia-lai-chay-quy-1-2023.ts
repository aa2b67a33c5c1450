// Tỉnh Gia Lai: Gia Lai TV, "Gia Lai ghi nhận xảy ra 15 vụ cháy trong quý I năm 2023" (title from the address; Phòng Cảnh sát
// PCCC và CNCH), gialaitv.vn/tin-tuc/tin-dia-phuong/gia-lai-ghi-nhan-xay-ra-15-vu-chay-trong-quy-i-nam-2023/; whole.
// The fires by kind of place are the largest groups only ("chiếm nhiều nhất"); the causes cover all 15.
// Planted: the fires whose cause is still investigated, 6, written 7.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-gia-lai-chay-quy-1-2023.txt',
  prefix: 'gl23',
  claims: [
    sum({ id: 'fires-by-cause', quote: ['xảy ra 15 vụ cháy', 'chập điện 6 vụ', 'sự cố kỹ thuật 2 vụ', 'sử dụng lửa 1 vụ', 'đang điều tra nguyên nhân 7 vụ'], parts: ['6', '2', '1', '7'], total: '15', labels: ['chập điện', 'sự cố kỹ thuật', 'bất cẩn khi sử dụng lửa', 'đang điều tra'], mistake: 'planted', original: 'đang điều tra nguyên nhân 6 vụ' }),
    atLeast({ id: 'fires-by-place', quote: ['xảy ra 15 vụ cháy', 'cháy nhà ở 6 vụ', 'nhà xưởng và kho hàng 5 vụ'], big: '15', small: '6 + 5', trap: 'the two largest kinds of place, not all the fires.' }),
  ],
});
