// Xã Luận Thành (Thường Xuân, Thanh Hóa): the commune's portal, "Cộng đồng dân cư",
// luanthanh.thuongxuan.gov.vn/web/trang-chu/tong-quan/cong-dong-dan-cu, 30/09/2013; whole (the visit counter left
// out; the page prints its text twice, the second copy left out). The two sectors listed after "Trong đó" are 2.229 of
// the 2.787 at work: the text names no third sector (services, about 558, 20%), so they are parts, not a sum that must
// make 2.787 (a trap). The trained 22,4% has no count.
import { atLeast, ratio, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-luan-thanh-cong-dong-dan-cu-2013.txt',
  prefix: 'ltd',
  claims: [
    sum({ id: 'ethnic-shares', quote: ['dân tộc Thái chiếm 47%', 'dân tộc Kinh chiếm 43%', 'dân tộc Mường chiếm 12%'], parts: ['47', '43', '12'], total: '100', implicitTotal: true, rounded: true, labels: ['Thái', 'Kinh', 'Mường'], mistake: 'planted', original: 'dân tộc Mường chiếm 10%', note: 'The three peoples add to 102%.' }),
    share({ id: 'farming-share', quote: ['1672 người, chiếm tỷ lệ 60%', 'Tổng số người trong độ tuổi lao động có việc làm: 2787'], x: '1672', y: '2787', stated: '60%', note: '1.672/2.787 = 59,99%.' }),
    share({ id: 'industry-share', quote: ['557 người, chiếm tỷ lệ 20%', 'Tổng số người trong độ tuổi lao động có việc làm: 2787'], x: '557', y: '2787', stated: '20%', note: '557/2.787 = 19,99%.' }),
    atLeast({ id: 'sectors-within-employed', quote: ['Tổng số người trong độ tuổi lao động có việc làm: 2787', '1672 người, chiếm tỷ lệ 60%', '557 người, chiếm tỷ lệ 20%'], big: '2787', small: '1672 + 557', trap: 'Two sectors after "Trong đó" make 2.229 of 2.787: the third (services) is not listed, so they need not add to the whole.' }),
    atLeast({ id: 'employed-within-working-age', quote: ['Số người trong độ tuổi lao động có khả năng lao động là 3927 người', 'Tổng số người trong độ tuổi lao động có việc làm: 2787'], big: '3927', small: '2787' }),
  ],
});
