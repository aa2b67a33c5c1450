// Xã Thạch Hưng (TP Hà Tĩnh): the commune's portal, "Nguồn nhân lực" (title from the address),
// thachhung.hatinhcity.gov.vn/portal/KenhTin/Nguon-nhan-luc.aspx, figures to 31/12/2017; whole (the portal's links
// and visit counter left out), the flattened table set as a pipe table. The figures are those of the whole city
// (28.658 households, 100.313 residents), as the commune's page publishes them. The area is printed "5.654.95" (a dot
// for the decimal comma): the density 1.774 người/km2 fits 100.313 residents on 56,5495 km2 (1.773,9), but the area
// cannot be read as written, so it is not labelled. The natural growth "10,89" under "(%)" is per mille (16 births a
// thousand); not a relation of figures. The labour shares: 17.028/52.173 = 32,637%, printed 32,63 (cut, not rounded).
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-thach-hung-nguon-nhan-luc-2017.md',
  prefix: 'thn',
  claims: [
    sum({ id: 'residents-by-sex', quote: ['| | - Dân số thường trú ( người ) | 100.313 |', '| | + Nam | 49.365 |', '| | + Nữ | 50.948 |'], parts: ['49.365', '50.948'], total: '100.313', labels: ['nam', 'nữ'] }),
    sum({ id: 'residents-by-area', quote: ['| | - Dân số thường trú ( người ) | 100.313 |', '| | + Thành thị | 70.550 |', '| | + Nông thôn | 29.736 |'], parts: ['70.550', '29.736'], total: '100.313', labels: ['thành thị', 'nông thôn'], mistake: 'planted', original: '| | + Nông thôn | 29.763 |', note: 'Urban and rural add to 100.286, 27 short of the 100.313 residents.' }),
    share({ id: 'third-births', quote: ['| | + Tỷ lệ sinh trên 2 con (%) | 20,27 |', '| | + Trong đó: Sinh trên 2 con | 326 |', '| 4 | Số trẻ em được sinh ra trong năm | 1.608 |'], x: '326', y: '1.608', stated: '20,27' }),
    sum({ id: 'workers-by-sector', quote: ['| 2 | Lực lượng lao động đang làm việc (người) | 52.173 |', '| | + Nông, lâm nghiệp, thủy sản (người) | 8.017 |', '| | + Công nghiệp, xây dựng (người) | 17.028 |', '| | + Thương mại, dịch vụ (người) | 27.128 |'], parts: ['8.017', '17.028', '27.128'], total: '52.173', labels: ['nông, lâm, thủy sản', 'công nghiệp, xây dựng', 'thương mại, dịch vụ'] }),
    share({ id: 'share-agriculture', quote: ['| | + Nông, lâm nghiệp, thủy sản (%) | 15,37 |', '| | + Nông, lâm nghiệp, thủy sản (người) | 8.017 |', '| 2 | Lực lượng lao động đang làm việc (người) | 52.173 |'], x: '8.017', y: '52.173', stated: '15,37' }),
    share({ id: 'share-industry', quote: ['| | + Công nghiệp, xây dựng (%) | 32,63 |', '| | + Công nghiệp, xây dựng (người) | 17.028 |', '| 2 | Lực lượng lao động đang làm việc (người) | 52.173 |'], x: '17.028', y: '52.173', stated: '32,63', mistake: 'author', note: '17.028/52.173 = 32,637%: 32,64 rounded half-up.' }),
    share({ id: 'share-services', quote: ['| | + Thương mại - dịch vụ (%) | 52,00 |', '| | + Thương mại, dịch vụ (người) | 27.128 |', '| 2 | Lực lượng lao động đang làm việc (người) | 52.173 |'], x: '27.128', y: '52.173', stated: '52,00', note: '27.128/52.173 = 51,996%.' }),
    sum({ id: 'shares-add', quote: ['| 3 | Cơ cấu lao động trong các ngành (%) | 100 |', '| | + Nông, lâm nghiệp, thủy sản (%) | 15,37 |', '| | + Công nghiệp, xây dựng (%) | 32,63 |', '| | + Thương mại - dịch vụ (%) | 52,00 |'], parts: ['15,37', '32,63', '52,00'], total: '100', rounded: true }),
  ],
});
