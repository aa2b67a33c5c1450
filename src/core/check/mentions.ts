/**
 * The mention model every relation rule shares: each number of the report with its unit family, its
 * precision interval in base units, the role words that lead to it (kế hoạch, cùng kỳ, lũy kế,
 * tổng số…), the indicator phrase it describes, and its place (block, sentence, clause, parentheses,
 * the footnotes its sentence cites, its table row and column). Built once per check, in one pass.
 */
import type { DocumentText, TextBlock } from '../document/text';
import { periodOfDocument } from '../document/period';
import { fold } from '../text/fold';
import type { VnNumber } from '../number';
import { type Interval, intervalOf } from './precision';
import { type BlockClaims, clauseBounds, type Quantity, type Ratio } from './quantities';
import { headingOf } from './headings';
import { subjectsByBlock } from './subjects';
import { unitFamily } from './units';

export type Role = 'plan' | 'same' | 'previous' | 'cumulative' | 'since' | 'total' | 'remaining' | 'target' | 'equivalent' | 'approximate';

export interface Span {
  start: number;
  end: number;
}

export interface Mention {
  /** Position in document order. */
  id: number;
  block: TextBlock;
  /** The number as written (for an X/Y, its X). */
  n: VnNumber;
  /** For "X/Y": the denominator, on the same unit. */
  y?: VnNumber;
  unit: string;
  family: string;
  /** The value in the family's base unit, and the interval its written precision allows. */
  value: number;
  interval: Interval;
  /** For "X/Y": the interval of Y in base units. */
  yInterval?: Interval;
  percent: boolean;
  start: number;
  end: number;
  sentence: Span;
  clause: Span;
  /** The innermost parentheses around the number, if any. */
  paren?: Span;
  /** Folded text from the previous number (or the clause start) up to this number. */
  lead: string;
  /** Folded text after the number (its unit included) up to the next number or the clause end, at most 60 characters. */
  tail: string;
  roles: Set<Role>;
  /** Folded content words before the number in its clause: what the number is about. */
  phrase: string[];
  /** Footnote ids cited in the number's sentence. */
  cites: string[];
  /** Index of the heading block the mention sits under (-1: none). */
  section: number;
  /**
   * The span of time the figure counts: the year to date ("lũy kế", "tính chung 11 tháng", "6 tháng
   * đầu năm"), the report's own period ("trong tháng", or nothing said), or another period (cùng kỳ,
   * tháng trước). From the nearest marker before it in its sentence, else the marker that opens its
   * paragraph.
   */
  scope: Scope;
  /** Which other span, when the scope is 'other': the words that said it ("quy iii", "6 thang dau nam"), or the role ("same", "previous"). */
  span: string;
  /** A table cell's column header, folded ('' outside tables). */
  tableHeader: string;
  /** A table cell's row label, folded ('' outside tables): "dot 2" of "| Đợt 2 | 14/6/2026 | 128 |". */
  rowLabel: string;
  /** Folded content words right after the number and its unit, up to the next comma or number: "HĐND cấp xã" of "30 đại biểu HĐND cấp xã". */
  after: string[];
}

export type Scope = 'todate' | 'period' | 'other';

export interface MentionIndex {
  all: Mention[];
  byBlock: Map<number, Mention[]>;
  /** Blocks of each footnote, by id. */
  footnotes: Map<string, TextBlock[]>;
  /** The footnotes each block cites, with where in its text. */
  cites: Map<number, { id: string; offset: number }[]>;
  blocks: TextBlock[];
  /** Each block's text folded (same length when the text is precomposed). */
  folded: Map<number, string>;
  /** The named unit each block speaks of, where one is named (subjects.ts). */
  subjects: Map<number, string>;
  /** The months of the year the report covers ([5, 5] for May, [1, 9] for nine months), when its title says. */
  months?: readonly [number, number];
  /** The school year the report is of ([2026, 2027]), when its title names one. */
  schoolYear?: readonly [number, number];
  /** The year the report is of ("2026"), from its title or else the date it is signed. */
  year?: string;
  /** The report covers its span from the start (a year, "6 tháng đầu năm", "9 tháng", a school year): its own figures are its figures to date. */
  fromStart: boolean;
}

const STOP = new Set(
  'dat duoc voi la co va cac trong da bang tren cua cho tai theo xa thi nay do den nhung mot so cong chiem vuot tang giam hien nam thang ky cung truoc sau ngay toi dang gom bao vao ra len xuong con khoang gan hon lan nguoi kh uoc tuy nhien'.split(' '),
);

const ROLE_PATTERNS: ReadonlyArray<readonly [Role, RegExp]> = [
  ['plan', /\b(?:ke hoach|kh|chi tieu|du toan|muc tieu|nghi quyet)\b|\b(?:duoc|tinh|huyen|xa|tren|cap tren) giao\b|\bduoc phe duyet\s*(?:la\s*)?$/],
  ['same', /\b(?:cung ky|nam truoc|nam hoc truoc|nam \d{4}(?!\s*-\s*\d)|nam hoc \d{4}\s*-\s*\d{4})\b/],
  ['previous', /\b(?:thang truoc|ky truoc|quy truoc|het thang \d{1,2})\b/],
  ['since', /\btu ngay \d/],
  ['equivalent', /\b(?:tuong duong|tuong ung|tuc la|tuc)\s*(?:voi\s*)?$/],
  ['cumulative', /\b(?:luy ke|tu dau nam|ca nam)\b/],
  ['total', /\b(?:tong so|tong cong|tong|tren tong|trong tong)\b/],
  ['remaining', /\bcon(?: lai)?\s*$/],
];

const PLACES = 'xa|phuong|thi tran|huyen|tinh';
/** "Toàn xã có 2.239 hộ": the whole of its kind, a total every share nearby may be of. */
const WHOLE_LEAD = new RegExp(`\\btoan (?:${PLACES}) (?:hien )?co\\s*$`);
/**
 * What a place or an organisation says it has, in wider words ("toàn Hội hiện có …", "toàn xã có 232 người
 * đi làm việc ở nước ngoài"): a whole that a share or a list of classes may name, though not every share
 * nearby is of it ("toàn Đảng bộ có 128 đồng chí" beside the shares of a smaller group).
 */
export const PLACE_WHOLE = new RegExp(`\\btoan (?:${PLACES}|thanh pho|hoi|dang bo)(?: [a-z]+){0,2} (?:co|hien co)\\s*$`);

/** The year a table column's folded header dates it to ("31/12/2025", "Năm 2026"); Infinity when it names none. */
export function yearOfHeader(folded: string): number {
  const m = /\b\d{1,2}\/\d{1,2}\/(\d{4})\b|\bnam (\d{4})\b/.exec(folded);
  return m ? Number(m[1] ?? m[2]) : Infinity;
}

/** Where a figure stands, in the words a finding gives the user: "chú thích 2", "bảng, dòng 3", "đoạn 12". */
export function where(m: Mention): string {
  if (m.block.story === 'footnote') return `chú thích ${m.block.footnoteId ?? ''}`.trim();
  if (m.block.table) return `bảng, dòng ${m.block.table.row + 1}`;
  return `đoạn ${m.block.index + 1}`;
}

/** Whether the figure carries any of these roles. */
export function hasAnyRole(m: Pick<Mention, 'roles'>, roles: readonly Role[]): boolean {
  return roles.some((r) => m.roles.has(r));
}

/** A percent that states a goal, a threshold or a scoring rule, not a result: "(chỉ tiêu tối thiểu 25%)". */
const TARGET_LEAD = /(?:chi tieu|muc tieu|phan dau|toi thieu|toi da|it nhat|khong duoi|khong qua|khong vuot qua|tren|duoi|yeu cau|neu dat|neu|quy dinh|theo quy dinh|tu|den|dat chuan|dinh muc|\bde|\bnham)\s*(?:la|dat)?\s*$|\b(?:chi tieu|muc tieu)(?: (?!va\b)[a-z]+){1,4}\s+(?:la|dat|:)\s*$/;

