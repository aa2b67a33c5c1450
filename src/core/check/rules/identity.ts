/**
 * The same indicator given twice with two values, anywhere: body against the summary, body against a
 * footnote, text against a table row, one section against another, in another unit or scale
 * ("1.250 tấn" against "12.600 tạ"). Identity is the indicator phrase (the content words before the
 * number, or a table row's label), the unit family and the roles (kế hoạch, cùng kỳ, lũy kế…): two
 * mentions are the same indicator when their phrases share most of their words and nothing in their
 * roles tells them apart. A change ("tăng 12 hộ") is not the indicator's value.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import { earlierDate, earlierSchoolYear, earlierTerm, type Mention, type MentionIndex, numberedNames, otherNumberedNames, phraseLabel, sentenceWords, where, words } from '../mentions';
import { agrees, overlaps, percentInterval } from '../precision';
import { fold } from '../../text/fold';
import { explainedByRatio } from './explain';

export { where };

const CHANGE_LEAD = /\b(?:tang|giam|them|chenh lech|con thieu|ho tro)(?: them| len| xuong| di)?\s*$/;
/** Words that make two phrases two indicators even when the rest agrees. */
const REGIONS = ['mien nui', 'dong bang', 'thanh thi', 'nong thon'];
const REGION_WORDS = new Map(REGIONS.map((q) => [q, new RegExp(`\\b${q}\\b`)]));
const QUALIFIERS = [...REGIONS, 'nang cao', 'kieu mau', 'can ngheo', 'ngheo', 'nu', 'nam', 'moi', 'cu', 'xuan', 'mua', 'he thu', 'dong', 'dau', 'cuoi', 'truoc', 'sau', 'tre', 'gia', 'dan toc', 'dung han', 'qua han', 'truoc han', 'tre han', 'truc tuyen', 'tot', 'xuat sac', 'kha', 'trung binh', 'yeu', 'khong', 'chua'];
const MAX_BACK = 64;
/** Headings of the parts that restate the body. */
export const SUMMARY = /danh gia chung|ket qua noi bat|ket qua dat duoc|ton tai|han che|tom tat|ket luan|nhan xet chung|uu diem|khuyet diem/;

/**
 * The headings of the summary and the headings under them: "6. Đánh giá chung" holds "a) Kết quả" and
 * "b) Tồn tại, hạn chế", whose own words may name nothing of a summary.
 */
export function summarySections(index: MentionIndex): Set<number> {
  const out = new Set<number>();
  const open: Array<{ level: number; summary: boolean }> = [];
  for (const b of index.blocks) {
    if (b.headingLevel === undefined || b.story !== 'body') continue;
    while (open.length > 0 && open[open.length - 1].level >= b.headingLevel) open.pop();
    const summary = SUMMARY.test(index.folded.get(b.index) ?? '') || open.some((h) => h.summary);
    open.push({ level: b.headingLevel, summary });
    if (summary) out.add(b.index);
  }
  return out;
}

const roleKeys = new WeakMap<Mention, string>();

function roleKey(m: Mention): string {
  const known = roleKeys.get(m);
  if (known !== undefined) return known;
  // what is left ("còn 1,9 km chưa cứng hóa") is not the whole ("đường trục chính nội đồng 8,8 km")
  // and a figure to date is one whether or not it says lũy kế: "lũy kế 6 tháng 27,94 tỷ đồng", "thu ngân sách 6 tháng đạt 27,49 tỷ đồng"
  // and "khoảng 16,48 ha" says the figure to its last digit, as a bound ("trên 500 tấn") does not
  const about = m.roles.has('approximate') && /\b(?:khoang|xap xi)\s*$/.test(m.lead);
  const key = [...m.roles].filter((r) => r !== 'total' && !(r === 'cumulative' && m.scope === 'todate' && m.span !== 'luy ke') && !(r === 'approximate' && about)).sort().join(',');
  roleKeys.set(m, key);
  return key;
}

/** The words of a space-joined stretch and its pairs of neighbouring words ("dung han"). */
function wordsAndPairs(words: readonly string[], into: Set<string>, pairsOnly = false): Set<string> {
  for (let i = 0; i < words.length; i++) {
    if (!pairsOnly) into.add(words[i]);
    if (i + 1 < words.length) into.add(`${words[i]} ${words[i + 1]}`);
  }
  return into;
}

