/**
 * The numeric claims of a text: numbers with their unit, ratios "X/Y unit", and the clause each sits
 * in. Dates, document numbers, years, terms and ordinals are not claims and are left out here, so no
 * rule ever sees them.
 */
import type { TextBlock } from '../document/text';
import { scanVnNumbers, type VnNumber } from '../number';

export interface Quantity {
  n: VnNumber;
  /** The unit written after the number ("ha", "triệu đồng", "hộ"), lower case; "%" for percentages; "" if none. */
  unit: string;
  block: TextBlock;
}

export interface Ratio {
  x: VnNumber;
  y: VnNumber;
  unit: string;
  block: TextBlock;
  start: number;
  end: number;
  text: string;
}

export interface BlockClaims {
  block: TextBlock;
  quantities: Quantity[];
  ratios: Ratio[];
}

/** Units of two words that reports write; anything else is the first word after the number. */
const TWO_WORD_UNITS = new Set([
  'lao động',
  'lái xe',
  'ha lượt',
  'phụ xe',
  'hồ sơ',
  'quyết định',
  'công trình',
  'đảng viên',
  'chi bộ',
  'hội viên',
  'đoàn viên',
  'văn bản',
  'lượt người',
  'ngày công',
  'tổ chức',
  'học sinh',
  'cán bộ',
  'mô hình',
  'nội dung',
  'tin bài',
  'lượt khách',
  'đồng chí',
  'doanh nghiệp',
  'trường hợp',
  'đối tượng',
  'gia đình',
  'nhân khẩu',
  'cơ sở',
  'sản phẩm',
  'bệnh nhân',
  'giáo viên',
  'nhân viên',
  'công chức',
  'viên chức',
  'thành viên',
  'đơn vị',
  'dự án',
  'chuyên án',
  'hội nghị',
  'cuộc họp',
  'phòng học',
  'điểm trường',
  'tuyến đường',
  'lượt khám',
  'ủy viên',
  'ý kiến',
  'kiến nghị',
  'tiêu chí',
  'chỉ tiêu',
  'công tơ',
  'chi hội',
  'tổ hội',
  'chi đoàn',
  'thủ tục',
  'nhiệm vụ',
  'cánh đồng',
  'thanh niên',
  'công dân',
  'phụ nữ',
  'nông dân',
  'trẻ em',
  'cử tri',
  'đại biểu',
  'quân nhân',
  'sinh viên',
  'học viên',
  'tài khoản',
  'phương tiện',
  'dòng họ',
]);

const SCALE_WORDS = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ']);

const WORD = /^[\p{L}\p{M}]+/u;

function nextWord(text: string, from: number): { word: string; end: number } | null {
  let i = from;
  while (i < text.length && text[i] === ' ') i++;
  const m = WORD.exec(text.slice(i, i + 30));
  return m ? { word: m[0], end: i + m[0].length } : null;
}

/** Words that follow a number without being what it counts. */
const NOT_UNITS = new Set(['chiếm', 'đạt', 'bằng', 'tăng', 'giảm', 'vượt', 'trong', 'trên']);