// with the words each marker needs, so that a stretch holding none of them is not searched
const SCOPE_MARKERS: ReadonlyArray<readonly [Scope, RegExp, readonly string[]]> = [
  ['todate', /\b(?:luy ke|tu dau nam|tinh chung(?: \d+ thang| ca nam| ca ky)?|tinh den nay|(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi mot) thang dau nam|ca nam)\b/g, ['luy ke', 'tu dau nam', 'tinh chung', 'tinh den nay', 'thang dau nam', 'ca nam']],
  ['period', /\b(?:trong thang|thang nay|trong ky|ky nay|rieng thang(?: \d{1,2})?)\b/g, ['trong thang', 'thang nay', 'trong ky', 'ky nay', 'rieng thang']],
];

/** The month of the year the report's span ends in (5 for May, 9 for quarter III or "9 tháng", 12 for a year), from its title; 0 when unknown. */
let reportEndMonth = 0;
/** The report's own span is shorter than its year to date (a month, a quarter; not "6 tháng", not a year). */
let reportShorterThanYtd = false;
/** The report's quarter (3 for "QUÝ III"), 0 when it is no quarter's report. */
let reportQuarter = 0;
let reportYearText = '0000';
const MONTH_WORDS: Record<string, number> = { hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, 'muoi mot': 11 };

interface ScopeMarker { scope: Scope; at: number; end: number; span: string }