function qualifiers(m: Mention): string {
  const p = wordsAndPairs(`${m.phrase.join(' ')} ${m.after.join(' ')}`.split(' '), new Set());
  // the lead too, for the qualifiers of two words: "trước hạn và đúng hạn" may lie beyond the phrase's last five
  // words; one-word ones there ("đầu" of "6 tháng đầu năm") would split what is one indicator
  const lead = wordsAndPairs(m.lead.replace(/[^a-z ]/g, ' ').trim().split(/\s+/), new Set(), true);
  // a region named at the head of the sentence holds for all its figures: "khu vực miền núi có 17.449 hộ nghèo (20,85%), 3.308 hộ cận nghèo"
  // and so do women: "46 hộ nghèo do phụ nữ làm chủ hộ; … giúp 11 hộ thoát nghèo"
  const opening = fold(m.block.text.slice(m.sentence.start, m.start)).toLowerCase();
  // "Cùng kỳ năm 2025" (the same months) is not "năm 2025" (the whole year)
  const sameMonths = /\bcung ky\b/.test(m.block.table ? m.tableHeader : m.lead) ? ',cung ky' : '';
  // what is admitted or founded is new by the verb: "kết nạp 8 đảng viên mới" is "kết nạp 9 đảng viên" of the body
  const verb = /\b(?:ket nap|thanh lap|phat trien)$/.test(m.phrase.join(' ')) && m.after[0] === 'moi';
  const newByVerb = verb || /\b(?:ket nap|thanh lap|phat trien) moi\b/.test(`${m.phrase.join(' ')} ${m.after.join(' ')}`);
  return QUALIFIERS.filter((q) => !(q === 'moi' && newByVerb) && (p.has(q) || lead.has(q) || (REGION_WORDS.get(q)?.test(opening) ?? false) || (q === 'nu' && /\bphu nu\b/.test(opening)))).join(',') + sameMonths;
}

/** One unit of a place, named at it: "trang trại … tại thôn Kim Tây", "hộ bà Lài, thôn Hòa Lạc". */
const AT_PLACE = /\b(?:trang trai|ho|co so|doanh nghiep|hop tac xa|cong ty|cua hang|nha may)\b[a-z ,]{0,40}(?:\b(?:tai|o)\s+|,\s*)(?:thon|xom|ban|ap|to dan pho|khu pho)\b/;

/** The date a figure's sentence gives it at, before it: "tại thời điểm 01/4/2026 toàn xã có 400 con trâu", "so với thời điểm 01/10/2025 (296 con)". */
function dateOf(index: MentionIndex, m: Mention): string | undefined {
  const before = (index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start);
  const all = [...before.matchAll(/\b(?:thoi diem|ngay)\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)];
  const last = all.at(-1);
  return last ? `${Number(last[1])}/${Number(last[2])}/${last[3]}` : undefined;
}

/** Two figures of two dates the text names, of one survey taken twice: no restatement of each other. */
function datesDiffer(index: MentionIndex, a: Mention, b: Mention): boolean {
  const x = dateOf(index, a);
  const y = dateOf(index, b);
  return x !== undefined && y !== undefined && x !== y;
}

/** The words of a span of time: "quý IV", "6 tháng đầu năm", "tháng 12". */
const SPAN_WORDS = new Set(['quy', 'thang', 'nam', 'tuan', 'dau', 'cuoi', 'ca', 'luy', 'ke', 'i', 'ii', 'iii', 'iv', 'hoc', 'ky']);

const SCHEDULE_UNIT = /^(?:buổi|bữa|ca|tiết)\/(?:ngày|tuần)$/;

function eligible(m: Mention, summary: ReadonlySet<number>): boolean {
  if (m.family === '' || m.roles.has('target') || CHANGE_LEAD.test(m.lead)) return false;
  // "lớp học 2 buổi/ngày", "3 bữa/ngày": a schedule names a kind of class or care, no value of an indicator
  if (SCHEDULE_UNIT.test(m.unit)) return false;
  // "tổng thu lớn hơn tổng chi 6.071 triệu đồng": a difference, not the figure it names
  if (/\b(?:lon|nho|cao|thap|nhieu|it) hon(?: [a-z]+){0,4}\s*$/.test(m.lead)) return false;
  // "tàu có chiều dài từ 6 m trở lên", "từ 15 m đến dưới 24 m": the bound of a class, not a value of it
  if (/\b(?:tu|duoi|tren)\s*$/.test(m.lead) && /^\s*[a-z²]*\s*(?:tro (?:len|xuong)|den\b)/.test(m.tail)) return false;
  // "11 chi hội đạt vững mạnh (78,6%), 3 chi hội đạt khá": a figure with no words of its own before it has the phrase of the one before
  if (!m.block.table && m.start - m.sentence.start > m.lead.length && !/[a-z]/.test(m.lead) && m.phrase.length > 0) return false;
  // a table column that compares ("So cùng kỳ (%)", "Tăng, giảm") holds no value of the row's indicator
  // (a row named only by a span of time, "| Quý IV | 480,0 | 487,3 |", says when, not what: its column says that)
  if (m.block.table) return m.phrase.length >= 1 && m.block.table.row > 0 && !m.phrase.every((w) => SPAN_WORDS.has(w)) && !(m.percent && /\bso\b|so sanh|tang|giam/.test(m.tableHeader));
  // a summary names a rate by one word: "Lúa đạt 78,4%, rau màu 59,1%"
  // "Cung ứng 1.680 tạ phân bón trả chậm": named by what follows it
  return m.phrase.length >= 2 || m.after.length >= 3 || (m.phrase.length === 1 && m.after.length === 2 && !m.percent) || (m.phrase.length === 1 && m.percent && summary.has(m.section));
}

const phraseSets = new WeakMap<Mention, Set<string>>();

function phraseSet(m: Mention): Set<string> {
  let set = phraseSets.get(m);
  if (!set) {
    set = new Set(m.phrase);
    phraseSets.set(m, set);
  }
  return set;
}

