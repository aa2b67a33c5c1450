/**
 * Percentages whose base is not beside them: "kế hoạch năm 18 nhà; đến nay hoàn thành 11 nhà, đạt
 * 61,1% kế hoạch", "cấp 95 thẻ, vượt 5,6% kế hoạch (90 thẻ)", "… là 97/98 ha. Đạt 98,98% so với kế
 * hoạch", "tổng số 540 hội viên … hội viên nữ 320 người, chiếm 59,3% tổng số", a plan in a cited
 * footnote or in another scale ("1,05 tỷ đồng … dự toán 980 triệu đồng").
 *
 * For each stated percent, the inputs are searched in widening scopes (parentheses after it, the
 * clause, the sentence, the previous sentence, the previous paragraphs of the section, the footnotes
 * its sentence cites). A percent that some reading of the inputs explains is consistent. A percent
 * with a strong base (the subject amount before it, and a base of the same family carrying the role
 * its wording asks for: kế hoạch, tổng số, cùng kỳ) that no reading explains is a finding.
 */
import { atNumber, type Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { earlierDate, hasAnyRole, type Mention, type MentionIndex, numberedNames, otherNumberedNames, phraseOverlap, PLACE_WHOLE, type Role, where, wholeWordsAfter, words, writtenWith, yearOfHeader } from '../mentions';
import { agrees, type Interval, overlaps, slipKind } from '../precision';
import { fold } from '../../text/fold';

export type Cue = 'excess' | 'up' | 'down' | 'plan' | 'share' | 'ratio' | 'versus';

// ("so với vụ Mùa năm 2025": a season named before its year)
const CHANGE_TAIL = /^\s*(?:so voi|so)\s+(?:vu [a-z]+(?: [a-z]+)? (?=nam \d{4}|cung ky))?(?:cung ky|thang truoc|nam truoc|ky truoc|quy truoc|cung thoi ky|nam \d{4}|thang \d{1,2}|quy (?:i{1,3}|iv)\s*(?:\/|nam)\s*\d{4}|dau nam|dau ky|cuoi nam (?:truoc|\d{4})|thoi diem cuoi nam)/;

/** "so với ước tính ban đầu (13,67 tỷ đồng)": a comparison that gives its figure in parentheses. */
const NAMED_BASE_TAIL = /^\s*so voi\s+[a-z ]{2,40}\(/;

export function cueOf(p: Mention): Cue | null {
  const { lead, tail } = p;
  const comparison = CHANGE_TAIL.test(tail) || NAMED_BASE_TAIL.test(tail);
  if (/\bvuot(?: muc)?(?: ke hoach| kh| chi tieu| du toan)?\s*$/.test(lead)) return 'excess';
  // "Năm 2025 cung ứng 286 tấn phân bón, tăng 11,9%;": a change that names nothing is against the period a base of its gives
  const bare = /^\s*(?:[;.]|$)/.test(tail);
  if (/\btang(?: them| len)?\s*$/.test(lead) && (comparison || bare || /^\s*\(/.test(tail))) return 'up';
  if (/\bgiam(?: di| xuong)?\s*$/.test(lead) && (comparison || bare || /^\s*\(/.test(tail))) return 'down';
  if (/\bchiem(?: ty le| ti le| toi| den)?\s*(?:khoang\s*)?$/.test(lead)) return 'share';
  // ("đạt 17.010 sào, bằng 45,9% diện tích gieo cấy của vụ": "bằng" a whole's area is a share of it)
  if (/\bbang\s*$/.test(lead) && /^\s*(?:tong )?dien tich\b/.test(tail)) return 'share';
  if (/^\s*(?:so voi\s+)?(?:ke hoach|kh\b|chi tieu|du toan|nghi quyet|muc tieu)/.test(tail)) return 'plan';
  // "bằng 108% so với cùng kỳ": the ratio to another period, not to the plan
  if (/(?:\bdat|\bbang)\s*$/.test(lead) && CHANGE_TAIL.test(tail)) return 'versus';
  if (/(?:\bdat|\bbang|=|\bty le|\bti le|\btuong duong|\bdat ty le)\s*(?:khoang\s*)?$/.test(lead)) return 'ratio';
  // "đạt 509 ha (78,3%)"; not "… là thuế sử dụng đất phi nông nghiệp (109,9%)", a named item's own rate
  if (/\(\s*$/.test(lead) && lead.replace(/\(\s*$/, '').trim().split(/\s+/).length <= 4) return 'ratio';
  if (/\bty le\b[a-z ]{0,50}\bla\s*$/.test(lead)) return 'ratio';
  return null;
}

/** The expected percent of a over b under a cue, as an interval. */
function expectedInterval(cue: Cue, a: Interval, b: Interval): Interval | null {
  if (b.lo <= 0) return null;
  const r: Interval = { lo: (a.lo / b.hi) * 100, hi: (a.hi / b.lo) * 100 };
  if (cue === 'excess' || cue === 'up') return { lo: r.lo - 100, hi: r.hi - 100 };
  if (cue === 'down') return { lo: 100 - r.hi, hi: 100 - r.lo };
  return r;
}

interface Amount {
  m: Mention;
  /** The X of an X/Y, or a plain amount. */
  iv: Interval;
  text: string;
}

interface Base extends Amount {
  where: string;
  strong: boolean;
  /** The whole the share names in its own words ("chiếm 1,3% số người cao tuổi"), stated elsewhere in the report. */
  named?: boolean;
}

/** "đạt 95,0% dự toán", "so với kế hoạch": a percent said of a plan. */
/** Words after "kế hoạch" that say nothing of which plan: "kế hoạch năm", "kế hoạch được giao". */
const QUALIFIER_FILLER = new Set(['cua', 'nam', 'da', 'duoc', 'giao', 'de', 'ra', 'cho', 'la', 'va', 'so', 'voi', 'tinh', 'huyen']);
const PLAN_TAIL = /^\s*(?:so voi\s+)?(?:du toan|ke hoach|chi tieu)\b/;
/** Roles that make an amount a base, a bound or another figure's restatement, no subject of a percent. */
const OF_ANOTHER_KIND: readonly Role[] = ['plan', 'same', 'previous', 'target', 'approximate', 'equivalent'];

/** A plan is set, not measured: "kế hoạch năm (0,5 tỷ đồng)" is 500 triệu, not anything from 450 to 550. */
function setOrMeasured(m: Mention): Interval {
  return m.roles.has('plan') && !m.roles.has('approximate') ? { lo: m.value, hi: m.value } : m.interval;
}

function amountsOf(m: Mention): Amount[] {
  if (m.percent || m.family === '') return [];
  const out: Amount[] = [{ m, iv: setOrMeasured(m), text: m.n.text }];
  if (m.y && m.yInterval) out.push({ m, iv: m.yInterval, text: m.y.numberText });
  return out;
}

const BASE_ROLES: Record<Cue, Role[]> = {
  excess: ['plan'],
  plan: ['plan'],
  up: ['same', 'previous'],
  down: ['same', 'previous'],
  share: ['total'],
  ratio: ['plan', 'total'],
  versus: ['same', 'previous'],
};

/** A figure with its unit, the scale word said once: "214 triệu đồng" (the text of an X/Y's side as given). */
export function label(m: Mention, text: string): string {
  // the unit holds the scale word ("tỷ đồng"): write the digits, then the unit
  const digits = text === m.n.text ? m.n.numberText : text;
  return `${digits}${m.unit && m.unit !== '%' ? ` ${m.unit}` : ''}`;
}

interface Context {
  index: MentionIndex;
  p: Mention;
  cue: Cue;
}

/** Mentions of the block before `at`, in the same sentence. */
function sameSentence(ctx: Context): Mention[] {
  const list = ctx.index.byBlock.get(ctx.p.block.index) ?? [];
  return list.filter((m) => m.sentence.start === ctx.p.sentence.start && m !== ctx.p);
}

/** "64 hộ có diện tích nhà ở bình quân dưới 8 m²/người, chiếm 1,9% số hộ": a bound per item says which are counted, it is no subject. */
function boundPerItem(m: Mention): boolean {
  return m.unit.includes('/') && /\b(?:duoi|tren|khong qua|khong duoi|toi thieu|toi da|tu)\s*$/.test(m.lead);
}

/** The amount the percent is about: the X/Y or amount before it in its clause, else in its sentence, else the X/Y ending the previous sentence. */
function subjectOf(ctx: Context): Amount | null {
  const { p } = ctx;
  const list = ctx.index.byBlock.get(p.block.index) ?? [];
  // "đạt 72,5% (145/200 ha) kế hoạch", "21,4%, tương ứng 150/700 hộ": the X/Y right after is the percent's own
  const own = list.find((m) => m.y && m.start >= p.end && /^\s*(?:\(|,?\s*(?:tương ứng|tức là|tức|bằng|với)\s)\s*$/u.test(p.block.text.slice(p.end, m.start)));
  if (own) return { m: own, iv: own.interval, text: own.n.text };
  const before = list.filter((m) => m.end <= p.start && !m.percent && m.family !== '');
  // "xảy ra 07 vụ …, giảm 03 vụ, tương ứng giảm 30%": the change is what the percent says of the figure, not its subject
  const change = ctx.cue === 'up' || ctx.cue === 'down';
  // ("nâng tổng số hội viên lên 3.846 người, tăng 144 hội viên so với năm học trước, chiếm 24,3% dân số": a change is no share's part
  // either; a total is, when the share names another whole)
  const namesWhole = /^\s*(?:dan so|tong dan so|tong so (?!hoi vien)[a-z]+)\b/.test(p.tail);
  // ("chi thường xuyên năm 2025 thực hiện 8.120 triệu đồng, đạt 95,0% dự toán": of a plan, a figure of another year is of that year's plan)
  const ofPlan = PLAN_TAIL.test(p.tail);
  const inClause = before.filter((m) => m.start >= p.clause.start && !m.roles.has('plan') && ((!m.roles.has('same') && !m.roles.has('previous')) || (ofPlan && !/\b(?:tang|giam|hon)\s*$/.test(m.lead))) && !(ctx.cue === 'share' && m.roles.has('total') && !namesWhole) && !((change || ctx.cue === 'share') && /\b(?:tang|giam)(?: them| di)?\s*$/.test(m.lead)) && !(m.paren && m.paren.end <= p.start && m.paren.start !== p.paren?.start));
  const pick = inClause[inClause.length - 1];
  // (which of the figures before the bound the percent is of, the words do not say)
  if (pick && boundPerItem(pick)) return null;
  // "…, công sở văn hóa đạt 100%": a percent that names its own subject after the last amount is a rate of its own
  if (pick && /,\s*[a-z]+(?: [a-z]+){1,6} (?:dat|chiem|bang)\s*$/.test(p.lead) && !/^[,\s]*(?:trong do|tuong ung|tuc)/.test(p.lead)) return null;
  // an X/Y whose own percent stands between it and this one ("480/662 hộ chiếm 72% đạt 96% kế hoạch") is not its subject
  if (pick?.y && list.some((q) => q.percent && q.start > pick.end && q.end <= p.start)) return null;
  if (pick) return { m: pick, iv: pick.interval, text: pick.n.text };
  // "… đã cấp 358 giấy phép xây dựng …; số giấy phép tăng 12,3% so với cùng kỳ": a clause that names what it counts by its unit
  const counted = change ? /(?:^|[;,])\s*so ([a-z]+(?: [a-z]+){0,2}) (?:tang|giam)\s*$/.exec(p.lead)?.[1] : undefined;
  const named = counted ? before.filter((m) => m.start >= p.sentence.start && !m.y && !hasAnyRole(m, OF_ANOTHER_KIND) && ` ${fold(m.unit)} ${m.after.join(' ')} `.includes(` ${counted} `)) : [];
  if (named.length === 1) return { m: named[0], iv: named[0].interval, text: named[0].n.text };
  // "…, gồm: tiền mặt 1.245 triệu đồng; … Số tiền mặt Nhân dân đóng góp đạt 123,9% kế hoạch": a sentence with no amount of its own that
  // names its subject by the words an amount of an earlier sentence is written after
  const folded = ctx.index.folded.get(p.block.index) ?? '';
  const byName = before.some((m) => m.start >= p.sentence.start) ? null : /^\s*so ([a-z]+ [a-z]+)(?: [a-z]+){0,6} (?:dat|bang|vuot|tang|giam)\s*$/.exec(folded.slice(p.sentence.start, p.start));
  if (byName) {
    const said = before.filter((m) => m.sentence.end <= p.sentence.start && !m.y && !hasAnyRole(m, OF_ANOTHER_KIND) && m.phrase.slice(-2).join(' ') === byName[1]);
    if (said.length === 1) return { m: said[0], iv: said[0].interval, text: said[0].n.text };
  }
  // ("Trong quý, Ban thu được 487,3 triệu đồng, … Số thu của quý bằng 23,6% dự toán cả năm": or all its words, in the sentence just before)
  const loosely = before.some((m) => m.start >= p.sentence.start) ? null : /^\s*so ((?:[a-z]+ ){1,4})(?:dat|bang|vuot)\s*$/.exec(folded.slice(p.sentence.start, p.start));
  const nouns = loosely ? words(loosely[1]).filter((w) => !['cua', 'cac', 'nhung', 'da', 'duoc', 'trong'].includes(w)) : [];
  if (nouns.length >= 2) {
    // (by its unit too, "Số hội viên bằng 4,8% dân số" after "toàn Hội có 1.146 hội viên, …; trong đó nữ 637 hội viên": the whole before its parts)
    const said = before.filter((m) => m.sentence.end === p.sentence.start && !m.y && !hasAnyRole(m, OF_ANOTHER_KIND) && nouns.every((w) => m.phrase.includes(w) || m.after.includes(w) || fold(m.unit).split(' ').includes(w)));
    const whole = said.length > 1 && /\btrong (?:do|so do)\b/.test(folded.slice(said[0].end, said[1].start)) ? said[0] : undefined;
    if (said.length === 1 || whole) return { m: whole ?? said[0], iv: (whole ?? said[0]).interval, text: (whole ?? said[0]).n.text };
  }
  // "… là 97/98 ha. Đạt 98,98% so với kế hoạch": a sentence that opens with the percent
  if (before.some((m) => m.start >= p.sentence.start)) return null;
  if (!/^\s*(?:(?:chỉ|mới)\s+)?(?:đạt|bằng|tương đương|tăng|giảm|vượt|chiếm)(?:\s+tỷ lệ)?\s*$/iu.test(p.block.text.slice(p.sentence.start, p.start))) return null;
  // "… đã hoàn thành 17 tuyến hẻm. Đạt 66,7% kế hoạch năm": the last amount of the sentence before
  const prev = before.filter((m) => m.sentence.end <= p.sentence.start && !m.roles.has('same') && !m.roles.has('previous'));
  const last = prev[prev.length - 1];
  if (last && /^\s*$/.test(p.block.text.slice(last.sentence.end, p.sentence.start))) return { m: last, iv: last.interval, text: last.n.text };
  return null;
}

/** Candidate bases in widening scopes, strongest first. */
/** "1.738 phiếu, đạt 94,77% số phiếu hợp lệ của đơn vị" of "Đơn vị bầu cử số 4" is not of the paragraph on "Đơn vị bầu cử số 1". */
export function namesOtherNumbered(index: MentionIndex, p: Mention, m: Mention): boolean {
  const names = (x: Mention): Map<string, string> => numberedNames((index.folded.get(x.block.index) ?? '').slice(x.sentence.start, x.sentence.end));
  const own = names(p);
  return own.size > 0 && otherNumberedNames(own, names(m));
}

function basesOf(ctx: Context, subject: Amount): Base[] {
  const { p, index, cue } = ctx;
  const family = subject.m.family;
  const roles = BASE_ROLES[cue];
  const unitWords = fold(subject.m.unit).split(' ');
  // ("chiếm 66,7% số lái xe" of "52 người": a whole named in other words than the part's unit)
  const namedWhole = (/^\s*(?:so voi\s+)?(?:tong so|so) ([a-z]+(?: [a-z]+)?)/.exec(p.tail)?.[1] ?? '').split(' ').filter((w) => w && !unitWords.includes(w) && w !== 'cua');
  // ("68,5 tấn, gồm 25,0 tấn … và 43,5 tấn …, bằng khoảng 1,2% sản lượng thu hoạch": a percent that names a whole in words the
  // figures of its sentence are not written with is of that whole, not of them)
  const wholeWords = wholeWordsAfter(p);
  const out: Base[] = [];
  const push = (m: Mention, where: string, strong: boolean, iv = setOrMeasured(m)): void => {
    if ((cue === 'share' || cue === 'ratio') && wholeWords.length > 0 && m.block === p.block && m.sentence.start === p.sentence.start && !writtenWith(m, wholeWords)) return;
    if (m === subject.m || m.percent || m.family !== family) return;
    if (m.y) return; // an X/Y is its own reading
    if (m.block !== p.block && namesOtherNumbered(index, p, m)) return;
    if (m.roles.has('equivalent')) return; // "(tương đương 10.401 tỷ đồng)" is the change, not its base
    if (cue === 'share' && /^[^0-9]{0,25}\bchiem\b/.test(m.tail)) return; // a part with its own share is not the whole
    if (m.roles.has('approximate')) return; // "trên 3.000 lượt" gives no base to check against
    // "khách nội địa … bằng 73% so với cùng kỳ; khách quốc tế … với trên 3.000 lượt": past a ";" is another subject
    // (a sentence after it that opens on the plan is past the list's ";" and names it again)
    if (m.block === p.block && m.start > p.end && where !== 'câu sau' && p.block.text.slice(p.end, m.start).includes(';')) return;
    // "2.052 hộ (chiếm 4,06% so với tổng số hộ dân toàn quận)": a share that names its whole is of no other
    if (cue === 'share' && namedWhole.length > 0 && !namedWhole.every((w) => m.phrase.includes(w) || m.after.includes(w) || fold(m.unit).split(' ').includes(w))) return;
    out.push({ m, iv, text: m.n.text, where, strong });
  };
  // a base found far away by what the words say of it: only when every such figure gives one value; a named one is the only reading
  const pushOnly = (found: readonly Mention[], named = false): void => {
    if (found.length === 0 || !found.every((m) => m.value === found[0].value)) return;
    const before = out.length;
    push(found[0], where(found[0]), true);
    if (named && out.length > before) out[out.length - 1].named = true;
  };
  // the subject's own X/Y
  const blockList = index.byBlock.get(p.block.index) ?? [];
  // parentheses right after the percent: "vượt 5,6% kế hoạch (90 thẻ)"
  // (over a year or a quarter's year: "tăng 16,2% so với quý II/2025 (34.315 m²)")
  const parenAfter = /^(?:[^()0-9]|(?:19|20)\d\d(?!\d)){0,34}\(/.exec(p.block.text.slice(p.end, p.end + 40));
  if (parenAfter) {
    const open = p.end + parenAfter[0].length - 1;
    // one amount in the parentheses is the base; a list there ("(cấp tỉnh có 3 hộ, cấp huyện có 13 hộ, …)") is a breakdown
    const inside = blockList.filter((m) => m.paren && m.paren.start === open && !m.percent && m.family !== '');
    // "(sản lượng khai thác biển đạt 1.610,2 nghìn tấn, tăng 1,5%)": a figure with its own change there is a part, not the base
    const ownChange = blockList.some((m) => m.percent && m.paren && m.paren.start === open);
    if (inside.length === 1 && !ownChange) push(inside[0], 'trong ngoặc', true);
  }
  // "giải quyết 4.210 hồ sơ (đúng hạn 4.180 hồ sơ, đạt 99,29%; …)": the amount before the parentheses is the whole
  if ((cue === 'share' || cue === 'ratio') && p.paren) {
    const parent = blockList.filter((m) => m.end <= p.paren!.start && p.paren!.start - m.end <= 3);
    for (const m of parent) push(m, 'trước ngoặc', true);
  }
  // "giải quyết 125 hồ sơ, trong đó đúng hạn 123 hồ sơ, đạt 98,4%": the amount before "trong đó" is the whole
  if (cue === 'share' || cue === 'ratio') {
    const text = p.block.text;
    for (const m of sameSentence(ctx)) {
      if (m.end > subject.m.start || m === subject.m) continue;
      if (/^[^0-9]{0,30}?(?:,|:|\s)\s*(?:trong đó|trong số đó|gồm|bao gồm)(?![\p{L}])/u.test(text.slice(m.end, subject.m.start))) push(m, 'cùng câu', true);
    }
  }
  // "đã thụ lý 30.777 vụ, tăng 2.029 vụ …; đã giải quyết 27.755 vụ, đạt tỉ lệ 90,1%": what was resolved is of what was taken in
  if (cue === 'ratio' && RESOLVED.test(subject.m.lead)) {
    // (a part's intake for a part, the whole's for the whole: "Trong đó, TAND tỉnh thụ lý 485 vụ" is not what "TAND 2 cấp đã giải quyết")
    const folded = index.folded.get(p.block.index) ?? '';
    const isPart = (m: Mention): boolean => /\btrong (?:do|so do)\b/.test(folded.slice(m.sentence.start, m.start));
    const intakes = blockList.filter((m) => m.end <= subject.m.start && m.family === family && !m.percent && !m.y && (m.sentence.start === p.sentence.start || m.sentence.end <= p.sentence.start) && INTAKE.test(m.lead) && isPart(m) === isPart(subject.m));
    // (of several, the one named as the subject is: "TAND tỉnh thụ lý 485 vụ" for "TAND tỉnh giải quyết 334 vụ")
    const named = (m: Mention): number => phraseOverlap(m.phrase.filter((w) => !VERBS.has(w)), subject.m.phrase.filter((w) => !VERBS.has(w)));
    const best = Math.max(0, ...intakes.map(named));
    const intake = intakes.length > 1 ? intakes.filter((m) => named(m) === best && best > 0).at(-1) : intakes[0];
    if (intake && intake.interval.lo >= subject.m.interval.lo) push(intake, intake.sentence.start === p.sentence.start ? 'cùng câu' : 'câu trước', true);
  }
  // "… 206.885 hồ sơ đã được giải quyết. Trong đó, 99.558 hồ sơ trước hạn đạt 48,2%": the sentence before holds the whole
  if ((cue === 'share' || cue === 'ratio') && /^\s*(?:trong đó|trong số đó|trong số này)\s*[,:]?/iu.test(p.block.text.slice(p.sentence.start, subject.m.start))) {
    const before = blockList.filter((m) => m.sentence.end <= p.sentence.start && m.family === family && !m.percent);
    // ("… là 56 người, ứng cử … để bầu ra 35 đại biểu. Trong đó nữ 33 người": of the sentence's figure counted as the part is)
    const last = before[before.length - 1];
    const sameUnit = last && last.unit !== subject.m.unit ? before.filter((m) => m.sentence.start === last.sentence.start && m.unit === subject.m.unit && m.value > last.value).at(-1) : undefined;
    const whole = sameUnit ?? last;
    // "… đã giải quyết 3.803 vụ án (đạt tỷ lệ 62,7%). Trong đó, TAND tỉnh giải quyết 334 vụ (69,8%)": a whole with its own rate has parts with theirs
    const ownRate = whole && blockList.some((m) => m.percent && m.start > whole.end && m.sentence.start === whole.sentence.start && m.start - whole.end < 30);
    // ("Riêng trong tháng 10 giải ngân 1.274 triệu đồng.": an aside is no whole, nor a figure smaller than the part)
    const aside = whole && /^\s*rieng\b/.test((index.folded.get(whole.block.index) ?? '').slice(whole.sentence.start, whole.start));
    if (whole && whole.sentence.end === p.sentence.start && !ownRate && !aside && whole.interval.hi >= subject.iv.lo) push(whole, 'câu trước', true);
  }
  // "… có 709 tổ chức cơ sở đảng. Qua đánh giá có 439 TCCSĐ … (chiếm 62,62%)": a share of the one amount the sentence before gives
  if (cue === 'share' && !blockList.some((m) => m.sentence.start === p.sentence.start && m.end <= subject.m.start && !m.percent && m.family === family)) {
    const prev = blockList.filter((m) => m.sentence.end <= p.sentence.start && m.sentence.end === p.sentence.start && !m.percent && m.family === family);
    if (prev.length === 1 && prev[0].interval.lo >= subject.m.interval.hi) push(prev[0], 'câu trước', true);
  }
  const hasRole = (m: Mention): boolean => roles.some((r) => m.roles.has(r));
  // "…, bằng 47,5% dự toán (5,87 tỷ đồng)": a plan in parentheses right after another percent is that percent's
  const ownedByOther = (m: Mention): boolean => Boolean(m.paren) && (index.byBlock.get(m.block.index) ?? []).some((q) => q.percent && q !== p && q.end <= m.paren!.start && m.paren!.start - q.end < 30);
  for (const m of sameSentence(ctx)) if (hasRole(m) && !ownedByOther(m)) push(m, 'cùng câu', true);
  const previousSentences = blockList.filter((m) => m.sentence.end <= p.sentence.start);
  // a base a sentence away names the same thing, unless the wording asks for a plan and the sentence before gives one
  // a base a sentence away must name the same thing, or be the one amount there with the role the percent names
  // ("Dự toán giao 980 triệu đồng. Thu … bằng 112% dự toán"); a plan that another percent owns is not it
  const owned = (m: Mention): boolean => Boolean(m.paren) && blockList.some((q) => q.percent && q.end <= m.paren!.start && m.paren!.start - q.end < 30);
  const named = /^\s*(?:so voi\s+)?(ke hoach|kh|du toan|chi tieu|cung ky)\b/.exec(p.tail)?.[1];
  const previous = previousSentences.filter((m) => hasRole(m) && m.family === family && !owned(m));
  for (const m of [...previous].reverse()) {
    // (of several plans, the one whose own sentence holds the result: "Kế hoạch kiên cố hóa 2 km …; … mới hoàn thành 1,35 km. Đạt 65,7% kế hoạch.")
    const sameWord = named !== undefined && m.lead.includes(named) && (previous.length === 1 || (subject.m.sentence.start === m.sentence.start && subject.m.start > m.end));
    // "… dự án được phê duyệt 84,6 tỷ đồng. Đến nay đã chi trả 68.420 triệu đồng, đạt 89,0%.": the one planned amount of the sentence just before
    // (and "…, đạt 78,8%, gồm: …": the list after the percent breaks down the result)
    const sole = cue === 'ratio' && /^\s*(?:[.;]|,\s*(?:gom|bao gom|trong do)\b|$)/.test(p.tail) && previous.length === 1 && m.roles.has('plan') && m.sentence.end === p.sentence.start && subject.m.sentence.start === p.sentence.start;
    // ("Quý II, trang thông tin điện tử của xã có 44.236 lượt truy cập. Quý III, … lượt truy cập đạt 52.460 lượt, tăng 16,8% so với quý trước")
    const previousSpan = /^\s*(?:so voi\s+)?(?:quy|thang|ky|nam) truoc\b/.test(p.tail) && m.roles.has('previous') && previous.length === 1 && phraseOverlap([...m.phrase, ...m.after], [...subject.m.phrase, ...subject.m.after]) >= 2;
    // ("Kinh phí bố trí … là 1,25 tỷ đồng, gồm …. Đến ngày 14/9/2026 đã sử dụng 846 triệu đồng, đạt 76,7% dự toán": the one plan before, in other words)
    const solePlan = named !== undefined && named !== 'cung ky' && previous.length === 1 && m.roles.has('plan') && subject.m.sentence.start === p.sentence.start;
    if (phraseOverlap(m.phrase, subject.m.phrase) >= 1 || sameWord || sole || previousSpan || solePlan) push(m, 'câu trước', true);
  }
  // "… 287,6 triệu đồng, đạt 88,9% dự toán, gồm: …. Dự toán giao đầu năm là 0,32 tỷ đồng.": the plan the next sentence opens on
  if (named && named !== 'cung ky') {
    const next = blockList.find((m) => m.sentence.start >= p.sentence.end)?.sentence;
    const folded = index.folded.get(p.block.index) ?? '';
    if (next && new RegExp(`^\\s*(?:tong\\s+)?${named}\\b`).test(folded.slice(next.start, next.end))) {
      const planned = blockList.filter((m) => m.sentence.start === next.start && hasRole(m) && m.family === family && !m.percent && !m.y);
      if (planned.length === 1) push(planned[0], 'câu sau', true);
    }
  }
  // "Theo kế hoạch điều phối …, nguồn vận động … dành cho xã là 2,6 tỷ đồng. Đến nay, xã đã tiếp nhận 2.460 triệu đồng, bằng 96,4% số được
  // điều phối": a percent of "số được <verb>" is of the amount the paragraph says was so, before its subject
  // (and of "<thing> theo <act>": "đạt 85,7% kinh phí theo nghiệm thu" is of "Sau nghiệm thu, tổng kinh phí hỗ trợ … là 1,312 tỷ đồng")
  const by = /^\s*(?:kinh phi|so tien|von|tong (?:kinh phi|so tien|von))\s+theo\s+([a-z]+ [a-z]+)\b/.exec(p.tail)?.[1];
  const verbed = /^\s*(?:so|tong so|muc)\s+(?:da\s+)?duoc\s+([a-z]+(?: [a-z]+)?)/.exec(p.tail)?.[1] ?? by;
  if (verbed) {
    const folded = index.folded.get(p.block.index) ?? '';
    // (the act in the amount's own words, not only earlier in its sentence: "Sau nghiệm thu, tổng kinh phí … là 1,312 tỷ đồng, gồm 616 triệu đồng …")
    const said = blockList.filter((m) => m.end <= subject.m.start && m !== subject.m && !m.percent && !m.y && m.family === family && new RegExp(`\\b${verbed}\\b`).test(by ? m.lead : folded.slice(m.sentence.start, m.start)));
    // (what was allotted is set, as a plan is: "2,6 tỷ đồng" is 2.600 triệu)
    // (the amount "theo nghiệm thu" names is the base, not the estimate before it)
    if (said.length === 1) {
      const before = out.length;
      push(said[0], said[0].sentence.start === p.sentence.start ? 'cùng câu' : 'câu trước', true, { lo: said[0].value, hi: said[0].value });
      if (by && out.length > before) out[out.length - 1].named = true;
    }
  }
  // a cited footnote holds many figures: only one that names the same thing is a base
  // (a footnote of an earlier date, "Đến ngày 31/12/2025, tổng dư nợ là …", is the base of a change, never of a share now)
  const now = cue === 'share' || cue === 'ratio' || cue === 'plan';
  for (const id of p.cites) for (const b of index.footnotes.get(id) ?? []) {
    if (now && earlierDate(index.folded.get(b.index) ?? '')) continue;
    for (const m of index.byBlock.get(b.index) ?? []) if (phraseOverlap(m.phrase, subject.m.phrase) >= 1) push(m, `chú thích ${id}`, hasRole(m));
  }
  // a footnote another sentence of the paragraph cites, of the same period's figures: only one that names the same thing in two words
  // ("Chứng thực chữ ký 436 việc, tăng 3,8% so với cùng kỳ" of "[^2]: 6 tháng đầu năm 2025: …, chứng thực chữ ký 402 việc")
  const citedNearby = new Set(blockList.flatMap((m) => m.cites).filter((id) => !p.cites.includes(id)));
  for (const id of citedNearby) for (const b of index.footnotes.get(id) ?? []) for (const m of index.byBlock.get(b.index) ?? []) if (hasRole(m) && phraseOverlap(m.phrase, subject.m.phrase) >= 2) push(m, `chú thích ${id}`, true);
  // a table row of the same indicator: "Lúa (ha) | 650 | 509 | 78,3"
  // (not a column of a later year: "Kế hoạch năm 2027" is no base of the year reported)
  const later = (m: Mention): boolean => {
    const year = yearOfHeader(m.tableHeader);
    return index.year !== undefined && year !== Infinity && year > Number(index.year);
  };
  if (!p.block.table) for (const m of tableBases(index)) if (hasRole(m) && !later(m) && phraseOverlap(m.phrase, subject.m.phrase) >= 1) push(m, `bảng, dòng ${m.block.table!.row + 1}`, phraseOverlap(m.phrase, subject.m.phrase) >= m.phrase.length);
  // a percent that opens its sentence ("… là 598 trẻ. … là 541 trẻ. Đạt 91,5%."): the one larger amount of the
  // subject's own unit said before it in the paragraph is what it is of
  if (opensWithPercent(p) && subject.m.sentence.start !== p.sentence.start) {
    // of the same unit word: "541 trẻ" is of "598 trẻ", whatever other people the paragraph counts
    const larger = blockList.filter((m) => m.end <= subject.m.start && !m.percent && !m.y && m.family === family && m.unit === subject.m.unit && m.interval.lo > subject.m.interval.hi && !m.roles.has('same') && !m.roles.has('previous'));
    if (larger.length === 1 && (family.startsWith('n:') || family === 'people')) push(larger[0], 'cùng đoạn', true);
  }
  // earlier paragraphs of the same section: only a base that names the same thing
  // (a footnote's earlier paragraphs are the body's it is cited in, up to the citing one: not the footnotes before it)
  const earlier: Mention[] = [];
  const citing = p.block.story === 'footnote' ? index.all.find((m) => m.block.story !== 'footnote' && p.block.footnoteId !== undefined && m.cites.includes(p.block.footnoteId))?.block.index : undefined;
  const last = citing ?? p.block.index - 1;
  const section = citing !== undefined ? (index.byBlock.get(citing) ?? [])[0]?.section : p.section;
  const story = citing !== undefined ? 'body' : p.block.story;
  for (let i = Math.max(0, last - 3); i <= last; i++) for (const m of index.byBlock.get(i) ?? []) if (m.section === section && m.block.story === story) earlier.push(m);
  // ("[^3]: Lũy kế 11 tháng … giải ngân 17.824 triệu đồng, bằng 71,9% kế hoạch vốn" of the citing section's one "Kế hoạch vốn … là 24,8 tỷ đồng")
  const plansNamed = earlier.filter((m) => m.roles.has('plan') && m.family === family && named !== undefined && m.lead.includes(named));
  // ("Kế hoạch vốn đầu tư công năm 2026 … là 18,5 tỷ đồng." a paragraph before "… giải ngân 14.060 triệu đồng, đạt 67,0% kế hoạch vốn";
  // "đề ra kế hoạch phấn đấu vận động 1,45 tỷ đồng" before "đạt 108,0% kế hoạch của phường": the one plan the percent's own words name)
  const qualifier = named === undefined || named === 'cung ky' ? [] : words(new RegExp(`^\\s*(?:so voi\\s+)?${named}((?: [a-z]+){0,3})`).exec(p.tail)?.[1] ?? '').filter((w) => !QUALIFIER_FILLER.has(w));
  const namesPlan = (m: Mention): boolean => qualifier.length > 0 && m.block !== p.block && m.roles.has('plan') && m.family === family && !m.percent && !m.y && m.lead.includes(named!) && qualifier.every((w) => ` ${m.lead} `.includes(` ${w} `));
  const plansQualified = plansNamed.filter(namesPlan);
  const citedPlan = citing !== undefined && plansNamed.length === 1 ? plansNamed[0] : plansQualified.length === 1 ? plansQualified[0] : undefined;
  for (const m of [...earlier].reverse()) {
    if (!(m.roles.has('plan') && roles.includes('plan') && !ownedByOther(m) && (phraseOverlap(m.phrase, subject.m.phrase) >= 1 || m === citedPlan))) continue;
    push(m, citing !== undefined ? 'đoạn dẫn chú thích' : 'đoạn trước', true);
    // "Dự toán … tỉnh giao 16 tỷ đồng, Hội đồng nhân dân xã giao 17,5 tỷ đồng": the other plans of its sentence are readings too
    for (const o of earlier) if (o !== m && o.block === m.block && o.sentence.start === m.sentence.start && o.family === m.family && !o.percent) push(o, 'đoạn trước', false);
    // and so are the plans of a footnote its sentence cites: "… cao hơn dự toán tỉnh giao[^1]" with "[^1]: … tỉnh giao cho xã là 16,9 tỷ đồng"
    const cited = new Set(earlier.filter((o) => o.block === m.block && o.sentence.start === m.sentence.start).flatMap((o) => o.cites));
    for (const id of cited) for (const b of index.footnotes.get(id) ?? []) for (const o of index.byBlock.get(b.index) ?? []) if (o.roles.has('plan') && !o.percent) push(o, `chú thích ${id}`, false);
  }
  // "đạt 26,4% kế hoạch gieo sạ" in the summary, of "Kế hoạch gieo sạ vụ Đông Xuân 2026 - 2027 là 2.500 ha" sections before: the one plan
  // anywhere before that the percent's words name, when nothing nearer is
  if (qualifier.length > 0 && roles.includes('plan') && !out.some((b) => b.strong)) {
    const far = index.all.filter((m) => m.id < p.id && m.block.story === 'body' && namesPlan(m));
    pushOnly(far);
  }
  // the summary's "năng suất bình quân 58,6 tạ/ha, tăng 4,2% so với vụ Mùa năm 2025" of the body's "so với vụ Mùa năm 2025 (57,2
  // tạ/ha)": the one figure before, of the same unit and indicator, that the words after "so với" name
  const againstText = cue === 'up' || cue === 'down' ? /^\s*so voi\s+((?:[a-z]+ ){1,4}\d{4})\b/.exec(p.tail)?.[1] ?? '' : '';
  const against = againstText.split(' ');
  if (againstText !== '' && !out.some((b) => b.strong)) {
    const far = index.all.filter((m) => m.id < subject.m.id && m.block.story === 'body' && m.block !== p.block && m.unit === subject.m.unit && m.roles.has('same') && !m.percent && !m.y && (phraseOverlap(m.phrase, subject.m.phrase) >= 1 || (subject.m.phrase.length >= 2 && subject.m.phrase.every((w) => ` ${(index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start)} `.includes(` ${w} `)))) && against.every((w) => ` ${m.lead.slice(-60)} `.includes(` ${w} `)));
    pushOnly(far);
  }
  // "bằng 45,9% diện tích gieo cấy của vụ" far from "Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha": the one area before whose words say it
  const areaNamed = cue === 'share' && family === 'area' ? /^\s*(?:tong )?dien tich ((?:[a-z]+ ?){1,3})/.exec(p.tail)?.[1] : undefined;
  const areaWords = words(areaNamed ?? '').filter((w) => !QUALIFIER_FILLER.has(w) && !['cua', 'vu', 'toan', 'xa'].includes(w));
  if (areaWords.length >= 2 && !out.some((b) => b.strong)) {
    const says = (m: Mention): boolean => /\bdien tich\b/.test(m.lead) && areaWords.every((w) => ` ${m.lead} `.includes(` ${w} `));
    const wholes = index.all.filter((m) => m.id < subject.m.id && m.block.story === 'body' && m.family === 'area' && !m.percent && !m.y && m.value > subject.m.value && !hasAnyRole(m, ['plan', 'same', 'previous', 'target']) && m.scope === subject.m.scope && says(m));
    pushOnly(wholes, true);
  }
  // "chiếm 1,3% số người cao tuổi" far from "Toàn xã có 5.236 người cao tuổi": the one whole the report states of what the share names
  if (cue === 'share' || cue === 'ratio' || cue === 'plan') {
    const named = /^\s*(?:so|tong so)\s+([a-z]+(?: [a-z]+){0,2})/.exec(p.tail)?.[1].split(' ') ?? [];
    // (all it says of them: "Toàn xã có 3.962 người cao tuổi tham gia phát triển kinh tế" is a part of them)
    const says = (m: Mention): boolean => named.length >= 2 && `${fold(m.unit).toLowerCase()} ${m.after.join(' ')}`.trim() === named.join(' ');
    // ("chiếm 8,2% dân số" of "Dân số toàn xã đến ngày 30/9/2026 là 18.642 người")
    const population = /^\s*dan so\b/.test(p.tail);
    // (or the place's people beside its households: "có 24 tổ dân phố với 9.415 hộ, 32.480 nhân khẩu")
    const ofPopulation = (m: Mention): boolean => population && m.family === 'people' &&
      (/^\s*dan so\b[^;]{0,50}\b(?:la|co)\s*:?\s*$/.test(m.lead) || (fold(m.unit).toLowerCase() === 'nhan khau' && /^\s*ho,?\s*$/.test(m.lead)));
    // ("chiếm 7,5% số căn xây mới" of "hỗ trợ xây mới 142 căn": the words before the figure name the kind, its unit the thing)
    const kind = named.length >= 3 && named[0] === fold(subject.m.unit).toLowerCase() ? named.slice(1).join(' ') : '';
    const namesKind = (m: Mention): boolean => kind !== '' && m.unit === subject.m.unit && m.after.length === 0 && m.roles.size === 0 && m.phrase.slice(-(named.length - 1)).join(' ') === kind;
    const candidates = index.all.filter((m) => m.block.index < p.block.index && !m.percent && !m.y && m.family === family && (m.unit === subject.m.unit || fold(subject.m.unit) === 'em' || ofPopulation(m)) && m.value > subject.m.value && m.scope === subject.m.scope);
    const stated = candidates.filter((m) => ofPopulation(m) || ((PLACE_WHOLE.test(m.lead) || m.roles.has('total') || /\b(?:voi|co|tong so)\s*$/.test(m.lead)) && says(m)));
    const wholes = stated.length > 0 ? stated : candidates.filter(namesKind);
    pushOnly(wholes, true);
  }
  return out;
}

/** A base whose scale word the rate denies: without it ("6.066 vụ", not "6.066 ngàn vụ") the rate agrees. */
function scaleSlip(ctx: Context, subject: Amount, base: Base): Finding | null {
  const b = base.m;
  if (!b.n.scaleWord || subject.m.n.scaleWord || b.y || !b.family.startsWith('n:')) return null;
  const bare = { lo: base.iv.lo / b.n.scale, hi: base.iv.hi / b.n.scale };
  const iv = expectedInterval(ctx.cue, subject.iv, bare);
  if (!iv || !agrees(ctx.p.n, iv)) return null;
  const unit = b.unit.split(' ').slice(1).join(' ') || b.unit;
  return {
    rule: 'unit-slip',
    severity: 'warning',
    kind: 'possible',
    message: `${ctx.p.n.text} là ${label(subject.m, subject.text)} trên ${b.n.numberText} ${unit}; viết “${b.n.text} ${unit}” là gấp ${formatVn(b.n.scale)} lần. Có lẽ thừa chữ “${b.n.scaleWord}”.`,
    text: b.n.text,
    location: { story: b.block.story, block: b.block.index, start: b.n.start, end: b.n.end },
    stated: `${b.n.text} ${unit}`,
    expected: `${b.n.numberText} ${unit}`,
    fix: b.n.numberText,
  };
}

function opensWithPercent(p: Mention): boolean {
  return /^\s*(?:(?:chỉ|mới)\s+)?(?:đạt|bằng|tương đương|tăng|giảm|vượt|chiếm)(?:\s+tỷ lệ)?\s*$/iu.test(p.block.text.slice(p.sentence.start, p.start));
}

/** Every amount of the sentence, the previous sentence and the cited footnotes: inputs of a plausible reading. */
function readingsNearby(ctx: Context): Amount[] {
  const { p, index } = ctx;
  const list = index.byBlock.get(p.block.index) ?? [];
  const prevSentence = list.filter((m) => m.sentence.end <= p.sentence.start).at(-1)?.sentence.start;
  const near = list.filter((m) => m.sentence.start === p.sentence.start || m.sentence.start === prevSentence);
  const cited = p.cites.flatMap((id) => (index.footnotes.get(id) ?? []).flatMap((b) => index.byBlock.get(b.index) ?? []));
  return [...near, ...cited].filter((m) => m !== p).flatMap(amountsOf);
}

const tableBaseCache = new WeakMap<MentionIndex, Mention[]>();

/** The table cells that carry a role (a "Kế hoạch" or "Cùng kỳ" column). */
function tableBases(index: MentionIndex): Mention[] {
  let list = tableBaseCache.get(index);
  if (!list) {
    list = index.all.filter((m) => m.block.table && m.roles.size > 0 && !m.percent);
    tableBaseCache.set(index, list);
  }
  return list;
}

interface SharePair {
  amount: Mention;
  share: Mention;
}

const pairCache = new WeakMap<MentionIndex, Map<number, SharePair[]>>();

/** "ĐB là phụ nữ 133 người (tỉ lệ 26,80%)": an amount and the share right after it. */
function sharePairs(index: MentionIndex, block: number): SharePair[] {
  let byBlock = pairCache.get(index);
  if (!byBlock) {
    byBlock = new Map();
    pairCache.set(index, byBlock);
  }
  let pairs = byBlock.get(block);
  if (!pairs) {
    const list = index.byBlock.get(block) ?? [];
    pairs = [];
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i];
      const s = list[i + 1];
      if (a.percent || a.y || a.family === '' || !s.percent || s.roles.has('target')) continue;
      if (s.start - a.end > 40 || !/(?:\(\s*|,\s*|\s)(?:ti le|ty le|chiem(?: ty le)?|bang|dat)\s*$|\(\s*$/.test(s.lead)) continue;
      pairs.push({ amount: a, share: s });
    }
    byBlock.set(block, pairs);
  }
  return pairs;
}

/**
 * The whole most shares of a paragraph are taken of ("Tổng số ĐBQH trúng cử là 496 người" … "phụ nữ
 * 133 người (tỉ lệ 26,80%)", "… 86 người (tỉ lệ 17,30%)"): when one amount explains three or more of
 * them and most of them, it is the base of the rest.
 */
function paragraphBase(index: MentionIndex, block: number, family: string): Base | undefined {
  const pairs = sharePairs(index, block).filter((p) => p.amount.family === family);
  if (pairs.length < 4) return undefined;
  const candidates: Mention[] = [];
  for (let i = Math.max(0, block - 3); i <= block; i++) for (const m of index.byBlock.get(i) ?? []) if (!m.percent && !m.y && m.family === family) candidates.push(m);
  let best: { m: Mention; n: number } | undefined;
  for (const c of candidates.slice(-40)) {
    const n = pairs.filter((p) => p.amount !== c && (() => { const iv = expectedInterval('ratio', p.amount.interval, c.interval); return iv !== null && agrees(p.share.n, iv); })()).length;
    if (!best || n > best.n) best = { m: c, n };
  }
  if (!best || best.n < 3 || best.n * 2 < pairs.length) return undefined;
  return { m: best.m, iv: best.m.interval, text: best.m.n.text, where: best.m.block.index === block ? 'cùng đoạn, là tổng của các tỷ lệ khác' : 'đoạn trước, là tổng của các tỷ lệ khác', strong: true };
}

/** The amounts of the sentence that are parts of one whole add up to it: "10 đ/c …, bằng 10,1%; 78 đồng chí …, đạt 78,8%; 11 đồng chí …". */
function siblingWhole(ctx: Context, subject: Amount): Amount[] {
  const parts = (ctx.index.byBlock.get(ctx.p.block.index) ?? []).filter(
    (m) => m.sentence.start === ctx.p.sentence.start && !m.percent && !m.y && m.family === subject.m.family && m.roles.size === 0,
  );
  if (parts.length < 2) return [];
  const iv = { lo: parts.reduce((s, m) => s + m.interval.lo, 0), hi: parts.reduce((s, m) => s + m.interval.hi, 0) };
  return [{ m: parts[0], iv, text: '' }];
}

/** The percent a change of `change` makes of the figure before it, when `now` is the figure after it. */
function changeInParens(cue: Cue, now: Interval, change: Interval): Interval | null {
  const before = cue === 'down' ? { lo: now.lo + change.lo, hi: now.hi + change.hi } : { lo: now.lo - change.hi, hi: now.hi - change.lo };
  if (before.lo <= 0) return null;
  return { lo: (change.lo / before.hi) * 100, hi: (change.hi / before.lo) * 100 };
}

function pct(value: number, decimals: number): string {
  return `${formatVn(roundHalfUp(value, decimals), { decimals })}%`;
}

const VERB: Record<Cue, string> = { excess: 'vượt', up: 'tăng', down: 'giảm', plan: 'đạt', share: 'chiếm', ratio: 'đạt', versus: 'bằng' };

/**
 * "Sáu tháng đã tổ chức 14 buổi với 1.260 lượt người tham dự, đạt 54,2% kế hoạch năm": a percent of plan whose last amount has
 * no plan is of the amount before it in its clause that has one.
 */
function plannedSubject(ctx: Context, subject: Amount): Amount {
  // (and a change against last year, "lũy kế 10 tháng thu gom 5.714 tấn[^2], bình quân 18,8 tấn/ngày, tăng 7,9% so với cùng kỳ năm 2025[^3]", of the amount its footnote gives last year's figure of)
  const ofPlan = PLAN_TAIL.test(ctx.p.tail);
  const ofLastYear = (ctx.cue === 'up' || ctx.cue === 'down') && CHANGE_TAIL.test(ctx.p.tail) && ctx.p.cites.length > 0;
  const role: Role | undefined = ofPlan ? 'plan' : ofLastYear ? 'same' : undefined;
  if (!role || basesOf(ctx, subject).some((b) => b.m.roles.has(role) || (role === 'same' && b.m.roles.has('previous')))) return subject;
  const earlier = sameSentence(ctx).filter((m) => m.end <= subject.m.start && m.start >= ctx.p.clause.start && !m.percent && !m.y && m.family !== '' && m.family !== subject.m.family && !hasAnyRole(m, OF_ANOTHER_KIND));
  for (const m of earlier.reverse()) {
    const other = { m, iv: m.interval, text: m.n.text };
    // (of a plan in the words around it: one in a table row may be of a figure the text got wrong)
    if (basesOf(ctx, other).some((b) => b.m.roles.has(role) && b.strong && b.m.block.story !== 'table')) return other;
  }
  return subject;
}

function explainOne(ctx: Context): Finding | null {
  const { p, cue } = ctx;
  const found = subjectOf(ctx);
  const subject = found && !found.m.y ? plannedSubject(ctx, found) : found;
  if (!subject || subject.m.roles.has('approximate')) return null;
  // "(năm 2017 đạt 90,4%)": a figure of another period, whose inputs the text does not give
  const otherPeriod = p.paren && /\b(?:khoa [ivxl]+|nam \d{4}|cung ky|nhiem ky truoc|thang truoc|ky truoc|nam truoc)\b/.test((ctx.index.folded.get(p.block.index) ?? '').slice(p.paren.start, p.paren.end));
  if (otherPeriod && subject.m.paren?.start !== p.paren?.start) return null;
  // in a list of plan results ("… cơ bản đạt kế hoạch đề ra: …; làng văn hóa 6/7 làng đạt 100%") a percent is of the plan
  if (subject.m.y && /dat(?: va vuot)? ke hoach[^.;:]{0,25}:/.test((ctx.index.folded.get(p.block.index) ?? '').slice(Math.max(0, subject.m.start - 400), subject.m.start))) return null;
  // the subject's own X/Y is a reading, and the strongest one; its Y is a plan or a whole, never the base of a change
  if (subject.m.y && subject.m.yInterval && cue !== 'up' && cue !== 'down' && cue !== 'versus') {
    // "123/159 xã, phường, thị trấn tỷ lệ cử tri đi bầu đạt 100%": a rate of its own inside each of the Y
    if (subject.m.block === p.block && /\bt[yi] le(?: [a-z]+){2,} (?:dat|la)\s*$/.test((ctx.index.folded.get(p.block.index) ?? '').slice(subject.m.end, p.start))) return null;
    const own = expectedInterval(cue, subject.m.interval, subject.m.yInterval);
    if (!own || agrees(p.n, own)) return null;
    return finding(ctx, { ...subject, iv: subject.m.interval }, { m: subject.m, iv: subject.m.yInterval, text: subject.m.y.numberText, where: subject.m.sentence.start === p.sentence.start ? 'cùng câu' : 'câu trước', strong: true });
  }
  const bases = basesOf(ctx, subject)
    .filter((b) => (cue !== 'up' && cue !== 'down' && cue !== 'versus') || b.m.roles.has('same') || b.m.roles.has('previous') || b.where === 'trong ngoặc')
    // "giảm 0,95% (-59 ha)": the sign says the direction again; the change is 59 ha
    .map((b) => (cue === 'down' && b.where === 'trong ngoặc' && b.m.n.negative ? { ...b, iv: { lo: -b.iv.hi, hi: -b.iv.lo }, text: b.text.replace(/^[-−]/, '') } : b));
  // the whole of a paragraph's shares is no plan, and counts one span of time
  const consensus = otherPeriod || cue === 'up' || cue === 'down' || cue === 'excess' || cue === 'plan' || cue === 'versus' ? undefined : paragraphBase(ctx.index, p.block.index, subject.m.family);
  if (consensus && consensus.m !== subject.m && consensus.m.scope === subject.m.scope) bases.push(consensus);
  if (bases.length === 0) return null;
  // any reading of any subject of the sentence over any amount nearby explains the percent
  const subjects = [subject, ...sameSentence(ctx).filter((m) => m.end <= p.start).flatMap(amountsOf)];
  // (a share that names its whole is read over that whole only: "số người cao tuổi" is not the 4.702 hội viên nearby)
  const named = bases.filter((b) => b.named);
  // (a base read as set, "số được điều phối", is not read again as measured)
  const seen = new Set<string>();
  const nearby = (named.length > 0 ? named : [...bases, ...readingsNearby(ctx), ...siblingWhole(ctx, subject)]).filter((b) => {
    const key = `${b.m.id}:${b.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // "đạt 121,5% kế hoạch (kế hoạch 4 tỷ đồng), tăng 21,5% so với năm 2024": a change against a period with its base at hand is not the plan's excess
  const againstPeriod = (cue === 'up' || cue === 'down') && CHANGE_TAIL.test(p.tail) && bases.some((b) => b.strong && (b.m.roles.has('same') || b.m.roles.has('previous')));
  // "tăng 57 hộ so với cuối quý II (1.191 hộ), tăng 4,8% so với cùng kỳ năm 2025": a change against last year is not one against the quarter before
  const againstSame = (cue === 'up' || cue === 'down') && /^\s*(?:so voi|so)\s+(?:cung ky|nam truoc|cung thoi ky|nam \d{4})\b/.test(p.tail);
  const ofSpanBefore = (m: Mention): boolean => m.roles.has('previous') && !m.roles.has('same') && m.block.story !== 'footnote';
  // (the plan of a paragraph before counts too: "đề ra kế hoạch phấn đấu vận động 1,45 tỷ đồng")
  const thisYearsPlan = [...nearby, ...bases].some((b) => b.m.roles.has('plan') && !b.m.roles.has('same') && !b.m.roles.has('previous') && b.m.block.story === 'body');
  // "đạt 101,4% dự toán Hội đồng nhân dân xã giao" is not explained by the plan the province gave
  const saidBefore = (m: Mention): string => (ctx.index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start);
  const askedGiver = giversOf(/^[^.;,()]{0,60}/.exec(p.tail.replace(/\s+va\s.*$/, ''))?.[0] ?? '');
  const otherGiver = (b: Mention): boolean => {
    if (askedGiver.size === 0 || !b.roles.has('plan')) return false;
    const own = giversOf(saidBefore(b).slice(-60));
    return own.size > 0 && ![...own].some((g) => askedGiver.has(g));
  };
  for (const s of subjects) {
    for (const b of nearby) {
      if (b.m.family !== s.m.family || (b.m === s.m && b.text !== '')) continue;
      if (otherGiver(b.m)) continue;
      // ("đạt 121,2% chỉ tiêu" is not of "[^1]: … cả năm 2025 kết nạp 52 đảng viên": last year's result is no target)
      if (cue === 'plan' && /^\s*(?:chi tieu|ke hoach|kh|muc tieu|du toan)\b/.test(p.tail) && b.m.block.story === 'footnote' && (b.m.roles.has('same') || b.m.roles.has('previous')) && !b.m.roles.has('plan') && !b.m.roles.has('target')) continue;
      if (againstPeriod && b.m.roles.has('plan')) continue;
      if (againstSame && ofSpanBefore(b.m)) continue;
      // ("[^3]: … Cả năm 2025 thu 287,3 triệu đồng (kế hoạch 340 triệu đồng)": last year's plan is no plan of this year's result)
      // (when this year's plan is at hand too)
      if (cue === 'plan' && thisYearsPlan && b.m.block.story === 'footnote' && b.m.roles.has('plan') && (b.m.roles.has('same') || b.m.roles.has('previous')) && !s.m.roles.has('same') && !s.m.roles.has('previous')) continue;
      const iv = expectedInterval(cue, s.iv, b.iv);
      if (iv && agrees(p.n, iv)) return null;
      if (ofTheChange(p, s, b)) return null;
      // "giảm 0,04% (151 tấn)": the amount in parentheses may be the change itself, of the figure before it
      const change = 'where' in b && b.where === 'trong ngoặc' && (cue === 'up' || cue === 'down') ? changeInParens(cue, s.iv, b.iv) : null;
      if (change && agrees(p.n, change)) return null;
    }
  }
  // ("187,42 triệu đồng, bằng 28,57% tổng số thu" and a footnote's "187.420 nghìn đồng": the subject said again is not its base)
  const restatesSubject = (b: Base): boolean => b.m !== subject.m && overlaps(b.iv, subject.iv) && Math.abs(p.n.value - 100) > 1;
  const found1 = named[0] ?? bases.find((b) => b.strong && !restatesSubject(b) && (!otherPeriod || b.m.paren?.start === p.paren?.start) && !(againstSame && ofSpanBefore(b.m)));
  if (!found1) return null;
  // "đạt 114,1% dự toán tỉnh giao" is told against the plan whose own words say "tỉnh giao", when the text gives it
  const qualifier = /^\s*(?:so voi\s+)?(?:ke hoach|kh|du toan|chi tieu)\s+([a-z]+ [a-z]+)\b/.exec(p.tail)?.[1];
  const told = qualifier && !saidBefore(found1.m).includes(qualifier) ? bases.find((b) => b.m.family === subject.m.family && b.m.roles.has('plan') && saidBefore(b.m).includes(qualifier)) : undefined;
  const strong = told ?? found1;
  // a share or a ratio above 100% of a "total" is not what the text means
  const iv = expectedInterval(cue, subject.iv, strong.iv);
  if (!iv) return null;
  // "đã thụ lý 6.066 ngàn vụ … giải quyết 3.803 vụ án (đạt tỷ lệ 62,7%)": the rate holds without the scale word, which is the slip
  const slip = scaleSlip(ctx, subject, strong);
  if (slip) return slip;
  if (cue === 'share' && iv.lo > 100) return null;
  // "giảm 0,4% (151 tấn)": an amount in parentheses far below the figure is its change, not its base
  if ((cue === 'up' || cue === 'down') && strong.where === 'trong ngoặc' && strong.iv.hi < subject.iv.lo / 2) return changeFinding(ctx, subject, strong);
  return finding(ctx, subject, strong);
}

/**
 * "tổng kế hoạch vốn … là 40.950 triệu đồng, tăng 390 triệu đồng, tương ứng tăng 0,96% so với kế hoạch giao đầu năm": a
 * percent of a change said as an amount is that amount over the figure before the change, the new figure less (or plus) it.
 */
function ofTheChange(p: Mention, s: Amount, b: Amount): boolean {
  const up = /\btang(?: them| len)?\s*$/.test(s.m.lead);
  if (!up && !/\bgiam(?: di| xuong)?\s*$/.test(s.m.lead)) return false;
  if (b.m.sentence.start !== s.m.sentence.start || b.m.block !== s.m.block || b.m.end > s.m.start || s.m.block !== p.block || s.m.end > p.start) return false;
  // (the percent says the same change again, right after it: "tăng 57 hộ so với cuối quý II (1.191 hộ), tăng 4,8% so với cùng kỳ" is another)
  if (/\bso (?:voi|cung)\b|[;(]/.test(fold(p.block.text.slice(s.m.end, p.start)).toLowerCase())) return false;
  const before: Interval = up ? { lo: b.iv.lo - s.iv.hi, hi: b.iv.hi - s.iv.lo } : { lo: b.iv.lo + s.iv.lo, hi: b.iv.hi + s.iv.hi };
  if (before.lo <= 0) return false;
  return agrees(p.n, { lo: (s.iv.lo / before.hi) * 100, hi: (s.iv.hi / before.lo) * 100 });
}

/** Who gave a plan, in the words before it or after a percent's "dự toán": the province, the district, the council. */
function giversOf(text: string): Set<string> {
  return new Set([...text.matchAll(/\b(tinh|huyen|hoi dong nhan dan|hdnd|trung uong)\b/g)].map((m) => (m[1] === 'hdnd' ? 'hoi dong nhan dan' : m[1])));
}

function changeFinding(ctx: Context, subject: Amount, change: Base): Finding | null {
  const { p, cue } = ctx;
  const now = (subject.iv.lo + subject.iv.hi) / 2;
  const by = (change.iv.lo + change.iv.hi) / 2;
  const before = cue === 'down' ? now + by : now - by;
  if (before <= 0) return null;
  const value = (by / before) * 100;
  const d = p.n.decimals;
  const expected = pct(value, d);
  const kind = slipKind(p.n, value);
  const f: Finding = {
    rule: 'percent-base',
    severity: 'error',
    kind,
    message: `${cue === 'down' ? 'Giảm' : 'Tăng'} ${label(change.m, change.text)} (trong ngoặc): từ ${formatVn(before / (subject.m.value / (subject.m.n.scaleWord ? subject.m.n.mantissa : subject.m.n.value) || 1), { decimals: subject.m.n.decimals })} ${cue === 'down' ? 'xuống' : 'lên'} ${label(subject.m, subject.text)} là ${VERB[cue]} ${formatVn(value, { decimals: Math.min(d + 2, 4) })}%; làm tròn là ${expected}, không phải ${p.n.text}.`,
    ...atNumber(p),
    expected,
    fix: expected,
  };
  return f;
}

function finding(ctx: Context, subject: Amount, base: Base): Finding | null {
  const { p, cue } = ctx;
  const a = (subject.iv.lo + subject.iv.hi) / 2;
  const b = (base.iv.lo + base.iv.hi) / 2;
  if (b <= 0) return null;
  const ratio = (a / b) * 100;
  const value = cue === 'excess' || cue === 'up' ? ratio - 100 : cue === 'down' ? 100 - ratio : ratio;
  if (cue === 'excess' && ratio < 100) return null; // "vượt" with a result under plan: the ratio rule's wording case
  const d = p.n.decimals;
  if ((cue === 'up' || cue === 'down') && value < 0) {
    // "tăng 9%" where the figure fell: the direction is wrong
    const opposite = cue === 'up' ? 'giảm' : 'tăng';
    const near = base.where === 'trong ngoặc' || base.where === 'cùng câu';
    return {
      rule: 'percent-base',
      severity: near ? 'error' : 'warning',
      kind: near ? 'certain' : 'possible',
      message: `${label(subject.m, subject.text)} so với kỳ so sánh ${label(base.m, base.text)} (${base.where}) là ${opposite} ${formatVn(-value, { decimals: Math.min(d + 2, 4) })}%, không phải ${VERB[cue]} ${p.n.text}.`,
      text: p.n.text,
      location: { story: p.block.story, block: p.block.index, start: p.n.start, end: p.n.end },
      stated: `${VERB[cue]} ${p.n.text}`,
      expected: `${opposite} ${pct(-value, d)}`,
    };
  }
  const expected = pct(value, d);
  const near = base.where === 'trong ngoặc' || base.where === 'cùng câu' || base.where === 'trước ngoặc';
  const kind = near ? slipKind(p.n, value) : 'possible';
  const baseRole = cue === 'up' || cue === 'down' || cue === 'versus' ? 'kỳ so sánh' : base.m.roles.has('plan') ? 'kế hoạch' : 'tổng';
  const message = `${label(subject.m, subject.text)} so với ${baseRole} ${label(base.m, base.text)} (${base.where}) là ${VERB[cue]} ${formatVn(value, { decimals: Math.min(d + 2, 4) })}%; làm tròn là ${expected}, không phải ${p.n.text}.`;
  const f: Finding = {
    rule: 'percent-base',
    severity: near ? 'error' : 'warning',
    kind,
    message,
    text: p.n.text,
    location: { story: p.block.story, block: p.block.index, start: p.n.start, end: p.n.end },
    stated: p.n.text,
    expected,
  };
  if (kind !== 'possible') f.fix = expected;
  return f;
}

/** What is done with what was taken in: "giải quyết", "xét xử", "xử lý"; and the taking in: "thụ lý", "tiếp nhận". */
const RESOLVED = /\b(?:giai quyet|xet xu|xu ly|giai quyet xong)(?: duoc| xong)?\s*$/;
const VERBS = new Set(['giai', 'quyet', 'xet', 'xu', 'ly', 'thu', 'tiep', 'nhan', 'duoc', 'xong', 'da']);
const INTAKE = /\b(?:thu ly|tiep nhan|nhan duoc)(?: moi| giai quyet)?\s*$/;

/** A figure compared with another period: "bằng 94,5% cùng kỳ", "tăng 3% so cùng kỳ" (the verb before it is the caller's). */
const AGAINST_PERIOD = '\\s+\\d[\\d.,]*\\s*%?\\s*(?:so voi\\s+|so\\s+)?(?:cung ky|nam truoc|ky truoc|thang truoc|quy truoc)\\b';
const COMPARED = new RegExp(`\\b(?:bang|dat)${AGAINST_PERIOD}`);
/** Comparisons by a change too: beside them a bare "bằng P%" (not "đạt P%", a rate) compares as well. */
const COMPARED_ANY = new RegExp(`\\b(?:bang|dat|tang|giam)${AGAINST_PERIOD}`);

/**
 * "… gieo cấy 1366,6 nghìn ha, bằng 94,5% cùng kỳ năm trước. Trong đó phía Bắc … bằng 99,4 cùng kỳ năm
 * trước; phía Nam gieo cấy 223,9 nghìn ha, bằng 92,6%.": a bare "bằng P%" in a sentence that compares
 * with another period (or that breaks down one which does) says the same comparison.
 */
export function comparesLikeBefore(index: MentionIndex, p: Mention): boolean {
  if (!/^\s*(?:[;.,]|$)/.test(p.tail)) return false;
  const folded = index.folded.get(p.block.index) ?? '';
  const bare = /\bbang\s*$/.test(p.lead);
  const compared = bare ? COMPARED_ANY : COMPARED;
  if (compared.test(folded.slice(p.sentence.start, p.start))) return true;
  // (a list of places, each "bằng P%" or "tăng P%", that says "so cùng kỳ" once, at its end, compares them all; "đạt P%" there is a rate)
  if (bare && COMPARED_ANY.test(folded.slice(p.sentence.start, p.sentence.end))) return true;
  if (!/^\s*(?:trong do|trong so do)\b/.test(folded.slice(p.sentence.start, p.start))) return false;
  const list = index.byBlock.get(p.block.index) ?? [];
  const prev = list.filter((m) => m.sentence.end <= p.sentence.start).at(-1);
  return prev !== undefined && compared.test(folded.slice(prev.sentence.start, prev.sentence.end));
}

const OF_PLAN = /\b(?:bang|dat)\s+\d[\d.,]*\s*%\s*(?:so voi\s+)?(?:ke hoach|kh|du toan|chi tieu)\b/;

/**
 * "vốn đầu tư phát triển giải ngân 8.746 triệu đồng, đạt 76,9% kế hoạch vốn đầu tư …; vốn sự nghiệp giải ngân
 * 5.351 triệu đồng, đạt 73,4%": a bare "đạt P%" after a rate of plan in its sentence is of the plan too.
 */
export function planLikeBefore(index: MentionIndex, p: Mention): boolean {
  if (!/^\s*(?:[;.,]|$)/.test(p.tail) || !/\b(?:dat|bang)\s*$/.test(p.lead)) return false;
  return OF_PLAN.test((index.folded.get(p.block.index) ?? '').slice(p.sentence.start, p.start));
}

export function checkPercentBases(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const p of index.all) {
    if (!p.percent || p.roles.has('target')) continue;
    const said = cueOf(p);
    if (!said) continue;
    // "giảm 1.308 vụ = 14,4%", "tăng 27.345 triệu đồng (10,5%)": the rate of the change before it, relative-change's to judge
    if (/(?:=|\()\s*$/.test(p.lead) && /\b(?:tang|giam)(?: them| di)?\s*$/.test((index.byBlock.get(p.block.index) ?? []).filter((m) => m.end <= p.start).at(-1)?.lead ?? '')) continue;
    const cue = said === 'ratio' && comparesLikeBefore(index, p) ? 'versus' : said === 'ratio' && planLikeBefore(index, p) ? 'plan' : said;
    const f = explainOne({ index, p, cue });
    if (f) out.push(f);
  }
  return out;
}

/** Whether a stated percent agrees with an X/Y of its sentence read the way its wording says. */
export function explainedByRatio(index: MentionIndex, p: Mention): boolean {
  const cue = cueOf(p) ?? 'ratio';
  const list = index.byBlock.get(p.block.index) ?? [];
  // an X/Y written out is what the drafter computed from: its figures are exact
  const exact = (v: number): Interval => ({ lo: v, hi: v });
  return list.some((m) => m.y && m.yInterval && m.sentence.start === p.sentence.start && (() => {
    const iv = expectedInterval(cue === 'plan' || cue === 'share' ? 'ratio' : cue, exact(m.n.scaleWord ? m.n.mantissa : m.n.value), exact(m.y.value));
    return iv !== null && agrees(p.n, iv);
  })());
}

/** "tăng 67 vụ, việc so với cùng kỳ đã giải quyết và xét xử 118 vụ": a verb after the period's name opens a clause of this period's. */
const ACTS_AFTER_ROLE = /\b(?:cung ky|nam truoc|thang truoc|ky truoc|quy truoc)\s+(?:da|duoc|dang)\b/;

/**
 * A change written as an amount: "có 221 đơn …, so với cùng kỳ năm trước giảm 198 đơn (6 tháng đầu
 * năm 2019 có 491 đơn)": the current amount less the base must be the change, in its direction.
 */
export function checkCountChanges(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const d of index.all) {
    if (d.percent || d.y || d.family === '') continue;
    const dir = /\b(tang|giam)(?: them| di)?\s*$/.exec(d.lead)?.[1];
    if (!dir) continue;
    const list = index.byBlock.get(d.block.index) ?? [];
    if (!/\bso voi\b|\bso\s+(?:cung ky|nam truoc|thang truoc)/.test(`${d.lead} ${d.tail}`)) {
      // "so với năm 2025[^4] giảm 02 vụ, giảm 01 người chết, tăng 01 người bị thương": each change of the run is against the footnote
      const run = (index.folded.get(d.block.index) ?? '').slice(d.sentence.start, d.start);
      if (d.cites.length === 0 || !/\bso voi (?:nam \d{4}|cung ky|nam truoc)\b[^;]*$/.test(run)) continue;
      const fromNote = footnoteBase(index, d, list);
      if (fromNote) {
        const f = countChangeFinding(d, dir, fromNote.current, fromNote.base);
        if (f) out.push(f);
      }
      continue;
    }
    const sentence = list.filter((m) => m.sentence.start === d.sentence.start && m !== d && !m.percent && !m.y && m.family === d.family);
    const parenAfter = /^[^()0-9]{0,20}\(/.exec(d.block.text.slice(d.end, d.end + 22));
    const open = parenAfter ? d.end + parenAfter[0].length - 1 : -1;
    // "ít hơn cùng kỳ 1.637 con" is a difference too, not the base
    const isChange = (m: Mention): boolean => /\b(?:(?:tang|giam)(?: them| di)?|(?:it|nhieu|cao|thap) hon(?: cung ky| nam truoc| thang truoc| ky truoc)?)\s*$/.test(m.lead);
    // the change names what it is against: "giảm 689 con so với đầu năm" is not against the same period's figure of its sentence
    const against = /^\D{0,30}?\bso voi\s+(cung ky|nam truoc|thang truoc|ky truoc|quy truoc)?/.exec(d.tail);
    const role = !against ? undefined : against[1] === undefined ? 'none' : /cung ky|nam truoc/.test(against[1]) ? 'same' : 'previous';
    const base = sentence.find((m) => m.paren?.start === open && !isChange(m))
      ?? (role === 'none' ? undefined : sentence.find((m) => (role ? m.roles.has(role) : m.roles.has('same') || m.roles.has('previous')) && !isChange(m) && !ACTS_AFTER_ROLE.test(m.lead)));
    if (!base) continue;
    const currents = sentence.filter((m) => m.end <= d.start && m !== base && !m.paren && !m.roles.has('same') && !m.roles.has('previous') && !/\b(?:tang|giam)(?: them| di)?\s*$/.test(m.lead));
    const current = currents[currents.length - 1];
    if (!current) continue;
    // any current amount of the sentence that gives the change explains it
    const signed = dir === 'tang' ? d.interval : { lo: -d.interval.hi, hi: -d.interval.lo };
    const gives = (c: Mention, b: Mention): boolean => c.interval.hi - b.interval.lo >= signed.lo - 1e-9 && c.interval.lo - b.interval.hi <= signed.hi + 1e-9;
    if (currents.some((c) => gives(c, base))) continue;
    // "số hồ sơ mới tăng 17 hồ sơ so với quý trước[^2]" with "[^2]: Quý II … tiếp nhận mới 119 hồ sơ": the footnote it cites holds the base
    const noted = d.cites.flatMap((id) => index.footnotes.get(id) ?? []).flatMap((b) => index.byBlock.get(b.index) ?? []).filter((m) => m.family === d.family && !m.percent && !m.y);
    if (noted.some((b) => sentence.some((c) => c.end <= d.start && gives(c, b)))) continue;
    const f = countChangeFinding(d, dir, current, base);
    if (f) out.push(f);
  }
  return out;
}

/** The finding for a change that the current and the earlier figure do not give. */
function countChangeFinding(d: Mention, dir: string, current: Mention, base: Mention): Finding | null {
  const diff = current.value - base.value;
  const signed = dir === 'tang' ? d.interval : { lo: -d.interval.hi, hi: -d.interval.lo };
  if (current.interval.hi - base.interval.lo >= signed.lo - 1e-9 && current.interval.lo - base.interval.hi <= signed.hi + 1e-9) return null;
  const scale = d.value / (d.n.scaleWord ? d.n.mantissa : d.n.value) || 1;
  const expectedDir = diff < 0 ? 'giảm' : 'tăng';
  const expected = formatVn(Math.abs(diff) / scale, { decimals: Math.max(current.n.decimals, base.n.decimals), leadingZero: d.n.leadingZero });
  return {
    rule: 'change',
    severity: 'error',
    kind: 'certain',
    message: `${label(current, current.n.text)} so với ${label(base, base.n.text)}${base.block.story === 'footnote' ? ` (chú thích ${base.block.footnoteId ?? ''})` : ''} là ${expectedDir} ${expected}, không phải ${dir === 'tang' ? 'tăng' : 'giảm'} ${d.n.text}.`,
    text: d.n.text,
    location: { story: d.block.story, block: d.block.index, start: d.n.start, end: d.n.end },
    stated: `${dir === 'tang' ? 'tăng' : 'giảm'} ${d.n.text}`,
    expected: `${expectedDir} ${expected}`,
    ...(expectedDir === (dir === 'tang' ? 'tăng' : 'giảm') ? { fix: expected } : {}),
  };
}

/**
 * "Xảy ra 05 vụ …, làm chết 03 người, bị thương 04 người; so với năm 2025[^4] giảm 02 vụ, giảm 01 người chết, tăng 01 người
 * bị thương" with "[^4]: Năm 2025 xảy ra 07 vụ …, làm chết 04 người, bị thương 05 người": each change is against the one
 * figure of last year in the footnote it cites that counts the same thing in the same unit, from the one of its own sentence.
 */
function footnoteBase(index: MentionIndex, d: Mention, list: readonly Mention[]): { base: Mention; current: Mention } | undefined {
  const said = (m: Mention): Set<string> => new Set([...m.phrase, ...m.after]);
  const what = d.after.filter((w) => w.length >= 2);
  const isChange = (m: Mention): boolean => /\b(?:tang|giam)(?: them| di)?\s*$/.test(m.lead);
  const counts = (m: Mention): boolean => !m.percent && !m.y && m.unit === d.unit && !isChange(m) && what.every((w) => said(m).has(w));
  const currents = list.filter((m) => m.sentence.start === d.sentence.start && m.end <= d.start && !m.paren && counts(m) && !m.roles.has('same') && !m.roles.has('previous'));
  const note = d.cites.flatMap((id) => index.footnotes.get(id) ?? []).flatMap((b) => index.byBlock.get(b.index) ?? []).filter((m) => counts(m) && (m.roles.has('same') || m.roles.has('previous')));
  // (what the change names must tell the figures apart, and the two be of one size)
  if (currents.length !== 1 || note.length !== 1 || !(note[0].value > 0) || Math.abs(Math.log10(currents[0].value / note[0].value)) >= 1) return undefined;
  return { base: note[0], current: currents[0] };
}