export function unitAfter(text: string, n: VnNumber): string {
  if (n.percent) return '%';
  // "công nhận mới 9 “Dòng họ học tập”": the title in quotes names what is counted
  const quote = /^ ?["“]/u.exec(text.slice(n.end, n.end + 2));
  const first = nextWord(text, quote ? n.end + quote[0].length : n.end);
  if (!first) return n.scaleWord ? n.scaleWord.toLowerCase() : '';
  // "2.460m²", "118.300 m³": the power belongs to the unit
  const power = /^[²³]/.exec(text.slice(first.end, first.end + 1));
  const w1 = `${first.word.toLowerCase()}${power ? power[0] : ''}`;
  // a verb is no unit: "OM 18 chiếm 42,5%" names a rice variety
  if (!n.scaleWord && NOT_UNITS.has(w1)) return '';
  // ("23,8 m²/người" is a rate per person, as "50 kg/người" is)
  const perPower = power ? /^\/([\p{L}\p{M}]+)/u.exec(text.slice(first.end + 1, first.end + 13)) : null;
  if (perPower && !n.scaleWord) return `${w1}/${perPower[1].toLowerCase()}`;
  if (power) return n.scaleWord ? `${n.scaleWord.toLowerCase()} ${w1}` : w1;
  // a rate: "75 tạ/ha", "50 kg/người"
  const per = /^\/([\p{L}\p{M}]+)/u.exec(text.slice(first.end, first.end + 12));
  if (per && !n.scaleWord) return `${w1}/${per[1].toLowerCase()}`;
  const second = nextWord(text, first.end);
  const w2 = second?.word.toLowerCase();
  // "5,65 ngàn hồ sơ": the scale word goes with the whole unit; "6 triệu đồng/nhà" is a rate per item
  if (n.scaleWord) {
    const unit = w2 && TWO_WORD_UNITS.has(`${w1} ${w2}`) && second ? { text: `${w1} ${w2}`, end: second.end } : { text: w1, end: first.end };
    const perItem = /^\/([\p{L}\p{M}]+)/u.exec(text.slice(unit.end, unit.end + 12));
    return `${n.scaleWord.toLowerCase()} ${unit.text}${perItem ? `/${perItem[1].toLowerCase()}` : ''}`;
  }
  // "57.689 bộ hồ sơ" counts hồ sơ
  if (w1 === 'bộ' && w2 === 'hồ' && second && nextWord(text, second.end)?.word.toLowerCase() === 'sơ') return 'hồ sơ';
  if (SCALE_WORDS.has(w1) && w2) return `${w1} ${w2}`;
  if (w2 && TWO_WORD_UNITS.has(`${w1} ${w2}`)) return `${w1} ${w2}`;
  return w1;
}

const DOC_NUMBER_BEFORE = /(?:(?:^|[^\p{L}])Số:?|lần thứ|thứ|Quyết định|Nghị quyết|Chỉ thị|Kết luận|Thông tư|Nghị định|Công văn|Kế hoạch|Quy định|Hướng dẫn|Thông báo|Tờ trình|Điều|khoản|Khoản|Mục|mục|phụ lục|Phụ lục|khóa|Khóa|Khoá|khoá)(?:\s+số)?\s*$/u;
const DATE_BEFORE = /(?:ngày|tháng|năm|Ngày|Tháng|Năm|năm học|quý|Quý|giai đoạn|nhiệm kỳ)\s*$/u;

/** Units that count what a number is of: "ngắn ngày 15 ha", "lũy kế từ đầu năm 12 ca". */
const COUNT_AFTER = /^\s?(?:ha|tấn|tạ|kg|hộ|người|con|đồng|triệu|tỷ|hồ sơ|lượt|km|cây|học sinh|ca|vụ|trường hợp|đơn|thôn|xã|chi bộ|đảng viên|hội viên|trẻ|lao động|công trình|bản|cuộc|buổi|lớp|giấy|thửa|ngày công|đối tượng|doanh nghiệp|giờ|em|đoàn viên|cơ sở|suất|thẻ|phòng học)(?![\p{L}])/u;

/** Days of a list of dates after the first: "(các ngày 03/02, 19/5, 02/9 và 07/11/2026)". */
function inDateList(text: string, at: number): boolean {
  return /ngày\s+(?:\d{1,2}\/\d{1,2}(?:\/\d{4})?\s*(?:,|và)\s*)+(?:\d{1,2}\/)?$/u.test(text.slice(Math.max(0, at - 60), at));
}

/** Whether a number is a date part, a year, a document number, an ordinal or a heading number. */
export function isNonClaim(text: string, n: VnNumber): boolean {
  const before = text.slice(Math.max(0, n.start - 16), n.start);
  const after = text.slice(n.end, n.end + 6);
  // dates and document numbers: "25/6/2026", "105/NQ-CP", "125-KH/ĐU", "5/2026"
  if (/^\/\d+\//.test(after) || /\d\/$/.test(before)) {
    if (/\d+\/\d+\/$/.test(before) || /^\/\d+\//.test(after) || /\d\/\d*$/.test(before)) return true;
  }
  if (/^\s?[-/–]\s?[A-ZĐ]/u.test(after)) return true;
  if (!n.decimals && n.value <= 31 && (/^\/\d{1,2}\b/.test(after) || /\d\/$/.test(before)) && inDateList(text, n.start)) return true;
  if (/^\/(?:19|20)\d\d\b/.test(after)) return true;
  if (/\/$/.test(before) && !n.decimals && n.value >= 1900 && n.value <= 2100) return true;
  if (DOC_NUMBER_BEFORE.test(before) && !n.percent) return true;
  // "ngắn ngày 15 ha" is an area, not a date
  // "lũy kế từ đầu năm 12 ca" is a count: a unit that counts follows it
  const counted = COUNT_AFTER.test(text.slice(n.end, n.end + 16));
  if (DATE_BEFORE.test(before) && !n.percent && !n.decimals && !counted) return true;
  // a year on its own, or a term "2026 – 2031"; not "3.427 nhân khẩu, 1980 lao động", a count written without its dot
  const countNotYear = counted && !/(?:năm|đến|từ|trong|cuối|đầu|sau|trước|tới)\s*$/iu.test(before) && !/^\s?-\s?\d/.test(after);
  if (!n.decimals && !n.percent && n.value >= 1900 && n.value <= 2100 && !n.leadingZero && n.numberText.indexOf('.') < 0 && !countNotYear) return true;
  // heading numbers at the start of a paragraph: "1.2.", "II.", "3)"
  if (/^\s*$/.test(text.slice(0, n.start)) && /^\s*[.)]/.test(after)) return true;
  if (n.ambiguous === 'dot-decimal' && /^\s*[.)]?\s/.test(after) && /^\s*$/.test(text.slice(0, n.start))) return true;
  // a time "7h30", "10 giờ", "đến 17 giờ ngày …"; not hours of work or broadcast above a day's ("phát sóng 276 giờ", a
  // deadline "trong 48 giờ" is still a time)
  if (/^\s?(?:h\d|phút)/u.test(after)) return true;
  if (/^\s?giờ/u.test(after) && (n.value <= 24 || n.decimals > 0 || /(?:trong|vòng|sau|trước|từ|đến|lúc)\s*$/u.test(before))) return true;
  // a name in quotes: mô hình "Chi bộ 4 tốt", phong trào “5 không, 3 sạch”
  if (/[“"][^”"\d]{0,30}$/u.test(text.slice(Math.max(0, n.start - 31), n.start)) && /^[^“"”]{0,30}[”"]/u.test(text.slice(n.end, n.end + 31))) return true;
  return false;
}

