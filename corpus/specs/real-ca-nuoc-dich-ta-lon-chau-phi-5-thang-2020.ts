// Cả nước: Nhà nông xanh (Kinh tế nông thôn), "Dịch tả lợn châu Phi phát sinh thêm tại 47 xã" (Cục Thú y's figures),
// nhanongxanh.vn/box/dich-ta-lon-chau-phi-phat-sinh-them-tai-47-xa-135579/; whole. The communes by month and the pigs culled by
// month add to the totals given first and last.
// The authors' slip: 25 new communes against the months' 22 + 2 (March had none). Planted: March's 6.930 pigs written 6.390.
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-dich-ta-lon-chau-phi-5-thang-2020.txt',
  prefix: 'asf20',
  claims: [
    contradiction({ id: 'headline-communes', kind: 'repeat', quote: ['Dịch tả lợn châu Phi phát sinh thêm tại 47 xã', 'bệnh dịch tả lợn châu Phi phát sinh thêm tại 47 xã, trong đó'], stated: '47', expected: '47', consistent: true, reason: 'Headline and body agree.' }),
    sum({ id: 'communes-new-and-relapsed', quote: ['phát sinh thêm tại 47 xã, trong đó', '25 xã mới có dịch', '22 xã tái phát dịch'], parts: ['25', '22'], total: '47', labels: ['mới có dịch', 'tái phát'] }),
    sum({ id: 'new-communes-by-month', quote: ['25 xã mới có dịch', 'phát sinh thêm tại 22 xã mới', 'phát sinh thêm tại 2 xã mới', 'không phát sinh xã mới'], parts: ['22', '2'], total: '25', labels: ['tháng 1', 'tháng 2'], mistake: 'author', note: 'January 22 and February 2 new communes, none in March, relapses only in April and May: 24 new communes, not 25.' }),
    sum({ id: 'relapsed-communes-by-month', quote: ['22 xã tái phát dịch', 'tái phát tại 12 xã', 'tái phát tại 10 xã'], parts: ['12', '10'], total: '22', labels: ['tháng 4', 'tháng 5'] }),
    sum({ id: 'pigs-by-month', quote: ['Tổng số lợn phải tiêu hủy là 27.662 con', 'tiêu hủy là 12.037 con', 'tiêu hủy là 7.435 con', 'tiêu hủy là 6.390 con', 'tiêu hủy là 1.182 con', 'tiêu hủy là 78 con'], parts: ['12.037', '7.435', '6.390', '1.182', '78'], total: '27.662', labels: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'đầu tháng 5'], mistake: 'planted', original: 'số lợn tiêu hủy là 6.930 con', note: '12.037 + 7.435 + 6.930 + 1.182 + 78 = 27.662 as published.' }),
  ],
});