/**
 * Where a restatement is expected: the summary against the body, a footnote against the text that
 * cites it, a table against the text. Two paragraphs of the body with the same words are as often
 * two indicators (two seasons, two levels, two periods) as one given twice.
 */
function restates(a: Mention, b: Mention, summary: ReadonlySet<number>, headline?: number): boolean {
  // "phát hiện 43 cơ sở vi phạm …. Đã xử lý toàn bộ 34 cơ sở vi phạm": all of them is the figure given before
  if (/\btoan bo\s*$/.test(b.lead) && b.after.length > 0) return true;
  if (Boolean(a.block.table) !== Boolean(b.block.table)) return true;
  if ((a.block.index === headline) !== (b.block.index === headline)) return true;
  if ((a.block.story === 'footnote') !== (b.block.story === 'footnote')) return true;
  return summary.has(a.section) !== summary.has(b.section);
}


/** Where a figure is written: its table row's cells before it, or its sentence up to it. */
function placeText(index: MentionIndex, m: Mention): string {
  const t = m.block.table;
  if (!t) return (index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start);
  return index.blocks.filter((b) => b.table && b.story === m.block.story && b.table.table === t.table && b.table.row === t.row && b.table.cell < t.cell).map((b) => index.folded.get(b.index) ?? '').join(' ');
}

/** "Giải ngân Dự án 2 mới đạt 42,3%" against the row "Dự án 1 | … | 82,4": one name, two numbers, two indicators. */
function otherNumbered(index: MentionIndex, a: Mention, b: Mention): boolean {
  const x = numberedNames(placeText(index, a));
  return x.size > 0 && otherNumberedNames(x, numberedNames(placeText(index, b)));
}

/** The figures of a table cell's row, the cell's own left out. */
export function rowCells(index: MentionIndex, cell: Mention): Mention[] {
  const t = cell.block.table;
  if (!t) return [];
  return index.all.filter((m) => m !== cell && m.block.table && m.block.table.table === t.table && m.block.table.row === t.row && m.block.story === cell.block.story);
}

/** "thêm 2 xã Nông thôn mới và 1 xã Nông thôn mới nâng cao": a figure joined by "và" to a change is a change too. */
function sharesChange(index: MentionIndex, m: Mention): boolean {
  if (!/^[a-z ]{0,50}\bva\s*$/.test(m.lead)) return false;
  const list = index.byBlock.get(m.block.index) ?? [];
  const prev = list[list.indexOf(m) - 1];
  return prev !== undefined && prev.clause.start === m.clause.start && CHANGE_LEAD.test(prev.lead);
}

/** Verbs of doing that many indicators share ("tổ chức 09 hội nghị", "tổ chức 01 hội nghị"): no identity on their own. */
const GENERIC = new Set(['to chuc', 'thuc hien', 'trien khai', 'giai quyet', 'tiep nhan', 'tham gia', 'ho tro', 'cap phat', 'xu ly', 'kiem tra', 'giam sat', 'tuyen truyen', 'ban hanh', 'xay dung', 'tong cong', 'tong so', 'ngan sach']);
/** Words that say whose figure it is: "88,1% chi bộ …" and "89,3% đảng viên …" are two indicators whatever else they share. */
const SUBJECTS = ['chi bo', 'dang vien', 'to chuc co so dang', 'ho ngheo', 'ho', 'thon', 'xa', 'hoi vien', 'doan vien', 'ho so', 'truong', 'hoc sinh', 'tre', 'nguoi', 'lao dong', 'can bo', 'cong chuc', 'doanh nghiep', 'hop tac xa'];

const subjects = new WeakMap<Mention, string | null>();

function subjectOf(m: Mention): string | undefined {
  let who = subjects.get(m);
  if (who === undefined) {
    const p = ` ${m.phrase.join(' ')} ${m.unit ? fold(m.unit) : ''} `;
    who = SUBJECTS.find((s) => p.includes(` ${s} `)) ?? null;
    subjects.set(m, who);
  }
  return who ?? undefined;
}

/** A table's "Tổng cộng" row, "các loại", "khác": words every indicator may carry. */
const GENERIC_WORDS = new Set(['tong', 'chung', 'khac', 'loai', 'cong', 'toan', 'bo']);

const specificSets = new WeakMap<Mention, Set<string>>();

/** The phrase's words outside its generic verbs. */
function specificSet(m: Mention): Set<string> {
  let set = specificSets.get(m);
  if (!set) {
    const generic = new Set<number>();
    for (let i = 0; i + 1 < m.phrase.length; i++) if (GENERIC.has(`${m.phrase[i]} ${m.phrase[i + 1]}`)) (generic.add(i), generic.add(i + 1));
    set = new Set(m.phrase.filter((w, i) => !generic.has(i) && !GENERIC_WORDS.has(w)));
    specificSets.set(m, set);
  }
  return set;
}

/** "thành lập mới 44 doanh nghiệp" and "47 doanh nghiệp thành lập mới": the words before one are the words after the other. */
function crossNamed(a: Mention, b: Mention): boolean {
  // (not when the one named before says its own kind after it: "gồm 24 chi bộ tổ dân phố, 6 chi bộ trường học" holds the words of its sibling)
  const named = (x: Mention, y: Mention): boolean => y.after.length >= 2 && y.after.every((w) => x.phrase.includes(w)) && !GENERIC.has(y.after.join(' ')) && x.after.every((w) => y.phrase.includes(w) || y.after.includes(w));
  return a.unit !== '' && a.unit === b.unit && !a.percent && (named(a, b) || named(b, a));
}