/** A day/month that is one end of a range: "từ ngày 1/10 - 28/10", "từ 3/9 - 30/9", "1/10 đến 28/10". */
function dayMonthRange(text: string, x: VnNumber, y: VnNumber): boolean {
  if (x.decimals || y.decimals || x.value < 1 || x.value > 31 || y.value < 1 || y.value > 12) return false;
  const before = text.slice(Math.max(0, x.start - 12), x.start);
  const after = text.slice(y.end, y.end + 12);
  return /\d{1,2}\/\d{1,2}\s?(?:[-–]|đến)\s?$/u.test(before) || /^\s?(?:[-–]|đến)\s?\d{1,2}\/\d{1,2}/u.test(after) || /(?:từ|đến)\s*$/u.test(before);
}

/**
 * What may stand between the X and the "/" of an X/Y besides a space: the unit the Y repeats
 * ("115 ha/116 ha") and a breakdown in parentheses ("176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn").
 */
const SPLIT_RATIO = /^\s?([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)?\s?(\([^()]{0,80}\))?\s?\/\s?$/u;

/** The index of the Y of an X/Y whose X is all[i], or -1. */
function slashPartner(text: string, all: readonly VnNumber[], i: number): number {
  const n = all[i];
  const next = all[i + 1];
  if (!next || n.percent) return -1;
  if (/^\s?\/\s?$/.test(text.slice(n.end, next.start))) return i + 1;
  // a split X/Y: the Y is the first number after the slash, past the numbers of the parentheses
  const near = text.slice(n.end, n.end + 101).indexOf('/');
  if (near < 0) return -1;
  const slash = n.end + near;
  const m = SPLIT_RATIO.exec(text.slice(n.end, slash + 1));
  if (!m || (!m[1] && !m[2])) return -1;
  let j = i + 1;
  while (j < all.length && all[j].start < slash) j++;
  const y = all[j];
  if (!y || !/^\s?$/.test(text.slice(slash + 1, y.start)) || y.percent) return -1;
  // the unit between must be the Y's own ("đơn … /221 đơn"), else it is a rate ("12 người/3 hộ")
  if (m[1] && unitAfter(text, y) !== m[1].toLowerCase()) return -1;
  return j;
}

export function claimsOf(block: TextBlock): BlockClaims {
  const text = block.text;
  const all = scanVnNumbers(text);
  const quantities: Quantity[] = [];
  const ratios: Ratio[] = [];
  for (let i = 0; i < all.length; i++) {
    const n = all[i];
    const partner = slashPartner(text, all, i);
    const next = partner >= 0 ? all[partner] : undefined;
    // X/Y: two numbers joined by a slash
    if (next) {
      const afterY = text.slice(next.end, next.end + 3);
      const beforeX = text.slice(Math.max(0, n.start - 12), n.start);
      const isDate = /^\/\d/.test(afterY) || /\d\/$/.test(beforeX) || DATE_BEFORE.test(beforeX) || /^[-/]\s?[A-ZĐ]/u.test(afterY) || DOC_NUMBER_BEFORE.test(beforeX) || dayMonthRange(text, n, next) || (n.value <= 31 && next.value <= 12 && inDateList(text, n.start));
      if (!isDate && !(next.value >= 1900 && next.value <= 2100 && n.value <= 12 && !next.decimals)) {
        // "109.013/166.776 triệu đồng": the scale word belongs to the unit of both sides
        const y: VnNumber = next.scaleWord ? { ...next, value: next.mantissa, scale: 1 } : next;
        // "220 triệu/254 triệu 700 nghìn đồng": each side has its scale word; X is counted in Y's scale
        const x: VnNumber = n.scaleWord && next.scaleWord ? { ...n, value: Number((n.value / next.scale).toPrecision(15)), scale: 1 } : n;
        ratios.push({
          x,
          y,
          unit: unitAfter(text, next),
          block,
          start: n.start,
          end: next.end,
          text: text.slice(n.start, next.end),
        });
      }
      // the numbers of a breakdown inside a split X/Y stay amounts of their own
      for (let k = i + 1; k < partner; k++) if (!isNonClaim(text, all[k])) quantities.push({ n: all[k], unit: unitAfter(text, all[k]), block });
      i = partner;
      continue;
    }
    if (isNonClaim(text, n)) continue;
    quantities.push({ n, unit: unitAfter(text, n), block });
  }
  return { block, quantities, ratios };
}

function isClauseStart(text: string, i: number): boolean {
  // a clause starts after ";", after ": " and after a sentence-ending "." (not a decimal or grouping dot)
  const c = text[i - 1];
  if (c === ';') return true;
  if (c === ':' && /\s/.test(text[i] ?? ' ')) return true;
  // "… mức độ 4. Tỷ lệ …": a sentence may end on a number when the next one starts with a capital
  return c === '.' && /\s/.test(text[i] ?? ' ') && (!/\d/.test(text[i - 2] ?? '') || /^\s+[\p{Lu}Đ]/u.test(text.slice(i, i + 3)));
}

function isClauseEnd(text: string, i: number): boolean {
  const c = text[i];
  return c === ';' || (c === '.' && (/\s/.test(text[i + 1] ?? ' ') || i + 1 === text.length));
}

/** Clause boundaries per text, computed once: every rule asks for many offsets of the same blocks, in turns. */
const boundaryCache = new Map<string, { starts: number[]; ends: number[] }>();

function boundaries(text: string): { starts: number[]; ends: number[] } {
  let hit = boundaryCache.get(text);
  if (!hit) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 1; i <= text.length; i++) if (isClauseStart(text, i)) starts.push(i);
    for (let i = 0; i < text.length; i++) if (isClauseEnd(text, i)) ends.push(i);
    ends.push(text.length);
    hit = { starts, ends };
    if (boundaryCache.size >= 1024) boundaryCache.clear();
    boundaryCache.set(text, hit);
  }
  return hit;
}