/** Every scope marker of a folded stretch of text, in the order they are looked for. */
function scopeMarkers(folded: string): ScopeMarker[] {
  const out: ScopeMarker[] = [];
  for (const [scope, re, needs] of SCOPE_MARKERS) {
    if (!needs.some((w) => folded.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      // "6 tháng đầu năm" (or "Sáu tháng đầu năm") in a report of quarter III or of nine months is an earlier span, not its year to date
      const months = /^([a-z0-9]+(?: mot)?) thang dau nam/.exec(m[0]);
      const count = months ? (MONTH_WORDS[months[1]] ?? Number(months[1])) : 0;
      const s: Scope = scope === 'todate' && months && count < reportEndMonth ? 'other' : scope;
      out.push({ scope: s, at: m.index, end: m.index + m[0].length, span: m[0].trim() });
    }
  }
  // "Quý I/2026 thu …" in a six-month report: a quarter other than the report's own is another span
  const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  const quarter = /\bquy (i{1,3}|iv)\b(?:\s*(?:nam\s*|\/\s*)(\d{4}))?/g;
  if (folded.includes('quy ')) for (let m = quarter.exec(folded); m; m = quarter.exec(folded)) {
    // "tăng 3,4 điểm phần trăm so với quý IV/2024 (66,8%)": a comparison names its own figure, not the span of the text after it
    if (/\b(?:so voi|hon|voi)\s*$/.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
    const s: Scope = ROMAN[m[1]] === reportQuarter && (!m[2] || m[2] === reportYearText) ? 'period' : 'other';
    out.push({ scope: s, at: m.index, end: m.index + m[0].length, span: m[0].trim() });
  }
  // "Tháng 1-2020, … 22 xã mới. Tháng 2-2020, … 2 xã mới": one month named of a longer span (or one of several
  // months named in a row when the span is not known) is a span of its own; "từ tháng 1/2026", "so với tháng 4/2026" are not
  if (folded.includes('thang ')) {
    const named = [...folded.matchAll(/\bthang (\d{1,2})\s*[-/]\s*\d{4}\b/g)].filter((m) => !/\b(?:tu|den|toi|het|so voi|hon|voi|sang)\s*$/.test(folded.slice(Math.max(0, m.index - 10), m.index)));
    const distinct = new Set(named.map((m) => m[1])).size;
    for (const m of named) {
      const month = Number(m[1]);
      const own = reportEndMonth > 0 ? reportStartMonth === reportEndMonth && month === reportEndMonth : distinct < 2;
      if (!own) out.push({ scope: 'other', at: m.index, end: m.index + m[0].length, span: m[0] });
    }
  }
  // "6 tháng cuối năm tiếp nhận 3 quân nhân": the second half is another span than the year's
  const lastHalf = /\b(\d+|hai|ba|bon|nam|sau|bay|tam|chin) thang cuoi nam\b/g;
  if (folded.includes('thang cuoi nam')) for (let m = lastHalf.exec(folded); m; m = lastHalf.exec(folded)) out.push({ scope: 'other', at: m.index, end: m.index + m[0].length, span: m[0] });
  // "8 tháng kết nạp 29 đảng viên" in the report of August: as many months as the year has had is the year to date
  if (reportEndMonth >= 2 && reportShorterThanYtd && folded.includes(' thang')) {
    // (in words too: "Chín tháng năm 2026, phường cấp 358 giấy phép")
    const word = Object.keys(MONTH_WORDS).find((w) => MONTH_WORDS[w] === reportEndMonth);
    const span = new RegExp(`(?:^|[^0-9,.])(${reportEndMonth}${word ? `|${word}` : ''}) thang\\b(?! (?:truoc|toi|qua|nua|tiep|cuoi)\\b| ?\\d)`, 'g');
    for (let m = span.exec(folded); m; m = span.exec(folded)) {
      const at = m.index + m[0].indexOf(m[1]);
      out.push({ scope: 'todate', at, end: m.index + m[0].length, span: m[0].trim() });
    }
  }
  return out;
}

/** The last of the markers that lie wholly in [from, to); the first found wins a tie. */
function lastMarkerIn(markers: readonly ScopeMarker[], from: number, to: number): { scope: Scope; at: number; span: string } | undefined {
  let best: ScopeMarker | undefined;
  for (const m of markers) if (m.at >= from && m.end <= to && (!best || m.at > best.at)) best = m;
  return best && { scope: best.scope, at: best.at - from, span: best.span };
}

/** The first month of the report's span and its year, for dates before it; 0 when unknown. */
let reportStartMonth = 0;

/** A footnote that opens on a date before the report's span: "Đến ngày 31/12/2025: …", "Tính đến hết ngày 31/12/2024, …". */
function beforeReport(folded: string, anywhere = false): boolean {
  // ("Từ ngày 01/7/2025 đến ngày 30/11/2025, …": a span that ends before it)
  const m = (anywhere ? /\bden(?: het)? ngay (\d{1,2})\/(\d{1,2})\/(\d{4})\b/ : /^\s*(?:tinh )?(?:tu ngay \d{1,2}\/\d{1,2}\/\d{4},? )?den(?: het)? ngay (\d{1,2})\/(\d{1,2})\/(\d{4})\b/).exec(folded);
  if (!m || reportStartMonth === 0) return false;
  const year = Number(m[3]);
  const reportYear = Number(reportYearText);
  return year < reportYear || (year === reportYear && Number(m[2]) < reportStartMonth);
}

/** A date "đến (hết) ngày d/m/yyyy" in the text before the last month the report covers: "[^2]: Lũy kế … đến ngày 30/9/2026" in a report to December. */
export function earlierDate(folded: string): boolean {
  // ("[^3]: Tại thời điểm 0 giờ ngày 01/4/2019, xã có 2.987 hộ", "[^2]: Năm 2025, …": a count of an earlier year)
  const at = /^\s*(?:tai )?thoi diem [^.;:]{0,20}?ngay \d{1,2}\/\d{1,2}\/(\d{4})\b|^\s*(?:trong )?nam (\d{4})\b/.exec(folded);
  if (at && Number(at[1] ?? at[2]) < Number(reportYearText)) return true;
  // ("[^7]: Tổng vốn góp … đến ngày 31/12/2025 là 2.651 triệu đồng": of an earlier year even under a report that names no months)
  const until = /\bden (?:het )?ngay \d{1,2}\/(\d{1,2})\/(\d{4})\b/.exec(folded);
  if (until && Number(until[2]) < Number(reportYearText)) return true;
  // ("[^5]: Từ đầu nhiệm kỳ 2024-2029 đến hết năm 2025 (hai xã cũ): Ban TTND đã kiến nghị 41 nội dung": up to an earlier year's end)
  const yearEnd = /\bden (?:het|cuoi) nam (\d{4})\b/.exec(folded);
  if (yearEnd && Number(yearEnd[1]) < Number(reportYearText)) return true;
  if (reportEndMonth === 0) return false;
  // a footnote that opens on fewer months than the report's: "Lũy kế 8 tháng năm 2026: …" under the report of September
  const opening = /^\s*(?:luy ke |tinh den het )?(\d{1,2}) thang (?:dau )?nam (\d{4})\b/.exec(folded);
  if (opening && Number(opening[1]) < reportEndMonth && opening[2] === reportYearText) return true;
  // (or after the report it quotes: "Theo Báo cáo số 41/BC-BATGT ngày 16/9/2026 …, lũy kế 9 tháng năm 2026: …")
  // ("…, 9 tháng năm 2026 tổ chức 114 buổi" in the report of the year)
  const quoted = /^[^.:]{0,160}?(?:\bluy ke |, )(\d{1,2}) thang (?:dau )?nam (\d{4})\b/.exec(folded);
  if (quoted && Number(quoted[1]) < reportEndMonth && quoted[2] === reportYearText) return true;
  return until !== null && until[2] === reportYearText && Number(until[1]) < reportEndMonth;
}

/** "[^2]: Học kỳ I năm học 2025 - 2026: … 179 học sinh ở bán trú" under the report of 2026 - 2027: the same indicator a year before. */
export function earlierSchoolYear(index: MentionIndex, block: TextBlock): boolean {
  const note = /^\s*(?:[a-z ]{0,20}?)nam hoc (\d{4})\s*-\s*(\d{4})\b/.exec(index.folded.get(block.index) ?? '');
  return note !== null && index.schoolYear !== undefined && Number(note[2]) <= index.schoolYear[0];
}

/** The date a stretch runs up to, "đến 30/6/2026", "đến hết ngày 31/10/2026": its month and year. */
export function untilDate(folded: string): { month: number; year: string } | undefined {
  const at = /\bden (?:het )?(?:ngay )?\d{1,2}\/(\d{1,2})\/(\d{4})\b/.exec(folded);
  return at ? { month: Number(at[1]), year: at[2] } : undefined;
}

/** "[^3]: Cuộc bầu cử … nhiệm kỳ 2021–2026 …" in a report of 2026: a note of the term before this year's. */
export function earlierTerm(index: MentionIndex, block: TextBlock): boolean {
  const term = /\bnhiem ky (\d{4})\s*[-–]\s*(\d{4})\b/.exec(index.folded.get(block.index) ?? '');
  return term !== null && index.year !== undefined && Number(term[1]) < Number(index.year) && Number(term[2]) <= Number(index.year);
}

/** The numbered names a stretch of folded text gives ("don vi bau cu" → "4"). */
export function numberedNames(folded: string): Map<string, string> {
  return new Map([...folded.matchAll(NUMBERED_NAME)].map((n) => [n[1], n[2]]));
}

/** Two stretches that name the same kind of numbered unit with two numbers ("Đơn vị bầu cử số 4", "… số 6"). */
export function otherNumberedNames(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  for (const [name, n] of b) if (a.has(name) && a.get(name) !== n) return true;
  return false;
}

/** "Tổ dân phố 9", "Thôn 5", "Dự án 2", "Đơn vị bầu cử số 4": a name that carries a number, and the number. */
export const NUMBERED_NAME = /\b(du an|tieu du an|noi dung|chuong trinh|to dan pho|khu pho|don vi bau cu|khu vuc bo phieu|thon|khu|to|doi|xom|ap|ban|khoi|lop|cum|nhom|hang|loai|muc)\s+(?:so\s+)?(\d{1,2})\b(?![.,]\d)/g;

const QUARTERS = ['', 'i', 'ii', 'iii', 'iv'];

/** "quy ii" or "quy ii/2026" in the report of quarter III of 2026: the quarter just before the report's own. */
function isQuarterBefore(span: string): boolean {
  const m = /^quy (i{1,3}|iv)(?:\s*(?:nam\s*|\/\s*)(\d{4}))?$/.exec(span);
  return !!m && reportQuarter > 1 && QUARTERS.indexOf(m[1]) === reportQuarter - 1 && (!m[2] || m[2] === reportYearText);
}

/** The last scope marker in a folded stretch of text, with its offset. */
function lastScope(folded: string): { scope: Scope; at: number; span: string } | undefined {
  return lastMarkerIn(scopeMarkers(folded), 0, folded.length);
}

function monthsOf(period: ReturnType<typeof periodOfDocument>): readonly [number, number] | undefined {
  const end = endMonthOf(period);
  if (!period || end === 0) return undefined;
  if (/^\d{4}$/.test(period.period) || period.cumulative) return [1, end];
  if (/-Q\d$/.test(period.period)) return [end - 2, end];
  return [end, end];
}

function endMonthOf(period: ReturnType<typeof periodOfDocument>): number {
  if (!period) return 0;
  if (/^\d{4}$/.test(period.period)) return 12;
  const q = /-Q(\d)$/.exec(period.period);
  if (q) return 3 * Number(q[1]);
  const m = /-(\d{2})$/.exec(period.period);
  return m ? Number(m[1]) : 0;
}

/** The span of time a stretch of folded text speaks of: its last scope marker, else the report's period. */
export function scopeOfText(folded: string): Scope {
  return lastScope(folded)?.scope ?? 'period';
}

function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const endsHere = (c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/.test(text[i + 1])) && !(c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
    if (endsHere) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function parenSpans(text: string): Span[] {
  const out: Span[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') stack.push(i);
    else if (text[i] === ')' && stack.length) out.push({ start: stack.pop()!, end: i + 1 });
  }
  // "(Hà Giang 5 người chết …; Lai Châu 15 người chết …. Đến nay, …": a parenthesis never closed runs to the end of its sentence
  for (const start of stack) {
    const stop = /\.(?:\s|$)/.exec(text.slice(start));
    out.push({ start, end: stop ? start + stop.index : text.length });
  }
  return out;
}

/** The words of a folded stretch of text: two letters or more, no number. */
export function words(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length >= 2 && !/^\d/.test(w));
}

/** Role and unit words say how a number is given, not what it is about. */
const NOT_PHRASE = /\b(?:duy tri|giu vung|con cao|con thap|con cham|dat thap|rat cao|qua cao|qua thap|luy ke|tinh chung|thang dau nam|dau nam|trong thang|ke hoach|cung ky|du toan|chi tieu|tu dau nam|so voi|ty le|ti le|thuc hien|trieu dong|ty dong|nghin dong|trieu|ty|nghin|dong|ha|tan|ta|kg)\b/g;

export function contentWords(folded: string): string[] {
  return words(folded.replace(NOT_PHRASE, ' ')).filter((w) => !STOP.has(w));
}

function phraseOf(folded: string): string[] {
  return contentWords(folded).slice(-5);
}

/**
 * What the number is about: a table row's label; for "X% số …" the words after it ("92,1% số tổ chức
 * cơ sở đảng hoàn thành tốt nhiệm vụ"); the words since the previous number; the words after it when
 * nothing is said before ("…; 9,1% hoàn thành nhiệm vụ"); else the words before it in its clause, over
 * an X/Y it follows ("lúa đạt 509/650 ha, bằng 78,3%").
 */
function phraseFor(label: string, lead: string, before: () => string, tail: string, percent: boolean): string[] {
  if (label) return phraseOf(label.replace(/\([^)]*\)/g, ' '));
  const rest = tail.replace(/^\s*(?:%|[\p{L}]+\/[\p{L}]+)?/u, '');
  // the words after the number, found only when a reading asks for them: most numbers name their subject before
  const after = (): string[] => contentWords(rest.split(/[,;(]| va | trong do | trong so /)[0]).slice(0, 8);
  if (percent && /^\s*(?:so|cua|trong tong so)\s/.test(rest)) {
    const words = after();
    if (words.length >= 2) return words;
  }
  // a list colon ends what came before: "Một số chỉ tiêu đạt thấp: Lúa đạt 78,4%" is about lúa
  // (not the colon after a date: "Quỹ Hội đến ngày 31/12/2024: 1.100 triệu đồng" is about the fund)
  const colon = lead.lastIndexOf(':');
  // (nor the colon after a span: "[^3]: Tổng chi ngân sách xã 9 tháng năm 2025: 14.520 triệu đồng")
  const spanColon = colon >= 0 && /\S\s+(?:(?:\d{1,2} thang(?: dau)?|quy [ivx]+) )?nam \d{4}\s*$/.test(lead.slice(0, colon));
  const own = phraseOf(colon >= 0 && (spanColon || /\d{1,2}\/\d{1,2}\/\d{4}\s*$/.test(lead.slice(0, colon))) ? lead.slice(0, colon).replace(/\b(?:den|tinh den)(?: het)? ngay [\d/]+\s*$/, ' ') : lead.slice(colon + 1));
  if (own.length > 0) return own;
  // "…; 9,1% hoàn thành nhiệm vụ" names its subject after it; "chiếm 52,6% tổng thu …" names its whole there
  if (/^[\s,;:(]*(?:(?:trong do|trong so do)\s*,?\s*)?(?:co|la|dat|con)?\s*$/.test(lead)) {
    const words = after();
    if (words.length >= 2) return words;
  }
  return phraseOf(before());
}

/** Words that count things without naming them. */
const CLASSIFIER = /^(?:chiec|cai)$/;

/** Words that "tái" (folded as "tại") makes one word with: "tái nghèo", "tái phạm", "tái định cư". */
export const TAI_COMPOUNDS = 'ngheo|pham|nghien|dien|phat|vi pham|lan chiem|dinh cu';
const NAME_ENDS = new RegExp(`[,;(.:]| va | trong do | trong so | voi | cua | cho | tai (?!nan |canh |che |(?:${TAI_COMPOUNDS})\\b)| theo | de | nham | bang | dat | chiem | tang | giam |\\d`);

function wordsAfterUnit(tail: string, unit: string): string[] {
  const u = fold(unit).toLowerCase();
  const rest = tail.replace(/^\s*/, '');
  const afterUnit = u && rest.startsWith(u) ? rest.slice(u.length) : rest.replace(/^%/, '');
  // what names the count ends where a preposition or a verb of the clause starts: "47 doanh nghiệp thành lập mới | với tổng vốn …"
  // ("06 vụ tai nạn giao thông", "11,3 ha tái canh", "2 hộ tái nghèo": folded, an accident, a replanting and a relapse read as "tại")
  return contentWords(afterUnit.split(NAME_ENDS)[0]).slice(0, 4);
}

/** Every content word of the sentence before the number, from its start (at most 200 characters back). */
/** What one unit of the written number is worth in the family's base unit: 10⁹ for "17,7 tỷ đồng", 10⁴ for "3 ha". */
export function unitFactor(m: Mention): number {
  return m.value / (m.n.scaleWord ? m.n.mantissa : m.n.value) || 1;
}

/**
 * The side a bounding word leaves open, from the folded words before a figure: "hơn 74.886 tấn", "trên 7,2 tỷ"
 * are at least the figure; "gần 5,3 tỷ", "ngót 90%" at most; "khoảng", "xấp xỉ" either side; undefined when none.
 */
export function boundOf(lead: string): 'at-least' | 'at-most' | 'about' | undefined {
  if (/\b(?:tren|hon)\s*$/.test(lead)) return 'at-least';
  if (/\b(?:gan|ngot|gan nhu)\s*$/.test(lead)) return 'at-most';
  if (/\b(?:khoang|xap xi|uoc khoang)\s*$/.test(lead)) return 'about';
  return undefined;
}

const sentenceWordsOf = new WeakMap<Mention, string[]>();

export function sentenceWords(m: Mention): string[] {
  let known = sentenceWordsOf.get(m);
  if (!known) sentenceWordsOf.set(m, (known = contentWords(fold(m.block.text.slice(Math.max(m.sentence.start, m.start - 200), m.start)))));
  return known;
}

/**
 * The words a percent names its whole by when they are no plan, total or connective: "sản lượng thu hoạch" of
 * "bằng khoảng 1,2% sản lượng thu hoạch" (its first three words), none for "kế hoạch", "tổng số hộ", "so với …".
 */
export function wholeWordsAfter(percent: Mention): string[] {
  return /^\s*%?\s*(?!(?:so voi|ke hoach|kh|du toan|chi tieu|cung ky|tong so|tong|so|trong|cua|voi|va|hoac|la|thi|nen|do|duoc|con|tuong|tang|giam|dat|bang|vuot|chiem|nhung|o|tai|theo|tren|duoi|cho|tu|den|sau|truoc|khi|nay|ve|moi|cac|nhu|hon)\b)([a-z]+ [a-z]+(?: [a-z]+)?)/.exec(percent.tail)?.[1]?.split(' ') ?? [];
}

/** Whether an amount is written with all these words: in its phrase, the words after it, its unit or its sentence before it. */
export function writtenWith(m: Mention, named: readonly string[]): boolean {
  const unit = fold(m.unit).split(' ');
  const sentence = sentenceWords(m);
  return named.every((w) => m.phrase.includes(w) || m.after.includes(w) || unit.includes(w) || sentence.includes(w));
}

/** Every content word of the clause before the number: a wider net than its phrase, for evidence that is already strong. */
export function clauseWords(m: Mention): string[] {
  return contentWords(fold(m.block.text.slice(Math.max(m.clause.start, m.start - 160), m.start)));
}

interface Raw {
  n: VnNumber;
  y?: VnNumber;
  unit: string;
  start: number;
  end: number;
}

function rawOf(claims: BlockClaims): Raw[] {
  const list: Raw[] = [
    ...claims.quantities.map((q: Quantity): Raw => ({ n: q.n, unit: q.unit, start: q.n.start, end: q.n.end })),
    ...claims.ratios.map((r: Ratio): Raw => ({ n: r.x, y: r.y, unit: r.unit, start: r.start, end: r.end })),
  ];
  return list.sort((a, b) => a.start - b.start);
}

/** Words that follow a number without being its unit: "662 trong tổng số 686 tổ chức", "2.171, lũy kế …". */
const NOT_A_UNIT = new Set(['trong', 'va', 'la', 'cua', 'so', 'voi', 'den', 'tu', 'thi', 'nhung', 'duoc', 'da', 'tang', 'giam', 'chiem', 'dat', 'bang', 'vuot', 'tren', 'hoac', 'cung', 'con', 'nam', 'thang']);
/** Nouns that count things and can stand before their number: "hồ sơ tồn kỳ trước chuyển sang là 2.171", "hội viên nòng cốt 50.730". */
const COUNT_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['ho so', 'hồ sơ'], ['hoi vien', 'hội viên'], ['doan vien', 'đoàn viên'], ['dang vien', 'đảng viên'], ['hoc sinh', 'học sinh'],
  ['lao dong', 'lao động'], ['nguoi', 'người'], ['ho', 'hộ'], ['tre', 'trẻ'], ['ca', 'ca'], ['vu', 'vụ'], ['luot', 'lượt'],
];
/** A number after these words is a label, not a count: "mức độ 3", "khóa XIII", "thôn 4". */
const LABEL_BEFORE = /\b(?:muc do|muc|so|loai|khoa|cap|nhom|to|khu|lan|thu|dieu|khoan|giai doan|doan|tuyen|quoc lo|thon|xom|ban|phuong an|ky|dot|lop|khoi)\s*$/;

/**
 * The unit of a number that has none after it: the unit of the total it is "trong tổng số" of, else a
 * counting noun that opens the words before it.
 */
function inferredUnit(raw: Raw, text: string, claims: BlockClaims, lead: string): string {
  const after = fold(raw.unit);
  if (raw.unit !== '' && !NOT_A_UNIT.has(after)) return raw.unit;
  const next = claims.quantities.find((q) => q.n.start > raw.end);
  if (next && /^\s*trong (?:tong )?so\s*$/.test(fold(text.slice(raw.end, next.n.start)))) return next.unit;
  // "86 đoàn viên, hội viên (Hội Nông dân 24": a noun outside the parentheses counts what is before them
  const open = lead.lastIndexOf('(');
  const own = open >= 0 && !lead.includes(')', open) ? lead.slice(open + 1) : lead;
  const words = own.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (LABEL_BEFORE.test(words)) return raw.unit;
  const noun = COUNT_NOUNS.find(([f]) => words === f || words.startsWith(`${f} `));
  if (noun) return noun[1];
  // "Tổng số người trong độ tuổi lao động có việc làm: 2787": a label that says what it counts before its colon
  const label = /\b(?:tong so|so) ([a-z]+(?: [a-z]+)?)[^:;.]{0,70}:\s*$/.exec(lead);
  const counted = label ? COUNT_NOUNS.find(([f]) => label[1] === f || label[1].startsWith(`${f} `)) : undefined;
  return counted && raw.n.decimals === 0 ? counted[1] : raw.unit;
}

/** Units written as an abbreviation the report defines: "709 tổ chức cơ sở đảng (TCCSĐ)" makes "439 TCCSĐ" count tổ chức. */
function abbreviations(claims: readonly BlockClaims[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of claims) {
    for (const q of c.quantities) {
      const m = /^[\p{L} ]{2,60}?\(([\p{Lu}Đ]{2,10})\)/u.exec(c.block.text.slice(q.n.end, q.n.end + 72));
      // "5,65 ngàn hồ sơ (HS)": HS stands for hồ sơ, not for thousands of them
      if (m && q.unit) out.set(m[1].toLowerCase(), q.n.scaleWord ? q.unit.split(' ').slice(1).join(' ') : q.unit);
    }
  }
  return out;
}

/**
 * Abbreviations the report defines, by their folded letters, with the folded words they stand for:
 * "tổ chức cơ sở đảng (TCCSĐ)" makes "tccsd" mean "to chuc co so dang", so "604 TCCSĐ hoàn thành tốt
 * nhiệm vụ" and "92,1% số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ" name the same thing.
 */
function expansions(blocks: readonly TextBlock[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of blocks) {
    for (const m of b.text.matchAll(/\(([\p{Lu}Đ]{2,8})\)/gu)) {
      const letters = fold(m[1]).toLowerCase();
      const before = fold(b.text.slice(Math.max(0, (m.index ?? 0) - 80), m.index)).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
      const words = before.slice(-letters.length);
      if (words.length === letters.length && words.every((w, i) => w[0] === letters[i])) out.set(letters, words.join(' '));
    }
  }
  return out;
}

/** Writes each abbreviation of the table out in full, a whole word at a time ("kh" in "kh-ct" too, not in "khu"). */
function expander(table: ReadonlyMap<string, string>): (folded: string) => string {
  if (table.size === 0) return (folded) => folded;
  // one pass over the abbreviations themselves, not a lookup per word: most stretches hold none
  const re = new RegExp(`(^|[^a-z])(${[...table.keys()].join('|')})(?![a-z])`, 'g');
  return (folded) => folded.replace(re, (_, before: string, w: string) => before + (table.get(w) ?? w));
}

/**
 * The unit a table's caption gives all its cells: "Kết quả thu ngân sách 6 tháng theo nội dung thu (đơn vị: triệu đồng):",
 * "ĐVT: triệu đồng", in the paragraph just before the table.
 */
export function captionUnits(blocks: readonly TextBlock[]): Map<string, string> {
  const out = new Map<string, string>();
  let before: TextBlock | undefined;
  for (const b of blocks) {
    if (!b.table) {
      before = b;
      continue;
    }
    const key = tableKey(b);
    if (out.has(key)) continue;
    const said = before ? /(?:đơn vị(?: tính)?|đvt)\s*:\s*([\p{L}\s]{1,20}?)\s*\)?\s*[:.]?\s*$/iu.exec(before.text.trim()) : null;
    out.set(key, said ? said[1].trim() : '');
  }
  return out;
}

export function tableKey(b: TextBlock): string {
  return `${b.story}|${b.footnoteId ?? ''}|${b.table?.table ?? ''}`;
}

/**
 * The cell that names a row for the cell at `before`: the first one with words, left of it. A "TT" column
 * of row numbers comes first in many reports' tables ("| 4 | Xác nhận tình trạng hôn nhân | 274 |").
 */
export function rowLabel(row: ReadonlyMap<number, TextBlock>, before: number): TextBlock | undefined {
  for (let i = 0; i < before; i++) {
    const b = row.get(i);
    if (b && /\p{L}/u.test(b.text)) return b;
  }
  return undefined;
}

/** Table cells by table, row and cell: a cell's number takes its row label and column header. */
export function tableCells(blocks: readonly TextBlock[]): Map<string, Map<number, Map<number, TextBlock>>> {
  const out = new Map<string, Map<number, Map<number, TextBlock>>>();
  for (const b of blocks) {
    if (!b.table) continue;
    const key = tableKey(b);
    const rows = out.get(key) ?? new Map<number, Map<number, TextBlock>>();
    const row = rows.get(b.table.row) ?? new Map<number, TextBlock>();
    if (!row.has(b.table.cell)) row.set(b.table.cell, b);
    rows.set(b.table.row, row);
    out.set(key, rows);
  }
  return out;
}

/** "Phương hướng, nhiệm vụ …", "Nhiệm vụ trọng tâm tháng 11", "Kế hoạch năm 2026": the part of a report that sets aims. */
const PLAN_HEADING = /^(?:(?:phan thu [a-z]+|phan [ivxl]+|[ivxl]+|[a-h]|\d+)[.)]?\s*[-:]?\s*)?(?:phuong huong|nhiem vu(?: trong tam| chu yeu)? (?:thang|quy|nam|\d+ thang|cong tac|hoc ky)|nhiem vu,? (?:va )?giai phap|nhiem vu trong tam\s*$|ke hoach (?:thang|quy|nam|\d+ thang|hoc ky))\b/;