/** Whether the words hold the run, in a row. */
export function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/**
 * "Cung ứng 1.680 tạ phân bón trả chậm" and "cung ứng phân bón trả chậm … cho 342 hộ hội viên với 186
 * tấn": three words or more that name one figure stand, in a row, in the sentence of the other before it,
 * and that one is the only figure of its kind in its sentence. The naming words are those after the
 * figure's unit, or those before it when no other figure stands between them and the sentence start.
 */
function namedInSentence(index: MentionIndex, a: Mention, b: Mention): boolean {
  // (a table's row label is matched by table-restate, with its columns)
  if (a.family !== b.family || a.percent || b.percent || a.y || b.y || a.block === b.block || a.block.table || b.block.table) return false;
  const sentenceOf = (m: Mention): Mention[] => (index.byBlock.get(m.block.index) ?? []).filter((o) => o.sentence.start === m.sentence.start);
  const named = (x: Mention, y: Mention): boolean => {
    const runs = [y.after];
    const opensSentence = !sentenceOf(y).some((o) => o.start < y.start && o.family !== '');
    if (opensSentence) runs.push(y.phrase);
    // (an average beside it, "bình quân 348 hội viên/chi hội", is no other figure of the kind)
    const only = sentenceOf(x).filter((o) => o.family === x.family && !/\b(?:binh quan|trung binh)\s*$/.test(o.lead)).length === 1;
    if (only && runs.some((run) => run.length >= 3 && run.filter((w) => !GENERIC_WORDS.has(w)).length >= 2 && holdsRun(sentenceWords(x), run))) return true;
    // "Toàn Hội hiện có 4.702 hội viên" and "…, toàn Hội có 14 chi hội, 86 tổ hội với 4.873 hội viên": two sentences that open on
    // the same whole and count it in the same unit, each once, with nothing after the unit to tell them apart
    const opening = sentenceWords(x).slice(0, y.phrase.length);
    return only && opensSentence && y.phrase.length === 2 && y.phrase[0] === 'toan' && x.unit === y.unit && x.after.length === 0 && y.after.length === 0 && opening.join(' ') === y.phrase.join(' ');
  };
  return named(a, b) || named(b, a);
}

