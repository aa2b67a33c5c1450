/**
 * A share of a whole given earlier: "Toàn xã gieo cấy được 177 ha … + Trà xuân chính: 27 ha, chiếm
 * 15,2% diện tích", "kết nạp được 192 đảng viên. Trong đó, có 125 đảng viên là nữ, chiếm 65,1%; 136
 * đảng viên là đoàn viên thanh niên, chiếm 71,8%". Every earlier amount of the same family that is
 * larger than the part is a candidate whole; a share any candidate explains is consistent. A share no
 * candidate explains is a finding when one whole is plainly meant: the one that explains the other
 * shares nearby (the consensus), the one a "trong đó", a "gồm" or a list under a colon breaks down, the
 * one the share names ("chiếm 74,3% tổng diện tích"), a stated total, or the only candidate.
 */
import type { Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { agrees, type Interval, slipKind } from '../precision';
import { boundOf, hasAnyRole, type Mention, type MentionIndex, PLACE_WHOLE, type Role, sentenceWords, unitFactor, wholeWordsAfter, words, writtenWith } from '../mentions';
import { fold } from '../../text/fold';
import { comparesLikeBefore, label, namesOtherNumbered, planLikeBefore } from './explain';
import { holdsRun } from './identity';

/** What leads from a part to its share: "27 ha, chiếm 15,2%", "60 thôn … (tỷ lệ 71%)", "50.730, đạt 24,76% so với tổng số". */
const SHARE_LEAD = /(?:\bchiem(?: ty le| ti le| ty trong| toi| den)?|\(\s*(?:ty le|ti le|chiem|dat|bang)?|,\s*(?:ty le|ti le|bang)|\bdat(?: ty le)?)\s*(?:khoang\s*)?$/;
/** A percent of a plan or of another period is no share. */
const NOT_SHARE_TAIL = /^\s*(?:so voi\s+)?(?:ke hoach|kh\b|du toan|chi tieu|nghi quyet|cung ky|nam truoc|thang truoc|ky truoc)/;
const OPENS_BREAKDOWN = /^\s*[-+•*]?\s*(?:trong do|trong so do|trong so nay|cu the|gom)\b/;
const MAX_BLOCKS_BACK = 6;
/** Words that say how a whole is measured, not what it is: "khối lượng", "giá trị". */
const MEASURE_WORDS = new Set(['khoi', 'luong', 'gia', 'tri', 'so']);
const OTHER_PERIOD = /\b(?:khoa [ivxl]+|nam \d{4}|cung ky|nhiem ky truoc|thang truoc|ky truoc|nam truoc)\b/;

interface Pair {
  part: Mention;
  share: Mention;
}

function isAmount(m: Mention): boolean {
  return !m.percent && m.family !== '' && !m.roles.has('plan') && !m.roles.has('same') && !m.roles.has('previous') && !/\b(?:tang|giam|vuot|hon|them)(?: them| len| xuong)?\s*$/.test(m.lead);
}

/** A sentence about a thing of an earlier year ("Ngoài ra, vốn năm 2025 được kéo dài …"), not about the start or end of one. */
function ofEarlierYear(opening: string): boolean {
  return /^\s*(?:ngoai ra,?\s*)?(?:[a-z]+ ){0,6}nam \d{4}\b/.test(opening) && !/\b(?:dau|cuoi|het) nam \d{4}\b/.test(opening);
}

function ratio(part: Mention, whole: Interval): Interval | null {
  if (whole.lo <= 0) return null;
  return { lo: (part.interval.lo / whole.hi) * 100, hi: (part.interval.hi / whole.lo) * 100 };
}

function pairsOf(index: MentionIndex): Pair[] {
  const out: Pair[] = [];
  for (const list of index.byBlock.values()) {
    for (let i = 0; i < list.length; i++) {
      const share = list[i];
      if (!share.percent || share.roles.has('target') || !SHARE_LEAD.test(share.lead) || NOT_SHARE_TAIL.test(share.tail)) continue;
      // ", bằng 92,6%" after "bằng 99,4 cùng kỳ năm trước", ", đạt 73,4%" after "đạt 76,9% kế hoạch": the same comparison again, not a share
      if (/\b(?:bang|dat)\s*$/.test(share.lead) && (comparesLikeBefore(index, share) || planLikeBefore(index, share))) continue;
      let part: Mention | undefined = list[i - 1];
      // "… 15.013.125.000đ. Chiếm 7,54%": a sentence that opens with the share takes the last amount before it
      if (part && part.sentence.start !== share.sentence.start && !/^\s*(?:chiem|dat|bang)\b/.test(share.lead.trim() ? share.lead : '')) part = undefined;
      // "sơ tán 1.142 hộ, 3.985 người, đạt 96,8% số hộ phải sơ tán": a share that names its whole's unit is of the amount in that unit just before
      const namedUnit = /^\s*(?:cua\s+)?(?:tong )?so ([a-z]+)\b/.exec(share.tail)?.[1];
      if (part && !part.percent && namedUnit && fold(part.unit).toLowerCase() !== namedUnit) {
        const inUnit = list.slice(Math.max(0, i - 4), i - 1).findLast((m) => m.sentence.start === share.sentence.start && fold(m.unit).toLowerCase() === namedUnit);
        if (inUnit && !inUnit.percent && share.block.text.slice(inUnit.end, part.start).length < 20) part = inUnit;
      }
      // "thu hút 2.184 lượt cử tri tham dự, bình quân 91 lượt cử tri/cuộc, bằng 10,2% tổng số cử tri": an average is no part; the figure it averages is
      if (part && (/\b(?:binh quan|trung binh)(?: moi [a-z]+)?\s*$/.test(part.lead) || /^\s*[^\d,;]{0,25}[a-z²³]{2}\/[a-z]{2}/.test(part.tail))) {
        const averaged: Mention | undefined = list[i - 2];
        part = averaged && averaged.sentence.start === share.sentence.start && averaged.family === part.family && !averaged.percent ? averaged : undefined;
      }
      // "(trừ 87 đồng chí được miễn sinh hoạt), đạt 95,7%": a part shut in parentheses is not what the share is of; the figure the
      // parentheses follow is ("giải quyết … 15.539 hồ sơ (trong đó có 370 hồ sơ … và 9 hồ sơ …), đạt tỷ lệ 97,39%")
      let skipped = 0;
      if (part && part.paren && part.paren.end <= share.start) {
        const open = part.paren.start;
        const before = list.slice(0, i).findLast((m) => m.end <= open && !m.paren);
        const follows = before && before.sentence.start === share.sentence.start && /^\s*[a-z ]{0,20}$/.test((index.folded.get(share.block.index) ?? '').slice(before.end, open)) && before.family === part.family;
        skipped = part.paren.end - part.paren.start;
        part = follows ? before : undefined;
      }
      if (!part || !isAmount(part) || part.y || share.start - part.end - skipped > 70) continue;
      // "…, quá hạn 25 hồ sơ; tỷ lệ giải quyết trước và đúng hạn đạt 98,96%": a rate in a clause of its own names its own subject
      if (share.block.text.slice(part.end, share.start).includes(';')) continue;
      // ("đã giải quyết 9.385 hồ sơ, tỷ lệ trước hạn và đúng hạn đạt 98,8%": a rate that names its own subject is of that subject)
      // (unless the part says it in its own words: "294 hồ sơ nộp trực tuyến, tỷ lệ nộp trực tuyến đạt 76%")
      const between = (index.folded.get(share.block.index) ?? '').slice(part.end, share.start);
      const subject = /,\s*t[yi] le ((?!(?:dat|la|chiem|bang)\b)[a-z]+(?: [a-z]+){0,6}) (?:dat|la|chiem|bang)\s*$/.exec(between)?.[1];
      if (subject && !between.slice(0, between.lastIndexOf(',')).includes(subject)) continue;
      // "phấn đấu … sẽ có 202 trường …, chiếm 46%": an aim is said of a whole the text need not give
      if (/\b(?:phan dau|se co|du kien|muc tieu)\b/.test((index.folded.get(share.block.index) ?? '').slice(share.sentence.start, share.start))) continue;
      // "(khóa XIII có 42 người, tỉ lệ 8,4%)": a share of another period, of a whole the text does not give
      if (share.paren && OTHER_PERIOD.test((index.folded.get(share.block.index) ?? '').slice(share.paren.start, share.paren.end))) continue;
      out.push({ part, share });
    }
  }
  return out;
}

interface Candidate {
  m: Mention;
  /** The sum of two wholes the share names together ("tổng đàn trâu, bò"). */
  named?: boolean;
  /** The whole is the X or the Y of an X/Y. */
  iv: Interval;
  text: string;
}

/** Earlier amounts of the part's family, larger than it: in its sentence, its paragraph, and a few paragraphs before in its section. */
function candidatesOf(index: MentionIndex, p: Pair, parts: ReadonlySet<Mention>): Candidate[] {
  const out: Candidate[] = [];
  const shared: Mention[] = [];
  const block = p.part.block;
  for (let b = block.index; b >= Math.max(0, block.index - MAX_BLOCKS_BACK); b--) {
    const other = index.blocks[b];
    if (!other || other.story !== block.story || (b !== block.index && (index.byBlock.get(b) ?? [])[0]?.section !== p.part.section && (index.byBlock.get(b) ?? []).length > 0)) continue;
    for (const m of index.byBlock.get(b) ?? []) {
      if (b === block.index && m.start >= p.part.start) continue;
      if (m.percent || m.family !== p.part.family || m === p.part) continue;
      // (of another period, unless the sentence speaks of that period: "vốn năm 2025 được kéo dài … là 1.486 triệu đồng, đã giải ngân 1.312 triệu đồng, đạt 88,3%")
      if ((m.roles.has('same') || m.roles.has('previous')) && !(m.block === block && m.sentence.start === p.part.sentence.start && ofEarlierYear((index.folded.get(b) ?? '').slice(m.sentence.start, m.start)))) continue;
      // a part with its own share, or one inside parentheses closed before the share, is no whole
      // (but for the one its sentence lists the part under, when the share names no other whole: "chi hỗ trợ 1.560,4 triệu đồng, bằng 91,8% tổng nguồn Quỹ, gồm: … 980 triệu đồng (chiếm 62,8%)")
      const heads = m.block === block && m.sentence.start === p.part.sentence.start && /\b(?:gom|bao gom)\b/.test((index.folded.get(b) ?? '').slice(m.end, p.part.start)) && /^\s*\)?\s*$/.test(p.share.tail);
      if (parts.has(m) && !namedAfter(p, m) && !heads) {
        shared.push(m);
        continue;
      }
      if (m.paren && m.block === block && m.paren.end <= p.share.start && !(p.share.paren && p.share.paren.start === m.paren.start)) continue;
      const push = (iv: Interval, text: string): void => {
        if (iv.hi > p.part.interval.lo) out.push({ m, iv, text });
      };
      push(m.interval, m.n.text);
      if (m.y && m.yInterval) push(m.yInterval, m.y.numberText);
    }
  }
  // "hơn 3,8 ngàn vụ" in the headline rounds the "3.803 vụ án (đạt tỷ lệ 62,7%)" that has its own share: no whole either
  const rounds = (c: Candidate): boolean => c.m.roles.has('approximate') && shared.some((m) => Math.abs(m.value - c.m.value) <= unitFactor(c.m) * 10 ** -c.m.n.decimals);
  for (let i = out.length - 1; i >= 0; i--) if (rounds(out[i])) out.splice(i, 1);
  for (const m of [...namedTotalsBefore(index, p), ...placeTotalsBefore(index, p), ...namedAfterBefore(index, p)]) if (!out.some((c) => c.m === m) && m.interval.hi > p.part.interval.lo) out.push({ m, iv: m.interval, text: m.n.text });
  // "… có thẻ bảo hiểm y tế là 5.177 người, đạt 98%; còn 59 người chưa có thẻ": the part and what is left make the whole
  const pair = namedPair(index, p);
  if (pair) out.push({ m: pair[1], iv: { lo: pair[0].interval.lo + pair[1].interval.lo, hi: pair[0].interval.hi + pair[1].interval.hi }, text: `${pair[0].n.text} + ${pair[1].n.text}`, named: true });
  const rest = restOf(index, p);
  if (rest) out.push({ m: rest, iv: { lo: p.part.interval.lo + rest.interval.lo, hi: p.part.interval.hi + rest.interval.hi }, text: `${p.part.n.text} + ${rest.n.text}` });
  return out;
}

/**
 * "tiêm cho 2.058 con trâu, bò, đạt 89,2% tổng đàn trâu, bò" after "Đàn trâu còn 381 con" and "Tổng đàn bò có 1.865 con": a share of
 * two herds named together is of the sum of the last figure the report gives each.
 */
function namedPair(index: MentionIndex, p: Pair): [Mention, Mention] | undefined {
  const named = /^\s*(?:tong )?(?:dan|so) ([a-z]+)(?:,| va) ([a-z]+)\s*(?:[,;.)]|$)/.exec(p.share.tail);
  if (!named || named[1] === named[2]) return undefined;
  const last = (noun: string, other: string): Mention | undefined =>
    (familyIndex(index).get(p.part.family) ?? []).filter((m) => m.id < p.part.id && m.block.story === p.part.block.story && !m.block.table && m.phrase.includes('dan') && m.phrase.includes(noun) && !m.phrase.includes(other) && m.value < p.part.value * 10).at(-1);
  const a = last(named[1], named[2]);
  const b = last(named[2], named[1]);
  return a && b && a.unit === b.unit ? [a, b] : undefined;
}