/** The last element ≤ x (for starts) or the first ≥ x (for ends), by binary search. */
function search(sorted: number[], x: number, wantFloor: boolean): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = wantFloor ? sorted[0] : sorted[hi];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) {
      if (wantFloor) best = sorted[mid];
      if (!wantFloor && sorted[mid] === x) return x;
      lo = mid + 1;
    } else {
      if (!wantFloor) best = sorted[mid];
      hi = mid - 1;
    }
  }
  return best;
}

/** The clause around an offset: up to the nearest ";" or sentence end on either side. */
export function clauseBounds(text: string, at: number): { start: number; end: number } {
  const { starts, ends } = boundaries(text);
  return { start: search(starts, at, true), end: search(ends, at, false) };
}

export { fold } from '../text/fold';

/** Where a quantity ends once its unit is included: "61,6 triệu đồng", "16 hộ". */
export function endWithUnit(text: string, q: Quantity): number {
  const scale = q.n.scaleWord?.toLowerCase();
  const rest = scale && q.unit.startsWith(scale) ? q.unit.slice(scale.length).trim() : q.unit;
  if (!rest || rest === '%') return q.n.end;
  const tail = text.slice(q.n.end, q.n.end + rest.length + 2);
  const i = tail.toLowerCase().indexOf(rest);
  return i >= 0 && i <= 1 ? q.n.end + i + rest.length : q.n.end;
}
