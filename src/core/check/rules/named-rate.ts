/**
 * A rate named by what it counts, written apart from the counts it is of: "Tỷ lệ tốt nghiệp THCS đạt
 * 99,1%" after "Khối 9 có 213 học sinh dự xét tốt nghiệp … đã công nhận 212 em"; "tỷ lệ hỏa táng trong
 * quý đạt 84,2%" in the summary, of "74 đám tang, trong đó 61 đám thực hiện hỏa táng" sections before;
 * "lao động nữ chiếm 57,3% số lao động được giải quyết việc làm" of "604 lao động nữ" and "giải quyết việc
 * làm cho 1.286 lao động". The rate's own words find the sentence its count sits in (the anchor); the
 * whole is the figure that sentence breaks down, the one before it, its plan, what the rate names, or
 * what the place has. A rate that any pair of figures around the anchor gives is consistent; one that
 * no reading gives is a warning that names the reading it tried.
 */
import type { Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { earlierDate, earlierTerm, hasAnyRole, type Mention, type MentionIndex, PLACE_WHOLE, words } from '../mentions';
import { agrees, type Interval, percentInterval } from '../precision';
import { fold } from '../../text/fold';
import { written, where } from './identity';

/** Words that name no indicator of their own: places, spans, verbs of being and the rate's own words. */
const PLAIN = new Set(
  'ty ti le chiem so tong cac cua trong tren toan xa phuong thi tran huyen tinh dia ban nam thang quy ky nay dat duoc la co va voi moi chi con hien da den thuc hien cong tac viec cho tai theo the ve thon ap ban khu pho to'.split(' '),
);
/** What a rate of plan or a change says after its percent: plan-apart and the change rules judge those. */
// (and a rate per year, "chia lãi vốn góp … 13,2%/năm", "lãi suất 0,2%/tháng": interest, no share of a count)
const OTHER_TAIL = /^\s*(?:%\s*)?(?:so voi|ke hoach|kh\b|chi tieu|du toan|cung ky|nam truoc|thang truoc|ky truoc|tro len|tro xuong|diem|\/\s*(?:nam|thang|quy)\b)/;
const RATE_LEAD = /\bt[yi] le\s+((?:[a-z]+[\s,]+){0,16}?)(?:chung\s+)?(?:moi |chi |van |con )?(?:dat|la|o muc|bang|duoc)?\s*(?:khoang|gan|tren|hon|xap xi)?\s*$/;
const SHARE_LEAD = /^\s*((?:[a-z]+[\s,]+){1,14}?)(?:moi |chi |van )?chiem\s*(?:khoang|gan|tren|hon)?\s*$/;
const NAMED_WHOLE = /^\s*%?\s*((?:(?:tren|trong|so voi) )?(?:tong so|tong|so)\s+)?([a-z ]{2,60})/;
const AIM = /\b(?:phan dau|chi tieu|muc tieu|ke hoach|du kien|de ra|giao)\b/;
/** A result measured against the plan ("đạt 111,8% kế hoạch", "vượt kế hoạch") names no aim of the rate after it. */
const MET_PLAN = /\bduoc giao\b|\b(?:dat|vuot|bang|hoan thanh)\s*(?:[\d.,]+\s*%\s*)?(?:so voi\s+)?(?:ke hoach|chi tieu)\b/g;
const MAX_ANCHORS = 6;
const MONEY_WORDS = new Set('von tien thu chi ngan giai kinh phi du no doanh quy gia tri thiet hai nop'.split(' '));

interface Rate {
  pct: Mention;
  /** The rate's words that name what it counts. */
  subject: string[];
  /** Its pairs of neighbouring words ("so sinh", "hoa tang"): one of them must be written where its count is. */
  pairs: string[];
  /** The whole the rate names after its percent ("số lao động được giải quyết việc làm"), if it names one. */
  whole: string[];
  /** A count written right before the percent in its clause ("còn 1.406 người chưa tham gia, chiếm 8,2% dân số"). */
  part?: Mention;
  /** The whole is the total the clause before states ("Tổng số đoàn viên đạt 64 người; đoàn viên là đảng viên chiếm …"): its unit names the whole, not the part. */
  ofStated?: { whole: Mention; said: string };
}

function distinct(folded: string): string[] {
  return [...new Set(words(folded).filter((w) => !PLAIN.has(w)))];
}

function pairsOf(folded: string): string[] {
  const ws = words(folded);
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) if (!PLAIN.has(ws[i]) || !PLAIN.has(ws[i + 1])) out.push(`${ws[i]} ${ws[i + 1]}`);
  return out;
}

/** "giảm 76 hộ so với đầu năm", "tăng thêm 12 hộ", "bình quân 3,8 người": a figure that counts no one by itself. */
function changeOrMean(m: Mention): boolean {
  return /\b(?:tang|giam|them|hon|vuot|binh quan|trung binh)(?: them| len| xuong)?\s*$/.test(m.lead);
}

function isCount(m: Mention): boolean {
  return !m.percent && m.family !== '' && m.family !== 'percent' && m.value > 0 && !m.block.table && !hasAnyRole(m, ['same', 'previous', 'target', 'approximate']) && !changeOrMean(m);
}