/** "…, đạt 98%; còn 59 người chưa có thẻ": what is left of the whole, said right after the share. */
function restOf(index: MentionIndex, p: Pair): Mention | undefined {
  const next = (index.byBlock.get(p.share.block.index) ?? []).find((m) => m.start > p.share.end);
  if (!next || next.sentence.start !== p.share.sentence.start || next.family !== p.part.family || next.percent || next.y) return undefined;
  if (!/^\s*[;,]\s*con\s*$/.test(fold(p.share.block.text.slice(p.share.end, next.start)))) return undefined;
  return /^\s*[a-z ]{0,12}?\b(?:chua|khong)\b/.test(next.tail.slice(fold(next.unit).length + 1)) ? next : undefined;
}

/** A share of "số hộ" of a count of hộ names the whole the place has: "Toàn xã có 8.946 hộ gia đình", stated once, anywhere before. */
function placeTotalsBefore(index: MentionIndex, p: Pair): Mention[] {
  const named = /^\s*(?:tong )?so ([a-z]+(?: [a-z]+)?)\s*(?:[,.;)]|$)/.exec(p.share.tail)?.[1];
  if (!named || named !== fold(p.part.unit).toLowerCase()) return [];
  const found = (familyIndex(index).get(p.part.family) ?? []).filter(
    (m) => m.block.index < p.part.block.index - MAX_BLOCKS_BACK && m.block.story === p.part.block.story && PLACE_WHOLE.test(m.lead),
  );
  return new Set(found.map((m) => m.value)).size === 1 ? found : [];
}


