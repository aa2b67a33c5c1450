/**
 * A total and its breakdown: "đã giải quyết 643.272 hồ sơ; trong đó, số hồ sơ đúng hạn có 635.593
 * hồ sơ, chiếm 98,81%; số hồ sơ quá hạn có 7.677 hồ sơ, chiếm 1,19%", "cho 5.687 lượt; trong đó:
 * 3.582 lượt …, 756 lượt … và 1.079 lượt …", "tổng diện tích 607,5 ha. Trong đó: cây lương thực
 * 406,5 ha, …", "đang giải quyết gồm 7.172 hồ sơ, có 5.590 hồ sơ chưa đến hạn và 1.222 hồ sơ đã quá
 * hạn". After "trong đó" the parts may be a subset; they are a whole breakdown when the text says so
 * (gồm, a colon, a list closed by "và", their shares adding to 100%, or complementary words such as
 * đúng hạn / quá hạn). A breakdown must add up; any part must stay within its total.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import { boundOf, hasAnyRole, type Mention, type MentionIndex, unitFactor } from '../mentions';
import { MEASURED } from '../units';
import { fold } from '../../text/fold';

const TRIGGER = /^(?:[^0-9;.]{0,40}?)(?:[,;:(]\s*|\s)(trong đó|trong số đó|bao gồm|gồm có|gồm|có)(\s*[:,])?\s/iu;
/** Attributes a member may have several of: groups by them overlap. */
const OVERLAPPING = /\b(?:nu|dan toc|thieu so|tre|thanh nien|ngoai dang|ton giao|cao tuoi|khuyet tat|dang vien|doan vien|hoi vien|cong giao|phu nu|moi|tai cu|lan dau|dai hoc|trung cap|cao dang)\b/;

/** "… quý II của 42 chi bộ: xếp loại tốt 30 chi bộ, khá 11 chi bộ, …": a colon right after the total's unit opens its list. */
const COLON_LIST = /^(\s*[\p{L}]+(?:\s[\p{L}]+)?)(\s*:)\s/u;
/** "251 hộ được đưa vào danh sách rà soát hộ nghèo, hộ cận nghèo năm 2025, bao gồm: 97 hộ …": a long description of the total before an explicit "bao gồm:" */
const LONG_TRIGGER = /^(?:[^0-9;.]{0,120}?)(?:,\s*(bao gồm|gồm)(\s*:)|;\s*(trong đó)(\s*[:,])?)\s/iu;
/** LONG_TRIGGER's match with its word and colon in groups 1 and 2, as TRIGGER gives them. */
function longTrigger(text: string): RegExpExecArray | null {
  const m = LONG_TRIGGER.exec(text);
  if (!m) return null;
  if (m[3] !== undefined) {
    m[1] = m[3];
    m[2] = m[4];
  }
  return m;
}

const SENTENCE_TRIGGER = /^\s*(trong đó|trong số đó|cụ thể)(\s*[:,])?\s/iu;
export const COMPLEMENTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:dung han|truoc han|dung va truoc han|truoc va dung han)\b/, /\b(?:qua han|tre han|cham)\b/],
  [/\bchua den han\b/, /\bqua han\b/],
  [/\bnam\b/, /\bnu\b/],
  [/\bthanh thi\b/, /\bnong thon\b/],
];

interface Breakdown {
  total: Mention;
  parts: Mention[];
  shares: Mention[];
  word: string;
  colon: boolean;
  closedByVa: boolean;
}

/** Overlapping attributes named between a total and its parts, the total's own kind aside ("787 đoàn viên; trong đó 635 đoàn viên …"). */
export function namesOverlap(stretch: string, total: Mention): boolean {
  const unit = fold(total.unit).trim();
  const own = unit ? stretch.split(unit).join(' ') : stretch;
  return OVERLAPPING.test(own.replace(ORGANISATIONS, ' '));
}
/** Levels of schooling: pupils are at one level each. */
const EDUCATION_LEVELS: ReadonlyArray<readonly [string, RegExp]> = [
  ['mam non', /\bmam non\b|\bmau giao\b|\bnha tre\b/],
  ['tieu hoc', /\btieu hoc\b/],
  ['thcs', /\bthcs\b|\btrung hoc co so\b/],
  ['thpt', /\bthpt\b|\btrung hoc pho thong\b/],
];

/** Mass organisations are no attributes of their members: "Hội Liên hiệp Phụ nữ 29, Đoàn Thanh niên 19". */
const ORGANISATIONS = /\b(?:chi hoi|hoi|chi doan|doan)\s+(?:lien hiep\s+)?(?:phu nu|thanh nien|cuu chien binh|nong dan|nguoi cao tuoi)\b/g;

function isAmount(m: Mention): boolean {
  return !m.percent && m.family !== '';
}

/** "13.459 lượt hộ; trong đó cấp Trung ương có 114 hộ, …": the parts count what the total counts the times of. */
function ofTotal(total: Mention, m: Mention): boolean {
  const unit = fold(total.unit).toLowerCase();
  const part = fold(m.unit).toLowerCase();
  if (!part) return false;
  return (unit.startsWith('luot ') && unit.slice(5) === part) || (unit === 'luot' && new RegExp(`^\\s*luot ${part}\\b`).test(total.tail));
}

/** An amount of another kind that the next amount, of the total's kind, belongs to: "10 lớp đào tạo nghề … cho 256 lao động". */
function describesNext(list: readonly Mention[], m: Mention, family: string): boolean {
  const next = list.find((x) => x.start > m.end);
  return !!next && next.family === family && next.block === m.block && next.start - m.end < 80 && /\b(?:cho|voi|co|thu hut)\b/.test(next.lead);
}

/** "sơ tán 1.236 hộ với 3.862 người; gồm: … 412 hộ/1.286 người và … 824 hộ/2.567 người": each part counted two ways, joined by a slash. */
function pairedWithNext(list: readonly Mention[], m: Mention, family: string): boolean {
  const next = list.find((x) => x.start > m.end);
  return !!next && next.family === family && next.block === m.block && /^\s*[^\s\d/]+(?: [^\s\d/]+)?\s*\/\s*$/.test(m.block.text.slice(m.end, next.start));
}