function ratesOf(index: MentionIndex): Rate[] {
  const out: Rate[] = [];
  for (const pct of index.all) {
    if (!pct.percent || pct.y || pct.block.table || hasAnyRole(pct, ['target', 'plan', 'same', 'previous']) || OTHER_TAIL.test(pct.tail)) continue;
    const folded = index.folded.get(pct.block.index) ?? '';
    const sentence = folded.slice(pct.sentence.start, pct.start);
    if (AIM.test(sentence.replace(MET_PLAN, ' ')) || /\b(?:tang|giam|khoang|gan|tren|hon|xap xi|uoc|uoc tinh)\s*$/.test(pct.lead) || /\b(?:trung binh|binh quan)\b/.test(pct.lead)) continue;
    const list = index.byBlock.get(pct.block.index) ?? [];
    // "đạt 78,3% (3.865 hộ)", "đạt 94,36% (17.387/18.426 người)": the count in parentheses right after is its own
    const next = list.find((m) => m.start > pct.end);
    if (next && next.paren && next.paren.start >= pct.end && next.paren.start - pct.end <= 3) continue;
    // (a year or a name's number, "năm 2025 mới chiếm", is no count before it)
    const before = list.filter((m) => m.start >= pct.clause.start && m.start < pct.start && m.family !== '');
    const lastBefore = before.at(-1);
    const lead = folded.slice(lastBefore ? lastBefore.end : pct.clause.start, pct.start).replace(/^.*[;:]/, '').replace(/\d+/g, ' ');
    const tail = folded.slice(pct.end, Math.min(pct.clause.end, pct.end + 80)).split(/[,;.(]|\bnhung\b|\bva\b|\bvuot\b|\bcao hon\b|\bthap hon\b/)[0];
    const named = NAMED_WHOLE.exec(tail);
    const whole = named && (named[1] || /^\s*%?\s*dan so\b/.test(tail)) ? distinct(named[2]) : [];
    // "huyện Lập Thạch … với tỷ lệ chậm, quá hạn 0,33%": the rate of a place or a unit the sentence names, not of the report's counts
    if (/\bvoi (?:ty|ti) le\b/.test(lead)) continue;
    // "96,2% số mẫu thực phẩm kiểm tra nhanh đạt yêu cầu": a rate that opens its clause and names what it counts after it
    const opening = before.length === 0 && /^[\s,;:]*$/.test(lead) ? /^\s*%?\s*so ((?:[a-z]+ ){2,12}[a-z]+)\s*$/.exec(tail) : null;
    if (opening) {
      const subject = distinct(opening[1]);
      if (subject.length >= 3) out.push({ pct, subject, pairs: pairsOf(opening[1]), whole: [] });
      continue;
    }
    const rate = RATE_LEAD.exec(lead);
    // "tỷ lệ … ở tiểu học là 9,7%, trung học cơ sở 12,2%, trung học phổ thông 11,3%": a rate per group, each of its own whole
    // "tổng sản lượng 142.506 tạ, tỷ lệ sử dụng giống xác nhận đạt 92,3%": a rate that names its own subject after a comma opens a new item
    const fresh = rate !== null && before.length > 0 && /^\s*[a-z ]{0,24},\s*t[yi] le\b/.test(lead) && distinct(rate[1]).length >= 2;
    if (rate && (before.length === 0 || fresh)) {
      if (list.some((m) => m.percent && m.start > pct.end && m.sentence.start === pct.sentence.start && /^[\s,;]*[a-z]+(?: [a-z]+){0,4}\s*$/.test(m.lead))) continue;
      // "tỷ lệ đoàn viên trên tổng số thanh niên đạt 35,7%": the whole named inside the rate's words
      const [own, of] = rate[1].split(/\b(?:tren tong so|tren so|tren tong|so voi tong so)\b/);
      const subject = distinct(own);
      if (subject.length > 0) out.push({ pct, subject, pairs: pairsOf(own), whole: of !== undefined ? distinct(of) : whole });
      continue;
    }
    const share = SHARE_LEAD.exec(lead);
    if (!share) continue;
    // "Tổng số đoàn viên đạt 64 người; đoàn viên là đảng viên chiếm 87,3%": the whole the clause before states, of the share's own kind
    if (whole.length === 0 && before.length === 0) {
      const stated = list.filter((m) => m.sentence.start === pct.sentence.start && m.start < pct.clause.start && isCount(m) && m.roles.has('total')).at(-1);
      const named = stated ? distinct(stated.phrase.join(' ')) : [];
      const subject = distinct(share[1]);
      if (stated && named.length >= 1 && named.every((w) => subject.includes(w)) && subject.length > named.length) out.push({ pct, subject, pairs: pairsOf(share[1]), whole: named, ofStated: { whole: stated, said: words(share[1]).join(' ') } });
      continue;
    }
    if (whole.length === 0) continue;
    const part = before.at(-1);
    if (part) {
      // (a whole of one word names too little, but for "dân số"; shares beside it imply their own whole: share-base's)
      const siblings = list.some((m) => m.percent && m !== pct && m.sentence.start === pct.sentence.start);
      if (isCount(part) && !part.y && pct.start - part.end < 60 && !siblings && (whole.length >= 2 || (whole.length === 1 && whole[0] === 'dan'))) out.push({ pct, subject: [], pairs: [], whole, part });
      continue;
    }
    // "ở thành thị chiếm 57,1% số vụ; khu vực nông thôn 42,9%": shares that split one whole between them are share-base's
    const split = list.filter((m) => m.percent && m !== pct && !m.y && m.sentence.start === pct.sentence.start);
    if (split.length > 0 && Math.abs(split.reduce((a, m) => a + m.n.value, pct.n.value) - 100) <= 0.5) continue;
    const subject = distinct(share[1]);
    if (subject.length > 0) out.push({ pct, subject, pairs: pairsOf(share[1]), whole });
  }
  return out;
}

const sentenceCache = new WeakMap<MentionIndex, Map<string, { set: Set<string>; text: string }>>();

/** The words of the figure's sentence, as a set and as one spaced string (one per sentence, shared by its figures). */
function sentenceOf(index: MentionIndex, m: Mention): { set: Set<string>; text: string } {
  let byPlace = sentenceCache.get(index);
  if (!byPlace) sentenceCache.set(index, (byPlace = new Map()));
  const key = `${m.block.index}:${m.sentence.start}`;
  let entry = byPlace.get(key);
  if (!entry) {
    const ws = words((index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.sentence.end));
    entry = { set: new Set(ws), text: ` ${ws.join(' ')} ` };
    byPlace.set(key, entry);
  }
  return entry;
}

/** Every word of the figure's sentence, both sides of it. */
function sentenceSet(index: MentionIndex, m: Mention): Set<string> {
  return sentenceOf(index, m).set;
}

/** The figure's sentence folded, its words set apart by single spaces. */
function sentenceText(index: MentionIndex, m: Mention): string {
  return sentenceOf(index, m).text;
}

/** The words around the figure itself: since the figure before it, and after it up to the next. */
function localSet(m: Mention): Set<string> {
  // ("đàn trâu, bò 6.358 con": the comma of a pair of kinds is inside the name)
  return new Set([...words(m.lead.replace(/\btrau, bo\b/g, 'trau bo').replace(/^.*,/, '')), ...words(m.tail.split(/[,;]/)[0])]);
}

function score(index: MentionIndex, m: Mention, names: readonly string[]): number {
  const set = sentenceSet(index, m);
  return names.filter((w) => set.has(w)).length;
}

/** The report's counts, found once per check, with the counts each word's sentences hold. */
interface Pool {
  counts: Mention[];
  byWord: Map<string, Mention[]>;
  unitWords: Set<string>;
  places: Mention[];
}

/** "Xã có 13 thôn, đều là thôn đặc biệt khó khăn, với 2.845 hộ, 12.460 nhân khẩu": what the place has, in the sentence that opens on it. */
function placeHas(index: MentionIndex, m: Mention): boolean {
  const opening = (index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start);
  return /^\s*(?:toan )?(?:xa|phuong|thi tran|thon|ban|ap|khu pho|to dan pho) (?:[a-z]+ ){0,3}(?:co|hien co)\b/.test(opening) && /(?:,|\bvoi|\bgom|\bco)\s*$/.test(m.lead) && !/;|\b(?:trong do|nam \d{4})\b/.test(opening);
}

/** "6.248/6.248 hộ dân trên địa bàn (100%) được rà soát": every one of them, so the whole the place has. */
function allOf(m: Mention): boolean {
  return m.y !== undefined && m.y.value === m.n.value && m.after.every((w) => PLAIN_WHOLE.has(w));
}

function poolOf(index: MentionIndex): Pool {
  const counts = index.all.filter(isCount);
  const byWord = new Map<string, Mention[]>();
  for (const m of counts)
    for (const w of sentenceSet(index, m)) {
      const list = byWord.get(w);
      if (list) list.push(m);
      else byWord.set(w, [m]);
    }
  return { counts, byWord, unitWords: new Set(counts.map((m) => fold(m.unit).toLowerCase())), places: counts.filter((m) => PLACE_WHOLE.test(m.lead) || placeHas(index, m) || allOf(m)) };
}

/**
 * The counts whose sentence may hold `need` of the words: those of the rarest words but `need` − 1 (a
 * sentence with `need` of them holds one of those), so each rate looks at the few sentences that name it.
 */
function candidates(pool: Pool, names: readonly string[], need: number): Mention[] {
  const lists = names.map((w) => pool.byWord.get(w) ?? []).sort((a, b) => a.length - b.length);
  const out = new Set<Mention>();
  for (const list of lists.slice(0, Math.max(1, names.length - need + 1))) for (const m of list) out.add(m);
  return [...out].sort((a, b) => a.id - b.id);
}

/** The counts before the rate in its own sentence that the rate's words name. */
function ownCounts(index: MentionIndex, rate: Rate): Mention[] {
  return (index.byBlock.get(rate.pct.block.index) ?? []).filter(
    (m) => m.sentence.start === rate.pct.sentence.start && m.id < rate.pct.id && isCount(m) && rate.subject.filter((w) => localSet(m).has(w)).length >= Math.min(2, rate.subject.length),
  );
}

/** The rate's own words say it is of the year to date: "tỷ lệ hồ sơ trực tuyến cả năm đạt 73,2%". */
function ownSpan(rate: Rate): boolean {
  return rate.pct.scope === 'todate' && /\b(?:ca nam|luy ke|tu dau nam)\b/.test(rate.pct.lead);
}

/** Words after the unit of what a place has that name no kind of it: "4.936 hộ gia đình", "412 hộ dân cư trú trên địa bàn". */
const PLAIN_WHOLE = new Set('gia dinh dan cu tru tren dia ban sinh song thuong'.split(' '));

/** The units of a head count of residents. */
const HEADCOUNT = new Set(['người', 'nhân khẩu', 'khẩu']);

/** Nouns that open a sentence on one of several of a kind: "Môn Toán …", "Môn Tiếng Anh …"; "Thôn Đông …", "Khối 5 …". */
const KIND_HEADS = new Set('mon khoi lop thon xom to ban ap khu nganh linh diem truong nhom vu cay chi'.split(' '));

/** "Môn Toán … tỷ lệ chưa hoàn thành 5,1%" is not of "Môn Tiếng Anh …: chưa hoàn thành 9 em": two sentences that open on two of a kind. */
function opensOnAnother(index: MentionIndex, a: Mention, b: Mention): boolean {
  const open = (m: Mention): string[] => words((index.folded.get(m.block.index) ?? '').slice(m.sentence.start, Math.min(m.sentence.end, m.sentence.start + 40))).slice(0, 2);
  const [x, y] = [open(a), open(b)];
  return x.length === 2 && y.length === 2 && x[0] === y[0] && KIND_HEADS.has(x[0]) && x[1] !== y[1];
}

/** Words that turn a kind into its opposite, its lesser or another thing: "nhà thiếu kiên cố", "bán kiên cố", "chưa đạt chuẩn", "doanh thu" of "thu tiền". */
const OPPOSING = new Set(['thieu', 'ban', 'khong', 'chua', 'phi', 'doanh']);

/** "Tỷ lệ hộ ở nhà kiên cố đạt 42,3%" is not of "Số hộ còn ở nhà thiếu kiên cố … là 401 hộ": the count's words deny the rate's kind. */
function ofOpposite(rate: Rate, m: Mention): boolean {
  const own = new Set(words(rate.pct.lead));
  const ws = words(`${m.lead.replace(/^.*,/, '')} ${m.tail.split(/[,;]/)[0]}`);
  return ws.some((w, i) => OPPOSING.has(w) && !own.has(w) && i + 1 < ws.length && rate.subject.includes(ws[i + 1]));
}

/** "[^3]: Cuộc bầu cử … nhiệm kỳ 2021–2026 …: bầu 80 đại biểu, trong đó 25 đại biểu nữ": a footnote of an earlier year or term holds no count of this one's rate. */
function ofEarlierNote(index: MentionIndex, rate: Rate, m: Mention): boolean {
  if (m.block.story !== 'footnote' || rate.pct.block.story === 'footnote') return false;
  const folded = index.folded.get(m.block.index) ?? '';
  return earlierDate(folded) || earlierTerm(index, m.block);
}

/** The counts whose sentence holds most of the rate's words, best first (ties: the one whose unit the rate names, then the nearest). */
function anchorsOf(index: MentionIndex, rate: Rate, pool: Pool): Mention[] {
  const need = rate.subject.length === 1 ? 1 : Math.max(2, Math.ceil(rate.subject.length / 2));
  const counts = candidates(pool, rate.subject, need);
  const unitNamed = (m: Mention): number => (fold(m.unit).toLowerCase().split(' ').every((w) => rate.subject.includes(w) || rate.whole.includes(w)) ? 1 : 0);
  const found = counts
    .filter((m) => m.sentence.start !== rate.pct.sentence.start || m.block !== rate.pct.block)
    .filter((m) => !opensOnAnother(index, rate.pct, m) && !ofOpposite(rate, m) && !ofEarlierNote(index, rate, m))
    // a count to date ("Lũy kế từ đầu nhiệm kỳ … 12 đảng viên") is of another span than a rate of the period
    .filter((m) => m.scope === rate.pct.scope || (!m.roles.has('cumulative') && !m.roles.has('since')))
    // and a rate whose own words say the span ("tỷ lệ hồ sơ trực tuyến cả năm đạt 73,2%") is not of the month's counts
    .filter((m) => m.scope === 'todate' || !ownSpan(rate))
    .map((m) => ({ m, s: score(index, m, rate.subject) }))
    .filter((x) => x.s >= need && (rate.pairs.length === 0 || rate.pairs.some((p) => sentenceText(index, x.m).includes(` ${p} `))))
    // money is counted only by a rate of money ("tỷ lệ giải ngân"), not by one of people that shares a word with it
    .filter((x) => x.m.family !== 'money' || rate.subject.some((w) => MONEY_WORDS.has(w)))
    .map((x) => {
      const local = localSet(x.m);
      // the rate's first words are its head ("giải ngân" of "tỷ lệ giải ngân vốn đầu tư phát triển"): they weigh most
      // and a count of the rate's own paragraph or section before one of another
      const place = x.m.block === rate.pct.block ? (x.m.id < rate.pct.id ? 0.5 : 0.3) : x.m.section === rate.pct.section ? 0.25 : 0;
      const weight = rate.subject.reduce((sum, w, i) => sum + (local.has(w) ? 1 / (1 + i) : 0), 0) + place;
      return { ...x, l: rate.subject.filter((w) => local.has(w)).length, weight };
    })
    // the figure itself is named by some of the rate's words, not only its sentence
    .filter((x) => x.l >= Math.min(2, rate.subject.length));
  // a rate that names its unit ("tỷ lệ đảng viên …") counts that unit, not the chi bộ of the sentence before
  const named = found.filter((x) => unitNamed(x.m) === 1);
  const namesAUnit = rate.subject.length >= 2 && pool.unitWords.has(`${rate.subject[0]} ${rate.subject[1]}`);
  const key = (x: (typeof found)[number]): number => x.weight + 0.2 * x.s;
  const ranked = (rate.ofStated ? found.filter((x) => x.m.value < rate.ofStated!.whole.value && !x.m.y && ` ${words(x.m.lead).join(' ')} `.includes(` ${rate.ofStated!.said} `)) : named.length > 0 ? named : namesAUnit ? [] : found).sort(
    (a, b) => key(b) - key(a) || b.s - a.s || unitNamed(b.m) - unitNamed(a.m) || Math.abs(a.m.id - rate.pct.id) - Math.abs(b.m.id - rate.pct.id),
  );
  // the counts named nearly as well as the best: readings of any of them may explain the rate
  const top = ranked.length > 0 ? key(ranked[0]) : 0;
  return ranked
    .filter((x) => key(x) >= top * 0.85)
    .map((x) => x.m)
    .slice(0, MAX_ANCHORS);
}

interface Reading {
  part: Mention;
  whole: Mention;
  why: string;
  /** The figures the rate counts, when more than the part: "94 + 139 + 54" of a breakdown. */
  run?: Mention[];
  /** The part is what is left ("Còn 144 hộ … chưa ký cam kết"): the rate counts the whole less it. */
  rest?: boolean;
}

function numerator(r: Reading): Interval {
  if (r.rest) return { lo: Math.max(0, r.whole.interval.lo - r.part.interval.hi), hi: r.whole.interval.hi - r.part.interval.lo };
  if (r.run) return r.run.reduce((a, m) => ({ lo: a.lo + m.interval.lo, hi: a.hi + m.interval.hi }), { lo: 0, hi: 0 });
  return r.part.interval;
}

function numeratorValue(r: Reading): number {
  if (r.rest) return r.whole.value - r.part.value;
  if (r.run) return r.run.reduce((a, m) => a + m.value, 0);
  return r.part.value;
}

function numeratorText(r: Reading): string {
  if (r.rest) return `${written(r.whole)} − ${written(r.part)} (${where(r.part)})`;
  if (r.run) return `${r.run.map((m) => m.n.numberText).join(' + ')}${r.part.unit ? ` ${r.part.unit}` : ''} (${where(r.part)})`;
  return `${written(r.part)} (${where(r.part)})`;
}

/** "Còn 144 hộ … chưa ký cam kết", "11 đồng chí không đạt": a count of those the rate leaves out. */
function leftOut(rate: Rate, m: Mention): boolean {
  const local = new Set([...words(m.lead), ...words(m.tail.split(',')[0])]);
  return (m.roles.has('remaining') || local.has('chua') || local.has('khong')) && !rate.subject.includes('chua') && !rate.subject.includes('khong');
}

/** The figures of a block and the one before it, of the anchor's family: every reading the text allows near the anchor. */
function near(index: MentionIndex, at: Mention, back = 0): Mention[] {
  const keep = (m: Mention): boolean => !m.percent && m.family !== '' && (at.percent || m.family === at.family) && m.value > 0 && m.block.story === at.block.story;
  if (back > 0) {
    const blocks: number[] = [];
    for (let b = at.block.index - back; b <= at.block.index; b++) blocks.push(b);
    return blocks.flatMap((b) => index.byBlock.get(b) ?? []).filter(keep);
  }
  // its sentence and the sentences on either side of it, in its paragraph
  const list = index.byBlock.get(at.block.index) ?? [];
  const starts = [...new Set(list.map((m) => m.sentence.start))];
  const i = starts.indexOf(at.sentence.start);
  const wanted = new Set(starts.slice(Math.max(0, i - 1), i + 2));
  return list.filter((m) => wanted.has(m.sentence.start) && keep(m));
}

/** A part in parentheses that opens right after the figure it is of: "12.840 hồ sơ (trực tuyến 9.236 hồ sơ)". */
function tightWhole(index: MentionIndex, at: Mention): Mention[] | undefined {
  if (!at.paren || at.percent || at.y) return undefined;
  const list = index.byBlock.get(at.block.index) ?? [];
  const before = list[list.indexOf(at) - 1];
  if (!before || before.family !== at.family || before.percent || before.y || before.value <= at.value || before.sentence.start !== at.sentence.start) return undefined;
  const between = (index.folded.get(at.block.index) ?? '').slice(before.end, at.paren.start);
  return /^\s*[a-z ]{0,12}$/.test(between) && /^[a-z ]*\(\s*[a-z ]{2,30}$/.test(at.lead) ? [before, at] : undefined;
}

/** Whether some reading of the figures, family by family, gives the rate. */
function explained(rate: Rate, figures: readonly Mention[]): boolean {
  const families = new Map<string, Mention[]>();
  for (const m of figures) families.set(m.family, [...(families.get(m.family) ?? []), m]);
  return [...families.values()].some((list) => explainedBy(rate, list));
}

function explainedBy(rate: Rate, figures: readonly Mention[]): boolean {
  const ivs: Interval[] = [];
  for (const m of figures) {
    ivs.push(m.interval);
    if (m.y && m.yInterval) {
      const r = percentInterval(m.interval, m.yInterval);
      if (r && agrees(rate.pct.n, r)) return true;
      ivs.push(m.yInterval);
    }
  }
  // two figures added ("mức Tốt 21 người, mức Khá 24 người"; "42 hộ nghèo …; 97 hộ cận nghèo"), and runs of them ("… trở lên")
  // (the largest figure is the whole the others are parts of: it is added to none of them)
  const top = Math.max(...figures.map((m) => m.value));
  const plain = figures.filter((m) => m.value < top).slice(0, 16);
  for (let i = 0; i < plain.length; i++) {
    let run: Interval = plain[i].interval;
    for (let j = i + 1; j < plain.length; j++) {
      ivs.push({ lo: plain[i].interval.lo + plain[j].interval.lo, hi: plain[i].interval.hi + plain[j].interval.hi });
      run = { lo: run.lo + plain[j].interval.lo, hi: run.hi + plain[j].interval.hi };
      if (j > i + 1) ivs.push(run);
    }
  }
  // (a whole is one figure as written: a sum of two as the whole reads too many rates into a paragraph of figures)
  const wholes = figures.flatMap((m) => (m.y && m.yInterval ? [m.interval, m.yInterval] : [m.interval]));
  for (const a of ivs) for (const b of wholes) {
    if (a === b || a.lo > b.hi) continue;
    const r = percentInterval(a, b);
    if (r && agrees(rate.pct.n, r)) return true;
    // what is left of the whole: "11 đồng chí không đạt" of 54 is a rate of 79,6% that passed
    const rest = percentInterval({ lo: Math.max(0, b.lo - a.hi), hi: b.hi - a.lo }, b);
    if (rest && agrees(rate.pct.n, rest)) return true;
  }
  return false;
}

/** Words between a whole and its part: "74 đám tang, trong đó 61 đám", "54 đồng chí (đạt 11 đồng chí)". */
const BREAKS_DOWN = /\b(?:trong do|trong so do|trong so|gom|bao gom|rieng|co|chi|moi|da|duoc|dat)\b|\(|:/;

/** Two of a row of like items, not a whole and its part: the same unit and the same words after it. */
function alike(a: Mention, b: Mention): boolean {
  return a.unit === b.unit && a.after.length >= 3 && b.after.slice(0, 3).join(' ') === a.after.slice(0, 3).join(' ');
}

/** The one reading the text plainly gives around the anchor, if there is one. */
function readingOf(index: MentionIndex, rate: Rate, anchor: Mention, pool: Pool): Reading | 'explained' | undefined {
  const sentence = (index.byBlock.get(anchor.block.index) ?? []).filter((m) => m.sentence.start === anchor.sentence.start && m.family === anchor.family && !m.percent && !m.y);
  const at = sentence.indexOf(anchor);
  if (rate.ofStated) return anchor.value < rate.ofStated.whole.value ? { part: anchor, whole: rate.ofStated.whole, why: 'tổng nêu ở vế trước' } : undefined;
  if (rate.whole.length > 0) {
    // the rate names its whole: the figure of the family whose sentence holds most of those words, a stated total first
    const need = rate.whole.length === 1 ? 1 : Math.max(2, Math.ceil(rate.whole.length / 2));
    const wholes = candidates(pool, rate.whole, need)
      .filter((m) => m.family === anchor.family && m.value > anchor.value && !m.roles.has('plan'))
      .map((m) => {
        const local = localSet(m);
        return { m, s: score(index, m, rate.whole), l: rate.whole.filter((w) => local.has(w)).length };
      })
      .filter((x) => x.s >= need && x.l >= Math.min(need, 2));
    if (wholes.length === 0) return undefined;
    // any whole so named that gives the rate is the one meant
    if (wholes.some((x) => { const r = percentInterval(anchor.interval, x.m.interval); return r !== null && agrees(rate.pct.n, r); })) return 'explained';
    // (a footnote's whole is of another date: the text's own first; and the anchor's own sentence's before another's)
    const rank = (x: (typeof wholes)[number]): number => x.l * 100 + x.s * 10 + (x.m.block.story === anchor.block.story ? 4 : 0) + (PLACE_WHOLE.test(x.m.lead) || x.m.roles.has('total') ? 2 : 0) + (x.m.scope === anchor.scope ? 1 : 0) + (x.m.block === anchor.block && x.m.sentence.start === anchor.sentence.start ? 8 : 0);
    const bestRank = Math.max(...wholes.map(rank));
    const pick = wholes.filter((x) => rank(x) === bestRank);
    if (new Set(pick.map((x) => x.m.value)).size !== 1) return undefined;
    return { part: anchor, whole: pick[0].m, why: 'tổng được nêu' };
  }
  // a sentence that opens on its whole and breaks it down ("đã giải quyết 2.412 hồ sơ, trong đó trước hạn 1.986 …, đúng
  // hạn 401 …, quá hạn 25 hồ sơ"): the rate counts its first parts, as many as come nearest it
  const head = sentence[0];
  const rest = sentence.slice(1);
  if (head && head !== anchor && rest.length >= 2 && !head.roles.has('plan') && rest.reduce((a, m) => a + m.value, 0) <= head.value * 1.000001) return bestRun(rate, head, rest);
  // the nearest larger figure before it: in its sentence ("74 đám tang, trong đó 61 đám"), else the sentence before
  const earlier = sentence[at - 1];
  // (not one of a row of like items: "27 học sinh chưa hoàn thành môn Tiếng Việt và 22 học sinh chưa hoàn thành môn Toán")
  // (that it breaks down: "phát sinh 66 hộ, trong đó 58 hộ … và 8 hộ …" gives no rate of 8 in 58)
  const between = earlier ? (index.folded.get(anchor.block.index) ?? '').slice(earlier.end, anchor.start) : '';
  if (earlier && earlier.value > anchor.value && !between.includes(';') && BREAKS_DOWN.test(between) && !alike(earlier, anchor) && !hasAnyRole(earlier, ['same', 'previous'])) return { part: anchor, whole: earlier, why: 'cùng câu' };
  const block = index.byBlock.get(anchor.block.index) ?? [];
  const previous = block.filter((m) => m.sentence.end <= anchor.sentence.start);
  const lastSentence = previous.at(-1)?.sentence.start;
  const prior = previous.filter((m) => m.sentence.start === lastSentence && m.family === anchor.family && !m.percent && !m.y && m.value > anchor.value && !hasAnyRole(m, ['same', 'previous']));
  if (prior.length === 1) return { part: anchor, whole: prior[0], why: 'câu trước' };
  // what the place has, stated once: "Toàn xã có 4.936 hộ gia đình", "Thôn có 5 xóm với 412 hộ, 1.586 nhân khẩu"
  // (residents are counted in "người" or "nhân khẩu" alike)
  // (all of them, or of the anchor's kind: "toàn phường có 214 hộ nghèo" is no whole of "8 hộ cận nghèo mới")
  const places = pool.places.filter((m) => (m.after.every((w) => PLAIN_WHOLE.has(w)) || m.after[0] === anchor.after[0]) && (m.unit === anchor.unit || (HEADCOUNT.has(m.unit) && HEADCOUNT.has(anchor.unit))) && m.id < anchor.id && m.value > anchor.value);
  const place = places.length > 0 && new Set(places.map((m) => m.value)).size === 1 ? places[0] : undefined;
  // an anchor its own words name as the rate does ("1.529 người tham gia bảo hiểm y tế" of "tỷ lệ người dân tham gia bảo hiểm y tế")
  // is the part, of what the place has, not the whole of the subsets its sentence goes on to give
  const local = localSet(anchor);
  if (place && rate.subject.filter((w) => !local.has(w)).length <= 1 && rate.subject.length >= 3) return { part: anchor, whole: place, why: 'tổng được nêu' };
  // the anchor is the whole its sentence goes on to break down: "298 đồng chí tham gia kiểm tra, trong đó 94 … giỏi, 139 … khá";
  // the rate counts its first parts, as many as come nearest it ("tỷ lệ đạt yêu cầu" of the good, the fair and the passed)
  // (not a change of it: "còn 291 hộ cận nghèo …, giảm 76 hộ so với đầu năm")
  const after = sentence.slice(at + 1).filter((m) => !changeOrMean(m));
  const parts = after.filter((m) => m.value < anchor.value);
  if (parts.length > 0 && after[0] === parts[0] && !alike(anchor, parts[0]) && !anchor.roles.has('plan')) return bestRun(rate, anchor, parts);
  // the plan of its paragraph: "Dự toán năm 21.500 triệu đồng … giải ngân được 8.944 triệu đồng"
  const plans = previous.concat(sentence.slice(0, at)).filter((m) => m.roles.has('plan') && m.family === anchor.family && m.value > anchor.value && !m.y);
  if (plans.length === 1) return { part: anchor, whole: plans[0], why: 'kế hoạch' };
  // the whole the next sentence counts from: "Khối 9 có 213 học sinh dự xét tốt nghiệp. … đã công nhận 212 em"
  const following = block.filter((m) => m.sentence.start >= anchor.sentence.end && m.family === anchor.family && !m.percent && !m.y);
  const then = following.filter((m) => m.sentence.start === following[0]?.sentence.start)[0];
  if (at === sentence.length - 1 && then && then.value < anchor.value && !hasAnyRole(then, ['same', 'previous', 'plan'])) return { part: then, whole: anchor, why: 'câu sau' };
  if (place) return { part: anchor, whole: place, why: 'tổng được nêu' };
  return undefined;
}

/** Of the runs of parts from the first on, the one whose share of the whole comes nearest the rate (all of them is no reading of a part). */
function bestRun(rate: Rate, whole: Mention, parts: readonly Mention[]): Reading {
  const target = rate.pct.n.value;
  let best: Reading = { part: parts[0], whole, why: 'cùng câu' };
  let gap = Math.abs((parts[0].value / whole.value) * 100 - target);
  for (let k = 2; k <= parts.length; k++) {
    const run = parts.slice(0, k);
    const sum = run.reduce((a, m) => a + m.value, 0);
    if (sum >= whole.value * 0.999999) break;
    const g = Math.abs((sum / whole.value) * 100 - target);
    if (g < gap) (best = { part: parts[0], whole, why: 'cùng câu', run }), (gap = g);
  }
  return best;
}

/** Whether a reading gives the rate as written (any anchor's plain reading that does explains it). */
function givesRate(rate: Rate, r: Reading): boolean {
  const pct = percentInterval(numerator(r), r.whole.interval);
  return pct !== null && agrees(rate.pct.n, pct);
}

function withRest(rate: Rate, r: Reading | 'explained' | undefined): Reading | 'explained' | undefined {
  return r && r !== 'explained' && !r.run && leftOut(rate, r.part) ? { ...r, rest: true } : r;
}

export function checkNamedRates(index: MentionIndex): Finding[] {
  const rates = ratesOf(index);
  if (rates.length === 0) return [];
  const pool = poolOf(index);
  const percents = new Map<string, Mention[]>();
  // ("đạt 93,1% kế hoạch" is a rate of the plan: the same number as a rate of the herd is no copy of it)
  // (by value as written: a table's cell "91,0" under a header in % is the text's "91,0%")
  const said = (m: Mention): string => `${m.n.value}:${m.n.decimals}`;
  for (const m of index.all) if (m.percent && !m.roles.has('plan') && !OTHER_TAIL.test(m.tail)) percents.set(said(m), [...(percents.get(said(m)) ?? []), m]);
  const out: Finding[] = [];
  for (const rate of rates) {
    // a rate written twice ("đạt 19,8% lực lượng lao động" in the body and the summary) is the other rules' to compare
    // (but the month's "(73,2%)" is no copy of a rate that says it is of the whole year)
    if ((percents.get(said(rate.pct)) ?? []).filter((m) => !ownSpan(rate) || m.scope === 'todate').length > 1) continue;
    // "tỷ lệ hộ nghèo đầu năm 2026 là 4,86%" is of the year's start: a count of another time ("486 hộ nghèo" still in debt at
    // 30/9) is not its part unless its sentence names that time too
    const time = /\b(?:dau|cuoi) (?:nam|ky|quy|thang)\b/.exec((index.folded.get(rate.pct.block.index) ?? '').slice(rate.pct.sentence.start, rate.pct.start))?.[0];
    let anchors = (rate.part ? [rate.part] : anchorsOf(index, rate, pool)).filter((a) => !time || sentenceText(index, a).includes(` ${time} `));
    // a count with its share and a larger figure of its kind nearby: share-base judges it against those
    if (rate.part && near(index, rate.part, 6).some((m) => m.id < rate.part!.id && m.value > rate.part!.value && !hasAnyRole(m, ['same', 'previous', 'plan']))) continue;
    if (anchors.length === 0) continue;
    // a count given with its share has its wholes nearby judged by share-base: any of them explains it
    // (a part in parentheses right after its whole, "tiếp nhận 12.840 hồ sơ (trực tuyến 9.236 hồ sơ)", is read of that whole only,
    // and the whole, named by its part's words, is no anchor of its own)
    const tights = new Map(anchors.flatMap((a) => { const t = tightWhole(index, a); return t ? [[a, t] as const] : []; }));
    const wholes = new Set([...tights.values()].map((t) => t[0]));
    anchors = anchors.filter((a) => !wholes.has(a));
    if (anchors.some((a) => explained(rate, tights.get(a) ?? near(index, a, rate.part ? 6 : 0))) || explained(rate, near(index, rate.pct))) continue;
    // the first anchor with a reading gives it; any anchor whose named whole gives the rate explains it
    let reading: Reading | undefined;
    // "Nợ thuế … là 1.184 triệu đồng …; nợ thuế chiếm 10,5% tổng thu 9 tháng": a count of the rate's own sentence that it names, over the whole it names
    let silent = rate.whole.length > 0 && ownCounts(index, rate).some((m) => readingOf(index, rate, m, pool) === 'explained');
    for (const a of anchors) {
      const r = withRest(rate, readingOf(index, rate, a, pool));
      // ("Cuối năm còn 291 hộ cận nghèo" is what is left, and also all there are: "tỷ lệ hộ cận nghèo còn 4,66%")
      if (r === 'explained' || (r && [r, { ...r, rest: false }].some((x) => givesRate(rate, x)))) silent = true;
      // (a plan is what a rate is of, not what it counts: "bằng 100,5% kế hoạch (270 tỷ đồng)" is no "dư nợ" of "tỷ lệ dư nợ so với tổng tiền gửi")
      else if (r && !reading && (r.part === rate.part || !r.part.roles.has('plan'))) reading = r;
    }
    if (silent || !reading) continue;
    // "trong số gần 24.000 thí sinh": a whole the text only approaches gives no rate of two decimals to judge
    if (reading.whole.roles.has('approximate') || reading.part.roles.has('approximate')) continue;
    const r = percentInterval(numerator(reading), reading.whole.interval);
    if (!r || agrees(rate.pct.n, r) || (!reading.rest && !reading.run && explained(rate, [reading.part, reading.whole]))) continue;
    const exact = (numeratorValue(reading) / reading.whole.value) * 100;
    if (exact > 100) continue;
    const d = rate.pct.n.decimals;
    const expected = `${formatVn(roundHalfUp(exact, d), { decimals: d })}%`;
    out.push({
      rule: 'named-rate',
      severity: 'warning',
      kind: 'possible',
      message: `Tỷ lệ này có vẻ tính từ ${numeratorText(reading)} trên ${written(reading.whole)} (${where(reading.whole)}, ${reading.why}): ${formatVn(exact, { decimals: Math.min(d + 2, 4) })}%, làm tròn là ${expected}, không phải ${rate.pct.n.text}. Kiểm tra lại tỷ lệ này.`,
      text: rate.pct.n.text,
      location: { story: rate.pct.block.story, block: rate.pct.block.index, start: rate.pct.n.start, end: rate.pct.n.end },
      stated: rate.pct.n.text,
      expected,
    });
  }
  return out;
}