/**
 * "Vận động hội viên tham gia bảo hiểm y tế được 2.690 người, đạt 94% tổng số hội viên", sections after
 * "Tổng số hội viên đến ngày 10/6/2026 là 2.846 người": a share that names its whole by two words
 * may take it from anywhere before, when that whole was stated as a total.
 */
/** The words that name a share's whole: "tổng số hộ dân" is "hộ dân". */
function baseNouns(ws: readonly string[]): string[] {
  return ws.filter((w) => w !== 'tong' && w !== 'so' && w !== 'cua');
}

function namedTotalsBefore(index: MentionIndex, p: Pair): Mention[] {
  if (!/^\s*tong so\b/.test(p.share.tail)) return [];
  const nouns = baseNouns(p.share.after);
  if (nouns.length < 2) return [];
  const named = nouns.slice(0, 2);
  return (totalsOf(index).get(p.part.family) ?? []).filter(
    (m) => m.block.index < p.part.block.index - MAX_BLOCKS_BACK && m.block.story === p.part.block.story && named.every((w) => m.phrase.includes(w)),
  );
}

/** "chiếm 0,09% tổng dư nợ": every amount before it the report names so ("Tổng dư nợ … đạt 117.000 triệu đồng"), near or far; any of them may be the whole meant. */
function namedAmountsBefore(index: MentionIndex, p: Pair): Mention[] {
  if (!/^\s*(?:tong|so)\b/.test(p.share.tail)) return [];
  const nouns = baseNouns(p.share.after);
  if (nouns.length < 2) return [];
  const named = nouns.slice(0, 2);
  return (familyIndex(index).get(p.part.family) ?? []).filter((m) => m.id < p.part.id && m.block.story === p.part.block.story && holdsRun(m.phrase, named));
}

