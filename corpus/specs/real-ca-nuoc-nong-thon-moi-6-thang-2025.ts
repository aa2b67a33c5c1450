// National: VietNamNet, "Thực hiện bằng được mục tiêu xây dựng nông nghiệp sinh thái, nông thôn hiện đại" (title from the
// address; figures to June 2025), vietnamnet.vn/thuc-hien-bang-duoc-muc-tieu-xay-dung-nong-nghiep-sinh-thai-nong-thon-hien-dai-2417692.html;
// the paragraph as stored (the date line left out). The 42,4% and 12,3% are not of the 6.084 communes nor of the 7.669
// (2.567/6.084 = 42,19%, 743/6.084 = 12,21%); their base (about 6.054) is not written, so they are traps, not claims. The
// "tăng 10,6%" has no base. Planted: the 6.084 communes written 6.048 (digits swapped), against the 79,3%.
import { contradiction, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-nong-thon-moi-6-thang-2025.txt',
  prefix: 'nt5',
  claims: [
    ratio({ id: 'communes-meeting-standard', quote: ['6.048/7.669 xã (79,3%)'], x: '6.048', y: '7.669', stated: '79,3%', mistake: 'planted', original: 'cả nước có 6.084/7.669 xã (79,3%)', note: '6.048/7.669 = 78,86%; the published 6.084 gives 79,33%.' }),
    contradiction({ id: 'advanced-share-base', kind: 'share_percent', quote: ['có 2.567 xã (42,4%)'], stated: '42,4%', expected: 'a share of a base the text does not give', consistent: true, reason: '2.567 is 42,19% of the communes meeting the standard and 33,47% of all communes; 42,4% fits a base of about 6.054, which the text does not write.', trap: 'a percent of another base next to an X/Y.' }),
    contradiction({ id: 'model-share-base', kind: 'share_percent', quote: ['743 xã (12,3%)'], stated: '12,3%', expected: 'a share of a base the text does not give', consistent: true, reason: '743 is 12,21% of the communes meeting the standard and 9,69% of all communes; 12,3% fits the same unwritten base as the 42,4%.', trap: 'a percent of another base next to an X/Y.' }),
  ],
});
