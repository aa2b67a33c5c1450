// Phường Lê Hồng Phong (thành phố Quảng Ngãi): the province portal's city page (Đài Truyền thanh TP), the ward's
// revenue and spending of 2017 (no title in the stored copy),
// quangngai.gov.vn/vi/thanhpho/Pages/qnp-phuonglehongphong-thungan-qnpnd-7984-qnpnc-61-qnpsite-1.html; whole (the list
// of other news left out). No estimate or plan is written beside any "đạt …%", so none of the rates is checked; the
// revenue's two parts ("gần 5,3 tỷ", "trên 427 triệu") fit within the ward's "trên 7,1 tỷ" and the spending's two
// parts make its total.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-le-hong-phong-thu-chi-ngan-sach-2017.txt',
  prefix: 'lhp',
  claims: [
    atLeast({ id: 'ward-revenue-parts', quote: ['Thu ngân sách phường được hưởng trên 7,1 tỷ đồng', 'thu đạt gần 5,3 tỷ đồng', 'ước đạt trên 427 triệu đồng'], big: '7,1 tỷ đồng', small: '5,3 tỷ đồng + 427 triệu đồng', trap: 'Two named parts after "trong đó" that need not make the whole revenue: 5,73 tỷ within 7,1 tỷ.' }),
    sum({ id: 'spending-parts', quote: ['ước chi ngân sách trên 7,2 tỷ đồng', 'chi thường xuyên ước thực hiện 6,8 tỷ đồng và chi xây dựng cơ bản 600 triệu đồng'], parts: ['6,8 tỷ đồng', '600 triệu đồng'], total: '7,2 tỷ đồng', labels: ['chi thường xuyên', 'chi xây dựng cơ bản'], mistake: 'planted', original: 'chi xây dựng cơ bản 400 triệu đồng', note: 'Recurrent and capital spending add to 7,4 tỷ đồng, not the 7,2 tỷ written.' }),
  ],
});