function pairedWithPrevious(list: readonly Mention[], m: Mention, family: string): boolean {
  const previous = list.filter((x) => x.end <= m.start).at(-1);
  return !!previous && previous.family === family && previous.block === m.block && /^\s*[^\s\d/]+(?: [^\s\d/]+)?\s*\/\s*$/.test(m.block.text.slice(previous.end, m.start));
}

/** "…; giáo dục, y tế 12 thủ tục; kinh tế, tài chính, kế hoạch 46 thủ tục": a field named "kế hoạch" in a list of fields is no plan. */
function fieldNamedPlan(m: Mention): boolean {
  return m.roles.has('plan') && /[a-z], ke hoach\s*$/.test(m.lead);
}

function collectParts(list: readonly Mention[], from: number, until: number, family: string, total: Mention, colon = false): { parts: Mention[]; shares: Mention[]; mixed: boolean } {
  const parts: Mention[] = [];
  const shares: Mention[] = [];
  let mixed = false;
  for (const m of list) {
    if (m.start < from || m.start >= until || m === total) continue;
    // "… cho 147 lao động (trong đó: có 1 lớp …, với 60 học viên)": parentheses opened after the first part detail a part
    if (parts.length > 0 && m.paren && m.paren.start > parts[0].start && m.paren.start !== total.paren?.start) continue;
    if (m.percent) {
      if (parts.length > 0 && /\b(?:chiem|dat)(?: ty le| ti le)?(?: den| khoang| gan| hon)?\s*$/.test(m.lead)) shares.push(m);
      continue;
    }
    // "gồm: cán bộ quản lý 3, giáo viên 49, nhân viên 6": bare numbers after names count the total's kind
    if (m.family === '' && m.unit === '' && !m.y && /[a-z]\s*:?\s*$/.test(m.lead)) {
      parts.push(m);
      continue;
    }
    // "2.552 đối tượng (gồm 572 băng nhóm, 1.852 đối tượng)": a list of other things is no breakdown of the total,
    // but "10 lớp … cho 256 lao động và 06 lớp … cho 147 lao động" says what each part came in
    if (m.family !== family && !ofTotal(total, m)) {
      if (m.family !== '' && !m.y && m.roles.size === 0 && !describesNext(list, m, family) && !pairedWithNext(list, m, family) && !pairedWithPrevious(list, m, family)) mixed = true;
      continue;
    }
    const field = parts.length >= 2 && m.roles.size === 1 && fieldNamedPlan(m) && m.unit === parts[parts.length - 1].unit;
    if (!field && (m.roles.has('plan') || m.roles.has('same') || m.roles.has('previous') || m.roles.has('total') || m.y)) break;
    // "hỗ trợ mỗi tổ dân phố 4 triệu đồng (112 triệu đồng)": a rate per item, whose amount in the parentheses after it is the part
    // (in the text as written: folded, "mỗi" is the "môi" of "môi trường")
    const perItem = /(?:^|\s)mỗi (?:\p{L}+ ){1,3}$/iu.test(m.block.text.slice(Math.max(0, m.start - m.lead.length), m.start));
    const amount = perItem ? list.find((x) => x.start > m.end) : undefined;
    if (amount && amount.paren && amount.paren.start >= m.end && amount.paren.start - m.end < 20 && amount.family === m.family && amount.value > m.value) continue;
    // (not a name: "chợ Phố Mới 96 điểm")
    if (/\b(?:tang|giam|bang|moi|binh quan)\s*$/.test(m.lead) && !/\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s*$/u.test(m.block.text.slice(Math.max(0, m.start - 24), m.start))) break;
    // "gồm 38 hồ sơ … và 2.448 hồ sơ tiếp nhận mới, tăng 10,5% …; trong số hồ sơ tiếp nhận mới có 1.719 hồ sơ": the "và" closed the list
    const last = parts[parts.length - 1];
    if (!colon && last && /\bva\s*$/.test(last.lead) && /;/.test(last.block.text.slice(last.end, m.start))) break;
    // "…; 571.269 phiếu bầu HĐND, trong đó …": an amount with a breakdown of its own starts another total
    if (parts.length > 0 && /^[^0-9;]{0,40}?,\s*(?:trong do|gom|bao gom)\b/.test(m.tail)) break;
    // "215 hộ, gồm 126 hộ nuôi bò … và 89 hộ trồng chè …, trong đó 168 hộ nghèo": a "trong đó" after the list singles out a subset of all
    // (or after a ";": "…, 5 đơn tranh chấp đất đai; trong đó quý IV tiếp nhận 12 đơn")
    if (parts.length >= 2 && /[,;]\s*trong (?:do|so do)\b/.test(fold(m.block.text.slice(parts[parts.length - 1].end, m.start)).toLowerCase())) break;
    parts.push(m);
    // "Trong đó, có 251 hộ được đưa vào danh sách …, bao gồm: 97 hộ nghèo …": what follows breaks down the part, not the total
    const next = list.find((x) => x.start > m.end);
    const between = (m.block.text.slice(m.end, next && next.block === m.block ? next.start : m.sentence.end)).toLowerCase();
    if (parts.length === 1 && /,\s*(?:bao gồm|gồm)\s*:?\s*$/u.test(between.replace(/năm (?:19|20)\d\d/gu, ''))) break;
  }
  // parts with their shares make the breakdown; an amount after them without one is something else
  // ("…; 1.309 hồ sơ quá hạn chiếm 0,6%; 11.878 hồ sơ đang giải quyết")
  if (shares.length >= 2) {
    const lastShared = parts.filter((p) => shares.some((s) => s.start > p.end && s.start - p.end < 60 && !parts.some((q) => q.start > p.end && q.start < s.start))).at(-1);
    if (lastShared) parts.splice(parts.indexOf(lastShared) + 1);
  }
  return { parts, shares, mixed };
}

