// Tỉnh Hưng Yên: Trung tâm Y tế huyện Yên Mỹ's site (from báo Hưng Yên), "Hưng Yên: Tỷ lệ phát triển dân số và tỷ lệ sinh con
// thứ 3 trở lên lên đều giảm", trungtamyteyenmy.com/news/savefile/Tin-Tuc/Hung-Yen-Ty-le-phat-trien-dan-so-va-ty-le-sinh-con-thu-3-tro-len-len-deu-giam-15/;
// whole. The authors' slip: the sex ratio 9513/7590 = 125 boys per 100 girls, written "125 nữ/100 nam" (the year before is
// written the right way round, "128 nam/100 nữ"). Planted: the third-or-later births 1576 written 1756 (digits swapped),
// against their 9,2%.
import { contradiction, quotient, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-hung-yen-dan-so-2009.txt',
  prefix: 'hyd',
  claims: [
    sum({ id: 'births-by-sex', quote: ['năm 2009 là 17.103 trẻ', '9513 trẻ nam', '7590 trẻ nữ'], parts: ['9513', '7590'], total: '17.103', labels: ['nam', 'nữ'] }),
    quotient({ id: 'sex-ratio', quote: ['là 125 nữ/100 nam', '9513 trẻ nam', '7590 trẻ nữ'], x: '9513', y: '7590', factor: '100', stated: '125', note: '9513/7590 × 100 = 125,3.' }),
    contradiction({ id: 'sex-ratio-wording', quote: ['là 125 nữ/100 nam', '128 nam/100 nữ'], stated: '125 nữ/100 nam', expected: '125 nam/100 nữ', consistent: false, reason: '9513 boys to 7590 girls is 125 boys per 100 girls, not 125 girls per 100 boys; the 2008 figure is written nam/100 nữ.', mistake: 'author' }),
    share({ id: 'third-births', quote: ['chiếm 9,2% (tỷ lệ này', 'là 1756 trẻ', 'năm 2009 là 17.103 trẻ'], x: '1756', y: '17.103', stated: '9,2%', mistake: 'planted', original: 'Số con thứ 3 trở lên được sinh ra là 1576 trẻ', note: '1756/17.103 = 10,27%; the published 1576 gives 9,21%.' }),
  ],
});