/**
 * Of those, one the share and the amount both call a total, in every word of the share's base: "Tổng dư nợ … 117.000 triệu
 * đồng" for "tổng dư nợ" ("số người cao tuổi" names too many figures; "tổng số hồ sơ tiếp nhận mới" is not "Tổng số hồ sơ
 * tiếp nhận trong quý").
 */
function calledTotal(p: Pair, m: Mention): boolean {
  if (!/^\s*tong\b/.test(p.share.tail) || m.value <= p.part.value) return false;
  const nouns = baseNouns(words(p.share.tail.split(/[,;.:()]/)[0]));
  return holdsRun(m.phrase, ['tong', ...nouns.slice(0, 2)]) && nouns.every((w) => m.phrase.includes(w) || m.after.includes(w));
}

const familyCache = new WeakMap<MentionIndex, Map<string, Mention[]>>();
const totalsCache = new WeakMap<MentionIndex, Map<string, Mention[]>>();
const OTHER_SPAN: readonly Role[] = ['same', 'previous', 'plan', 'target'];

/** The report's plain amounts of this span, by family, found once per check. */
function byFamily(index: MentionIndex, cache: WeakMap<MentionIndex, Map<string, Mention[]>>, keep: (m: Mention) => boolean): Map<string, Mention[]> {
  let map = cache.get(index);
  if (!map) {
    map = new Map();
    for (const m of index.all) {
      if (m.percent || m.y || hasAnyRole(m, OTHER_SPAN) || !keep(m)) continue;
      map.set(m.family, [...(map.get(m.family) ?? []), m]);
    }
    cache.set(index, map);
  }
  return map;
}

const familyIndex = (index: MentionIndex): Map<string, Mention[]> => byFamily(index, familyCache, (m) => !m.roles.has('approximate'));
/** The stated totals of the report by family. */
const totalsOf = (index: MentionIndex): Map<string, Mention[]> => byFamily(index, totalsCache, (m) => m.roles.has('total'));