function breakdownsOf(index: MentionIndex): Breakdown[] {
  const out: Breakdown[] = [];
  for (const list of index.byBlock.values()) {
    if (list.length === 0) continue;
    const text = list[0].block.text;
    for (let i = 0; i < list.length; i++) {
      const total = list[i];
      if (!isAmount(total) || total.roles.has('plan') || total.roles.has('same') || total.roles.has('previous')) continue;
      // "… là 318.011 người, tăng 40.640 người (…) so với cùng kỳ; trong đó: BHXH bắt buộc là 239.011 người": the change is no total
      // ("…, thiếu 1 đại biểu so với số lượng … Trong đó có 126 đại biểu tái cử": a shortfall is no total either)
      if (/\b(?:tang|giam|thieu|hut|vuot)(?: them)?\s*$/.test(total.lead)) continue;
      // an average is no whole: "bình quân 92 lượt người/buổi; trong đó có 3.705 lượt hội viên" breaks down the 4.218 before it
      if (/\b(?:binh quan|trung binh)\s*(?:moi [a-z]+\s*)?(?:la|dat|khoang)?\s*$/.test(total.lead) || /^\s*[^\d\s,;.()/]*(?: [a-z]+)?\/(?:buoi|ho|nguoi|thang|ngay|nam|tuan|con|ha|km|dot|lan|khau|xa|thon)\b/.test(total.tail)) continue;
      // the total's own rate does not stand between it and its breakdown: "2.486 cặp, đạt 70,8%, trong đó: …"
      let j = i + 1;
      // nor its change and the figure it is compared with: "27 vụ vi phạm …, giảm 8 vụ (22,9%) so với cùng kỳ (35 vụ); gồm: …"
      const ownComparison = (m: Mention | undefined, prev: Mention): m is Mention => {
        // nor what it is worth: "trao 1.350 phần quà cho hộ nghèo, …, trị giá 810 triệu đồng, bình quân 600.000 đồng/phần; gồm …"
        if (m && m.sentence.start === total.sentence.start && m.family !== total.family && !m.percent && /\b(?:tri gia|tong tri gia|kinh phi|tong kinh phi|gia tri|tong gia tri|so tien|tong so tien|binh quan)\s*$/.test(m.lead) && /^[^0-9;]{0,120}$/.test(text.slice(prev.end, m.start))) return true;
        // ("2.433 tỷ đồng, bằng 28,4% dự toán Trung ương giao, bằng 19,2% dự toán tỉnh giao, tăng 75,6% so với cùng kỳ, gồm: …";
        // a plan's name may be long: "và 49,4% dự toán Hội đồng nhân dân xã giao, tăng 12,4%")
        if (m?.percent && m.sentence.start === total.sentence.start && /^[^0-9;]{0,60}$/.test(text.slice(prev.end, m.start))) return true;
        if (!m || m.sentence.start !== total.sentence.start || !/^[^0-9;]{0,40}$/.test(text.slice(prev.end, m.start))) return false;
        // nor the same counted another way: "sơ tán 1.236 hộ với 3.862 người …; gồm: … 412 hộ/1.286 người …"
        if (prev === total && m.family !== total.family && !m.percent && /^\s*[^\s\d]+(?: [^\s\d]+)?\s+với\s*$/u.test(text.slice(prev.end, m.start))) return true;
        // nor the occasions it came in: "trao Huy hiệu Đảng cho 86 đồng chí trong 4 đợt (các ngày …), gồm: …"
        if (prev === total && m.family !== total.family && !m.percent && /^\s*[^\s\d]+(?: [^\s\d]+)?\s+(?:trong|qua)\s*$/u.test(text.slice(prev.end, m.start))) return true;
        // (but a change no other period is named for, right before the list, is what the list breaks down: "đạt 2.846 triệu
        // đồng, trong năm tăng 231 triệu đồng, gồm 114 triệu đồng … và 117 triệu đồng …")
        if (m.family === total.family && /\b(?:tang|giam)(?: them)?\s*$/.test(m.lead)) return !/^[^0-9;]{0,30}?,?\s*(?:gồm|bao gồm)\b/u.test(text.slice(m.end)) || /\bso với\b/u.test(text.slice(m.end, m.end + 60));
        // and the plan or the other period it is of, in parentheses: "đạt 75,9% kế hoạch năm (37,5 tỷ đồng); gồm: …"
        return Boolean(m.paren) && m.paren!.start > prev.end && hasAnyRole(m, ['plan', 'same', 'previous']);
      };
      while (ownComparison(list[j], list[j - 1])) j++;
      const next = list[j];
      const nextAmount = list.slice(j).find(isAmount);
      const after = text.slice(j > i + 1 ? list[j - 1].end : total.end, next ? next.start : total.sentence.end);
      // a year describing the total is no number of the list ("… năm 2025, bao gồm: …"); lengths are kept for the offsets below
      // (nor are dates: "… trong 4 đợt (các ngày 03/02, 19/5, 02/9 và 07/11/2026), gồm: …")
      const plain = after.replace(/\bnăm (?:19|20)\d\d\b/giu, (y) => 'x'.repeat(y.length)).replace(/\b\d{1,2}\/\d{1,2}(?:\/(?:19|20)\d\d)?\b/g, (d) => 'x'.repeat(d.length));
      let trigger = TRIGGER.exec(plain) ?? longTrigger(plain) ?? COLON_LIST.exec(j === i + 1 ? after : '');
      let from = total.end;
      let until = total.sentence.end;
      if (!trigger) {
        // "… 607,5 ha. Trong đó: …": a sentence that opens a breakdown of the sentence before
        if (!nextAmount || nextAmount.sentence.start === total.sentence.start) {
          if (nextAmount || i !== list.length - 1) continue;
          // "… lập danh sách sơ bộ 57 người." then a paragraph "Trong đó, khối Đảng 19 người; …"
          const following = index.byBlock.get(total.block.index + 1) ?? [];
          const first = following.find(isAmount);
          if (!first || total.block.story !== 'body' || first.block.story !== 'body') continue;
          const opening = SENTENCE_TRIGGER.exec(first.block.text.slice(0, first.start));
          if (!opening || first.block.text.slice(0, first.start).trim().length > 60) continue;
          const { parts, shares, mixed } = collectParts(following, 0, first.block.text.length, total.family, total);
          if (parts.length > 0 && !mixed) out.push({ total, parts, shares, word: opening[1].toLowerCase(), colon: Boolean(opening[2]?.includes(':')), closedByVa: false });
          continue;
        }
        const sentenceText = text.slice(nextAmount.sentence.start, nextAmount.start);
        trigger = SENTENCE_TRIGGER.exec(sentenceText);
        if (!trigger || !/^\s*$/.test(text.slice(total.sentence.end, nextAmount.sentence.start))) continue;
        from = nextAmount.sentence.start;
        until = nextAmount.sentence.end;
      }
      // "huyện Bát Xát có 2 xã: Dền Thàng và Nậm Pung; huyện Bảo Yên có 3 xã": a list of names, its numbers after the ";" are another's
      const triggerEnd = from === total.end ? (j > i + 1 ? list[j - 1].end : total.end) + trigger.index + trigger[0].length : from;
      // the parts come after the trigger, past the total's own change and comparisons
      const partsFrom = from === total.end ? triggerEnd : from;
      const firstSemi = text.indexOf(';', triggerEnd);
      if (firstSemi >= 0 && firstSemi < until) {
        const firstPart = list.find((m) => m.start >= partsFrom && m.start < until && isAmount(m) && m.family === total.family && m !== total);
        if (firstPart && firstPart.start > firstSemi) continue;
      }
      // a list opened by a colon runs over its ";"-separated items ("gồm: đăng ký thường trú 96 hồ sơ; đăng ký tạm
      // trú 183 hồ sơ; …") and ends at the first ";" whose stretch holds none of its kind
      if (trigger[2]?.includes(':')) {
        const first = list.find((m) => m.start >= partsFrom && m.start < until && isAmount(m) && m.family === total.family && m !== total);
        let semi = first ? text.indexOf(';', first.end) : -1;
        // items set apart by commas end the list at the ";" ("…, cây công nghiệp khác 2,0 ha; cây lâu năm 229,5 ha")
        // ("97 hộ nghèo và 139 hộ cận nghèo; 19 hộ rà soát bổ sung": two joined by "và" are one item of the list)
        const items = first ? list.filter((m) => m.start >= first.start && (semi < 0 || m.start < semi) && isAmount(m) && m.family === total.family) : [];
        const commaItems = items.filter((m, k) => k === 0 || text.slice(items[k - 1].end, m.start).includes(',')).length;
        while (commaItems < 2 && semi >= 0 && semi < until) {
          const next = text.indexOf(';', semi + 1);
          const stretchEnd = next >= 0 && next < until ? next : until;
          if (!list.some((m) => m.start > semi && m.start < stretchEnd && isAmount(m) && m.family === total.family)) break;
          semi = next >= 0 && next < until ? next : -1;
        }
        if (semi >= 0 && semi < until) until = semi;
      }
      // "22 chi bộ (trong đó có 17 …; 3 …; 1 …), đến 30/3/2010 Đảng bộ có 304 đảng viên": a list opened in parentheses ends with them
      // (the parenthesis that opens the list, not one closed before its word: "trong 4 đợt (các ngày …), gồm: …")
      if (from === total.end && /\(\s*(?:trong đó|trong số đó|bao gồm|gồm có|gồm|có)(?:\s*[:,])?\s*$/iu.test(trigger[0])) {
        const close = text.indexOf(')', total.end);
        if (close > 0) until = Math.min(until, close);
      }
      // a total inside parentheses has its parts there too: "(… cả năm 763,2 tấn, gồm … 250,8 tấn), tổng …"
      if (total.paren) until = Math.min(until, total.paren.end);
      const { parts, shares, mixed } = collectParts(list, partsFrom, until, total.family, total, Boolean(trigger[2]?.includes(':')));
      const word = TRIGGER.test(plain) || LONG_TRIGGER.test(plain) || from !== total.end ? trigger[1].toLowerCase() : 'gồm';
      if (word === 'có' && !/,\s*có\s/u.test(trigger[0])) continue;
      if (parts.length === 0 || mixed) continue;
      const tail = text.slice(parts[parts.length - 1].start - 12, parts[parts.length - 1].start);
      out.push({ total, parts, shares, word, colon: Boolean(trigger[2]?.includes(':')), closedByVa: /\svà\s[^0-9]{0,40}$/u.test(tail) || /\svà\s*$/u.test(tail) });
    }
  }
  return out;
}

/**
 * "b) Cây màu: 25ha, đạt 100% kế hoạch. Trong đó:" and then one bullet per part ("- Cây ngô: 17 ha, …",
 * "- Cây lạc: 2 ha, …"): the first amount of the total's family in each bullet is a part.
 */
function bulletBreakdowns(index: MentionIndex): Breakdown[] {
  const out: Breakdown[] = [];
  for (const block of index.blocks) {
    const folded = (index.folded.get(block.index) ?? '').trimEnd();
    const opened = /\b(trong do|trong so do|gom|bao gom|cu the)\s*:$/.exec(folded);
    if (!opened) continue;
    const list = index.byBlock.get(block.index) ?? [];
    const total = [...list].reverse().find((m) => isAmount(m) && !m.y && !m.roles.has('plan') && !m.roles.has('same') && !m.roles.has('previous'));
    if (!total || total.sentence.end < folded.length - 40 - opened[0].length) continue;
    const parts: Mention[] = [];
    for (let b = block.index + 1; b < index.blocks.length; b++) {
      const next = index.blocks[b];
      if (next.story !== block.story || !/^\s*[-+•*–]/.test(next.text)) break;
      const first = (index.byBlock.get(b) ?? []).find((m) => !m.percent && m.family !== '');
      if (!first) continue;
      if (first.family !== total.family) break;
      parts.push(first);
    }
    if (parts.length >= 2) out.push({ total, parts, shares: [], word: opened[1] === 'gom' ? 'gồm' : 'trong đó', colon: true, closedByVa: false });
  }
  return out;
}

const NAME_STOP = new Set(['thu', 'chi', 'so', 'cac', 'tu', 'cua', 'va', 'la', 'nam', 'trong', 'do', 'duoc', 'da']);

/**
 * "Thu bổ sung từ ngân sách cấp trên gồm bổ sung cân đối 36.540 triệu đồng và bổ sung có mục tiêu 7.232
 * triệu đồng": a sentence that breaks down what it names, whose total the text gave before ("thu bổ sung từ
 * ngân sách cấp trên 43.862 triệu đồng"). The total is the nearest earlier amount whose words hold every
 * word of the name.
 */
function namedBreakdowns(index: MentionIndex): Breakdown[] {
  const out: Breakdown[] = [];
  for (const block of index.blocks) {
    if (block.story !== 'body' || block.table) continue;
    const folded = index.folded.get(block.index) ?? '';
    const list = index.byBlock.get(block.index) ?? [];
    const first = list.find(isAmount);
    if (!first) continue;
    const opening = /^\s*[-+•*]?\s*([a-z ,]{6,80}?)\s+(gom|bao gom)\s*:?\s+[a-z ,]{0,60}$/.exec(folded.slice(first.sentence.start, first.start).replace(/^\s*[-+•*]\s*/, ''));
    if (!opening || /\b(?:trong do|tong|toan)\b/.test(opening[1])) continue;
    const { parts, mixed } = collectParts(list, first.start, first.sentence.end, first.family, first);
    const all = [first, ...parts];
    if (mixed || all.length < 2 || all.some((p) => p.roles.size > 0)) continue;
    // the list is closed: "A và B", or three parts or more
    const between = block.text.slice(all[all.length - 2].end, all[all.length - 1].start);
    if (!/\svà\s/u.test(between) && all.length < 3) continue;
    const name = opening[1].split(/[^a-z]+/).filter((w) => w.length > 1 && !NAME_STOP.has(w));
    if (name.length < 2) continue;
    let total: Mention | undefined;
    for (let b = block.index - 1; b >= Math.max(0, block.index - 40) && !total; b--) {
      const earlier = [...(index.byBlock.get(b) ?? [])].reverse();
      total = earlier.find((m) => isAmount(m) && m.family === first.family && !m.y && !m.roles.has('plan') && !m.roles.has('same') && !m.roles.has('previous') && m.scope === first.scope && name.every((w) => m.lead.slice(-70).split(/[^a-z]+/).includes(w)));
    }
    if (!total || total.value <= first.value) continue;
    out.push({ total, parts: all, shares: [], word: 'gồm', colon: false, closedByVa: true });
  }
  return out;
}

/**
 * "… đang áp dụng tại phường có 286 thủ tục. Chia theo nhóm lĩnh vực, tư pháp - hộ tịch, chứng thực có 64 thủ tục; …; các
 * lĩnh vực còn lại 31 thủ tục.": a sentence that opens on what it divides by breaks down the amount the sentence before
 * ends on, when its list is closed (by "còn lại", "khác" or "và").
 */
function dividedNext(index: MentionIndex): Breakdown[] {
  const out: Breakdown[] = [];
  for (const block of index.blocks) {
    if (block.story !== 'body' || block.table) continue;
    const folded = index.folded.get(block.index) ?? '';
    const list = index.byBlock.get(block.index) ?? [];
    for (const [k, total] of list.entries()) {
      const next = list[k + 1];
      if (!next || !isAmount(total) || total.y || total.roles.size > 0 || next.sentence.start === total.sentence.start) continue;
      // (the total ends its sentence: "… có 286 thủ tục.")
      if (!/^\s*[a-z ]{0,20}\.\s*$/.test(folded.slice(total.end, next.sentence.start))) continue;
      if (!/^\s*(?:chia|phan) theo [a-z ]{2,30},/.test(folded.slice(next.sentence.start, next.start))) continue;
      const { parts, mixed } = collectParts(list, next.sentence.start, next.sentence.end, total.family, total);
      // ("các lĩnh vực còn lại 31 thủ tục" is the rest of the list; "kinh tế, tài chính, kế hoạch 46 thủ tục" one field of it)
      const item = (p: Mention): boolean => [...p.roles].every((r) => r === 'remaining' || (r === 'plan' && fieldNamedPlan(p)));
      if (mixed || parts.length < 3 || parts.some((p) => !item(p) || p.unit !== total.unit)) continue;
      if (!/\b(?:con lai|khac)\b|\sva\s/.test(folded.slice(parts[parts.length - 2].end, parts[parts.length - 1].start))) continue;
      out.push({ total, parts, shares: [], word: block.text.slice(next.sentence.start).trim().split(/\s+/).slice(0, 2).join(' '), colon: false, closedByVa: true });
    }
  }
  return out;
}

/**
 * "… kiến nghị UBND xã 26 nội dung, tăng 36,8% so với năm 2025. Theo lĩnh vực: chính sách xã hội 6; đầu tư xây dựng 7; …": a
 * sentence that opens on what it divides by and a colon, then lists bare counts between semicolons, breaks down the amount of
 * the sentence before (past its change), in that amount's unit.
 */
function dividedUnderColon(index: MentionIndex): Breakdown[] {
  const out: Breakdown[] = [];
  for (const block of index.blocks) {
    if (block.story !== 'body' || block.table) continue;
    const folded = index.folded.get(block.index) ?? '';
    const list = index.byBlock.get(block.index) ?? [];
    for (const total of list) {
      if (!isAmount(total) || total.y || total.roles.size > 0 || total.percent) continue;
      const next = list.find((m) => m.sentence.start > total.sentence.start);
      if (!next) continue;
      // (the total is its sentence's one amount: only a percent of its change may follow; "khiếu nại 38 lượt, tố cáo 11 lượt, kiến nghị,
      // phản ánh 137 lượt. Phân theo lĩnh vực: …" divides the three together)
      if (list.some((m) => m !== total && m.sentence.start === total.sentence.start && !m.percent)) continue;
      if (!/^\s*[a-z ]{0,20}(?:,\s*(?:tang|giam)\s[^.;]*)?\.\s*$/.test(folded.slice(total.end, next.sentence.start))) continue;
      const opener = /^\s*(?:(?:chia|phan) )?theo [a-z ]{2,30}:\s*/.exec(folded.slice(next.sentence.start, next.start));
      if (!opener) continue;
      const parts = list.filter((m) => m.sentence.start === next.sentence.start);
      if (parts.length < 3 || parts.some((p) => p.percent || p.y || p.roles.size > 0 || (p.unit !== '' && p.unit !== total.unit) || p.n.decimals > 0)) continue;
      // (each after its own label, between semicolons: "; đất đai 6;")
      if (parts.some((p, i) => i > 0 && !folded.slice(parts[i - 1].end, p.start).includes(';'))) continue;
      out.push({ total, parts, shares: [], word: block.text.slice(next.sentence.start, next.sentence.start + opener[0].length).trim().replace(/:$/, ''), colon: true, closedByVa: false });
    }
  }
  return out;
}

function isWhole(b: Breakdown, index: MentionIndex): boolean {
  if (b.word === 'gồm' || b.word === 'bao gồm' || b.word === 'gồm có' || b.word === 'cụ thể' || /^(?:chia|phân) theo$/iu.test(b.word)) return true;
  if (b.parts.length < 2) return false;
  if (b.colon && b.parts.length >= 2) return true;
  const lo = b.shares.reduce((s, m) => s + m.interval.lo, 0);
  const hi = b.shares.reduce((s, m) => s + m.interval.hi, 0);
  if (b.shares.length === b.parts.length && lo <= 100 + 1e-9 && hi >= 100 - 1e-9) return true;
  const folded = (m: Mention): string => (index.folded.get(m.block.index) ?? '').slice(Math.max(m.sentence.start, m.start - 60), m.end + 40);
  if (b.parts.length === 2) {
    // (each part's own words, from the one before it: "tăng 8,2% so với đầu năm; trong đó nữ 637 …" holds no "nam" of men)
    const own = (m: Mention, i: number): string => {
      if (m.block !== b.total.block && i === 0) return folded(m);
      const text = index.folded.get(m.block.index) ?? '';
      const from = i === 0 ? Math.max(b.total.end, m.sentence.start) : b.parts[i - 1].end;
      return `${text.slice(from, m.start).split(/[,;(]/).pop() ?? ''} ${text.slice(m.end, m.end + 25).split(/[,;()]/)[0]}`;
    };
    const [x, y] = b.parts.map(own);
    if (COMPLEMENTS.some(([p, q]) => (p.test(x) && q.test(y)) || (q.test(x) && p.test(y)))) return true;
  }
  // a parallel list: "khối Đảng 19 người; khối MTTQ … 11 người; khối cơ quan nhà nước 16 người; …"
  // each item's own first word, from the end of the item before it: "thu phạt …, thu hồi …, thu từ …"
  const heads = new Map<string, number>();
  b.parts.forEach((p, i) => {
    const from = i === 0 ? b.total.end : b.parts[i - 1].end;
    const stretch = (index.folded.get(p.block.index) ?? '').slice(p.block.index === b.total.block.index || i > 0 ? from : 0, p.start);
    const words = stretch.replace(/\b(?:trong do|trong so do|gom|bao gom|co|va)\b/g, ' ').split(/[^a-z]+/).filter((w) => w.length > 1 && !fold(p.unit).split(' ').includes(w));
    const head = words[0] ?? '';
    if (head) heads.set(head, (heads.get(head) ?? 0) + 1);
  });
  if (b.parts.length >= 3 && Math.max(0, ...heads.values()) >= 3) return true;
  const labels = b.parts.map((p, i) => (index.folded.get(p.block.index) ?? '').slice(i === 0 ? b.total.end : b.parts[i - 1].end, p.end + 25));
  // "1.623 học sinh; trong đó tiểu học 98 học sinh, THCS 1.226 học sinh, THPT 263 học sinh": the levels of schooling split the pupils
  const levels = labels.map((l) => EDUCATION_LEVELS.find(([, re]) => re.test(l))?.[0]);
  if (b.parts.length >= 3 && levels.every(Boolean) && new Set(levels).size === levels.length) return true;
  // "22 chi bộ (trong đó có 17 chi bộ khối nông thôn; 3 chi bộ nhà trường; 1 chi bộ cơ quan xã)": a list that fills the parentheses
  // after the total names all its kinds, unless they are attributes that overlap
  const paren = b.parts[0].paren;
  if (paren && b.parts.length >= 3 && paren.start - b.total.end < 30 && paren.start > b.total.end && b.parts.every((p) => p.paren?.start === paren.start)) {
    const inside = (index.folded.get(b.total.block.index) ?? '').slice(paren.start, paren.end);
    if (!namesOverlap(inside, b.total)) return true;
  }
  // a part that names the rest ("nhóm khác 1.117 người", "8 xã còn lại") closes the breakdown
  // (but what is "còn lại" past a ";" after a single part of a "trong đó" is what is left of the whole, beside the subset: "trong đó
  // phun lần 2 trên 75,8 ha, tổng cộng 248,6 ha lượt; 13,7 ha còn lại …")
  const pastSemicolon = b.parts.length === 2 && /^trong/i.test(b.word) && (index.folded.get(b.parts[1].block.index) ?? '').slice(b.parts[0].end, b.parts[1].start).includes(';');
  if (b.parts.some((p) => (pastSemicolon ? /\bkhac\b/ : /\b(?:khac|con lai)\b/).test((index.folded.get(p.block.index) ?? '').slice(Math.max(p.clause.start, p.start - 40), p.end + 25)))) return true;
  // "12 chi bộ trực thuộc, trong đó có 08 chi bộ thôn, 03 chi bộ trường học, 01 chi bộ quân sự và 01 chi bộ công an":
  // a list of kinds closed by "và" names them all, unless its groups are attributes that overlap
  if (b.closedByVa && b.parts.length >= 3 && !namesOverlap((index.folded.get(b.total.block.index) ?? '').slice(b.total.end, b.parts[b.parts.length - 1].end + 30), b.total)) return true;
  return b.word === 'có' && b.closedByVa;
}

/**
 * How far below and above its written value a figure may be: half its last digit, or, for a figure the
 * text bounds ("hơn 74.886 tấn", "trên 7,2 tỷ đồng"; "gần 5,3 tỷ"; "khoảng 306 triệu"), up to one unit of
 * its last digit on the side the word leaves open.
 */
function reach(m: Mention): { below: number; above: number } {
  const half = (m.interval.hi - m.interval.lo) / 2;
  if (!m.roles.has('approximate')) return { below: half, above: half };
  const unit = unitFactor(m) * 10 ** -m.n.decimals;
  const bound = boundOf(m.lead);
  if (bound === 'at-least') return { below: 0, above: unit };
  if (bound === 'at-most') return { below: unit, above: 0 };
  return { below: Math.max(half, unit), above: Math.max(half, unit) };
}

/** Whether parts written as `sum` may add to the total: some values within their reach are equal. */
function mayAddUp(parts: readonly Mention[], total: Mention, sum: number): { over: boolean; under: boolean } {
  const r = parts.map(reach);
  const t = reach(total);
  // (a measure written whole over parts with decimals is rounded to its unit: "717 ha" of 717,3)
  if (total.n.decimals === 0 && !total.roles.has('approximate') && MEASURED.has(total.family) && parts.some((m) => m.n.decimals > 0)) {
    const half = 0.5 * unitFactor(total);
    t.below = Math.max(t.below, half);
    t.above = Math.max(t.above, half);
  }
  const partsBelow = r.reduce((a, x) => a + x.below, 0);
  const partsAbove = r.reduce((a, x) => a + x.above, 0);
  const d = sum - total.value;
  return { over: d > partsBelow + t.above + 1e-9, under: -d > partsAbove + t.below + 1e-9 };
}

/** Whole counts of another noun among a count's parts, up to the end of the sentence of its last. */
function otherCounts(index: MentionIndex, b: { total: Mention; parts: readonly Mention[] }): Mention[] {
  const last = b.parts[b.parts.length - 1];
  if (!b.total.family.startsWith('n:') || !last) return [];
  return (index.byBlock.get(last.block.index) ?? []).filter(
    (m) => m.start > b.parts[0].start && m.sentence.start === last.sentence.start && !b.parts.includes(m) && m.family.startsWith('n:') && m.family !== b.total.family && !m.percent && !m.y && m.n.decimals === 0 && m.roles.size === 0,
  );
}

/** Whether the parts before some semicolon of the list add up to the total by themselves. */
function endsEarlier(index: MentionIndex, b: { parts: readonly Mention[] }, total: Mention): boolean {
  let sum = 0;
  let tolerance = (total.interval.hi - total.interval.lo) / 2 + 1e-9;
  for (let k = 0; k + 1 < b.parts.length; k++) {
    const p = b.parts[k];
    const next = b.parts[k + 1];
    sum += p.value;
    tolerance += (p.interval.hi - p.interval.lo) / 2;
    if (next.block !== p.block || k === 0) continue;
    if (!(index.folded.get(p.block.index) ?? '').slice(p.end, next.start).includes(';')) continue;
    if (Math.abs(sum - total.value) <= tolerance) return true;
  }
  return false;
}

function saysOverlap(index: MentionIndex, total: Mention, parts: readonly Mention[]): boolean {
  const last = parts[parts.length - 1];
  const folded = index.folded.get(last.block.index) ?? '';
  const sentence = (m: Mention): string => (index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.sentence.end);
  return /\btrung (?:nhau|lap)\b|\bthuoc nhieu (?:nhom|doi tuong)\b/.test(`${sentence(total)} ${sentence(last)} ${folded.slice(last.end, last.end + 60)}`);
}

export function checkBreakdowns(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const b of [...breakdownsOf(index), ...bulletBreakdowns(index), ...namedBreakdowns(index), ...dividedNext(index), ...dividedUnderColon(index)]) {
    const { total, parts } = b;
    const tolerance = [...parts, total].reduce((s, m) => s + (m.interval.hi - m.interval.lo) / 2, 0) + 1e-9;
    const sum = parts.reduce((s, m) => s + m.value, 0);
    const off = mayAddUp(parts, total, sum);
    const unit = total.unit;
    const decimals = Math.max(...parts.map((p) => p.n.decimals));
    const location = { story: total.block.story, block: total.block.index, start: total.n.start, end: total.n.end };
    // "… 11 nữ, 4 người dân tộc thiểu số, 27 đảng viên (các nhóm này có phần trùng nhau)": the text says its groups overlap
    if (saysOverlap(index, total, parts)) continue;
    // "… là 56 người, ứng cử … để bầu ra 35 đại biểu. Trong đó nữ 33 người, …": parts counted as the figure before it are of that one
    if (parts.every((m) => m.unit === parts[0].unit) && parts[0].unit !== total.unit && (index.byBlock.get(total.block.index) ?? []).some((m) => m.sentence.start === total.sentence.start && m.end <= total.start && m.unit === parts[0].unit && m.value > total.value)) continue;
    if (isWhole(b, index)) {
      if (!off.over && !off.under) continue;
      // "… có 3.595 người …; trong đó … 3.399 lao động. Bao gồm: 521 …, 1.993 …": parts that make another whole of the paragraph break that one down
      if ((index.byBlock.get(total.block.index) ?? []).some((m) => m !== total && m.start < total.start && m.family === total.family && !m.percent && Math.abs(m.value - sum) <= tolerance)) continue;
      // "164 cơ sở …, gồm 38 cơ sở …, 86 cơ sở … và 40 bếp ăn tập thể": the list's counts of another noun are parts too
      if (off.under && Math.abs(sum + otherCounts(index, b).reduce((a, m) => a + m.value, 0) - total.value) <= tolerance) continue;
      // "421 em, gồm dân tộc Mông 318 em, dân tộc Dao 87 em, dân tộc Tày và Giáy 16 em; học sinh người Kinh 12 em": the list may end at a semicolon
      if (off.over && endsEarlier(index, b, total)) continue;
      const expected = formatVn(sum / unitFactor(total), { decimals, leadingZero: total.n.leadingZero });
      out.push({
        rule: 'parts-total',
        severity: 'error',
        kind: 'certain',
        message: `Các phần sau “${b.word}” cộng lại ${parts.map((p) => (p.n.scaleWord === total.n.scaleWord ? p.n.numberText : p.n.text)).join(' + ')} = ${expected} ${unit}, không khớp tổng ${total.n.numberText} ${unit}.`,
        text: total.n.text,
        location,
        stated: total.n.text,
        expected,
      });
      continue;
    }
    // groups by an attribute (nữ, dân tộc, ngoài Đảng…) overlap; groups by where or what one works at do not,
    // so their sum cannot pass the total: "787 đoàn viên; trong đó 635 … nông thôn, 180 … cơ quan, 2 … học sinh"
    const folded = index.folded.get(total.block.index) ?? '';
    const stretch = folded.slice(total.end, parts[parts.length - 1].end + 40);
    // "trong đó kinh phí hỗ trợ 9,48 tỷ đồng …, đã giải ngân 8,95 tỷ đồng": a part led by "đã <verb>" is how far the one before
    // it has got, not a sibling group
    const progress = parts.some((p, i) => i > 0 && /^\s*(?:va\s+)?da\s+[a-z]/.test(folded.slice(parts[i - 1].end, p.start).split(/[,;]/).pop() ?? ''));
    const disjoint = parts.length >= 2 && !progress && parts.every((p) => p.block === total.block) && !namesOverlap(stretch, total) && !folded.slice(parts[0].start, parts[parts.length - 1].start).includes(';');
    if (disjoint && off.over) {
      out.push({
        rule: 'parts-total',
        severity: 'warning',
        kind: 'possible',
        message: `Các phần sau “${b.word}” cộng lại ${parts.map((p) => (p.n.scaleWord === total.n.scaleWord ? p.n.numberText : p.n.text)).join(' + ')} = ${formatVn(sum / unitFactor(total), { decimals })} ${unit}, nhiều hơn tổng ${total.n.numberText} ${unit}: các nhóm không chồng lên nhau thì không thể vượt tổng.`,
        text: total.n.text,
        location,
        stated: total.n.text,
        expected: `≥ ${formatVn(sum / unitFactor(total), { decimals })}`,
      });
      continue;
    }
    const over = parts.find((p) => p.interval.lo > total.interval.hi + 1e-9);
    // "Riêng trong tháng 10 giải ngân 1.274 triệu đồng. Trong đó, …": a span singled out is an aside, not what the parts break down
    if (!over || /^\s*rieng\b/.test((index.folded.get(total.block.index) ?? '').slice(total.sentence.start, total.start))) continue;
    // "486 hồ sơ, gồm: …, điều chỉnh thông tin 24 hồ sơ; trong đó 412 hồ sơ trực tuyến": past a list, "trong đó" singles out a subset of the list's whole
    const listWhole = (index.byBlock.get(total.block.index) ?? []).find((m) => m.sentence.start === total.sentence.start && m.end <= total.start && m.family === total.family && !m.percent && m.interval.hi >= over.interval.lo && /\bgom\b/.test(folded.slice(m.end, total.start)));
    if (listWhole) continue;
    // ("690,1 ha lượt, trong đó nhiễm nặng 100,1 ha; diện tích được phòng trừ 1.330 ha lượt": a larger figure past a ";" is another subject's)
    const at = parts.indexOf(over);
    if (at > 0 && folded.slice(parts[at - 1].end, over.start).includes(';')) continue;
    out.push({
      rule: 'parts-total',
      severity: 'error',
      kind: 'certain',
      message: `Một phần (${over.n.scaleWord ? over.n.numberText : over.n.text} ${over.unit}) lớn hơn tổng ${total.n.numberText} ${unit}.`,
      text: total.n.text,
      location,
      stated: total.n.text,
      expected: `≥ ${over.n.text}`,
    });
  }
  return out;
}