/** The count a figure is said with, right before it in its sentence: "412 hộ" of "412 hộ, tổng số tiền 3.218,4 triệu đồng" and of "412 hộ (3,12 tỷ đồng)". */
function companion(index: MentionIndex, m: Mention): Mention | undefined {
  const list = index.byBlock.get(m.block.index) ?? [];
  const prev = list[list.indexOf(m) - 1];
  if (!prev || prev.sentence.start !== m.sentence.start || prev.family === '' || prev.family === m.family || prev.percent || prev.y) return undefined;
  // (only the words of a comma or a parenthesis between them: "412 hộ với tổng kinh phí …" may count another part)
  const unit = fold(prev.unit).toLowerCase();
  const between = (index.folded.get(m.block.index) ?? '').slice(prev.end, m.start).replace(/^\s*/, ' ').replace(` ${unit}`, '');
  return /^\s*(?:\(|,\s*(?:tong )?(?:so tien|kinh phi|tri gia|gia tri)?\s*)$/.test(between) ? prev : undefined;
}

/** Two amounts each said with the same count of one thing ("412 hộ"): one figure of that count, given twice. */
function sameCompanion(index: MentionIndex, a: Mention, b: Mention): boolean {
  if (a.block.table || b.block.table || a.percent || b.percent || a.family !== b.family) return false;
  const x = companion(index, a);
  const y = companion(index, b);
  // (a count of ten or more, so that the same number is hardly another thing's)
  return x !== undefined && y !== undefined && x.unit === y.unit && x.n.numberText === y.n.numberText && x.value >= 10 && (Boolean(a.paren) || Boolean(b.paren));
}

/**
 * The figure a part is of: a footnote that opens on "Gồm" breaks down the figure its mark follows ("… sau điều chỉnh là
 * 9.620 triệu đồng[^3]" and "[^3]: Gồm: … nông thôn mới 4.120 triệu đồng; …"); a figure after "trong đó" or "gồm" is of
 * the figure before those words ("đã giải ngân 7.735 triệu đồng, …, trong đó: … nông thôn mới 3.604 triệu đồng").
 */
function wholeOfPart(index: MentionIndex, m: Mention): Mention | undefined {
  if (m.percent || m.y || m.block.table) return undefined;
  if (m.block.story === 'footnote') {
    const folded = index.folded.get(m.block.index) ?? '';
    if (!/^\s*(?:gom|bao gom)\b/.test(folded) || m.block.footnoteId === undefined) return undefined;
    for (const [block, refs] of index.cites) for (const r of refs) {
      if (r.id !== m.block.footnoteId) continue;
      const before = (index.byBlock.get(block) ?? []).filter((o) => o.end <= r.offset && o.family === m.family && !o.percent).at(-1);
      if (before && r.offset - before.end <= 12) return before;
    }
    return undefined;
  }
  const folded = index.folded.get(m.block.index) ?? '';
  const opening = folded.slice(m.sentence.start, m.start);
  const at = Math.max(opening.lastIndexOf('trong do'), opening.lastIndexOf(' gom'));
  if (at < 0) return undefined;
  return (index.byBlock.get(m.block.index) ?? []).filter((o) => o.sentence.start === m.sentence.start && o.end <= m.sentence.start + at && o.family === m.family && !o.percent && !o.y).at(-1);
}

/**
 * "711 đảng viên ở nông thôn không hưởng lương (chiếm 51,75%)" against the row "Nông thôn không hưởng lương | 711 | … |
 * 85.320 | 13,00 |": the row holds the text's count, so its percent is of another of its columns (the money), not that count's share.
 */
function shareOfAnotherColumn(index: MentionIndex, a: Mention, b: Mention): boolean {
  if (!a.percent || !b.percent || Boolean(a.block.table) === Boolean(b.block.table)) return false;
  const [cell, prose] = a.block.table ? [a, b] : [b, a];
  const list = index.byBlock.get(prose.block.index) ?? [];
  const part = list.filter((o) => o.clause.start === prose.clause.start && o.end <= prose.start && !o.percent && !o.y && o.family !== '').at(-1);
  return part !== undefined && rowCells(index, cell).some((c) => !c.percent && c.n.numberText === part.n.numberText);
}

/** Two parts of two different wholes ("of the plan 9.620", "of the 7.735 disbursed") are two indicators, however alike their names. */
function partsOfOtherWholes(index: MentionIndex, a: Mention, b: Mention): boolean {
  const x = wholeOfPart(index, a);
  const y = wholeOfPart(index, b);
  return x !== undefined && y !== undefined && x !== y && !overlaps(x.interval, y.interval);
}

/** Header words that say how a column counts, not what: "Số", "Tỷ lệ (%)", "Thực hiện", "Kế hoạch năm 2026". */
const HEADER_GENERIC = new Set(['so', 'ty', 'ti', 'le', 'luong', 'thuc', 'hien', 'ke', 'hoach', 'nam', 'thang', 'quy', 'tong', 'cong', 'dat', 'chi', 'tieu', 'uoc', 'luy', 'cung', 'ky', 'voi', 'da', 'duoc', 'trong', 'do', 'gom', 'con', 'don', 'vi', 'tinh']);

/**
 * A row of places ("Co Mạ | 1.054 | 876 | 83,1 | 1.512 | …") holds one figure per column: the sentence that
 * names the row must name the column too ("tiêu hủy 14 con lợn" at bản Co Mạ is not its "Trâu, bò (con)"; "chiếm
 * 10,9% số hộ còn dư nợ" of a union is not its "Tỷ lệ nợ quá hạn (%)"). A header of one telling word needs that
 * word, one of more needs two of them side by side; a header of only counting words names nothing.
 */
function namesColumn(cell: Mention, prose: Mention): boolean {
  // ("kết quả" counts; "quá hạn" tells)
  const header = cell.tableHeader.toLowerCase().replace(/\([^)]*\)|\bket qua\b/g, ' ');
  const told = header.split(/[^a-z0-9]+/).map((w) => (w.length >= 2 && !/^\d/.test(w) && !HEADER_GENERIC.has(w) ? w : ''));
  const telling = told.filter(Boolean);
  if (telling.length === 0) return true;
  // what the sentence does to the row past its name ("bản Co Mạ, phải tiêu hủy 14 con") must be what the header counts
  const label = phraseSet(cell);
  const last = prose.phrase.reduce((at, w, i) => (label.has(w) ? i : at), -1);
  const headerWords = new Set(told);
  if (last >= 0 && prose.phrase.slice(last + 1).filter((w) => w.length >= 3 && !HEADER_GENERIC.has(w) && !headerWords.has(w)).length >= 2) return false;
  const said = ` ${words(fold(prose.block.text.slice(prose.sentence.start, prose.sentence.end)).toLowerCase()).join(' ')} `;
  if (telling.length === 1) return said.includes(` ${telling[0]} `);
  const pairs = told.slice(1).map((w, i) => (w && told[i] ? `${told[i]} ${w}` : '')).filter(Boolean);
  return pairs.length === 0 ? telling.some((w) => said.includes(` ${w} `)) : pairs.some((p) => said.includes(` ${p} `));
}

/** A percent of a plan, an estimate or another period ("bằng 92,7% kế hoạch năm"), not a share or a rate of the indicator itself. */
function ofPlan(m: Mention): boolean {
  return m.block.table ? /\b(?:ke hoach|kh|du toan|chi tieu|so voi|cung ky)\b/.test(m.tableHeader) : /^\s*%?\s*(?:so voi\s+)?(?:ke hoach|kh\b|chi tieu|du toan|cung ky|nam truoc|ky truoc|thang truoc)/.test(m.tail);
}

/** A share of a whole: "chiếm 17,2% tổng lượt khách", or an item of a structure ("Cơ cấu giá trị sản xuất …: trồng trọt 52,4%; …"). */
function isShare(m: Mention): boolean {
  return !m.block.table && (/\bchiem\b/.test(m.lead) || /^\s*(?:[a-z]+ ){0,2}(?:co cau|ty trong)\b/.test(fold(m.block.text.slice(m.sentence.start, m.start)).toLowerCase()));
}

