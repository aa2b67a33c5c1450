/**
 * The checker's version, as a signing record states it: the add-in's version and a fingerprint of what
 * the checker says about a fixed probe text. The checker (src/core/check) keeps no version of its own;
 * the fingerprint changes whenever a change of its rules changes what it finds on the probe, so two
 * records with the same version were checked alike on every case the probe holds.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { checkDocument } from '../check';
import { readPlainText } from '../document/plain-text';

const PROBE = [
  'Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,4% kế hoạch; ngô đạt 1.110/1.110 ha, bằng 100% kế hoạch.',
  'Thu ngân sách đạt 1.532/1.095 triệu đồng, vượt 139,91% kế hoạch; giải ngân 1.000/21.070 triệu đồng, đạt 4,74%.',
  'Tổng số hồ sơ tiếp nhận là 280 hồ sơ, gồm: 136 hồ sơ trực tuyến, 129 hồ sơ trực tiếp và 16 hồ sơ tồn.',
  'Toàn xã có 2.239 hộ, trong đó 570 hộ nghèo, chiếm 25,46%; 411 hộ cận nghèo, chiếm 18,36%.',
  'Trích lục bản đồ địa chính đạt 17/30 hồ sơ. Tồn tại: trích lục 17/30 thửa; hỗ trợ 16 hộ với 61,6 triệu đồng.',
  'Có 02 hộ đủ điều kiện đề nghị hỗ trợ với tổng kinh phí 12 triệu đồng. Sản lượng đạt 480 tấn, tăng 5,2% so với cùng kỳ (cùng kỳ: 450 tấn).',
].join('\n');

let cached: string | undefined;

export function checkerFingerprint(): string {
  cached ??= bytesToHex(sha256(utf8ToBytes(JSON.stringify(checkDocument(readPlainText(PROBE)).map((f) => [f.rule, f.severity, f.kind, f.text, f.fix ?? '']))))).slice(0, 10);
  return cached;
}

export function checkerVersion(appVersion: string): { name: string; version: string } {
  return { name: 'baocao check', version: `${appVersion}+${checkerFingerprint()}` };
}
