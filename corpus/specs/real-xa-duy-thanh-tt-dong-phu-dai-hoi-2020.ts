// Xã Duy Thành (Duy Xuyên) and thị trấn Đông Phú (Quế Sơn), Quảng Nam: báo Quảng Nam, "Đảng bộ xã Duy Thành (Duy
// Xuyên) và thị trấn Đông Phú (Quế Sơn) tổ chức đại hội" (title from the address),
// baoquangnam.vn/xay-dung-dang/dang-bo-xa-duy-thanh-duy-xuyen-va-thi-tran-dong-phu-que-son-to-chuc-dai-hoi-89588.html,
// 6/2020 (the day after 24/6); opening. The growth "vượt 0,5% so với chỉ tiêu" and the poverty rate "giảm 10,5% so với năm 2015" are
// in percentage points against figures the text does not give; Đông Phú's 18,37% is a mean of growth rates weighted
// by sectors the text does not give (none labelled). The infrastructure money is the budget, the people and "các
// nguồn khác", so the two named sources must only stay within the 85,6 tỷ.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-duy-thanh-tt-dong-phu-dai-hoi-2020.txt',
  prefix: 'dtd',
  claims: [
    sum({ id: 'structure', quote: ['tỷ trọng ngành thương mại - dịch vụ chiếm 42%', 'công nghiệp – tiểu thủ công nghiệp 40%', 'nông nghiệp 18%'], parts: ['42', '40', '18'], total: '100', implicitTotal: true, rounded: true, labels: ['thương mại - dịch vụ', 'công nghiệp - TTCN', 'nông nghiệp'] }),
    atLeast({ id: 'infrastructure-sources', quote: ['huy động hơn 85,6 tỷ đồng xây dựng cơ sở hạ tầng thiết yếu', 'ngân sách nhà nước các cấp đầu tư 84,4 tỷ đồng', 'nhân dân đóng góp 6,1 tỷ đồng'], big: '85,6 tỷ đồng', small: '84,4 tỷ đồng + 6,1 tỷ đồng', mistake: 'planted', original: 'ngân sách nhà nước các cấp đầu tư 48,4 tỷ đồng', note: 'The budget and the people give 90,5 tỷ, more than the whole 85,6 tỷ ("hơn"); with the published 48,4 tỷ they give 54,5 and the other sources the rest.' }),
  ],
});
