// Tỉnh Đắk Nông: UBND huyện Cư Jút's portal, "Đắk Nông bầu đủ 6 đại biểu Quốc hội khóa XV và 52 đại biểu HĐND tỉnh nhiệm kỳ
// 2021-2026" (the province's election committee), cujut.daknong.gov.vn/dak-nong-bau-du-6-dai-bieu-quoc-hoi-khoa-xv-va-52-dai-bieu-hdnd-tinh-nhiem-ky-2021-2026/;
// whole (the category and date line left out). Planted: the voters 425.171 written 425.711 (digits swapped), against the
// 99,77% turnout.
import { atLeast, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-dak-nong-bau-cu-2021.txt',
  prefix: 'dnb',
  claims: [
    share({ id: 'turnout', quote: ['đạt tỷ lệ 99,77% cử tri đi bầu', '425.711/426.148 cử tri'], x: '425.711', y: '426.148', stated: '99,77%', mistake: 'planted', original: 'Số cử tri trong tỉnh đi bầu là 425.171/426.148 cử tri', note: '425.711/426.148 = 99,90%; the published 425.171 gives 99,77%.' }),
    share({ id: 'council-women', quote: ['15 đại biểu nữ, chiếm tỷ lệ 28,85%', 'trong 52 đại biểu trúng cử'], x: '15', y: '52', stated: '28,85%' }),
    share({ id: 'council-ethnic', quote: ['9 đại biểu là dân tộc thiểu số, chiếm tỷ lệ 17,31%', 'trong 52 đại biểu trúng cử'], x: '9', y: '52', stated: '17,31%' }),
    share({ id: 'council-young', quote: ['10 đại biểu trẻ dưới 40 tuổi, chiếm 19,23%', 'trong 52 đại biểu trúng cử'], x: '10', y: '52', stated: '19,23%' }),
    sum({ id: 'deputies-re-elected-and-new', quote: ['Trong 6 đại biểu trúng cử có 2 đại biểu tái cử', '2 đại biểu tái cử và 4 đại biểu giới thiệu mới'], parts: ['2', '4'], total: '6', labels: ['tái cử', 'giới thiệu mới'] }),
    repeat({ id: 'council-seats', quote: ['và 52 đại biểu HĐND tỉnh nhiệm kỳ 2021-2026', 'bầu đủ 52 đại biểu HĐND tỉnh', 'trong 52 đại biểu trúng cử'], values: ['52', '52', '52'] }),
    atLeast({ id: 'council-re-elected-within-seats', quote: ['bầu đủ 52 đại biểu HĐND tỉnh', 'Trong đó có 25 người tái cử'], big: '52', small: '25' }),
    atLeast({ id: 'district-re-elected-within-seats', quote: ['271 đại biểu HĐND cấp huyện', 'Trong đó có 126 đại biểu tái cử'], big: '271', small: '126' }),
  ],
});