/** Other readings: amounts after the share in its sentence ("… (đạt 96,55%), hồ sơ đến hạn 19.944 hồ sơ"), and the sum of the parts beside it. */
function otherWholes(index: MentionIndex, p: Pair, parts: ReadonlySet<Mention>): Interval[] {
  const list = index.byBlock.get(p.part.block.index) ?? [];
  const sentence = list.filter((m) => m.sentence.start === p.part.sentence.start && !m.percent && m.family === p.part.family);
  const out = sentence.filter((m) => m.start > p.share.start).map((m) => m.interval);
  // the list of parts the pair belongs to, from its first part on: "10 đ/c …, bằng 10,1%; 78 đồng chí …, đạt 78,8%; 11 đồng chí …"
  const first = sentence.find((m) => parts.has(m) || m === p.part);
  const siblings = first ? sentence.filter((m) => m.start >= first.start && !m.y) : [];
  if (siblings.length >= 2) out.push({ lo: siblings.reduce((a, m) => a + m.interval.lo, 0), hi: siblings.reduce((a, m) => a + m.interval.hi, 0) });
  // the whole another percent of the sentence implies: "79 người (đạt 2,08% so với chỉ tiêu), trong đó … 66 người (chiếm 1,74%)"
  for (const q of list.filter((m) => m.percent && m !== p.share && m.sentence.start === p.share.sentence.start)) {
    const subject = list.filter((m) => m.end <= q.start && !m.percent && m.family === p.part.family).at(-1);
    // an X/Y states its whole: only a percent without one implies a whole
    // and only a parent's percent: the shares of siblings would explain each other by the base they all got wrong
    if (!subject || subject === p.part || subject.y || parts.has(subject) || q.start - subject.end > 60 || subject.interval.lo <= p.part.interval.hi) continue;
    const qi = { lo: q.interval.lo / 100, hi: q.interval.hi / 100 };
    if (qi.lo > 0) out.push({ lo: subject.interval.lo / qi.hi, hi: subject.interval.hi / qi.lo });
  }
  // two amounts listed side by side before it: "Tổng đàn trâu 2.846 con, bò 1.124 con; … 2.905 con trâu, bò, đạt 73,2% tổng đàn"
  const before = list.filter((m) => m.block === p.part.block && m.end <= p.part.start && !m.percent && !m.y && m.family === p.part.family);
  for (let i = 0; i + 1 < before.length; i++) if (before[i + 1].sentence.start === before[i].sentence.start) out.push({ lo: before[i].interval.lo + before[i + 1].interval.lo, hi: before[i].interval.hi + before[i + 1].interval.hi });
  return out;
}

function explains(p: Pair, c: Interval): boolean {
  const iv = ratio(p.part, c);
  return iv !== null && agrees(p.share.n, iv);
}

/**
 * "đạt 69% số nhà bị hư hại" of "Toàn xã có 864 nhà bị hư hại, chiếm 18,6% tổng số nhà ở": the whole named
 * by its unit and the words after it, in a row (a whole though it is a part with a share of its own).
 */
function namedAfter(p: Pair, m: Mention): boolean {
  const nouns = baseNouns(p.share.after);
  if (/^\s*(?:tong|so)\b/.test(p.share.tail) && nouns.length >= 3 && holdsRun([...words(fold(m.unit).toLowerCase()), ...m.after], nouns.slice(0, 3))) return true;
  // "có mặt 179 người (96,2%); có 94 người đạt …, chiếm 52,5% số có mặt": or by the words that lead to it, all of them
  const named = /^\s*(?:tong )?so ([a-z]+(?: [a-z]+){1,3})\s*(?:[,;.)]|$)/.exec(p.share.tail)?.[1];
  return named !== undefined && m.block === p.share.block && m.sentence.start === p.share.sentence.start && m.lead.trimEnd().endsWith(` ${named}`);
}

/** The amounts so named anywhere before, far or near, when they all give one value. */
function namedAfterBefore(index: MentionIndex, p: Pair): Mention[] {
  if (!/^\s*(?:tong|so)\b/.test(p.share.tail)) return [];
  const found = (familyIndex(index).get(p.part.family) ?? []).filter((m) => m.id < p.part.id && m.block.story === p.part.block.story && m.value > p.part.value && namedAfter(p, m));
  return new Set(found.map((m) => m.value)).size === 1 ? found : [];
}