/** Words of place that end a phrase without naming its indicator: "tổng sản lượng lúa toàn xã đạt 36.873 tấn". */
const TRAILING_PLACE = new Set(['toan', 'tren', 'dia', 'ban']);

function lastWord(m: Mention): string | undefined {
  let end = m.phrase.length;
  while (end > 1 && TRAILING_PLACE.has(m.phrase[end - 1])) end--;
  return m.phrase[end - 1];
}

export function sameIndicator(a: Mention, b: Mention): boolean {
  // ("sản lượng thủy sản … bằng 92,7% kế hoạch năm" is no "thủy sản 31,6%" of the output's structure)
  if (a.percent && b.percent && ((ofPlan(a) && isShare(b)) || (ofPlan(b) && isShare(a)))) return false;
  // an X/Y and a plain amount are two kinds of figure ("12/17 ý kiến" is not "17 ý kiến" given twice), but a
  // table splits its X/Y into columns: a cell is compared with the X of the text's X/Y
  if (Boolean(a.y) !== Boolean(b.y)) {
    const xy = a.y ? a : b;
    const plain = a.y ? b : a;
    // ("hòa giải thành 53/61 vụ việc" in the body and "hòa giải thành 35 vụ việc" in the summary: the same words say the X again)
    const sayAgain = plain.unit === xy.unit && plain.roles.size === 0 && xy.roles.size === 0 && !plain.paren && !xy.paren && Math.min(plain.phrase.length, xy.phrase.length) >= 2 && ` ${xy.phrase.join(' ')} `.endsWith(` ${plain.phrase.join(' ')} `);
    if ((!plain.block.table || xy.block.table) && !sayAgain) return false;
  }
  if (crossNamed(a, b)) return true;
  // "phát hiện 43 cơ sở vi phạm" and "xử lý toàn bộ 34 cơ sở vi phạm": all of what was named the same way
  if (!a.block.table && !b.block.table && a.unit === b.unit && !a.percent && a.after.length >= 2 && a.after.join(' ') === b.after.join(' ') && [a, b].some((x) => /\btoan bo\s*$/.test(x.lead))) return true;
  const setA = phraseSet(a);
  const setB = phraseSet(b);
  // "tặng quà cho 41 cháu" after "Nhân ngày Quốc tế Thiếu nhi" and "quà Quốc tế Thiếu nhi cho 44 cháu": the same words in another order
  const reordered = setA.size >= 4 && setA.size === setB.size && [...setA].every((w) => setB.has(w));
  if (lastWord(a) !== lastWord(b) && !a.block.table && !b.block.table && !reordered) return false;
  let shared = 0;
  for (const w of setB) if (setA.has(w)) shared++;
  const specA = specificSet(a);
  let specific = 0;
  for (const w of specificSet(b)) if (specA.has(w)) specific++;
  if (specific === 0) return false;
  const whoA = subjectOf(a);
  const whoB = subjectOf(b);
  if (whoA && whoB && whoA !== whoB) return false;
  // "3 đại biểu Quốc hội" and "30 đại biểu HĐND cấp xã": what follows the unit tells them apart
  if (a.after.length && b.after.length) {
    const [short, long] = a.after.length <= b.after.length ? [a.after, b.after] : [b.after, a.after];
    if (!short.every((w) => long.includes(w))) return false;
  }
  const shorter = Math.min(setA.size, setB.size);
  // "giúp 11 hộ thoát nghèo" and "giúp 12 hộ phụ nữ nghèo thoát nghèo": one verb, and what follows the unit names them alike
  if (!a.block.table && !b.block.table && a.unit === b.unit && !a.percent && a.phrase.join(' ') === b.phrase.join(' ') && Math.min(a.after.length, b.after.length) >= 2) return true;
  const table = Boolean(a.block.table) !== Boolean(b.block.table);
  // a table's short row label ("Điện", "Trường học") names a criterion, a sentence one of its measures: one word
  // is enough only for the same count in the same unit ("Lúa (ha)" and "diện tích lúa … ha")
  // "tổng kinh phí 214,6 triệu đồng" is the table's total row, not a row of it
  if (table && (a.block.table ? b : a).roles.has('total')) return false;
  // "…, trong đó 20.360 lượt khách quốc tế": a subset named after its unit is not the row of all of them
  const prose = a.block.table ? b : a;
  if (table && /\btrong (?:do|so do)\s*$/.test(prose.lead) && prose.after.length > 0 && !prose.after.some((w) => (a.block.table ? setA : setB).has(w))) return false;
  // "trang trại bò sữa tại thôn Kim Tây đang nuôi 148 con": a farm, a household or a firm at a place is not the place's row
  if (table && AT_PLACE.test(prose.lead)) return false;
  // and the sentence names most of the row: "văn hóa 7,6%" of the sectors is not the row "Nhà văn hóa thôn 9"
  if (table && !namesColumn(a.block.table ? a : b, prose)) return false;
  if (table) return shared >= shorter && shared * 2 > (a.block.table ? setA : setB).size && (specific >= 2 || (specific === 1 && !a.percent && a.unit === b.unit));
  if (shorter === 1 && a.percent && b.percent) return shared === 1;
  // (five words' windows that differ only in the first, where the sentence began them: "cấp 358 giấy phép xây dựng với
  // tổng diện tích sàn" and "cấp 358 giấy phép với tổng diện tích sàn")
  const edgeOnly = shorter >= 5 && shared === shorter - 1 && a.phrase.slice(1).join(' ') === b.phrase.slice(1).join(' ');
  return (shared >= 2 && shared >= shorter) || edgeOnly;
}


