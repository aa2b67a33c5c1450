// Xã Bưng Riềng (huyện Xuyên Mộc, Bà Rịa - Vũng Tàu): new-rural-area criterion 12 (regular employment), from the
// commune's page on the province's science portal (ttkhcn.baria-vungtau.gov.vn/bungrieng/news.aspx?id=588&mnid=20),
// undated (after 8/2014); the excerpt as stored, which breaks off after "Trong đó:". The four groups after "Bao gồm" add
// up to the 3.595 people of working age (not to the 3.399 of 18 and over that the sentence names), and their shares are
// of "tổng số lao động", the 3.595. Not checkable: 65,4% of a population the text never gives.
import { ratio, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-bung-rieng-lao-dong-viec-lam-2014.txt',
  prefix: 'bri',
  claims: [
    sum({ id: 'classes', quote: ['tổ chức được 16 lớp đào tạo nghề', 'gồm: 10 lớp đào tạo nghề sản xuất nông nghiệp', 'và 06 lớp đào tạo nghề phi nông nghiệp'], parts: ['10', '06'], total: '16', labels: ['nông nghiệp', 'phi nông nghiệp'] }),
    sum({ id: 'trainees', quote: ['cho 413 lao động, gồm', 'nông nghiệp cho 256 lao động', 'phi nông nghiệp cho 147 lao động'], parts: ['256', '147'], total: '413', labels: ['nông nghiệp', 'phi nông nghiệp'], mistake: 'planted', original: 'nông nghiệp cho 266 lao động', note: 'The trainees after "gồm" add to 403, not 413.' }),
    ratio({ id: 'employed-after-training', quote: ['chiếm tỷ lệ 78% số lao động được đào tạo nghề', '269 lao động được đào tạo nghề đã có việc làm thường xuyên', 'cho 413 lao động'], x: '269', y: '413', stated: '78%', mistake: 'author', note: '269 of the 413 trained is 65%, not 78%; even leaving out the 60 trainees of the two classes opened in 8/2014 (353 left) it is 76%.' }),
    sum({ id: 'working-age-by-age', quote: ['toàn xã có 3.595 người trong độ tuổi lao động', 'từ 15 đến dưới 18 tuổi là 196 lao động', 'đến 60 nam là 3.399 lao động'], parts: ['196', '3.399'], total: '3.595', labels: ['15 đến dưới 18', '18 trở lên'] }),
    sum({ id: 'working-age-by-activity', quote: ['toàn xã có 3.595 người trong độ tuổi lao động', 'HSSV là 521 người', 'phi nông nghiệp là 1.993 người', 'ngư nghiệp là 846 người', 'lao động là 235 người'], parts: ['521', '1.993', '846', '235'], total: '3.595', labels: ['HSSV', 'phi nông nghiệp', 'nông-lâm-ngư', 'nội trợ, khuyết tật'], trap: 'the groups after "Bao gồm" add to the 3.595 of working age, not to the 3.399 of the clause just before it.' }),
    share({ id: 'share-students', quote: ['HSSV là 521 người, chiếm tỷ lệ 15% trong tổng số lao động', 'toàn xã có 3.595 người'], x: '521', y: '3.595', stated: '15%', mistake: 'planted', original: 'chiếm tỷ lệ 14,5%', note: '521/3.595 = 14,49%: written as a whole number it is 14%, not 15%.' }),
    share({ id: 'share-non-farm', quote: ['1.993 người, chiếm tỷ lệ 55,4%', 'toàn xã có 3.595 người'], x: '1.993', y: '3.595', stated: '55,4%' }),
    share({ id: 'share-farm', quote: ['846 người, chiếm tỷ lệ 23,5%', 'toàn xã có 3.595 người'], x: '846', y: '3.595', stated: '23,5%' }),
    share({ id: 'share-homemakers', quote: ['235 người, chiếm tỷ lệ 23,5%', 'toàn xã có 3.595 người'], x: '235', y: '3.595', stated: '23,5%', mistake: 'author', note: '235/3.595 = 6,5%; the 23,5% is copied from the line above (so the four shares add to 116,9%, which is the same slip and not labelled again).' }),
    sum({ id: 'working-in-farm-and-non-farm', quote: ['ngành nghề phi nông nghiệp khác là 2.839 người', 'phi nông nghiệp là 1.993 người', 'ngư nghiệp là 846 người'], parts: ['1.993', '846'], total: '2.839', labels: ['phi nông nghiệp', 'nông-lâm-ngư'] }),
  ],
});