/** The noun a share names its whole by, past "đàn", "số", "tổng": "gà" of "chiếm 22,8% đàn gà"; none for longer or vaguer wholes. */
function sharedNoun(p: Pair): string[] | undefined {
  const named = /^\s*(?:dan|so|tong so|tong dan)\s+([a-z]+(?: [a-z]+)?)\s*(?:[,;.)]|$)/.exec(p.share.tail)?.[1];
  // ("tổng số hộ" of a count of hộ names the unit, no whole; "số hộ nghèo", the poor among them)
  const unit = words(fold(p.part.unit).toLowerCase());
  const nouns = (named ?? '').split(' ').filter((w) => w.length >= 2 && !MEASURE_WORDS.has(w) && !unit.includes(w));
  return nouns.length > 0 ? nouns : undefined;
}

/** Whether a candidate whole is named by that noun, in its words or its unit. */
function namesNoun(p: Pair, m: Mention): boolean {
  const nouns = sharedNoun(p);
  if (nouns === undefined) return false;
  const said = new Set([...m.phrase, ...m.after, ...words(fold(m.unit).toLowerCase()), ...sentenceWords(m)]);
  return nouns.every((noun) => said.has(noun));
}

/** Why a candidate is the whole meant, or undefined. */
function strength(index: MentionIndex, p: Pair, c: Candidate, candidates: readonly Candidate[], agreed: number, familyShares: number, named: boolean): string | undefined {
  const folded = index.folded.get(p.part.block.index) ?? '';
  // a total from far before is the whole only because the share names it
  if (c.named) return 'tổng được nêu';
  if (c.text.includes(' + ')) return 'cộng số còn lại';
  // ("68,5 tấn, gồm 25,0 tấn … và 43,5 tấn …, bằng khoảng 1,2% sản lượng thu hoạch": a share that names a whole in words a figure of
  // its paragraph is not written with is not of that figure)
  const namedElsewhere = wholeWordsAfter(p.share);
  if (namedElsewhere.length > 0 && c.m.block === p.part.block && !writtenWith(c.m, namedElsewhere)) return undefined;
  if (c.m.block.index < p.part.block.index - MAX_BLOCKS_BACK) return namedTotalsBefore(index, p).at(-1) === c.m || placeTotalsBefore(index, p).at(-1) === c.m || namedAfterBefore(index, p).at(-1) === c.m ? 'tổng được nêu' : undefined;
  if (agreed >= 2 && agreed * 2 > familyShares) return 'là tổng của các tỷ lệ khác';
  // "có 75 hộ nghèo, chiếm 1,9% tổng số hộ dân. … có 118 hộ cận nghèo, chiếm 3,1%": the one other share nearby names its whole
  if (agreed === 1 && familyShares === 2 && named) return 'là tổng của tỷ lệ bên cạnh';
  const sameSentence = c.m.block === p.part.block && c.m.sentence.start === p.part.sentence.start;
  const opener = sameSentence ? /(?:trong do|trong so do|gom|bao gom)\b/.exec(folded.slice(c.m.end, p.part.start)) : null;
  if (opener) return `cùng câu, trước “${p.part.block.text.slice(c.m.end + opener.index, c.m.end + opener.index + opener[0].length)}”`;
  const opens = OPENS_BREAKDOWN.test(folded.slice(p.part.sentence.start, p.part.start)) || OPENS_BREAKDOWN.test(folded.slice(0, p.part.start));
  const lastOfPrevious = candidates.filter((x) => x.m.block.index < p.part.block.index || x.m.sentence.end <= p.part.sentence.start).at(-1);
  // (of the sentence just before, when it is in the paragraph: a "Trong đó" breaks down what was said last)
  const before = (index.byBlock.get(p.part.block.index) ?? []).filter((m) => m.sentence.end <= p.part.sentence.start).at(-1);
  const adjacent = !before || c.m.block !== p.part.block || c.m.sentence.start === before.sentence.start;
  if (opens && lastOfPrevious?.m === c.m && adjacent) return 'câu trước “trong đó”';
  // a list under a colon: "Được cơ cấu 2 trà:" then "+ Trà xuân chính: 27 ha, chiếm 15,2%"
  const listHead = index.blocks.slice(c.m.block.index, p.part.block.index).some((b) => /:\s*$/.test(b.text));
  // (the head's whole, when it counts its groups after "Trong số 30 đại biểu … có 11 nữ, …, 27 đảng viên": the 30, not its last group)
  const inHead = candidates.filter((x) => x.m.block.index === c.m.block.index);
  const headWhole = inHead.find((x) => /\btrong (?:tong )?so\s*$/.test(x.m.lead)) ?? inHead.at(-1);
  if (c.m.block.index < p.part.block.index && listHead && headWhole?.m === c.m) return 'đầu danh sách';
  // "Trong tổng số hội viên, có 1.128 hội viên nữ, chiếm 40,4%" after "Tổng số hội viên … là 2.846 người": the sentence names its whole first
  const whole = /^\s*trong tong so ([a-z]+(?: [a-z]+)?)/.exec(folded.slice(p.part.sentence.start, p.part.start));
  if (whole && c.m.lead.includes(`tong so ${whole[1]}`) && candidates.filter((x) => x.m.lead.includes(`tong so ${whole[1]}`)).at(-1)?.m === c.m) return 'tổng được nêu';
  // "chiếm 74,3% tổng diện tích": the share names its whole
  const nouns = baseNouns(p.share.after);
  if (/^\s*(?:tong|so)\b/.test(p.share.tail) && nouns.filter((w) => c.m.phrase.includes(w)).length >= 2) return 'tổng được nêu';
  if (namedAfter(p, c.m)) return 'tổng được nêu';
  if (namesNoun(p, c.m) && candidates.filter((x) => namesNoun(p, x.m)).at(-1)?.m === c.m) return 'tổng được nêu';
  if (c.m.roles.has('total') && c.m.block === p.part.block && candidates.filter((x) => x.m.roles.has('total') && x.m.block === p.part.block).length === 1) return 'tổng số';
  // "đã hòa giải 11 vụ việc, thành công 9 vụ, đạt 81%": the one larger figure of its kind just before, in the sentence
  const sentenceCandidates = candidates.filter((x) => x.m.block === p.part.block && x.m.sentence.start === p.part.sentence.start);
  // (the parentheses between them break the whole down and do not part them: "1.486 đảng viên (đảng viên chính thức 1.427 đồng chí, …), tăng 24 …; đảng viên nữ 612 đồng chí")
  const between = p.part.block.text.slice(c.m.end, p.part.start).replace(/\([^()]*\)/g, '');
  // ("đã nộp ngân sách xã 292,4 triệu đồng; phần để lại 194,9 triệu đồng, bằng 40,0% số thu quý": a share that names its whole
  // in words the figure before does not say is of another whole)
  const namesOther = sharedNoun(p) !== undefined && !namesNoun(p, c.m);
  if (sameSentence && sentenceCandidates.length === 1 && sentenceCandidates[0].m === c.m && !c.m.y && between.length < 80 && !namesOther) return 'cùng câu';
  return undefined;
}

