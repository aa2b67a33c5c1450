/**
 * Parts and their total: "tổng số 280 hồ sơ, gồm: 136 …, 129 … và 15 …" must add up. After
 * "trong đó" the parts may be a subset and may overlap ("15 nữ, 12 người dân tộc thiểu số"), so only
 * a part larger than the total is wrong there.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { BlockClaims, Quantity } from '../quantities';
import { type Mention, type MentionIndex, unitFactor } from '../mentions';
import { fold } from '../../text/fold';
import { MEASURED, unitFamily } from '../units';
import { namesOverlap } from './breakdown';

/** ", tăng 8,2% so với năm 2025 (1.781 hồ sơ)": a change said between a total and its list */
const CHANGE_CLAUSE = /,?\s*(?:tang|giam)\s+[\d.,]+\s*%?\s*so voi[^()]{0,40}\([^)]*\)/;
const TRIGGER = /(?:bao gồm|gồm có|gồm|trong đó)\s*:?/gu;

function sentenceBounds(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !(text[start - 1] === '.' && /\s/.test(text[start] ?? ' '))) start--;
  let end = at;
  while (end < text.length && !(text[end] === '.' && (/\s/.test(text[end + 1] ?? ' ') || end + 1 === text.length))) end++;
  return { start, end };
}

/** A quantity of a measure (mass, area, length, money) written in another unit of it, in the unit of `total`; undefined for counts and other measures. */
function inUnitOf(q: Quantity, total: Quantity): Quantity | undefined {
  const a = unitFamily(q.unit);
  const b = unitFamily(total.unit);
  if (a.family !== b.family || !MEASURED.has(a.family) || a.factor <= 0 || b.factor <= 0 || total.n.mantissa === 0) return undefined;
  const r = (a.factor / b.factor) * (total.n.value / total.n.mantissa);
  return { ...q, unit: total.unit, n: { ...q.n, value: q.n.mantissa * r, numberText: `${q.n.numberText} ${q.unit}` } };
}

