// Ban Dân tộc tỉnh Sơn La: population and poor households by ethnic group after the 2022 review, as published
// on bandantoc.sonla.gov.vn (chinh-sach-dan-toc/ket-qua-thong-ke-dan-so-ty-le-ho-ngheo-theo-tung-dan-toc-tren-
// dia-ban-tinh-son-la-nam-2022-703180); the view counter and an image's alt text are left out, and the stored
// copy breaks off in the fourth group. Each group's "chiếm" after hộ and khẩu is its share of the province's
// khẩu; its poor and near-poor percents are of its own hộ.
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-son-la-ho-ngheo-dan-toc-2022.txt',
  prefix: 'sl',
  claims: [
    share({ id: 'poor-rate', quote: '52.883 hộ nghèo, chiếm 17,83%', x: '52.883', y: '297.104', stated: '17,83%', mistake: 'author', note: 'Of the 297.104 hộ in the same sentence, 52.883 is 17,80%; the published rate fits a base of about 296.600 hộ, which the text does not give.' }),
    share({ id: 'near-poor-rate', quote: '28.702 hộ cận nghèo, chiếm 9,68%', x: '28.702', y: '297.104', stated: '9,68%', mistake: 'author', note: '28.702/297.104 = 9,66%, not 9,68% (the same other base as the poor rate).' }),
    share({ id: 'minority-people-share', quote: 'Số hộ DTTS là 237.976 hộ, 1.111.831 khẩu, chiếm 83,78%', x: '1.111.831', y: '1.327.121', stated: '83,78%', trap: 'the share is of the province\'s khẩu (people), written next to the hộ count, whose share would be 80,10%.' }),
    share({ id: 'minority-poor-rate', quote: 'Số hộ nghèo DTTS là 52.075 hộ, chiếm 21,88%', x: '52.075', y: '237.976', stated: '21,88%', note: 'Of the minority households, not of all households (17,53%).' }),
    share({ id: 'minority-near-poor-rate', quote: 'hộ cận nghèo DTTS là 28.246 hộ, chiếm 11,87%', x: '28.246', y: '237.976', stated: '11,87%' }),
    sum({ id: 'households-kinh-plus-minority', quote: ['Toàn tỉnh có 297.104 hộ', 'Số hộ DTTS là 237.976 hộ', 'Dân tộc Kinh 59.128 hộ'], parts: ['59.128', '237.976'], total: '297.104', labels: ['Kinh', 'DTTS'] }),
    sum({ id: 'people-kinh-plus-minority', quote: ['1.327.121 khẩu (52.883', '237.976 hộ, 1.111.831 khẩu', '59.128 hộ, 215.290 khẩu'], parts: ['215.290', '1.111.831'], total: '1.327.121', labels: ['Kinh', 'DTTS'] }),
    share({ id: 'kinh-people-share', quote: '215.290 khẩu, chiếm 16,22%', x: '215.290', y: '1.327.121', stated: '16,22%', trap: 'of the province\'s khẩu, not of its hộ (19,90%).' }),
    share({ id: 'kinh-poor', quote: 'Hộ nghèo: 808 hộ, 1,37%', x: '808', y: '59.128', stated: '1,37%' }),
    share({ id: 'kinh-near-poor', quote: 'Hộ cận nghèo: 457 hộ, chiếm 0,77%', x: '457', y: '59.128', stated: '0,77%' }),
    share({ id: 'thai-people-share', quote: '708.317 khẩu, chiếm 53,37%', x: '708.317', y: '1.327.121', stated: '53,37%' }),
    share({ id: 'thai-poor', quote: 'Hộ nghèo: 22.662 hộ, 14,56%', x: '22.662', y: '155.639', stated: '14,56%' }),
    share({ id: 'thai-near-poor', quote: 'Hộ cận nghèo: 17.398 hộ, chiếm 11,81%', x: '17.398', y: '155.639', stated: '11,81%', mistake: 'planted', original: 'chiếm 11,18%', note: 'Of the group\'s 155.639 hộ two lines above: 11,18%, two digits swapped.' }),
    share({ id: 'mong-people-share', quote: '216.214 khẩu, chiếm 16,92%', x: '216.214', y: '1.327.121', stated: '16,92%', mistake: 'planted', original: 'chiếm 16,29%', note: 'A share of the province total given in an earlier paragraph: 16,29%.' }),
    share({ id: 'mong-poor', quote: 'Hộ nghèo: 18.098 hộ, 45,25%', x: '18.098', y: '39.995', stated: '45,25%' }),
    share({ id: 'mong-near-poor', quote: 'Hộ cận nghèo: 5.360 hộ, chiếm 13,40%', x: '5.360', y: '39.995', stated: '13,40%' }),
    share({ id: 'muong-people-share', quote: '92.070 khẩu, chiếm 6,94%', x: '92.070', y: '1.327.121', stated: '6,94%' }),
    sum({ id: 'people-shares-kinh-minority', quote: ['215.290 khẩu, chiếm 16,22%', '1.111.831 khẩu, chiếm 83,78%'], parts: ['16,22', '83,78'], total: '100', implicitTotal: true, rounded: true }),
  ],
});