/**
 * A whole the text bounds is judged only on the side its word closes: "trên 293 tỷ đồng" makes the share
 * at most part/293, so a larger one is wrong; "gần 24.000 thí sinh" makes it at least part/24.000;
 * "khoảng" closes neither.
 */
function boundAllows(whole: Mention, exact: number, stated: number): boolean {
  if (!whole.roles.has('approximate')) return true;
  const bound = boundOf(whole.lead);
  return bound === 'at-least' ? stated > exact : bound === 'at-most' ? stated < exact : false;
}

function pct(v: number, d: number): string {
  return `${formatVn(roundHalfUp(v, d), { decimals: d })}%`;
}

/**
 * A percent beside a part that is a rate of the part's own plan, as the figures around it say theirs are: "đã giải ngân 7.735
 * triệu đồng, đạt 78,45% kế hoạch, trong đó: … 3.604 triệu đồng (đạt 87,48%)"; "14.380 triệu đồng (đạt 35,12% kế hoạch); đến
 * 30/9/2026 đạt 25.126 triệu đồng (61,36%)".
 */
function ofPlanLikeSiblings(index: MentionIndex, p: Pair): boolean {
  if (/\bchiem\b/.test(p.share.lead)) return false;
  const list = index.byBlock.get(p.share.block.index) ?? [];
  const ofPlan = (m: Mention): boolean => m.percent && m !== p.share && NOT_SHARE_TAIL.test(m.tail.replace(/^\s*%/, ''));
  // a sibling's rate of plan earlier in the sentence, said beside a figure of the same family
  return list.some((m) => m.sentence.start === p.share.sentence.start && m.start < p.share.start && ofPlan(m) && list.some((o) => o.end <= m.start && o.family === p.part.family && !o.percent && m.start - o.end <= 14));
}

