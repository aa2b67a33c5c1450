// Cả nước: TTXVN infographics, "Các tỉnh có tỷ lệ tiêm vắc xin COVID-19 mũi 3 cao nhất và thấp nhất (nhóm từ 12 đến dưới 18
// tuổi)", infographics.vn/cac-tinh-co-ty-le-tiem-vac-xin-covid-19-mui-3-cao-nhat-va-thap-nhat-nhom-tu-12-den-duoi-18-tuoi/105597.vna;
// whole (the item code and section labels left out). The 63 provinces fall in three bands of the rate.
// Planted: the middle band's 23/63 written 25/63 (the bands then make 65 provinces).
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tiem-vac-xin-covid-mui-3-tre-12-18-tuoi-2022.txt',
  prefix: 'cv22',
  claims: [
    sum({ id: 'provinces-by-band', quote: ['có 28/63 tỉnh', '25/63 tỉnh', '12/63 tỉnh'], parts: ['28', '25', '12'], total: '63', labels: ['trên 70%', 'từ 50% đến dưới 70%', 'dưới 50%'], mistake: 'planted', original: '23/63 tỉnh, thành phố có tỷ lệ tiêm từ 50% đến dưới 70%' }),
    contradiction({ id: 'top-five-named', kind: 'sum_parts', quote: ['Có 5 tỉnh có tỷ lệ tiêm cao nhất là: Sóc Trăng, Bắc Giang, Lâm Đồng, Quảng Ninh, Kon Tum'], stated: '5', expected: '5 provinces named', consistent: true, reason: 'Five provinces are named.' }),
  ],
});