export function checkParts(all: readonly BlockClaims[]): Finding[] {
  const out: Finding[] = [];
  for (const claims of all) {
    const text = claims.block.text;
    const qs = claims.quantities.filter((q) => !q.n.percent && q.unit !== '');
    for (const m of text.matchAll(TRIGGER)) {
      const at = m.index ?? 0;
      const sentence = sentenceBounds(text, at);
      // a list inside parentheses ends with them: "(… 763,2 tấn, gồm … 250,8 tấn), tổng …"
      const open = text.lastIndexOf('(', at);
      const close = open >= 0 ? text.indexOf(')', open) : -1;
      if (open >= sentence.start && close >= at && close < sentence.end) sentence.end = close;
      // ("là 1.538 người, tăng 66 người so với cùng kỳ; gồm …": the change is no total, the figure it changes is)
      const changed = (q: (typeof qs)[number]): boolean => /\b(?:tang|giam)(?: them)?\s*$/.test(fold(text.slice(Math.max(sentence.start, q.n.start - 12), q.n.start)));
      // ("giảm 155 người, gồm từ trần 141 người …" is a change broken down: only one compared with another period is passed over)
      const compared = (q: (typeof qs)[number]): boolean => changed(q) && /\bso voi\b/.test(fold(text.slice(q.n.end, at)));
      // ("268 học viên, bình quân 67 học viên/lớp, gồm …": an amount per item totals nothing)
      const perItem = (q: (typeof qs)[number]): boolean => /^\s*[\p{L} ]{0,20}\//u.test(text.slice(q.n.end, q.n.end + 24)) || /\b(?:binh quan|trung binh)\s*$/.test(fold(text.slice(Math.max(sentence.start, q.n.start - 14), q.n.start)));
      // ("1.927 hồ sơ, tăng 8,2% so với năm 2025 (1.781 hồ sơ), gồm: …": the base of a change in parentheses is passed over, and so is
      // the change's clause between the total and its list)
      const baseOfChange = (q: (typeof qs)[number]): boolean => {
        const o = text.lastIndexOf('(', q.n.start);
        const c = o >= 0 ? text.indexOf(')', o) : -1;
        return o >= sentence.start && c > q.n.end && c < at && /\bso voi\b[^()]{0,40}$/.test(fold(text.slice(Math.max(sentence.start, o - 50), o)));
      };
      const total = [...qs].reverse().find((q) => q.n.end <= at && q.n.start >= sentence.start && !compared(q) && !perItem(q) && !baseOfChange(q));
      if (!total || fold(text.slice(total.n.end, at)).replace(CHANGE_CLAUSE, '').length > 40) continue;
      // "1.284 hồ sơ (trực tuyến 1.046 hồ sơ, chiếm 81,5%), gồm: …": a figure shut in parentheses is not the total
      const openBefore = text.lastIndexOf('(', total.n.start);
      if (openBefore >= sentence.start && text.indexOf(')', openBefore) > total.n.end && text.indexOf(')', openBefore) < at) continue;
      if (unitFamily(total.unit).family === 'score') continue;
      const parts: Quantity[] = [];
      // counts of another noun in the list: "gồm 38 cơ sở …, 86 cơ sở … và 40 bếp ăn tập thể" names its last part by what it is
      const others: Quantity[] = [];
      const counted = (u: string): boolean => unitFamily(u).family.startsWith('n:');
      let foreign: Quantity | undefined;
      for (const written of qs) {
        if (written.n.start < at + m[0].length || written.n.start >= sentence.end) continue;
        // "652,1 tấn, gồm: thịt lợn hơi 482,6 tấn; thịt trâu hơi 86 tạ; …; thịt gia cầm hơi 118.400 kg": a part in another unit of
        // the total's measure counts in the total's
        const q = written.unit === total.unit ? written : (inUnitOf(written, total) ?? written);
        // "gồm 16 điều tra viên, 4 tổ trưởng và 3 giám sát viên; trong đó nữ 12 người, …": a "trong đó" after a list of other
        // nouns singles out a subset of all, too
        if (!m[0].startsWith('trong') && /\d[^;]*?\d[^]*[,;]\s*trong (?:đó|số đó)(?![\p{L}])/u.test(text.slice(at + m[0].length, q.n.start))) break;
        if (q.unit !== total.unit) {
          if (counted(q.unit) && counted(total.unit) && q.n.decimals === 0) others.push(q);
          foreign = q;
          continue;
        }
        const last = parts[parts.length - 1];
        // "19 người, gồm 5 cán bộ quản lý (…), 12 nhân viên nghiệp vụ (tín dụng 7 người, …)": a part in the parentheses after a part in
        // other words breaks that part down
        // (a part of the same family only: "gồm 1 lớp … (74 học viên), …" gives the total's parts in the parentheses)
        if (foreign && unitFamily(foreign.unit).family === unitFamily(total.unit).family && (!last || foreign.n.start > last.n.start) && /\([^)]*$/u.test(text.slice(foreign.n.end, q.n.start))) continue;
        // "gồm 38 hồ sơ … và 2.448 hồ sơ …, tăng 10,5% …; trong số … có 1.719 hồ sơ": the "và" closed the list
        if (last && /\svà\s+$/u.test(text.slice(Math.max(0, last.n.start - 6), last.n.start)) && text.slice(last.n.end, q.n.start).includes(';')) break;
        // "gồm: tặng quà Tết 88 triệu đồng, thăm hỏi 70,8 triệu đồng, …; còn tồn quỹ 92,2 triệu đồng": a list set apart by commas ends at the ";"
        if (last && parts.length >= 2 && text.slice(last.n.end, q.n.start).includes(';') && parts.every((p, k) => k === 0 || !text.slice(parts[k - 1].n.end, p.n.start).includes(';'))) break;
        // ("…, 15 người làm công tác điều hành; trong số lái xe có 52 người …": a "trong số" past a ";" singles out a subset of one part)
        if (/;\s*trong số\s/u.test(text.slice(last ? last.n.end : at, q.n.start))) break;
        // "gồm 126 hộ … và 89 hộ …, trong đó 168 hộ nghèo": a "trong đó" after the list singles out a subset of all
        if (last && parts.length >= 2 && /,\s*trong (?:đó|số đó)(?![\p{L}])/u.test(text.slice(last.n.end, q.n.start))) break;
        // a nested total starts another list: stop there
        // (not a "trong đó" past a ";", which singles out a subset of the whole: "…, điều chỉnh 24 hồ sơ; trong đó 412 hồ sơ trực tuyến")
        // (within its sentence: "… chi khác 34,5 triệu đồng. Bộ máy của Ban gồm …" opens a list of the next one)
        if (/^(?:(?!\.\s)[^;])*?(?:gồm|trong đó)/u.test(text.slice(q.n.end, q.n.end + 30)) && parts.length > 0) break;
        // "9 công trình khởi công mới (trong đó 3 công trình …)": a subset of the part before, in its parentheses
        if (last && /\(\s*(?:trong đó|trong số đó)\s[^)]*$/u.test(text.slice(last.n.end, q.n.start))) continue;
        // "đường xã, đường ấp 117,5 km (đã cứng hóa 96,4 km, đạt 82,0%)": an amount in parentheses after a bare part is a share of that part
        if (last && /\([^)]*$/u.test(text.slice(last.n.end, q.n.start)) && !/\([^)]*$/u.test(text.slice(sentence.start, last.n.start))) continue;
        parts.push(q);
      }
      const subset = m[0].startsWith('trong đó');
      if (subset) continue; // judged by checkBreakdowns, which knows a subset from a whole
      // "14 phương tiện, gồm 3 xe ép rác loại 7 tấn, 2 xe tải … và 8 xe ba gác máy": parts of one kind named in its own word, when they
      // come near the total (120 học viên of "6 lớp, gồm …" count something else)
      const near = (sum: number): boolean => Math.abs(sum - total.n.value) <= 0.2 * total.n.value;
      if (parts.length === 0 && others.length >= 2 && others.every((q) => q.unit === others[0].unit) && near(others.reduce((t, q) => t + q.n.value, 0))) parts.push(...others.splice(0));
      // "412 tin, bài (gồm 238 tin, 162 bài viết, 48 video)": one part in the total's word and the rest in their own, in the parentheses that follow it
      const inParens = open > total.n.end && /^\s*,?\s*\(\s*$/u.test(text.slice(total.n.end, at).replace(/^\s*[\p{L} ,]{0,20}?(?=\()/u, ''));
      // (when the total's words name one of those kinds too: "572 băng nhóm" are no kind of the "2.552 đối tượng" arrested)
      const naming = inParens ? ` ${fold(text.slice(total.n.end, open)).toLowerCase().replace(/[^a-z]+/g, ' ')} ` : '';
      const namedKind = others.some((q) => naming.includes(` ${fold(q.unit).toLowerCase().split(/\s+/)[0]} `));
      if (parts.length === 1 && others.length >= 1 && inParens && namedKind && near([...parts, ...others].reduce((t, q) => t + q.n.value, 0))) parts.push(...others.splice(0));
      if (parts.length < (subset ? 1 : 2)) continue;
      let sum = parts.reduce((s, q) => s + q.n.value, 0);
      // each written figure stands for what rounds to it; "58.744,8 triệu" is in millions, its value in đồng
      const scale = (q: Quantity): number => (q.n.scaleWord ? q.n.value / q.n.mantissa : 1);
      // (whole counts are exact: "08 + 11 + 03" is 22, not 22 ± 1,5)
      const tolerance = [...parts, total].reduce((t, q) => t + (q.n.decimals > 0 || q.n.scaleWord ? 0.5 * 10 ** -q.n.decimals * scale(q) : 0), 0) + 1e-9;
      const wrong = subset ? parts.some((p) => p.n.value > total.n.value + 1e-9) : Math.abs(sum - total.n.value) > tolerance;
      if (!wrong) continue;
      if (others.length > 0 && Math.abs(sum + others.reduce((t, q) => t + q.n.value, 0) - total.n.value) <= tolerance) continue;
      // (said with them, the sum the drafter most likely meant)
      if (others.length > 0) {
        parts.push(...others);
        sum = parts.reduce((s, q) => s + q.n.value, 0);
      }
      const decimals = Math.max(...parts.map((p) => p.n.decimals), total.n.decimals);
      const expected = subset ? `≥ ${formatVn(Math.max(...parts.map((p) => p.n.value)) / scale(total), { decimals })}` : formatVn(sum / scale(total), { decimals, leadingZero: total.n.leadingZero });
      out.push({
        rule: 'parts-total',
        severity: 'error',
        kind: 'certain',
        message: subset
          ? `Một phần (${parts.map((p) => p.n.numberText).join(', ')} ${total.unit}) lớn hơn tổng ${total.n.numberText} ${total.unit}.`
          : `Các phần cộng lại ${parts.map((p) => p.n.numberText).join(' + ')} = ${expected} ${total.unit}, không khớp tổng ${total.n.numberText} ${total.unit}.`,
        text: total.n.text,
        location: { story: claims.block.story, block: claims.block.index, start: total.n.start, end: total.n.end },
        stated: total.n.text,
        expected,
      });
    }
  }
  return out;
}

/**
 * A total with its breakdown in parentheses: "giải quyết 4.210 hồ sơ (đúng hạn 4.180 hồ sơ, đạt
 * 99,29%; quá hạn 30 hồ sơ)". The parts are the amounts of the total's family inside; percents,
 * X/Y and amounts that carry a role (kế hoạch, cùng kỳ, lũy kế…) are not parts. "trong đó" inside
 * the parentheses makes them a subset, judged by checkParts.
 */
/** "cấp nước cho 1.386/1.920 hộ …, đạt 72,2% (thôn 1: 402 hộ, …)": the parts of an X/Y are of its X, or of its Y. */
function addsToY(total: Mention, sum: number, tolerance: number): boolean {
  return total.yInterval !== undefined && sum >= total.yInterval.lo - tolerance - 1e-9 && sum <= total.yInterval.hi + tolerance + 1e-9;
}

export function checkParenParts(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    for (const total of list) {
      if (total.percent || total.family === '' || total.family === 'score') continue;
      const text = total.block.text;
      // the parentheses right after the total ("12 công trình (…)"), or after the rest of its clause when what is
      // inside counts its kind ("38 buổi tuyên truyền với 2.946 lượt người tham dự (… 14 buổi; … 9 buổi; …)")
      const open = /^[\p{L}\s,]{0,25}\(/u.exec(text.slice(total.end, total.end + 27));
      // (a dot between digits is a thousands mark, no end of sentence: "2.946 lượt")
      const later = open ? null : /^(?:[^();.]|\d\.(?=\d)){0,80}?\(/u.exec(text.slice(total.end, total.end + 82));
      if (open && !fold(open[0].slice(0, -1)).includes(fold(total.unit))) continue;
      if (!open && !later) continue;
      const start = total.end + (open ?? later)![0].length - 1;
      // … or when what is inside is a list of names with bare numbers: "86 thanh niên đi làm việc … (Nhật Bản 54, Hàn Quốc 21, Đài Loan 14)"
      const bareList = (): boolean => {
        const inner = list.filter((m) => m.paren?.start === start);
        return inner.length >= 2 && inner.every((m) => !m.percent && !m.y && m.unit === '' && /\p{Lu}[\p{L}\s]*$/u.test(text.slice(Math.max(start, m.start - 25), m.start).split(/[,;(]/).pop() ?? ''));
      };
      if (later && !list.some((m) => m.paren?.start === start && m.family === total.family && !m.percent) && !bareList()) continue;
      if (later && list.some((m) => m.start > total.end && m.end <= start && m.family === total.family && !m.percent)) continue;
      // ("297.104 hộ, 1.327.121 khẩu (52.883 hộ nghèo, chiếm 17,83%; 28.702 hộ cận nghèo, chiếm 9,68%)": groups with their shares, no partition)
      if (later && list.some((m) => m.paren?.start === start && m.percent)) continue;
      const inside = list.filter((m) => m.paren?.start === start);
      if (inside.length === 0) continue;
      const paren = inside[0].paren!;
      const body = fold(text.slice(paren.start, paren.end));
      if (/\b(?:trong do|tang|giam|so voi|cung ky|ke hoach|luy ke|chi tieu|binh quan|khoang|xuong|len)\b|\btu \d/.test(body)) continue;
      // "(Thường trực HĐND 2 cuộc, mỗi Ban HĐND 2 cuộc)": a part per item counts as many times as there are items ("mỗi", as written: folded it is "môi")
      if (/(?:^|[\s(,;])mỗi\s/iu.test(text.slice(paren.start, paren.end))) continue;
      // "82 nhóm, lớp (mầm non 16, tiểu học 42, trung học cơ sở 22)": bare numbers after a name count the total's kind
      const bare = inside.filter((m) => !m.percent && m.family === '' && m.unit === '' && /[a-z]\s*:?\s*$/.test(m.lead));
      // "40 đảng viên (nữ 20, dân tộc thiểu số 30)": groups by an attribute overlap
      if (bare.length >= 2 && namesOverlap(body, total)) continue;
      if (bare.length >= 2 && bare.length === inside.filter((m) => !m.percent && m.unit === '').length && !inside.some((m) => !m.percent && m.family !== '')) {
        const sum = bare.reduce((a, m) => a + m.n.value, 0);
        if (Math.abs(sum - (total.n.scaleWord ? total.n.mantissa : total.n.value)) > 1e-9 && !total.n.decimals && !addsToY(total, sum, 0)) {
          out.push({
            rule: 'parts-total',
            severity: 'error',
            kind: 'certain',
            message: `Các phần trong ngoặc cộng lại ${bare.map((p) => p.n.text).join(' + ')} = ${formatVn(sum)} ${total.unit}, không khớp tổng ${total.n.text} ${total.unit}.`,
            text: total.n.text,
            location: { story: total.block.story, block: total.block.index, start: total.n.start, end: total.n.end },
            stated: total.n.text,
            expected: formatVn(sum),
          });
        }
        continue;
      }
      // spans of time inside ("30 năm tuổi Đảng 19 đồng chí") say which part, they are no parts
      const counted = inside.filter((m) => !m.percent && m.family !== '');
      const parts = counted.filter((m) => !m.y && m.roles.size === 0);
      if (parts.length < 2 || parts.some((m) => m.family !== total.family) || parts.length !== counted.length) continue;
      const sum = parts.reduce((s, m) => s + m.value, 0);
      // (a measure written whole over parts with decimals, "717 ha lúa (… 1,5 ha; … 3,8 ha)", is rounded to its unit)
      const factor = unitFactor(total);
      const rounded = total.n.decimals === 0 && MEASURED.has(total.family) && parts.some((m) => m.n.decimals > 0) ? 0.5 * factor : 0;
      const tolerance = parts.reduce((s, m) => s + (m.interval.hi - m.interval.lo) / 2, 0) + (total.interval.hi - total.interval.lo) / 2 + rounded;
      if (Math.abs(sum - total.value) <= tolerance + 1e-9) continue;
      if (addsToY(total, sum, tolerance)) continue;
      const decimals = Math.max(...parts.map((p) => p.n.decimals));
      const expected = formatVn(sum / factor, { decimals, leadingZero: total.n.leadingZero });
      out.push({
        rule: 'parts-total',
        severity: 'error',
        kind: 'certain',
        message: `Các phần trong ngoặc cộng lại ${parts.map((p) => p.n.text).join(' + ')} = ${expected} ${total.unit}, không khớp tổng ${total.n.text} ${total.unit}.`,
        text: total.n.text,
        location: { story: total.block.story, block: total.block.index, start: total.n.start, end: total.n.end },
        stated: total.n.text,
        expected,
      });
    }
  }
  return out;
}
