/**
 * Shares of a total: "tổng số 280 hồ sơ … đã giải quyết 264 hồ sơ, đạt 94%" must agree with 264/280;
 * and shares of one unstated total must imply the same total: "570 hộ nghèo, chiếm 25,46%" and
 * "411 hộ cận nghèo, chiếm 18,36%" both imply about 2.239 households.
 */
import { type Mention, type MentionIndex, numberedNames, otherNumberedNames } from '../mentions';
import type { Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { agrees, type Interval, intervalOf, overlaps, percentInterval, slipKind } from '../precision';
import { type BlockClaims, fold, type Quantity } from '../quantities';
import { namesOverlap } from './breakdown';

const SHARE_GAP = /^\s*[\p{L} ]{0,24},?\s*(?:chiếm|đạt|bằng)(?: tỷ lệ| tỉ lệ)?\s*$/u;
const TOTAL_BEFORE = /(?:tổng số|tổng cộng|tổng)[\p{L} ]{0,40}$/u;

interface Share {
  part: Quantity;
  pct: Quantity;
}

function sharesOf(claims: BlockClaims): Share[] {
  const text = claims.block.text;
  const out: Share[] = [];
  const qs = claims.quantities;
  for (let i = 0; i + 1 < qs.length; i++) {
    const part = qs[i];
    const pct = qs[i + 1];
    // (an age bounds a band, it counts no one: "từ 30 đến dưới 40 tuổi chiếm 32,4%")
    if (part.n.percent || !pct.n.percent || part.unit === '' || part.unit === 'tuổi') continue;
    const gap = text.slice(part.n.end, pct.n.start);
    if (gap.length > 40 || !SHARE_GAP.test(gap)) continue;
    // "(vượt …)" and "so với kế hoạch" are not shares
    if (/^\s*(?:kế hoạch|so với|dự toán|chỉ tiêu|KH\b|nghị quyết)/u.test(text.slice(pct.n.end, pct.n.end + 12))) continue;
    out.push({ part, pct });
  }
  return out;
}

function shareFinding(s: Share, message: string, expected: string, kind: Finding['kind']): Finding {
  const f: Finding = {
    rule: 'share',
    severity: kind === 'possible' ? 'warning' : 'error',
    kind,
    message,
    text: s.pct.n.text,
    location: { story: s.pct.block.story, block: s.pct.block.index, start: s.pct.n.start, end: s.pct.n.end },
    stated: s.pct.n.text,
    expected,
  };
  if (kind !== 'possible') f.fix = expected;
  return f;
}

/** Whether an offset of the text lies inside parentheses. */
function inParens(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open && text.indexOf(')', at) >= 0;
}

export function checkShares(all: readonly BlockClaims[]): Finding[] {
  const out: Finding[] = [];
  // every whole the report states, by unit: amounts and the Y of each X/Y
  const byUnit = new Map<string, number[]>();
  const note = (unit: string, v: number): void => {
    const list = byUnit.get(unit);
    if (list) list.push(v);
    else byUnit.set(unit, [v]);
  };
  for (const c of all) {
    for (const q of c.quantities) if (!q.n.percent && q.unit) note(q.unit, q.n.value);
    for (const r of c.ratios) if (r.unit) note(r.unit, r.y.value);
  }
  const wholes = (unit: string): number[] => byUnit.get(unit) ?? [];
  for (const claims of all) {
    const text = claims.block.text;
    const shares = sharesOf(claims);
    const unanchored: Share[] = [];
    for (const s of shares) {
      // a stated total with the same unit earlier in the paragraph
      const total = [...claims.quantities]
        .reverse()
        // ("Trong tổng số lượt khám có 1.124 lượt trẻ em": what follows "trong tổng số … có" is a part of it)
        .find((q) => q.n.end <= s.part.n.start && q.unit === s.part.unit && !q.n.percent && q.n.value >= s.part.n.value && TOTAL_BEFORE.test(text.slice(Math.max(0, q.n.start - 60), q.n.start)) && !/trong tổng số[\p{L} ]{0,30}\bcó\s*$/iu.test(text.slice(Math.max(0, q.n.start - 60), q.n.start)));
      // "chiếm tỷ lệ 32,48% LLLĐ": a share that names its own whole is of that whole, not of the total before
      const named = fold(text.slice(s.pct.n.end, s.pct.n.end + 40)).split(/[,;(.]/)[0].trim();
      if (total && named && !/^(?:tong|so)\b/.test(named) && !fold(text.slice(Math.max(0, total.n.start - 60), total.n.end + 20)).includes(named.split(' ')[0])) continue;
      if (!total) {
        unanchored.push(s);
        continue;
      }
      const iv = percentInterval(intervalOf(s.part.n), intervalOf(total.n));
      if (!iv || agrees(s.pct.n, iv)) continue;
      const exact = (s.part.n.value / total.n.value) * 100;
      const expected = `${formatVn(roundHalfUp(exact, s.pct.n.decimals), { decimals: s.pct.n.decimals })}%`;
      out.push(shareFinding(s, `${s.part.n.text}/${total.n.text} ${total.unit} = ${formatVn(exact, { decimals: s.pct.n.decimals + 2 })}%; làm tròn là ${expected}, không phải ${s.pct.n.text}.`, expected, slipKind(s.pct.n, exact)));
    }
    // shares of the same unit with no stated total must imply one total; a run of three or more in which no two
    // imply the same total is a list of rates of their own wholes (each village's coverage), not one breakdown
    const impliedOf = (s: Share): Interval => {
      const p = intervalOf(s.part.n);
      const q = intervalOf(s.pct.n, false);
      return { lo: (p.lo * 100) / q.hi, hi: (p.hi * 100) / q.lo };
    };
    if (unanchored.length >= 3 && !unanchored.some((a, i) => unanchored.some((b, j) => j !== i && a.part.unit === b.part.unit && overlaps(impliedOf(a), impliedOf(b))))) continue;
    for (let i = 0; i + 1 < unanchored.length; i++) {
      const a = unanchored[i];
      const b = unanchored[i + 1];
      if (a.part.unit !== b.part.unit || a.pct.n.value <= 0 || b.pct.n.value <= 0) continue;
      // shares of one breakdown sit in one sentence; across sentences they are as often of two totals
      if (/[.!?]\s/.test(text.slice(a.pct.n.end, b.part.n.start))) continue;
      // "giảm 14 trẻ so với đầu năm học (31 trẻ, chiếm 7,7%); trẻ … thấp còi 23 trẻ, chiếm 5,6%": the share in parentheses is of another time's whole
      if (inParens(text, a.part.n.start) !== inParens(text, b.part.n.start)) continue;
      // "… (Đơn vị bầu cử số 4) với 1.738 phiếu, đạt 94,77% …; … (Đơn vị bầu cử số 6) với 1.263 phiếu, đạt 55,52%": two units, two wholes
      const opening = Math.max(0, text.lastIndexOf(';', a.part.n.start) + 1, text.lastIndexOf('. ', a.part.n.start) + 1);
      if (otherNumberedNames(numberedNames(fold(text.slice(opening, a.pct.n.end)).toLowerCase()), numberedNames(fold(text.slice(a.pct.n.end, b.pct.n.end)).toLowerCase()))) continue;
      const implied = (s: Share): Interval => {
        const p = intervalOf(s.part.n);
        const q = intervalOf(s.pct.n, false);
        return { lo: (p.lo * 100) / q.hi, hi: (p.hi * 100) / q.lo };
      };
      const ia = implied(a);
      const ib = implied(b);
      if (overlaps(ia, ib)) continue;
      // "chiếm 72,9% tổng kế hoạch vốn …; … chiếm 74,0% tổng số vốn đã giải ngân": each names its own whole
      const wholeOf = (s: Share): string => fold(text.slice(s.pct.n.end, s.pct.n.end + 40)).replace(/^\s*%?\s*/, '').split(/[,;(.]/)[0].trim();
      const wa = wholeOf(a);
      const wb = wholeOf(b);
      if (/^(?:tong|so)\b/.test(wa) && /^(?:tong|so)\b/.test(wb) && wa !== wb) continue;
      // either share explained by an amount the paragraph states ("chiếm 68,0% tổng số hồ sơ tiếp nhận") is no conflict
      const explained = (s: Share): boolean =>
        claims.quantities.some((q) => q !== s.part && !q.n.percent && q.unit === s.part.unit && q.n.value >= s.part.n.value && (() => {
          const iv = percentInterval(intervalOf(s.part.n), intervalOf(q.n));
          return iv !== null && agrees(s.pct.n, iv);
        })());
      if (explained(a) || explained(b)) continue;
      // a whole the report states elsewhere ("4.398/4.812 hộ … Gia đình văn hóa") that one share gives: the other is the slip
      const stated = (iv: Interval, unit: string): number | undefined => wholes(unit).find((w) => w >= iv.lo - 1e-9 && w <= iv.hi + 1e-9);
      const forB = stated(ib, b.part.unit);
      if (forB !== undefined && stated(ia, a.part.unit) === undefined) {
        const exactA = (a.part.n.value / forB) * 100;
        const expectedA = `${formatVn(roundHalfUp(exactA, a.pct.n.decimals), { decimals: a.pct.n.decimals })}%`;
        out.push(shareFinding(a, `${a.part.n.text} ${a.part.unit} trên tổng ${formatVn(forB)} ${a.part.unit} (số liệu tổng nêu trong báo cáo, như ${b.part.n.text} ${b.part.unit} chiếm ${b.pct.n.text}) là ${formatVn(exactA, { decimals: a.pct.n.decimals + 2 })}%; làm tròn là ${expectedA}, không phải ${a.pct.n.text}.`, expectedA, 'possible'));
        continue;
      }
      const total = Math.round((ia.lo + ia.hi) / 2);
      const exact = (b.part.n.value / total) * 100;
      const expected = `${formatVn(roundHalfUp(exact, b.pct.n.decimals), { decimals: b.pct.n.decimals })}%`;
      out.push(
        shareFinding(
          b,
          `${a.part.n.text} ${a.part.unit} chiếm ${a.pct.n.text} cho tổng khoảng ${formatVn(total)}, nhưng ${b.part.n.text} ${b.part.unit} chiếm ${b.pct.n.text} cho tổng khoảng ${formatVn((ib.lo + ib.hi) / 2)}: hai tỷ lệ không cùng một tổng (với tổng ${formatVn(total)} phải là ${expected}).`,
          expected,
          'possible',
        ),
      );
    }
  }
  return out;
}

/** "tỷ lệ nam là 50,2%", "nữ chiếm 49,8%": a share of one of two sides of a whole (not "tỷ lệ biết chữ: nam 98,1%", a rate). */
const SEX_SHARE = /(?:\bt[yi] le (nam|nu|thanh thi|nong thon)(?: gioi)?\s*(?:la|chiem|dat)?|(?:^|[,;:(]|\bva|\btrong do)\s*(nam|nu|thanh thi|nong thon)(?: gioi)? chiem(?: t[yi] le)?)\s*$/;
const SHARE_LEAD = /\bchiem(?: ty le| ti le| ty trong)?(?: gan| khoang| hon)?\s*$/;
/** Words that make a percent a rate, a change or a target, not a group's share. */
const NOT_A_SHARE = /\b(?:so voi|ke hoach|chi tieu|ty le|ti le|toi thieu|toi da)\b|\b(?:dat|tang|giam|vuot|bang|len|xuong|muc|tren|duoi|hon|khoang|gan|la|con|chi)\s*$/;
// ("Phân theo độ tuổi: từ 18 đến 30 tuổi chiếm 46,8%; …", "Về nguồn tiếp nhận: trực tiếp … chiếm 52,6%; qua hòm thư … chiếm 21,1%; …")
const DIMENSION_BEFORE = /(?:^|[.;:])\s*(?:ve |(?:phan |chia |xet )?theo )?(?:trinh do (?:chuyen mon|hoc van|van hoa|ly luan chinh tri|chinh tri)|do tuoi|nhom tuoi|gioi tinh|nguon tiep nhan)[\p{L} ]{0,20}:$/u;
/** What a list of shares says it breaks its whole down by: "Về nội dung, …", "phân theo lĩnh vực". */
const BY_WHAT = /\b(?:ve noi dung|ve linh vuc|theo (?:noi dung|linh vuc|nhom|loai)|phan theo|chia theo)\b/;

/** "bệnh tiêu hóa 12,5%": a percent written right after the group it is the share of, in a list. */
function isLabelOnly(m: Mention): boolean {
  // ("các nghề khác (lồng bẫy, chụp mực, vây) 18,5%": what a label names in parentheses is still the label)
  // (a list opens at its colon or its "gồm": "cơ cấu lượt khách xe buýt gồm vé lượt 46,2%")
  const gom = m.lead.lastIndexOf(' gom ');
  const label = m.lead.slice(Math.max(m.lead.lastIndexOf(':') + 1, gom >= 0 ? gom + 5 : 0)).replace(/^[\s,;.%)]+/, '').replace(/\s*\([\p{L} ,\-]*\)/gu, '');
  return /^[\p{L} ,\-]{2,40}$/u.test(label) && !NOT_A_SHARE.test(label.replace(/\bcon lai\s*$/, ''));
}

/** A share in parentheses right after an age band: "dưới 30 tuổi (70,2%)". */
const AGE_BAND_PAREN = /\b(?:duoi|tren|tu) \d+ tuoi(?: tro len)?\s*\(\s*$/;

/** The shares of the sentence that follow one another with no other number between them. */
function labelledRun(shares: readonly Mention[], block: readonly Mention[]): Mention[] {
  if (shares.every((m) => SHARE_LEAD.test(m.lead))) return [...shares];
  // a label-only list counts only as a whole run: any other number inside it means the list is something else
  // (a number in a name is no other number: "OM 18 chiếm 42,5%, Đài Thơm 8 chiếm 31,2%, …, các giống khác 5,7%")
  // (nor the ages that bound a band: "từ 30 đến dưới 40 tuổi chiếm 32,4%")
  const named = (m: Mention): boolean => (m.family === '' && !m.percent && /\p{Lu}[\p{L}]*\s$/u.test(m.block.text.slice(Math.max(0, m.start - 12), m.start))) || (!m.percent && /^\s*(?:den (?:duoi )?\d+ )?tuoi\b/.test(m.tail));
  const from = block.indexOf(shares[0]);
  const run = block.slice(from).filter((m) => !named(m)).slice(0, shares.length);
  return run.every((m, i) => m === shares[i]) ? [...shares] : [];
}

/** The sentence up to its last share, less the whole the first share names ("chiếm 81,6% số hồ sơ mới": "mới" is no group). */
function groupWords(folded: string, first: Mention, last: Mention): string {
  const after = folded.slice(first.end, last.end);
  const whole = /^\s*(?:so|tong so|tong)\b[^,;:]*/.exec(after)?.[0] ?? '';
  return folded.slice(first.sentence.start, first.end) + after.slice(whole.length);
}

/**
 * Shares of one whole must add up to 100%: "Cơ cấu kinh tế: nông, lâm nghiệp chiếm 55,2%; công
 * nghiệp - xây dựng chiếm 20,3%; thương mại - dịch vụ chiếm 25,5%" is 101%. Only where the
 * sentence says it is a breakdown ("cơ cấu", "tỷ trọng"): shares of overlapping groups need not add up.
 */
export function checkSharesSum(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    const bySentence = new Map<number, Mention[]>();
    for (const m of list) {
      // ("33 đồng chí dưới 30 tuổi (70,2%); nhóm từ 30 đến dưới 40 tuổi chiếm 32,4% …": an age band's share in parentheses is one of the list)
      const band = m.paren !== undefined && AGE_BAND_PAREN.test(m.lead);
      if (!m.percent || m.roles.has('target') || (m.paren && !band) || !(SHARE_LEAD.test(m.lead) || isLabelOnly(m) || SEX_SHARE.test(m.lead) || band)) continue;
      bySentence.set(m.sentence.start, [...(bySentence.get(m.sentence.start) ?? []), m]);
    }
    for (const all of bySentence.values()) {
      const shares = labelledRun(all, list);
      if (shares.length < 2) continue;
      const first = shares[0];
      const last = shares[shares.length - 1];
      const folded = index.folded.get(first.block.index) ?? '';
      // a breakdown by kind (the economy's sectors, a rating of organisations) adds to 100%; "cơ cấu" of
      // delegates (women, minorities, young…) is overlapping groups and need not
      const lead = folded.slice(first.sentence.start, first.start);
      // a list closed by "các … khác" or "còn lại" says it left nothing out; levels of one scale
      // ("Về trình độ chuyên môn: đại học …; sơ cấp …") leave no one out and overlap in no one
      // (a list without "chiếm" is of shares only where the sentence says it breaks a whole down: "Tỷ lệ tiêm
      // chủng: thôn A 96,5%, các thôn khác 94%" is a rate per group)
      const closed = /\b(?:khac|con lai)\b/.test(last.lead) && (shares.every((m) => SHARE_LEAD.test(m.lead)) || /\b(?:co cau|ty trong|thanh phan)\b/.test(lead));
      // ("Nội dung công dân đến trình bày: về đất đai 54 lượt, chiếm 62,8%; chính sách xã hội 18,6%; …; nội dung khác 10,3%":
      // a list under a colon that says "chiếm" and ends with the rest is a breakdown too)
      // (or after words that say what it is broken down by: "Về nội dung, kiến nghị về đất đai chiếm 41,5%; …; các lĩnh vực khác 10,4%")
      const listed = /\b(?:khac|con lai)\b/.test(last.lead) && (lead.includes(':') || BY_WHAT.test(lead)) && shares.some((m) => SHARE_LEAD.test(m.lead));
      // ("dưới 30 tuổi chiếm 42,6%, từ 30 đến dưới 45 tuổi chiếm 44,7%, từ 45 tuổi trở lên chiếm 10,6%": bands of age from the lowest to an open top leave no one out)
      const bands = shares.length >= 3 && /\bduoi \d+ tuoi\s*(?:chiem\s*|\(\s*)?$/.test(first.lead) && /\b(?:tu|tren) \d+ tuoi(?: tro len)?\s*(?:chiem\s*)?$/.test(last.lead) && /\btro len\b|\btren \d+ tuoi/.test(last.lead);
      const complete = shares.length >= 3 && (closed || listed || bands || DIMENSION_BEFORE.test(lead.slice(0, lead.lastIndexOf(':') + 1)));
      // "tỷ lệ nam là 50,2% và tỷ lệ nữ là 49,8%": the two sexes (town and country) are all of one whole
      const sides = shares.map((m) => SEX_SHARE.exec(m.lead)?.[1] ?? SEX_SHARE.exec(m.lead)?.[2]).sort().join('|');
      const complements = shares.length === 2 && (sides === 'nam|nu' || sides === 'nong thon|thanh thi');
      // ("theo kênh nộp, tỷ trọng lần lượt là: trực tuyến 76,3%, trực tiếp 21,4%, qua bưu chính 3,3%": the weights of one whole, by kind)
      const weights = /\bty trong(?: lan luot)?(?: la)?\s*:\s*[^:]*$/.test(lead) && shares.length >= 3;
      // ("- Lớp 2 và lớp 3 (171 em): đọc trôi chảy 46,2%; đọc được nhưng còn chậm 41,5%; còn phải đánh vần 13,2%": the levels of one
      // group counted just before the colon)
      const ofGroup = shares.length >= 3 && /(?:\(\s*[\d.]+\s+[a-z ]{1,15}\)|\d[\d.]*\s+[a-z ]{1,15})\s*:\s*$/.test(lead.slice(0, lead.lastIndexOf(':') + 1)) && !/\bt[yi] le\b/.test(lead) && shares.every(isLabelOnly);
      const exclusive = ofGroup || /\bco cau (?:(?:[a-z]+ ){1,5}gom\b|(?:[a-z]+ ){1,3}theo\b|theo|kinh te|nganh|gia tri|thu|chi|von|dau tu|tieu thu|doanh thu|san luong|dien tich|cay trong)\b/.test(lead) || complete || complements || weights;
      // ("cơ cấu lượt khách xe buýt gồm vé lượt 46,2%, vé tháng 41,3% và đối tượng được miễn vé 13,5%": what a make-up is said to hold)
      // (a survey's levels of satisfaction, "rất hài lòng 62,4%, hài lòng 33,8%, chưa hài lòng 4,8%", grade every answer once)
      const rating = /\b(?:xep loai|danh gia|phan loai|khao sat)\b/.test(lead) && shares.some((m) => /\b(?:trong sach|hoan thanh|yeu kem|xuat sac|hai long)\b/.test(m.lead));
      // (levels from the best to "chưa hài lòng" leave no answer out: they add to 100% exactly)
      const allLevels = rating && shares.length >= 3 && shares.some((m) => /\b(?:chua|khong) hai long\s*$/.test(m.lead));
      // ("Về trình độ chuyên môn, đại biểu có trình độ đại học trở lên chiếm 63,3%, cao đẳng, trung cấp chiếm 26,7%, …": the levels of
      // one scale overlap in no one, though they need not be all of it)
      const scale = /^\s*ve (?:trinh do (?:chuyen mon|hoc van|van hoa|ly luan chinh tri|chinh tri)|do tuoi|nhom tuoi)\s*,/.test(lead) && shares.every((m) => SHARE_LEAD.test(m.lead));
      const breakdown = exclusive || rating || scale;
      if (!breakdown && /\bchiem ty trong\b/.test(lead + (index.folded.get(first.block.index) ?? '').slice(first.start - 20, first.start))) {
        // "chiếm tỷ trọng 80,5% …": shares by kind of one whole cannot pass 100%
        const over = shares.reduce((s, m) => s + m.interval.lo, 0) > 100 + 1e-9;
        if (!over) continue;
      } else if (!breakdown) {
        // "khách trong xã chiếm 46,8%, khách các xã khác trong tỉnh 32,5%, khách ngoài tỉnh 27,0%": three shares or more of
        // one whole, of groups that cannot overlap, cannot pass 100% either
        // (shares each beside its own amount are judged against those amounts, by share-base and share-siblings; where
        // only the first has one, "111 hồ sơ …, chiếm 81,6%; nộp trực tiếp 17,2%; qua bưu chính 2,2%", the rest are bare)
        const over = shares.length >= 3 && shares.reduce((s, m) => s + m.interval.lo, 0) > 100 + 1e-9;
        const ownAmount = (m: Mention): boolean => { const k = list.indexOf(m); return k > 0 && !list[k - 1].percent && list[k - 1].family !== '' && m.start - list[k - 1].end < 40; };
        if (!over || !SHARE_LEAD.test(first.lead) || shares.filter(ownAmount).length >= 2 || namesOverlap(groupWords(folded, first, last), first)) continue;
      }
      const lo = shares.reduce((s, m) => s + m.interval.lo, 0);
      const hi = shares.reduce((s, m) => s + m.interval.hi, 0);
      // shares of overlapping groups ("nữ chiếm 45%, đảng viên chiếm 60%") need not add up: only a breakdown must
      if (breakdown && lo <= 100 + 1e-9 && (!(exclusive || allLevels) || (shares.length < 3 && !complements) || hi >= 100 - 1e-9)) continue;
      const sum = shares.reduce((s, m) => s + m.n.value, 0);
      const rest = 100 - (sum - last.n.value);
      const d = Math.max(...shares.map((m) => m.n.decimals));
      const expected = `${formatVn(roundHalfUp(rest, d), { decimals: d })}%`;
      out.push({
        rule: 'share-sum',
        severity: 'error',
        kind: 'certain',
        message: `Các tỷ lệ của cùng một tổng cộng lại ${shares.map((m) => m.n.text).join(' + ')} = ${formatVn(sum, { decimals: d })}%, không phải 100%${breakdown && rest >= 0 ? ` (với các tỷ lệ khác giữ nguyên, tỷ lệ cuối phải là ${expected})` : ''}.`,
        // which share is wrong is not known: the finding points at the first, the message names them all
        text: first.n.text,
        location: { story: first.block.story, block: first.block.index, start: first.n.start, end: first.n.end },
        stated: `${formatVn(sum, { decimals: d })}%`,
        expected,
      });
    }
  }
  return out;
}

/**
 * Shares of a whole the text never states: "khối Đảng có 5 người, chiếm 16,67%; khối chính quyền có
 * 8 người, chiếm 36,67%; … 12 người, chiếm 40%". When the amounts with a share add up to a whole that
 * explains most of the shares, that whole is the base of each: 8/30 is 26,67%, not 36,67%.
 */
export function checkSiblingShares(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    const pairs: Array<{ amount: Mention; share: Mention }> = [];
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i];
      const s = list[i + 1];
      if (a.percent || a.y || a.family === '' || !s.percent || s.roles.has('target')) continue;
      if (s.sentence.start !== a.sentence.start || s.start - a.end > 60 || !/\b(?:chiem|bang|dat)(?: ty le| ti le)?\s*$/.test(s.lead)) continue;
      pairs.push({ amount: a, share: s });
    }
    const bySentence = new Map<number, typeof pairs>();
    for (const p of pairs) bySentence.set(p.amount.sentence.start, [...(bySentence.get(p.amount.sentence.start) ?? []), p]);
    for (const group of bySentence.values()) {
      if (group.length < 2 || new Set(group.map((g) => g.amount.family)).size !== 1) continue;
      const whole = { lo: group.reduce((s, g) => s + g.amount.interval.lo, 0), hi: group.reduce((s, g) => s + g.amount.interval.hi, 0) };
      const judged = group.map((g) => ({ g, iv: percentInterval(g.amount.interval, whole) }));
      const explained = judged.filter((j) => j.iv && agrees(j.g.share.n, j.iv));
      // two parts are a whole only when their shares add to 100% ("Đảng viên 26 vị chiếm 89,65%, ngoài Đảng 03 vị chiếm 10,34%")
      const shareSum = { lo: group.reduce((s, g) => s + g.share.interval.lo, 0), hi: group.reduce((s, g) => s + g.share.interval.hi, 0) };
      const complete = shareSum.lo <= 100 + 1e-9 && shareSum.hi >= 100 - 1e-9;
      if (group.length === 2 ? !complete : explained.length < 2 || explained.length * 2 < group.length) continue;
      if (explained.length === group.length) continue;
      const total = (whole.lo + whole.hi) / 2;
      const sentence = list.filter((m) => m.sentence.start === group[0].amount.sentence.start && !m.percent && m.family === group[0].amount.family);
      for (const { g, iv } of judged) {
        if (!iv || agrees(g.share.n, iv)) continue;
        // a whole the sentence states may be this share's own base ("… 19.255 hồ sơ (đạt 96,55%), hồ sơ đến hạn 19.944 hồ sơ")
        if (sentence.some((b) => b !== g.amount && (() => { const own = percentInterval(g.amount.interval, b.interval); return own !== null && agrees(g.share.n, own); })())) continue;
        const exact = (g.amount.value / total) * 100;
        const d = g.share.n.decimals;
        const expected = `${formatVn(roundHalfUp(exact, d), { decimals: d })}%`;
        const factor = g.amount.value / (g.amount.n.scaleWord ? g.amount.n.mantissa : g.amount.n.value) || 1;
        const kind = slipKind(g.share.n, exact);
        out.push({
          rule: 'share-siblings',
          severity: 'error',
          kind,
          message: `Các phần ${group.map((x) => x.amount.n.numberText).join(' + ')} = ${formatVn(total / factor)} ${g.amount.unit} là tổng chung của các tỷ lệ cùng câu; ${g.amount.n.numberText}/${formatVn(total / factor)} = ${formatVn(exact, { decimals: Math.min(d + 2, 4) })}%, làm tròn là ${expected}, không phải ${g.share.n.text}.`,
          text: g.share.n.text,
          location: { story: g.share.block.story, block: g.share.block.index, start: g.share.n.start, end: g.share.n.end },
          stated: g.share.n.text,
          expected,
          fix: expected,
        });
      }
    }
  }
  return out;
}