export function checkShareBases(index: MentionIndex): Finding[] {
  const all = pairsOf(index);
  // a rounded part ("có trên 300 hộ đạt tỷ lệ 95,9%") is a part all the same, but no share is judged on it
  const parts = new Set(all.map((p) => p.part));
  const pairs = all.filter((p) => !p.part.roles.has('approximate'));
  const candidatesBy = new Map<Pair, Candidate[]>();
  // which wholes explain which shares: a whole that explains most shares nearby is the base of the rest
  // keyed by the mention and its side: the X and the Y of one X/Y are two wholes
  const explainedBy = new Map<string, number>();
  // wholes that explain a share which says it is of a whole ("chiếm 1,9% tổng số hộ dân")
  const namedWholes = new Set<string>();
  const key = (c: Candidate): string => `${c.m.id}:${c.text}`;
  const unexplained: Pair[] = [];
  const namedBy = new Map<Pair, Mention[]>();
  for (const p of pairs) {
    const cs = candidatesOf(index, p, parts);
    candidatesBy.set(p, cs);
    const named = namedAmountsBefore(index, p);
    namedBy.set(p, named);
    // "chiếm 22,8% đàn gà" after "gia cầm 168,4 nghìn con, bao gồm gà 121,6 nghìn con": of the wholes the share's own noun names, when some do
    const ofNamed = cs.filter((c) => c.named || namesNoun(p, c.m));
    const hits = (ofNamed.length > 0 ? ofNamed : cs).filter((c) => explains(p, c.iv));
    if (hits.length) {
      for (const k of new Set(hits.map(key))) explainedBy.set(k, (explainedBy.get(k) ?? 0) + 1);
      if (/^\s*(?:tong|toan)\b/.test(p.share.tail)) for (const h of hits) namedWholes.add(key(h));
    } else if ((cs.length || named.length) && !otherWholes(index, p, parts).some((w) => explains(p, w)) && !named.some((m) => explains(p, m.interval))) unexplained.push(p);
  }
  const familyShares = (p: Pair): number => pairs.filter((q) => q.part.family === p.part.family && Math.abs(q.part.block.index - p.part.block.index) <= MAX_BLOCKS_BACK).length;
  const out: Finding[] = [];
  for (const p of unexplained) {
    if (ofPlanLikeSiblings(index, p)) continue;
    // "có 8 đại biểu trúng cử (đạt 100% số lượng)": of the number there was to reach, not a share of a whole
    if (/^\s*%?\s*so luong\b/.test(p.share.tail)) continue;
    // (not the whole of another numbered unit: "Đơn vị bầu cử số 1 … 2.012 phiếu" for a share of "Đơn vị bầu cử số 4")
    const cs = (candidatesBy.get(p) ?? []).filter((c) => c.m.block === p.share.block || !namesOtherNumbered(index, p.share, c.m));
    // the consensus first, then the nearest whole with a reason
    let best: { c: Candidate; why: string } | undefined;
    for (const c of [...cs].sort((a, b) => (explainedBy.get(key(b)) ?? 0) - (explainedBy.get(key(a)) ?? 0) || b.m.id - a.m.id)) {
      const why = strength(index, p, c, cs, explainedBy.get(key(c)) ?? 0, familyShares(p), namedWholes.has(key(c)));
      if (why) {
        best = { c, why };
        break;
      }
    }
    // the whole the share names, said once or always with one value: "Tổng dư nợ … 117.000 triệu đồng" and the table's "Cộng | 117.000",
    // before an amount that only shares its words ("dư nợ lớn nhất với 44.215 triệu đồng" is no "tổng dư nợ")
    const named = (namedBy.get(p) ?? []).filter((m) => calledTotal(p, m) && (m.block === p.share.block || !namesOtherNumbered(index, p.share, m)));
    if ((!best || best.why === 'tổng được nêu') && named.length > 0 && new Set(named.map((m) => m.value)).size === 1) best = { c: { m: named[0], iv: named[0].interval, text: named[0].n.text }, why: 'tổng được nêu' };
    if (!best) continue;
    const { c, why } = best;
    const exact = (p.part.value / ((c.iv.lo + c.iv.hi) / 2)) * 100;
    if (exact > 100 || !boundAllows(c.m, exact, p.share.n.value)) continue;
    const d = p.share.n.decimals;
    const expected = pct(exact, d);
    const near = why !== 'tổng số' && why !== 'tổng được nêu' && why !== 'đầu danh sách' && why !== 'là tổng của tỷ lệ bên cạnh';
    const kind = near ? slipKind(p.share.n, exact) : 'possible';
    const where = c.m.block === p.part.block ? (c.m.sentence.start === p.part.sentence.start ? 'cùng câu' : 'cùng đoạn') : `đoạn ${c.m.block.index + 1}`;
    const f: Finding = {
      rule: 'share-base',
      severity: near ? 'error' : 'warning',
      kind,
      message: `${label(p.part, p.part.n.text)} trên tổng ${label(c.m, c.text)} (${why.startsWith(where) ? why : `${where}, ${why}`}) là ${formatVn(exact, { decimals: Math.min(d + 2, 4) })}%; làm tròn là ${expected}, không phải ${p.share.n.text}.`,
      text: p.share.n.text,
      location: { story: p.share.block.story, block: p.share.block.index, start: p.share.n.start, end: p.share.n.end },
      stated: p.share.n.text,
      expected,
    };
    if (kind !== 'possible') f.fix = expected;
    out.push(f);
  }
  return out;
}
