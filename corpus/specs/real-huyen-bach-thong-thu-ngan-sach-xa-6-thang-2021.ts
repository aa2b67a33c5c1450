// Huyện Bạch Thông (Bắc Kạn): budget revenue of its 14 communes and the township in the first half of 2021,
// as published on bachthong.gov.vn ("Khối xã, thị trấn thu ngân sách 6 tháng đầu năm đạt 47%").
import { difference, ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-bach-thong-thu-ngan-sach-xa-6-thang-2021.txt',
  prefix: 'bt',
  claims: [
    ratio({ id: 'revenue-plan', quote: ['mới thu ngân sách đạt 47% kế hoạch năm', 'đã thu được hơn 1,4 tỷ đồng', 'là  hơn 3 tỷ đồng'], x: '1,4 tỷ đồng', y: '3 tỷ đồng', stated: '47%', note: 'The base is the sentence before, the amount the paragraph after; both written "hơn", so only roughly: 1,4/3 = 46,7%.' }),
    repeat({ id: 'headline', quote: ['THU NGÂN SÁCH 6 THÁNG ĐẦU NĂM ĐẠT 47%', 'đạt 47% kế hoạch năm'], values: ['47%', '47%'] }),
    sum({ id: 'communes-by-rate', quote: ['đối với 14 xã, thị trấn', 'có 2 xã thu đạt từ 60% trở lên', '3 xã, thị trấn thu đạt từ 50%-60%', '8 xã còn lại thu dưới 50%'], parts: ['2', '3', '8'], total: '14', labels: ['≥ 60%', '50-60%', '< 50%'], mistake: 'planted', original: '9 xã còn lại thu dưới 50%', note: 'The three groups make 13 communes, not the 14 of the first paragraph.' }),
    difference({ id: 'still-to-collect', quote: ['số phải thu  còn lại của các xã, thị trấn trên địa bàn huyện là hơn 1,6 tỷ đồng'], a: '3', b: '1,4', stated: '1,6', note: 'Plan (hơn 3 tỷ) less collected (hơn 1,4 tỷ), all in tỷ đồng.' }),
  ],
});