/**
 * Two written figures that can be one value: equal when written to the same decimals (78,3% and
 * 78,4% touch at 78,35 but are two figures), else one's interval holds the other's rounding.
 */
function sameFigure(a: Mention, b: Mention): boolean {
  // the plan column beside a text's X/Y: the cell is its Y
  const xy = a.y ? a : b.y ? b : undefined;
  const plain = xy === a ? b : a;
  if (xy && !plain.y && xy.yInterval && overlaps(xy.yInterval, plain.interval)) return true;
  if (a.n.decimals === b.n.decimals && a.n.scaleWord === b.n.scaleWord && a.unit === b.unit) return Math.abs(a.n.mantissa - b.n.mantissa) < 1e-9;
  return overlaps(a.interval, b.interval);
}

/** A headline restates the text under it ("92,1% số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"): a short first line with a figure. */
export function headlineOf(index: MentionIndex): number | undefined {
  const title = index.blocks.slice(0, 3).find((b) => b.story === 'body' && (index.byBlock.get(b.index) ?? []).length > 0);
  return title && title.text.trim().length < 160 && !/[.;:]\s*$/.test(title.text) ? title.index : undefined;
}

export function written(m: Mention): string {
  const x = m.y ? `${m.n.numberText}/${m.y.numberText}` : m.n.scaleWord ? m.n.text : m.n.numberText;
  return `${x}${m.unit && m.unit !== '%' && !(m.n.scaleWord && m.unit.startsWith(m.n.scaleWord.toLowerCase())) ? ` ${m.unit}` : m.unit && m.n.scaleWord ? ` ${m.unit.split(' ').slice(1).join(' ')}` : m.percent ? '%' : ''}`.trim();
}

/**
 * "đã giải quyết, trả lời 80,1% tổng số ý kiến" against "trả lời 149/158 ý kiến (94,3%)" of the commune's: a rate that names
 * the whole it is of, which the other rate's X over a whole the report states (186 ý kiến) gives, is of that other whole.
 */
function ofOtherWhole(index: MentionIndex, said: Mention, ref: Mention): boolean {
  if (!said.percent || !ref.percent || !/^\s*%?\s*(?:cua\s+)?tong so\b/.test(said.tail)) return false;
  const list = index.byBlock.get(ref.block.index) ?? [];
  const xy = list[list.indexOf(ref) - 1];
  if (!xy || !xy.y || xy.sentence.start !== ref.sentence.start) return false;
  return index.all.some((w) => {
    if (w.family !== xy.family || w.percent || w.y || w.block.story !== 'body' || w.value <= (xy.yInterval?.hi ?? Infinity)) return false;
    const r = percentInterval(xy.interval, w.interval);
    return r !== null && agrees(said.n, r);
  });
}

