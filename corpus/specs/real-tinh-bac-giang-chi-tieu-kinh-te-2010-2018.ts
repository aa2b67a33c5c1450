// Tỉnh Bắc Giang: Sở KH&ĐT's socio-economic indicator page "B. CHỈ TIÊU KINH TẾ" (Chỉ tiêu toàn Tỉnh, 2010-2018),
// ktxh.khdt.bgo.vn/target/327; opening as stored (the table flattened one row a line, ended by […]). Decimals are
// written with a dot ("29315.30"), as the page does. Each value row has fewer values than the header has years
// (the 2018 column is empty or 0.00; the const-price services row lacks 2017). Checked: the three sectors against
// each total (both price bases), each sector's share of the current-price total against the structure rows, and the
// structure rows against their own total row. 2010-2014 agree (three shares rounded off by 0,02; the total row then
// shows 100.02/100.03, so it adds its rounded parts); from 2015 neither the sums nor the shares fit the totals.
// Planted: the 2010 industry share 31.48 written 31.84 (two digits swapped), which breaks the share and the column.
import { contradiction, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-bac-giang-chi-tieu-kinh-te-2010-2018.txt',
  prefix: 'bgk',
  claims: [
    sum({ id: 'gva-2010-prices-2010', quote: ['29315.30', '13589.90', '6901.20 8220.40', '8824.20 9389.00'], parts: ['13589.90', '6901.20', '8824.20'], total: '29315.30', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-2010-prices-2011', quote: ['32239.90', '14630.50', '8220.40', '9389.00'], parts: ['14630.50', '8220.40', '9389.00'], total: '32239.90', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-2010-prices-2012', quote: ['34850.40', '15052.80', '9926.60', '9871.00'], parts: ['15052.80', '9926.60', '9871.00'], total: '34850.40', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-2010-prices-2013', quote: ['37272.30', '15480.80', '11227.50', '10564.00'], parts: ['15480.80', '11227.50', '10564.00'], total: '37272.30', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-2010-prices-2014', quote: ['31459.20', '7440.30', '12853.90', '11165.00'], parts: ['7440.30', '12853.90', '11165.00'], total: '31459.20', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-2010-prices-2015', quote: ['41741.50', '10367.40', '18755.80', '11991.30'], parts: ['10367.40', '18755.80', '11991.30'], total: '41741.50', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'], mistake: 'author', note: 'From 2015 the three sectors fall short of the total by about 1,7% (the table lists no fourth part, such as product taxes), so the row does not add up to the total it heads.' }),
    sum({ id: 'gva-2010-prices-2016', quote: ['46213.80', '10662.90', '21881.30', '12950.60'], parts: ['10662.90', '21881.30', '12950.60'], total: '46213.80', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'], mistake: 'author', note: 'From 2015 the three sectors fall short of the total by about 1,7% (the table lists no fourth part, such as product taxes), so the row does not add up to the total it heads.' }),
    sum({ id: 'gva-current-2010', quote: ['21922.60', '6197.20', '6901.20 9095.50', '8824.20 10374.90'], parts: ['6197.20', '6901.20', '8824.20'], total: '21922.60', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-current-2011', quote: ['28448.30', '8977.90', '9095.50', '10374.90'], parts: ['8977.90', '9095.50', '10374.90'], total: '28448.30', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-current-2012', quote: ['33363.80', '9935.70', '11311.20', '12116.90'], parts: ['9935.70', '11311.20', '12116.90'], total: '33363.80', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-current-2013', quote: ['39495.80', '10259.20', '15525.10', '13711.50'], parts: ['10259.20', '15525.10', '13711.50'], total: '39495.80', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-current-2014', quote: ['43229.30', '10753.90', '17012.00', '15463.40'], parts: ['10753.90', '17012.00', '15463.40'], total: '43229.30', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'gva-current-2015', quote: ['55448.40', '11699.10', '25624.40', '17174.30'], parts: ['11699.10', '25624.40', '17174.30'], total: '55448.40', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'], mistake: 'author', note: 'From 2015 the three sectors fall short of the total by about 1,7% (the table lists no fourth part, such as product taxes), so the row does not add up to the total it heads.' }),
    sum({ id: 'gva-current-2016', quote: ['66158.00', '15977.30', '30329.70', '18867.30'], parts: ['15977.30', '30329.70', '18867.30'], total: '66158.00', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'], mistake: 'author', note: 'From 2015 the three sectors fall short of the total by about 1,7% (the table lists no fourth part, such as product taxes), so the row does not add up to the total it heads.' }),
    sum({ id: 'gva-current-2017', quote: ['72384.80', '14806.50', '35122.30', '21394.90'], parts: ['14806.50', '35122.30', '21394.90'], total: '72384.80', labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'], mistake: 'author', note: 'From 2015 the three sectors fall short of the total by about 1,7% (the table lists no fourth part, such as product taxes), so the row does not add up to the total it heads.' }),
    share({ id: 'share-nlts-2010', quote: ['28.27', '6197.20', '21922.60'], x: '6197.20', y: '21922.60', stated: '28.27' }),
    share({ id: 'share-cnxd-2010', quote: ['31.84', '6901.20 9095.50', '21922.60'], x: '6901.20', y: '21922.60', stated: '31.84', mistake: 'planted', original: '31.48', note: 'Two digits swapped in the first share of the structure table.' }),
    share({ id: 'share-dv-2010', quote: ['40.25', '8824.20 10374.90', '21922.60'], x: '8824.20', y: '21922.60', stated: '40.25' }),
    share({ id: 'share-nlts-2011', quote: ['31.56', '8977.90', '28448.30'], x: '8977.90', y: '28448.30', stated: '31.56' }),
    share({ id: 'share-cnxd-2011', quote: ['31.97', '9095.50', '28448.30'], x: '9095.50', y: '28448.30', stated: '31.97' }),
    share({ id: 'share-dv-2011', quote: ['36.47', '10374.90', '28448.30'], x: '10374.90', y: '28448.30', stated: '36.47' }),
    share({ id: 'share-nlts-2012', quote: ['29.80', '9935.70', '33363.80'], x: '9935.70', y: '33363.80', stated: '29.80', mistake: 'author' }),
    share({ id: 'share-cnxd-2012', quote: ['33.90', '11311.20', '33363.80'], x: '11311.20', y: '33363.80', stated: '33.90' }),
    share({ id: 'share-dv-2012', quote: ['36.32', '12116.90', '33363.80'], x: '12116.90', y: '33363.80', stated: '36.32' }),
    share({ id: 'share-nlts-2013', quote: ['26.00', '10259.20', '39495.80'], x: '10259.20', y: '39495.80', stated: '26.00', mistake: 'author' }),
    share({ id: 'share-cnxd-2013', quote: ['39.31', '15525.10', '39495.80'], x: '15525.10', y: '39495.80', stated: '39.31' }),
    share({ id: 'share-dv-2013', quote: ['34.72', '13711.50', '39495.80'], x: '13711.50', y: '39495.80', stated: '34.72' }),
    share({ id: 'share-nlts-2014', quote: ['24.90', '10753.90', '43229.30'], x: '10753.90', y: '43229.30', stated: '24.90', mistake: 'author' }),
    share({ id: 'share-cnxd-2014', quote: ['39.35', '17012.00', '43229.30'], x: '17012.00', y: '43229.30', stated: '39.35' }),
    share({ id: 'share-dv-2014', quote: ['35.77', '15463.40', '43229.30'], x: '15463.40', y: '43229.30', stated: '35.77' }),
    share({ id: 'share-nlts-2015', quote: ['23.60', '11699.10', '55448.40'], x: '11699.10', y: '55448.40', stated: '23.60', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    share({ id: 'share-cnxd-2015', quote: ['41.57', '25624.40', '55448.40'], x: '25624.40', y: '55448.40', stated: '41.57', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    share({ id: 'share-dv-2015', quote: ['34.81', '17174.30', '55448.40'], x: '17174.30', y: '55448.40', stated: '34.81', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    share({ id: 'share-nlts-2016', quote: ['22.50', '15977.30', '66158.00'], x: '15977.30', y: '66158.00', stated: '22.50', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    share({ id: 'share-cnxd-2016', quote: ['41.96', '30329.70', '66158.00'], x: '30329.70', y: '66158.00', stated: '41.96', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    share({ id: 'share-dv-2016', quote: ['35.51', '18867.30', '66158.00'], x: '18867.30', y: '66158.00', stated: '35.51', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    share({ id: 'share-nlts-2017', quote: ['21.40', '14806.50', '72384.80'], x: '14806.50', y: '72384.80', stated: '21.40', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    share({ id: 'share-cnxd-2017', quote: ['47.80', '35122.30', '72384.80'], x: '35122.30', y: '72384.80', stated: '47.80', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    share({ id: 'share-dv-2017', quote: ['30.90', '21394.90', '72384.80'], x: '21394.90', y: '72384.80', stated: '30.90', mistake: 'author', note: 'From 2015 the structure row fits neither the total nor the sum of the sectors it sits under.' }),
    sum({ id: 'structure-2010', quote: ['% 100.00', '28.27', '31.84', '40.25'], parts: ['28.27', '31.84', '40.25'], total: '100.00', rounded: true, labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'], mistake: 'planted', original: '31.48', note: 'The swapped share breaks the column sum.' }),
    sum({ id: 'structure-2011', quote: ['100.00 100.02', '31.56', '31.97', '36.47'], parts: ['31.56', '31.97', '36.47'], total: '100.00', rounded: true, labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'structure-2012', quote: ['100.02 100.03', '29.80', '33.90', '36.32'], parts: ['29.80', '33.90', '36.32'], total: '100.02', rounded: true, labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'structure-2013', quote: ['100.03', '26.00', '39.31', '34.72'], parts: ['26.00', '39.31', '34.72'], total: '100.03', rounded: true, labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'structure-2014', quote: ['100.02 100.00', '24.90', '39.35', '35.77'], parts: ['24.90', '39.35', '35.77'], total: '100.02', rounded: true, labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'structure-2015', quote: ['100.02 100.00', '23.60', '41.57', '34.81'], parts: ['23.60', '41.57', '34.81'], total: '100.00', rounded: true, labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'] }),
    sum({ id: 'structure-2016', quote: ['100.00 100.00 0.00', '22.50', '41.96', '35.51'], parts: ['22.50', '41.96', '35.51'], total: '100.00', rounded: true, labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'], mistake: 'author' }),
    sum({ id: 'structure-2017', quote: ['100.00 0.00', '21.40', '47.80', '30.90'], parts: ['21.40', '47.80', '30.90'], total: '100.00', rounded: true, labels: ['Nông, lâm nghiệp và thuỷ sản', 'Công nghiệp-Xây dựng', 'Dịch vụ'], mistake: 'author' }),
    contradiction({ id: 'grdp-per-head-scale', kind: 'unit', quote: ['26.68 33785.30', '*.GRDP bình quân đầu người USD USD 710.00'], stated: '33785.30', expected: 'about 33.79 (triệu đồng, the scale of 2010-2014)', consistent: false, reason: 'The row is in triệu đồng up to 2014 (26.68) and jumps to 33785.30 in 2015, the same figure in nghìn đồng; the USD row grows smoothly (1259 to 1609)', mistake: 'author' }),
  ],
});