export function buildMentions(doc: DocumentText, claims: readonly BlockClaims[]): MentionIndex {
  const all: Mention[] = [];
  const byBlock = new Map<number, Mention[]>();
  const footnotes = new Map<string, TextBlock[]>();
  const citesByBlock = new Map<number, { id: string; offset: number }[]>();
  for (const r of doc.footnoteRefs ?? []) citesByBlock.set(r.block, [...(citesByBlock.get(r.block) ?? []), { id: r.id, offset: r.offset }]);
  const tables = tableCells(claims.map((c) => c.block));
  const foldedBlocks = new Map<number, string>();
  const aliases = abbreviations(claims);
  const expand = expander(expansions(claims.map((c) => c.block)));
  // "6 tháng đầu năm 2026" in a 2026 report is this year, not the same period of another
  const reportPeriod = periodOfDocument(doc);
  // (a report whose title names no period, "Tình hình thiệt hại do bão số 6", is of the year it is signed in)
  const reportYear = reportPeriod?.period.slice(0, 4) ?? signedYear(doc);
  reportEndMonth = endMonthOf(reportPeriod);
  reportQuarter = Number(/-Q(\d)$/.exec(reportPeriod?.period ?? '')?.[1] ?? 0);
  reportYearText = reportYear ?? '0000';
  reportStartMonth = monthsOf(reportPeriod)?.[0] ?? 0;
  reportShorterThanYtd = !!reportPeriod && !reportPeriod.cumulative && !/^\d{4}$/.test(reportPeriod.period);
  // the school year the report closes ("TỔNG KẾT NĂM HỌC 2025 - 2026") is this year too; another school year is another period
  const schoolYear = /\bnam hoc (\d{4})\s*-\s*(\d{4})\b/.exec(doc.blocks.slice(0, 8).map((b) => fold(b.text).toLowerCase()).join(' '));
  const thisYear = reportYear ? new RegExp(`\\bnam ${reportYear}\\b${schoolYear ? `|\\bnam hoc ${schoolYear[1]}\\s*-\\s*${schoolYear[2]}\\b` : ''}`, 'g') : undefined;
  let section = -1;
  let planLevel: number | undefined;
  let planTitled = false;
  for (const c of claims) {
    const block = c.block;
    if (block.story === 'footnote' && block.footnoteId !== undefined) footnotes.set(block.footnoteId, [...(footnotes.get(block.footnoteId) ?? []), block]);
    if (block.story === 'body' && block.headingLevel !== undefined) section = block.index;
    // "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 6 NĂM 2026": what follows is aimed at, not done, until the next part of the same rank
    const heading = block.story === 'body' ? headingOf(block) : undefined;
    // (a numbered item of the aims, "2. Giải ngân 680 triệu đồng …", is read as a heading of the same rank: only a part's title ends them)
    // (under a part titled as one, "### V. PHƯƠNG HƯỚNG …", a short numbered line is an item of it, whatever rank its numbering reads as)
    if (heading && (planLevel === undefined || (heading.level < planLevel && (heading.title || !planTitled)) || (heading.level === planLevel && heading.title))) {
      planLevel = PLAN_HEADING.test(heading.text) ? heading.level : undefined;
      planTitled = heading.title;
    }
    const text = block.text;
    // folded once per block; slices of it are the folded slices when folding keeps the length
    const whole = fold(text);
    foldedBlocks.set(block.index, whole);
    const folded = whole.length === text.length ? (from: number, to: number): string => whole.slice(from, to) : (from: number, to: number): string => fold(text.slice(from, to));
    // found once in the whole block where its folded offsets are the text's; a stretch then takes those inside it
    let blockMarkers: ScopeMarker[] | undefined;
    const markersIn = (from: number, to: number): ReturnType<typeof lastScope> => {
      if (whole.length !== text.length) return lastScope(folded(from, to));
      blockMarkers ??= scopeMarkers(whole);
      return lastMarkerIn(blockMarkers, from, to);
    };
    const sentences = sentenceSpans(text);
    const parens = parenSpans(text);
    const cites = citesByBlock.get(block.index) ?? [];
    // "Tính chung 11 tháng, …" at the head of a paragraph counts every figure of it that says no other span
    const opening = lastScope(whole.slice(0, Math.min(whole.length, 40, sentences[0]?.end ?? 40)));
    const footnoteOpening = whole.slice(0, 24).replace(thisYear ?? /$^/, 'nam nay');
    const paragraphScope: Scope = opening?.scope ?? 'period';
    const list: Mention[] = [];
    let prevEnd = 0;
    // the unit of the number before: the lead starts with it, and it names that number, not this one
    let prevUnit = '';
    for (const raw of rawOf(c)) {
      const sentence = sentences.find((s) => raw.start >= s.start && raw.start < s.end) ?? { start: 0, end: text.length };
      const clause = clauseBounds(text, raw.start);
      // the lead runs back to the previous number, over ":" ("(cùng kỳ: 480 tấn)") but not over ";"
      const semicolon = text.lastIndexOf(';', raw.start - 1) + 1;
      const leadFrom = Math.max(sentence.start, semicolon, Math.min(prevEnd, raw.start), raw.start - 80);
      const lead = folded(leadFrom, raw.start);
      const tail = folded(raw.end, Math.min(clause.end, raw.end + 60));
      // "đạt chuẩn … mức độ 2 trở lên": a level is a label, no amount of anything
      if (/\bmuc do\s*$/.test(lead) && !raw.n.percent && !raw.y) continue;
      // (and so is an ordinal with no unit of its own: "phun lần 2 trên 75,8 ha", "đợt 3")
      if (/\b(?:lan|dot|vong)(?: thu)?\s*$/.test(lead) && raw.unit === '' && !raw.n.percent && !raw.y && raw.n.decimals === 0 && raw.n.value < 20) continue;
      // "do bão số 5 là 49 người": a number that names a storm, a plan or a decision counts nothing
      if (/\b(?:bao|quyet dinh|ke hoach|thong tu|nghi dinh|cong van|chi thi|nghi quyet) so\s*$/.test(lead) && !raw.n.percent && !raw.y && raw.n.decimals === 0) continue;
      const phraseFrom = Math.max(clause.start, raw.start - 120);
      const cell = block.table ? tables.get(tableKey(block))?.get(block.table.row) : undefined;
      const header = block.table && block.table.row > 0 ? fold(tables.get(tableKey(block))?.get(0)?.get(block.table.cell)?.text ?? '') : '';
      const labelCell = block.table && cell ? rowLabel(cell, block.table.cell) : undefined;
      const label = fold(labelCell?.text ?? '');
      // (a label's parentheses that hold a number name no unit: "Đường trục xã … (3,1 km)")
      if (block.table && raw.unit === '' && !raw.n.percent) raw.unit = /%|ty le|ti le/.test(header) ? '%' : (/\(([^)\d]+)\)/.exec(labelCell?.text ?? '')?.[1] ?? /\(([^)%]+)\)/.exec(tables.get(tableKey(block))?.get(0)?.get(block.table.cell)?.text ?? '')?.[1] ?? '').trim().toLowerCase();
      if (!raw.n.percent && !block.table) raw.unit = inferredUnit(raw, text, c, prevUnit && lead.trimStart().startsWith(prevUnit) ? lead.trimStart().slice(prevUnit.length) : lead);
      // "178 phòng học, trong đó 158 phòng kiên cố": a part named by the head of its whole's unit counts in that unit
      const partOf = raw.unit && !raw.unit.includes(' ') && !raw.n.percent ? list.findLast((o) => o.sentence.start === sentence.start && o.unit.startsWith(`${raw.unit} `)) : undefined;
      if (partOf && /\b(?:trong do|trong so do|gom|bao gom)\b/.test(folded(partOf.end, raw.start))) raw.unit = partOf.unit;
      // "1.250 áo phao, trong đó mua mới 420 chiếc, … (1.200 chiếc)": a bare classifier counts what the count before it in its sentence counts
      let inherited: string | undefined;
      if (CLASSIFIER.test(fold(raw.unit).toLowerCase()) && wordsAfterUnit(tail, raw.unit).length === 0) {
        // (only the count just before, in the same item of a list, and a count of things: "từ 6 m trở lên là 263 chiếc" counts boats, not metres)
        const counted = list.findLast((o) => !o.percent);
        if (counted && counted.sentence.start === sentence.start && !counted.y && counted.family.startsWith('n:') && !counted.unit.includes('/') && raw.start - counted.end < 120 && !folded(counted.end, raw.start).includes(';')) inherited = counted.family;
      }
      const fam = inherited ? { family: inherited, factor: 1 } : unitFamily(aliases.get(raw.unit) ?? raw.unit);
      const scaleFree = raw.n.scaleWord ? raw.n.mantissa : raw.n.value;
      const base = (n: VnNumber): Interval => {
        const iv = intervalOf({ value: n.scaleWord ? n.mantissa : n.value, decimals: n.decimals });
        return { lo: iv.lo * fam.factor, hi: iv.hi * fam.factor };
      };
      const roles = new Set<Role>();
      // role words belong to the number they lead to: not across a closing parenthesis or a comma
      // nor across a colon that opens a list: "Một số chỉ tiêu … đạt thấp: Lúa đạt 78,4%"
      const colon = lead.lastIndexOf(':');
      const listColon = colon >= 0 && /[a-z]+ [a-z]+/.test(lead.slice(colon + 1)) ? colon : -1;
      // "thu bổ sung có mục tiêu" is earmarked money, not a target (no lookbehind: the lite pane's ES5 has none)
      // a span in parentheses is part of the words before it: "cùng kỳ năm 2025 (8 tháng) đạt 10.940 triệu đồng"
      const spanFree = lead.replace(/\((?:\d+|[a-z]+) thang(?: dau nam)?\)/g, (p) => ' '.repeat(p.length));
      // nor across the "và" that joins it to the item before: "38 hồ sơ tồn kỳ trước chuyển sang và 2.448 hồ sơ tiếp nhận mới"
      // or the "và" that opens a clause of its own: "đạt 60% dự toán giao và chi ngân sách xã là 15,097 tỷ đồng" ("đã và đang" opens none)
      // ("bằng 126,1% chỉ tiêu thành phố giao và đạt 108,0% kế hoạch": the words before "và đạt" are the first percent's)
      const joined = /\s(va)\s+(?:(?:dat|bang|la)\s*)?$/.exec(spanFree) ?? /\s(va)\s+(?!(?:dang|da|se|duoc|chua)\b)[a-z ]{3,40}\s(?:la|dat|duoc)\s*$/.exec(spanFree);
      const roleLead = spanFree.slice(Math.max(spanFree.lastIndexOf(')'), spanFree.lastIndexOf('('), spanFree.lastIndexOf(','), listColon, joined ? joined.index + 3 : -1, spanFree.length - 48) + 1).replace(/\bco muc tieu\b/g, 'co muc_tieu').replace(thisYear ?? /$^/, 'nam nay').replace(/\btu nam \d{4} (?:den|toi) nay\b/g, 'den nay');
      // a column "6 tháng năm 2026" in the report of 2026 is this span, not another year's
      const headerRoles = header.replace(thisYear ?? /$^/, 'nam nay');
      for (const [role, re] of ROLE_PATTERNS) if (re.test(roleLead) || (headerRoles && re.test(headerRoles))) roles.add(role);
      // "bằng 101,2% kế hoạch (5.150 tấn)", "so với cùng kỳ (2.120 triệu đồng)": the number opening the parentheses is what the word before names
      // "trên 1.800 liều", "gần 2.000 liều", "hơn 300 hộ": a rounded figure, not what a percent was computed from
      // ("ngân sách cấp trên 43.862 triệu đồng": the upper level, not "above")
      if (/\b(?:tren|gan|hon|khoang|xap xi|ngot|chung|gan nhu|uoc khoang|toi|den)\s*$/.test(lead) && !/\b(?:cap|ben|o|phia) tren\s*$/.test(lead) && !raw.n.percent) roles.add('approximate');
      // "đạt từ 78-89,5% số điểm": the ends of a range are thresholds
      if (raw.n.percent && /\d\s*[-–]\s*$/.test(lead)) roles.add('target');
      // "Dịch vụ …: năm 2024, Hợp tác xã cung ứng 252 tấn": an earlier year opening the sentence holds for its figures
      // ("[^3]: … Cả năm 2025 thu 287,3 triệu đồng (kế hoạch 340 triệu đồng)": the whole of an earlier year likewise)
      // ("[^1]: Theo Báo cáo số 94/BC-MTTQ-BTT ngày 19/12/2025 của Ban Thường trực, năm 2025 Quỹ … (kế hoạch 1,4 tỷ đồng)": after the report it quotes)
      const yearOpening = /^(?:[^.:;]*:)?\s*(?:nam (\d{4}),|ca nam (\d{4})\b)/.exec(folded(sentence.start, raw.start)) ??
        (block.story === 'footnote' ? /^\s*theo (?:bao cao|thong bao) [^,;]{0,120},\s*(?:nam (\d{4})|ca nam (\d{4}))\b/.exec(folded(sentence.start, raw.start)) : null);
      if (yearOpening && Number(yearOpening[1] ?? yearOpening[2]) < Number(reportYearText) && !/\bnam \d{4}\b/.test(folded(sentence.start, raw.start).slice(yearOpening[0].length))) roles.add('same');
      // "Từ ngày 01/7/2024, lực lượng … đã lập biên bản xử lý 46 trường hợp": a start date opening the sentence
      if (/^\s*tu ngay \d/.test(folded(sentence.start, Math.min(sentence.end, sentence.start + 20)))) roles.add('since');
      // a footnote that opens with a role word gives it to its figures: "Kế hoạch năm 2026 mở lớp … cho 50 quần chúng"
      if (block.story === 'footnote' && !roles.has('plan') && !roles.has('same') && !roles.has('previous')) for (const [role, re] of ROLE_PATTERNS) if ((role === 'plan' || role === 'same' || role === 'previous') && re.test(footnoteOpening)) roles.add(role);
      // "[^1]: Đến ngày 31/12/2025: diện tích có rừng 12.864 ha" in a report of 2026: the state before the report's span
      // "[^1]: Năm 2024 - 2025, xã hỗ trợ 34 nhà …" in a report of 2026: years that ended before it
      const range = /^\s*(?:nam|giai doan|trong (?:hai )?nam) (\d{4})\s*-\s*(\d{4})\b/.exec(whole);
      if (block.story === 'footnote' && range && Number(range[2]) < Number(reportYearText)) roles.add('previous');
      // ("[^2]: Tổng nguồn vốn Quỹ … đến ngày 31/12/2025: 3.430 triệu đồng": the date in the words that lead to it)
      if (block.story === 'footnote' && (beforeReport(whole) || beforeReport(folded(Math.max(sentence.start, raw.start - 80), raw.start), true))) roles.add('previous');
      const opened = lead.trimEnd().endsWith('(') ? /([a-z0-9 ]{0,30})\(\s*$/.exec(lead.slice(-40)) : null;
      if (opened) for (const [role, re] of ROLE_PATTERNS) if (role !== 'total' && role !== 'remaining' && re.test(opened[1])) roles.add(role);
      // "(32%)" after "so với chỉ tiêu UBND tỉnh giao": the target itself, in parentheses
      // ("đạt và vượt 13/15 chỉ tiêu Nghị quyết (86%)": targets counted are the X/Y's noun, the percent is of the X/Y)
      const targetsCounted = raw.n.percent && /\d\s*\/\s*\d[\d.,]*\s+(?:chi tieu|muc tieu|nhiem vu)\b[a-z ]{0,30}\(\s*$/.test(folded(Math.max(sentence.start, raw.start - 60), raw.start));
      if (targetsCounted) (roles.delete('plan'), roles.delete('target'));
      else if (raw.n.percent && (TARGET_LEAD.test(lead) || /\b(?:chi tieu|ke hoach|muc tieu|nghi quyet)\b[a-z ]{0,30}\(\s*$/.test(lead))) roles.add('target');
      // "Phấn đấu thu nhập … đạt 58 triệu đồng; tỷ lệ bao phủ bảo hiểm y tế đạt 96%; …": every figure of an aim is a target
      if (/^[^.;]{0,40}?\bphan dau\b/.test(folded(sentence.start, raw.start))) roles.add('target');
      // "Kế hoạch năm 2026 giao doanh thu dịch vụ vật tư 2,1 tỷ đồng" (or "Kế hoạch năm 2026, Đài … phát 2.160 giờ"): a clause that opens with the plan is the plan, however long what it names,
      // and so is what a clause assigns: "Quyết định … giao chỉ tiêu sản lượng nuôi trồng thủy sản năm 2026 là 8.200 tấn"
      // ("Kinh phí bố trí cho công tác cải cách hành chính năm 2026 là 1,25 tỷ đồng": money allotted is the estimate spending is measured by)
      if (/^\s*(?:ke hoach|du toan|chi tieu)\b(?: (?:nam )?\d{4}\s*,)?[^,;:()]*$|\bgiao (?:chi tieu|ke hoach|du toan)\b[^,;:()]*$|^\s*(?:tong )?(?:nguon )?kinh phi (?:duoc )?(?:bo tri|phan bo)\b[^,;:()]*$/.test(folded(Math.max(sentence.start, semicolon), raw.start))) roles.add('plan');
      // ("Nghị quyết Đại hội … thông qua kế hoạch đầu tư, cải tạo lưới điện là 1,85 tỷ đồng": a plan named in several words is still the plan that "là" gives)
      if (/^\s*(?:(?:[^,;:()\d]|\d{4}){0,60}\b(?:thong qua|giao|duyet|phe duyet)\s+)?(?:ke hoach|du toan|chi tieu)\b(?:[^;:()\d]|\d{4}){0,90}\bla\s*$/.test(folded(Math.max(sentence.start, semicolon), raw.start))) roles.add('plan');
      if (planLevel !== undefined && block.story === 'body') roles.add('target');
      // "Toàn xã có 2.239 hộ." is the whole; "toàn xã có 570 hộ nghèo" is one group of it
      if (WHOLE_LEAD.test(lead) && !/^\s*[a-z]+(?: [a-z]+)?\s+[a-z]/.test(tail.slice(0, 30).replace(/^\s*(?:ho|nguoi|khau|nhan khau|hoi vien|dang vien|thon|ban|to dan pho)\b/, ''))) roles.add('total');
      const paren = parens.filter((p) => raw.start > p.start && raw.end < p.end).sort((a, b) => b.start - a.start)[0];
      const markerFrom = Math.max(sentence.start, raw.start - 300);
      const marker = markersIn(markerFrom, raw.start) ?? (header ? lastScope(header) : undefined);
      const m: Mention = {
        id: all.length,
        block,
        n: raw.n,
        unit: raw.unit,
        family: fam.family,
        value: scaleFree * fam.factor,
        interval: raw.n.percent || raw.unit === '%' ? intervalOf(raw.n, false) : base(raw.n),
        percent: raw.n.percent || raw.unit === '%',
        start: raw.start,
        end: raw.end,
        sentence,
        clause,
        lead,
        tail,
        roles,
        phrase: phraseFor(label, expand(lead), () => expand(folded(phraseFrom, raw.start)), expand(tail), raw.n.percent),
        // a mark inside the sentence belongs to its clause ("…; riêng quý III thu được 14.870 triệu đồng[^2]"); one at its end, to all of it
        cites: cites.filter((r) => (r.offset >= clause.start && r.offset <= clause.end + 2) || (r.offset >= sentence.end - 2 && r.offset <= sentence.end + 2)).map((r) => r.id),
        section,
        after: wordsAfterUnit(tail, raw.unit),
        tableHeader: header,
        rowLabel: label,
        scope: roles.has('same') || roles.has('previous') ? 'other' : (marker?.scope ?? paragraphScope),
        span: roles.has('same') ? 'same' : roles.has('previous') ? 'previous' : (marker?.span ?? opening?.span ?? ''),
      };
      // "Quý II, … có 44.236 lượt truy cập" in the report of quarter III is the span before ("tăng 16,8% so với quý trước")
      if (m.scope === 'other' && isQuarterBefore(m.span)) m.roles.add('previous');
      if (raw.y) {
        m.y = raw.y;
        m.yInterval = base(raw.y);
      }
      if (paren) m.paren = paren;
      // "hộ nghèo 1.046 hộ, chiếm 30,04%": a share that follows its amount names what the amount names
      const before = list.at(-1);
      if (m.percent && before && !before.percent && before.family !== '' && before.phrase.length > m.phrase.length && /^\s*[a-z ]{0,20}?[,(]?\s*(?:chiem|ty le|ti le|chiem ty le)?\s*$/.test(lead.replace(fold(before.unit), ' ')) && raw.start - before.end < 30) m.phrase = before.phrase;
      list.push(m);
      all.push(m);
      // "lũy kế 10 tháng 9.146 lượt": a span of time is part of what leads to the next number, not a number before it
      if (m.family !== '' || m.percent) {
        prevEnd = raw.end;
        prevUnit = fold(m.unit);
      }
    }
    byBlock.set(block.index, list);
  }
  const blocks = claims.map((c) => c.block);
  const months = monthsOf(reportPeriod);
  return { all, byBlock, footnotes, cites: citesByBlock, blocks, folded: foldedBlocks, subjects: subjectsByBlock(blocks), months, schoolYear: schoolYear ? [Number(schoolYear[1]), Number(schoolYear[2])] : undefined, year: reportYear ?? undefined, fromStart: months?.[0] === 1 || (!reportPeriod && schoolYear !== null) };
}

/** The year of the line a report is signed on, near its top: "Kỳ Phong Hạ, ngày 26 tháng 10 năm 2026". */
function signedYear(doc: DocumentText): string | undefined {
  for (const b of doc.blocks.slice(0, 12)) {
    const m = /\bngay \d{1,2} thang \d{1,2} nam ((?:19|20)\d\d)\b/.exec(fold(b.text).toLowerCase());
    if (m) return m[1];
  }
  return undefined;
}

/** Shared content words of two phrases. */
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * The months a mention's figure covers, from the words that gave its scope: "quý III" [7, 9], "6 tháng đầu
 * năm" [1, 6], "6 tháng cuối năm" [7, 12], "lũy kế" [1, the report's last month]; the report's own months
 * for a figure of the period. Undefined when the words do not say (or the figure is of another year).
 */
export function monthsOfMention(m: Mention, report: readonly [number, number] | undefined): readonly [number, number] | undefined {
  if (m.roles.has('same') || m.roles.has('previous') || m.roles.has('plan') || m.roles.has('target')) return undefined;
  const months = monthsOfSpan(m.span);
  if (months) return months;
  if (m.scope === 'todate') return report ? [1, report[1]] : undefined;
  if (m.scope === 'period') return report;
  return undefined;
}

/** The months that the words of a span name, in the report's year or not: "quý II" [4, 6], "6 tháng đầu năm" [1, 6]. */
export function monthsOfSpan(span: string): readonly [number, number] | undefined {
  const quarter = /^quy (i{1,3}|iv)\b/.exec(span);
  if (quarter) return [3 * ROMAN_QUARTER[quarter[1]] - 2, 3 * ROMAN_QUARTER[quarter[1]]];
  const first = /^(\d+|[a-z]+(?: mot)?) thang dau nam\b/.exec(span);
  if (first) {
    const n = MONTH_WORDS[first[1]] ?? Number(first[1]);
    return n >= 1 && n <= 12 ? [1, n] : undefined;
  }
  const last = /^(\d+|[a-z]+) thang cuoi nam\b/.exec(span);
  if (last) {
    const n = MONTH_WORDS[last[1]] ?? Number(last[1]);
    return n >= 1 && n <= 12 ? [13 - n, 12] : undefined;
  }
  if (/^ca nam\b/.test(span)) return [1, 12];
  // "riêng tháng 9" of the nine months: one month singled out
  const month = /^rieng thang (\d{1,2})$/.exec(span);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return [Number(month[1]), Number(month[1])];
  return undefined;
}

export function phraseOverlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return [...new Set(b)].filter((w) => set.has(w)).length;
}

/** The words of the report that the mention's phrase was folded from, as written ("gieo cấy lúa"). */
export function phraseLabel(m: Mention): string {
  if (m.phrase.length === 0) return '';
  // a table cell's phrase is its row's label; else the words before the number, or after it ("92,1% số …")
  const cell = m.block.table && m.block.table.cell > 0;
  const before = cell ? '' : m.block.text.slice(Math.max(m.clause.start, m.start - 120), m.start);
  const after = cell ? '' : m.block.text.slice(m.end, Math.min(m.clause.end, m.end + 120));
  return spanOf(before, m.phrase, true) ?? spanOf(after, m.phrase, false) ?? m.phrase.join(' ');
}

/** The stretch of `text` that holds every folded word of `phrase`, nearest the number (its end, or its start). */
function spanOf(text: string, phrase: readonly string[], fromEnd: boolean): string | undefined {
  const tokens = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
  const wanted = new Set(phrase);
  const picked: number[] = [];
  const order = fromEnd ? tokens.map((_, i) => tokens.length - 1 - i) : tokens.map((_, i) => i);
  for (const i of order) {
    if (wanted.size === 0) break;
    const w = fold(tokens[i][0]).toLowerCase();
    if (!wanted.has(w)) continue;
    wanted.delete(w);
    picked.push(i);
  }
  if (picked.length === 0 || wanted.size > 0) return undefined;
  const first = Math.min(...picked);
  const last = Math.max(...picked);
  return text.slice(tokens[first].index ?? 0, (tokens[last].index ?? 0) + tokens[last][0].length);
}
