// Xã Sông Nhạn (Cẩm Mỹ, Đồng Nai): the commune's page on the province's science and technology portal, "Tiềm năng
// kinh tế - xã hội" (title from the address), sub.dost-dongnai.gov.vn/songnhan/Pages/tiemnangktxh.aspx; opening (the
// stored copy ends in the aquaculture land). Workforce by sector and land use at 31/12/2018. The authors write
// several shares cut rather than rounded (12,397% as 12,39%, 6,657% as 6,65%, 1,177% as 1,17%, 59,245% as 59,24%),
// the agricultural land as 90,97% in the list and 90.96% (with a dot) in the text, and the production land's share
// of the commune as 90,96% (the agricultural land's share; 4.318,18/4.787,69 is 90,19%). The workforce in
// agriculture, 3.989 of 6.453, is 61,82%, not 61,7%, so the four sector shares miss 100% by more than their
// rounding. Two area sums are 0,01 ha off (229,79 + 334,03 = 563,82 for 563,81; 563,81 + 3.754,36 = 4.318,17 for
// 4.318,18). The land items listed (agricultural, specialised, housing) are not the whole area: the text names no
// other non-agricultural land, but its 9,04% non-agricultural share (432,75 ha) is more than the 375,09 ha of the
// two listed, so they are not a sum that must be met (a trap). The 10,31% of the district's area has no base here.
import { atLeast, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-song-nhan-lao-dong-dat-dai-2018.txt',
  prefix: 'snl',
  claims: [
    share({ id: 'labour-industry', quote: ['Tỷ lệ lao động công nghiệp: 528 người – Chiếm 8,18%', 'Số người trong độ tuổi lao động: 6453 người.'], x: '528', y: '6453', stated: '8,18%' }),
    share({ id: 'labour-agriculture', quote: ['61,7%', 'Tỷ lệ lao động nông nghiệp: 3989 người – Chiếm', 'Số người trong độ tuổi lao động: 6453 người.'], x: '3989', y: '6453', stated: '61,7%', mistake: 'author', note: '3.989/6.453 = 61,82%: 61,8%.' }),
    share({ id: 'labour-trade', quote: ['12,39%', 'Tỷ lệ lao động thương mại: 800 người – Chiếm', 'Số người trong độ tuổi lao động: 6453 người.'], x: '800', y: '6453', stated: '12,39%', mistake: 'author', note: '800/6.453 = 12,397%: 12,40% rounded half-up (the text cuts it).' }),
    share({ id: 'labour-services', quote: ['17,6%', 'Tỷ lệ lao động dịch vụ: 1136 người – Chiếm', 'Số người trong độ tuổi lao động: 6453 người.'], x: '1136', y: '6453', stated: '17,6%' }),
    sum({ id: 'labour-by-sector', quote: ['Số người trong độ tuổi lao động: 6453 người.', 'Tỷ lệ lao động công nghiệp: 528 người', 'Tỷ lệ lao động nông nghiệp: 3989 người', 'Tỷ lệ lao động thương mại: 800 người', 'Tỷ lệ lao động dịch vụ: 1136 người'], parts: ['528', '3989', '800', '1136'], total: '6453', labels: ['công nghiệp', 'nông nghiệp', 'thương mại', 'dịch vụ'], note: 'The four sectors add to the 6.453 people of working age.' }),
    sum({ id: 'labour-shares', quote: ['Tỷ lệ lao động công nghiệp: 528 người – Chiếm 8,18%', '61,7%', '12,39%', '17,6%'], parts: ['8,18', '61,7', '12,39', '17,6'], total: '100', implicitTotal: true, rounded: true, mistake: 'author', note: 'The shares add to 99,87%, 0,13 short of 100% (more than the 0,11 their rounding allows), from the 61,7% written for 61,8%.' }),
    share({ id: 'land-agricultural-list', quote: ['90,97%', 'Diện tích đất nông nghiệp: 4354,94ha – Tỷ lệ:', 'Tổng diện tích đất tự nhiên: 4787,69 ha'], x: '4354,94', y: '4787,69', stated: '90,97%', mistake: 'author', note: '4.354,94/4.787,69 = 90,961%: 90,96% (as the text itself writes it below).' }),
    share({ id: 'land-production-of-total', quote: ['- Tỷ lệ: 90,96%', 'Diện tích đất sản xuất nông nghiệp: 4.318,18 ha', 'Tổng diện tích đất tự nhiên: 4787,69 ha'], x: '4.318,18', y: '4787,69', stated: '90,96%', mistake: 'author', note: '4.318,18/4.787,69 = 90,19%: the line repeats the agricultural land\'s share.' }),
    share({ id: 'land-specialised', quote: ['6,65%', 'Diện tích đất chuyên dùng: 318,74 ha – Tỷ lệ:', 'Tổng diện tích đất tự nhiên: 4787,69 ha'], x: '318,74', y: '4787,69', stated: '6,65%', mistake: 'author', note: '318,74/4.787,69 = 6,657%: 6,66% rounded half-up (the text cuts it).' }),
    share({ id: 'land-housing', quote: ['Diện tích đất ở: 56,35 ha – Tỷ lệ: 1,17%', 'Tổng diện tích đất tự nhiên: 4787,69 ha'], x: '56,35', y: '4787,69', stated: '1,17%', mistake: 'author', note: '56,35/4.787,69 = 1,177%: 1,18% rounded half-up (the text cuts it).' }),
    share({ id: 'land-agricultural-text', quote: ['phần lớn đất nông nghiệp chiếm 90.96% diện tích', 'diện tích đất tự nhiên của xã là 4.787,69 ha', 'Đất nông nghiệp: Chiếm 4.354,94 ha'], x: '4.354,94', y: '4.787,69', stated: '90.96%', note: 'Written with a dot; 4.354,94/4.787,69 = 90,96%.' }),
    share({ id: 'land-non-agricultural', quote: ['phi nông nghiệp chiếm 9,04% diện tích', 'diện tích đất tự nhiên của xã là 4.787,69 ha', 'Đất nông nghiệp: Chiếm 4.354,94 ha'], x: '4.787,69 − 4.354,94', y: '4.787,69', stated: '9,04%', note: 'The rest of the area, 432,75 ha: 9,04%.' }),
    share({ id: 'production-of-agricultural', quote: ['ha chiếm 99,16% diện tích đất nông nghiệp', '- Đất sản xuất nông nghiệp: Diện tích 4.318,18', 'Đất nông nghiệp: Chiếm 4.354,94 ha'], x: '4.318,18', y: '4.354,94', stated: '99,16%' }),
    share({ id: 'annual-crops', quote: ['13,06% . Trong đó', '+ Đất trồng cây hàng năm: Diện tích 563,81, chiếm', '- Đất sản xuất nông nghiệp: Diện tích 4.318,18'], x: '563,81', y: '4.318,18', stated: '13,06%' }),
    share({ id: 'rice-of-annual', quote: ['Đất trồng lúa 229,79 ha, chiếm 40,76 % diện tích trồng cây', '+ Đất trồng cây hàng năm: Diện tích 563,81, chiếm'], x: '229,79', y: '563,81', stated: '40,76 %' }),
    share({ id: 'other-annual-of-annual', quote: ['334,03 ha, chiếm 59,24% diện tích đất trồng', '+ Đất trồng cây hàng năm: Diện tích 563,81, chiếm'], x: '334,03', y: '563,81', stated: '59,24%', mistake: 'author', note: '334,03/563,81 = 59,2451%: 59,25% rounded half-up (the text cuts it).' }),
    sum({ id: 'annual-by-kind', quote: ['+ Đất trồng cây hàng năm: Diện tích 563,81, chiếm', 'Đất trồng lúa 229,79 ha', 'đất trồng cây hàng năm khác 334,03 ha'], parts: ['229,79', '334,03'], total: '563,81', labels: ['lúa', 'cây hàng năm khác'], mistake: 'author', note: 'Rice and other annual crops add to 563,82 ha, 0,01 ha more than the 563,81 written.' }),
    sum({ id: 'rice-other-shares', quote: ['chiếm 40,76 % diện tích trồng cây', 'chiếm 59,24% diện tích đất trồng'], parts: ['40,76', '59,24'], total: '100', implicitTotal: true, rounded: true }),
    share({ id: 'perennial-crops', quote: ['chiếm 86,94% đất sản xuất nông nghiệp', '+ Đất trồng cây lâu năm: Diện tích 3.754,36 ha,', '- Đất sản xuất nông nghiệp: Diện tích 4.318,18'], x: '3.754,36', y: '4.318,18', stated: '86,94%' }),
    sum({ id: 'production-by-kind', quote: ['- Đất sản xuất nông nghiệp: Diện tích 4.318,18', '+ Đất trồng cây hàng năm: Diện tích 563,81', '+ Đất trồng cây lâu năm: Diện tích 3.754,36 ha'], parts: ['563,81', '3.754,36'], total: '4.318,18', labels: ['cây hàng năm', 'cây lâu năm'], mistake: 'author', note: 'Annual and perennial crops add to 4.318,17 ha, 0,01 ha short of the 4.318,18 written.' }),
    sum({ id: 'annual-perennial-shares', quote: ['13,06% . Trong đó', 'chiếm 86,94% đất sản xuất nông nghiệp'], parts: ['13,06', '86,94'], total: '100', implicitTotal: true, rounded: true }),
    atLeast({ id: 'land-items-within-area', quote: ['Tổng diện tích đất tự nhiên: 4787,69 ha', 'Diện tích đất nông nghiệp: 4354,94ha', 'Diện tích đất chuyên dùng: 318,74 ha', 'Diện tích đất ở: 56,35 ha'], big: '4787,69', small: '4354,94 + 318,74 + 56,35', trap: 'Agricultural, specialised and housing land make 4.730,03 ha of 4.787,69: the list leaves out other non-agricultural land (rivers, cemeteries), so it is not a sum that must be met.' }),
    repeat({ id: 'area-repeated', quote: ['Tổng diện tích đất tự nhiên: 4787,69 ha', 'diện tích đất tự nhiên của xã là 4.787,69 ha'], values: ['4787,69', '4.787,69'] }),
    repeat({ id: 'agricultural-repeated', quote: ['Diện tích đất nông nghiệp: 4354,94ha', 'Đất nông nghiệp: Chiếm 4.354,94 ha'], values: ['4354,94', '4.354,94'] }),
    repeat({ id: 'production-repeated', quote: ['Diện tích đất sản xuất nông nghiệp: 4.318,18 ha', '- Đất sản xuất nông nghiệp: Diện tích 4.318,18'], values: ['4.318,18', '4.318,18'] }),
  ],
});