/**
 * A total X/Y broken down into X/Y of its kinds: "324/590 trường … (trong đó, có 71/179 trường mầm non, …;
 * 160/206 trường tiểu học, …; 80/165 trường THCS … và 13/33 trường THPT …)". The X add up to the X and the
 * Y to the Y when the list names every kind (closed by "và", three or more, no overlapping attribute).
 */
export function checkRatioBreakdowns(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    for (let i = 0; i < list.length; i++) {
      const total = list[i];
      if (!total.y || !total.yInterval || total.percent) continue;
      const folded = index.folded.get(total.block.index) ?? '';
      const next = list.slice(i + 1).find((m) => m.y);
      if (!next || next.sentence.start !== total.sentence.start || !/\b(?:trong do|gom|bao gom)\b/.test(folded.slice(total.end, next.start))) continue;
      const parts = list.slice(i + 1).filter((m) => m.y && m.yInterval && m.sentence.start === total.sentence.start && m.family === total.family);
      if (parts.length < 3 || OVERLAPPING.test(folded.slice(total.end, parts[parts.length - 1].end + 30))) continue;
      if (!/\s(?:va)\s[^0-9]{0,40}$/.test(folded.slice(parts[parts.length - 2].end, parts[parts.length - 1].start))) continue;
      const sumX = parts.reduce((s, m) => s + m.value, 0);
      const sumY = parts.reduce((s, m) => s + (m.y ? m.y.value : 0), 0);
      const x = total.value;
      const y = total.y.value;
      const wrong: Array<[string, number, number, number, number]> = [];
      if (Math.abs(sumX - x) > 1e-9) wrong.push(['tử số', sumX, x, total.n.start, total.n.end]);
      if (Math.abs(sumY - y) > 1e-9) wrong.push(['mẫu số', sumY, y, total.y.start, total.y.end]);
      for (const [what, sum, stated, start, end] of wrong) {
        out.push({
          rule: 'parts-total',
          severity: 'error',
          kind: 'certain',
          message: `Các phần sau “trong đó” có ${what} cộng lại ${parts.map((m) => (what === 'tử số' ? m.n.numberText : m.y!.numberText)).join(' + ')} = ${formatVn(sum)}, không khớp ${what} ${formatVn(stated)} của tổng ${total.n.numberText}/${total.y.numberText} ${total.unit}.`,
          text: total.block.text.slice(start, end),
          location: { story: total.block.story, block: total.block.index, start, end },
          stated: formatVn(stated),
          expected: formatVn(sum),
        });
      }
    }
  }
  return out;
}