/** `already`: places other rules found wrong ("block:start"); a repeat of a number found wrong is that one mistake. */
export function checkIdentity(index: MentionIndex, already: ReadonlySet<string> = new Set()): Finding[] {
  const out: Finding[] = [];
  const buckets = new Map<string, Mention[]>();
  const flagged = new Set<Mention>();
  const summary = summarySections(index);
  const headline = headlineOf(index);
  // every figure of a family so far, eligible or not ("Toàn xã còn 1.406 người chưa tham gia" names too little to be compared, but may be restated)
  const seen = new Map<string, Mention[]>();
  for (const m of index.all) {
    let family = seen.get(m.family);
    if (!family) seen.set(m.family, (family = []));
    family.push(m);
    // (a figure said only with its count, "412 hộ (3,12 tỷ đồng)", is named by that count)
    if (!(eligible(m, summary) || (m.paren && !m.block.table && m.family !== '' && companion(index, m))) || sharesChange(index, m)) continue;
    const earlier = family.slice(-MAX_BACK - 1, -1);
    // a report of six months from January: its "6 tháng đầu năm" is its period
    // (not a lũy kế, which may run from before the year: "Lũy kế từ đầu nhiệm kỳ … đến hết năm 2024")
    const scope = m.scope === 'todate' && index.fromStart && /\b(?:thang dau nam|tu dau nam|ca nam)\b/.test(m.span) ? 'period' : m.scope;
    const key = `${m.family}|${roleKey(m)}|${qualifiers(m)}|${m.percent ? 'p' : 'a'}|${scope}${m.scope === 'other' ? `:${m.span}` : ''}`;
    const bucket = buckets.get(key) ?? [];
    // a figure that restates one of the same indicator as written is that one's restatement, whatever else the bucket holds
    // ("Toàn xã còn 1.406 người chưa tham gia" in the body and the summary, beside "còn 67 em chưa tham gia" of the pupils)
    // (of the same span: the summary's "78,5%" that copies the end of last year in a footnote restates nothing of this year)
    // (a summary's figure may drop the body's lũy kế: "kết nạp 41 đảng viên" restates "Lũy kế từ đầu năm kết nạp 41 đảng viên")
    const restated = earlier.some((a) => sameFigure(a, m) && a.unit === m.unit && (roleKey(a) === roleKey(m) || (summary.has(m.section) && a.scope === 'todate' && roleKey(a) === 'cumulative')) && (sameIndicator(a, m) || (a.after.join(' ') === m.after.join(' ') && (a.scope !== 'other' || m.scope === 'other')) || a.after.join(' ').startsWith(m.phrase.join(' '))));
    for (const a of restated ? [] : bucket.slice(-MAX_BACK)) {
      if (a.block === m.block && a.sentence.start === m.sentence.start) continue;
      if (!restates(a, m, summary, headline)) continue;
      if (datesDiffer(index, a, m)) continue;
      // "[^2]: Lũy kế giải ngân đến ngày 30/9/2026 là …" in a report to December: the figure at an earlier date
      if ([a, m].some((x) => x.block.story === 'footnote' && (earlierDate(index.folded.get(x.block.index) ?? '') || earlierSchoolYear(index, x.block) || earlierTerm(index, x.block)))) continue;
      // "16 tỉnh có 100% số xã đạt chuẩn" in the headline, "16 tỉnh …, trong đó có 5 tỉnh …" in the body: the sentence restates the whole, its part is another figure
      if ((index.byBlock.get(m.block.index) ?? []).some((o) => o !== m && o.start < m.start && o.sentence.start === m.sentence.start && o.family === m.family && sameFigure(o, a))) continue;
      if (!sameIndicator(a, m) && !namedInSentence(index, a, m) && !sameCompanion(index, a, m)) continue;
      if (otherNumbered(index, a, m) || partsOfOtherWholes(index, a, m) || shareOfAnotherColumn(index, a, m)) continue;
      if (sameFigure(a, m)) continue;
      // "kết nạp 41 đảng viên" in the summary against the row "… | 40 | 6 | 41 | 37 |": it restates another column of the row
      // (an X/Y is of two columns at once: its Y is the plan cell, no restatement)
      const prose = a.block.table ? m : a;
      if ([a, m].some((t) => t.block.table) && !prose.y && rowCells(index, prose === a ? m : a).some((c) => sameFigure(c, prose))) continue;
      if (already.has(`${a.block.index}:${a.n.start}`) || already.has(`${m.block.index}:${m.n.start}`)) continue;
      if (ofOtherWhole(index, a, m) || ofOtherWhole(index, m, a)) continue;
      if (flagged.has(m)) break;
      // three or more values of one phrase are several indicators, not one repeated
      // (a rate named by one word, "rừng … 25,4%", is no third value of a rate named by three)
      if (bucket.filter((o) => sameIndicator(o, m) && !sameFigure(o, a) && (o.phrase.length >= 2 || m.phrase.length < 2)).length > 0) continue;
      flagged.add(m);
      // the restatement (a headline, a summary) is the one to mend, the body it restates is the reference
      // (the text against a table: the text is what the drafter wrote out, the table what they compiled)
      const restatement = (x: Mention): boolean => x.block.index === headline || summary.has(x.section) || (!x.block.table && Boolean((x === a ? m : a).block.table));
      const [ref, said] = restatement(a) && !restatement(m) ? [m, a] : [a, m];
      // a percent its own X/Y proves decides against a restatement that has none: "Lúa đạt 78,4%" in the summary
      const proven = ref.percent && said.percent && !said.y && explainedByRatio(index, ref) && !explainedByRatio(index, said) && ref.n.decimals === said.n.decimals;
      // (a figure named only by the count it is said with: "số tiền của 412 hộ")
      const withCount = said.phrase.length < 2 && said.after.length === 0 ? companion(index, said) : undefined;
      const label = withCount ? `số liệu của ${written(withCount)}` : phraseLabel(said.phrase.length >= 2 || said.after.length === 0 ? said : { ...said, phrase: said.after });
      const f: Finding = {
        rule: 'repeat-indicator',
        severity: proven ? 'error' : 'warning',
        kind: proven ? 'certain' : 'possible',
        message: `Cùng chỉ tiêu (“${label}”) nhưng hai số liệu khác nhau: ${where(ref)} ghi ${written(ref)}${proven ? ' (đúng theo số liệu tính ra ở đó)' : ''}, ở đây ghi ${written(said)}${ref.family !== '' && ref.unit !== said.unit ? ` (đổi đơn vị: ${formatVn(ref.value / (said.value / (said.n.scaleWord ? said.n.mantissa : said.n.value) || 1), { decimals: 2 })} ${said.unit})` : ''}.`,
        text: said.block.text.slice(said.start, said.end),
        location: { story: said.block.story, block: said.block.index, start: said.start, end: said.end },
        stated: written(said),
        expected: written(ref),
      };
      if (proven) f.fix = ref.n.text;
      out.push(f);
      break;
    }
    bucket.push(m);
    buckets.set(key, bucket);
  }
  return out;
}
