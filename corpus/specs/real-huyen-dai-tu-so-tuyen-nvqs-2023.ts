// Huyện Đại Từ (Thái Nguyên): báo Thái Nguyên, "Đại Từ: 100% các xã, thị trấn hoàn thành khám sơ tuyển nghĩa vụ quân sự",
// baothainguyen.vn/quoc-phong-an-ninh/202211/dai-tu-100-cac-xa-thi-tran-hoan-thanh-kham-so-tuyen-nghia-vu-quan-su-c700790/;
// whole (a photo caption, printed twice, left out). Pre-selection for the call-up of 2023.
// Planted: the military-service quota 270 written 280 (with the police's 40 they no longer make 310).
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-dai-tu-so-tuyen-nvqs-2023.txt',
  prefix: 'dt23q',
  claims: [
    sum({ id: 'quota-split', quote: ['tuyển chọn 310 công dân', 'nghĩa vụ quân sự 280 công dân', 'nghĩa vụ công an 40 công dân'], parts: ['280', '40'], total: '310', labels: ['nghĩa vụ quân sự', 'nghĩa vụ công an'], mistake: 'planted', original: 'nghĩa vụ quân sự 270 công dân', note: 'As published, 270 + 40 = 310.' }),
    atLeast({ id: 'eligible-within-called', quote: ['triệu tập 1.325 công dân', 'trong đó 910 người'], big: '1.325', small: '910' }),
    atLeast({ id: 'eligible-above-quota', quote: ['trong đó 910 người', 'tuyển chọn 310 công dân'], big: '910', small: '310' }),
  ],
});
