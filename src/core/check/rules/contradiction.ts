/**
 * A count against what the text says elsewhere: "không có trường hợp nào bị kỷ luật", then "có 01
 * trường hợp bị kỷ luật"; "Trong tháng không phát sinh trường hợp tảo hôn" against "vẫn còn 02 trường
 * hợp tảo hôn phát sinh trong tháng"; "xã chưa phải sử dụng nguồn dự phòng" against "đã sử dụng dự
 * phòng 186 triệu đồng". A negation says that nothing of a kind happened in a span of time; an amount
 * above zero of the same kind (its unit word, or the words around it), in the same span of time, says
 * the opposite.
 */
import type { Finding } from '../finding';
import { rowsOf } from './table-restate';
import type { Mention, MentionIndex, Scope } from '../mentions';
import { scopeOfText, TAI_COMPOUNDS } from '../mentions';
import { fold } from '../../text/fold';
import { differentSubjects } from '../subjects';
import { holdsRun, written } from './identity';

/** The verbs that deny: "không có", "không phát hiện"; "chưa ghi nhận" (of "… nào" only, in NONE). */
const DENYING_NOT = 'khong (?:co|con|xay ra|phat sinh|de xay ra|ghi nhan|phat hien)';
const DENYING_YET = 'chua (?:phat hien|ghi nhan)';

/**
 * "không (có|xảy ra|phát sinh|ghi nhận|phát hiện) <kind> (nào) <what>": the kind is the unit a count
 * would carry (trường hợp, vụ, ca, đảng viên…); "chưa (phải) sử dụng <what>": a use that a later
 * "đã sử dụng <what> 186 triệu đồng" contradicts.
 */
const NONE = new RegExp(`\\b(?:${DENYING_NOT}|${DENYING_YET}(?= [a-z]+(?: [a-z]+){0,3} nao\\b))\\s+([a-z]+(?: [a-z]+)?)((?: [a-z ]{0,80}?)?)(?=[,.;:()]|$)`, 'g');
const NOT_YET = /\bchua (?:phai )?(su dung|phat sinh|xay ra)\s+([a-z ]{2,40}?)(?=[,.;:()]|$)/g;
/** Units that count events: "01 vụ cháy", "6 ca sốt xuất huyết". */
const EVENT_UNITS = new Set(['vu', 'ca', 'truong hop', 'lan', 'vu viec', 'o']);
const FILLER = new Set(['bi', 'duoc', 'phai', 'da', 'xay', 'ra', 'tren', 'dia', 'ban', 'trong', 'thang', 'ky', 'nay', 'va', 'cac', 'la', 'co', 'the', 'nao', 'so', 'nguon', 'van', 'con', 'tai', 'cua', 'cho', 'voi', 'mot', 'nhung', 'xa', 'phat', 'sinh', 'ghi', 'nhan', 'hien', 'nam', 'quy', 'dau', 'tu']);
/** Words that start what a count says of place, time or cause, not of what it counts. */
const PREPOSITIONS = new Set(['o', 'tai', 'cua', 'do', 'vi', 'trong', 'nam', 'thang', 'cho', 've', 'la', 'tu', 'den', 'tren', 'duoi', 'khi', 'nhung', 'va', 'hoac', 'theo', 'lam', 'gay', 'voi', 'len', 'sau', 'truoc', 'toi']);
/** Words too common to tie a count to a negation on their own. */
const WEAK = new Set(['vi', 'pham', 'thuc', 'hien', 'giai', 'quyet', 'tinh', 'trang', 'hoan', 'thanh', 'nhiem', 'vu', 'xep', 'loai', 'xem', 'xet', 'xu', 'ly', 'tham', 'gia']);

interface Negation {
  /** The unit a count of the kind carries; empty for "chưa sử dụng …". */
  kind: string;
  /** For "chưa sử dụng …": the verb a later count must carry. */
  verb?: string;
  /** For "không xảy ra cháy, nổ": the event a count of events must name right after its unit. */
  event?: string;
  /** The denied event in the words of its synonyms ("mất an toàn" is "tai nạn"), when it has them. */
  eventSaid?: string;
  /** "không có nợ quá hạn": an amount written right after these words ("nợ quá hạn 28 triệu đồng") is of what was denied. */
  amountOf?: string;
  /** Where the denial ends in its block: an amount of it later in the same paragraph contradicts it too. */
  end?: number;
  /** "không có <phrase>": the kind and what happened to it, folded. */
  phrase?: string;
  words: string[];
  block: number;
  scope: Scope;
  text: string;
  /** The denial's clause from its kind to its end, folded: "trường hợp lạm dụng, trục lợi quỹ bảo hiểm y tế trên địa bàn". */
  rest?: string;
  /** The sentence of the negation, folded: what standard or subject it speaks of. */
  context?: string;
  /** "Tuyến hàng hải không xảy ra …", "Tháng 3-2020, không phát sinh …": the words of the one subject or span the denial is of; a count's sentence must name them. */
  only?: string[];
  /** "tiếp nhận 43 đơn thư, không có đơn tố cáo": the whole the denial is of; a count meets it only beside that whole again. */
  within?: { value: number; unit: string };
}

/** Events named in other words: the first is what a count says, the second what a denial may say of it. */
const EVENT_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bmat an toan\b/g, 'tai nan'],
  [/\btai bien nang\b/g, 'phan ung nang'],
];

/** A denial's or a count's event in the words the synonyms share; unchanged when it names none of them. */
function canonEvent(s: string): string {
  return EVENT_SYNONYMS.reduce((t, [re, to]) => t.replace(re, to), s);
}

/** "tái nghèo", "tái phạm": "tái" folds as "tại", a filler word, but the compound is one word of its own. */
const TAI = new RegExp(`\\btai (${TAI_COMPOUNDS})\\b`);
const TAI_ALL = new RegExp(TAI.source, 'g');

/** The words of each text once: a denial meets every count of its kind, and each time asks the same texts' words. */
const contentCache = new Map<string, readonly string[]>();

function content(s: string): readonly string[] {
  const known = contentCache.get(s);
  if (known) return known;
  // (bounded: one report's texts, not every report the pane has checked)
  if (contentCache.size > 20000) contentCache.clear();
  const words = contentOf(s);
  contentCache.set(s, words);
  return words;
}

function contentOf(s: string): string[] {
  // "bị thi hành kỷ luật", "bị xử lý kỷ luật" and "bị kỷ luật" say one thing
  return s.replace(/\b(?:thi hanh|xu ly|xem xet) ky luat\b/g, 'ky luat').replace(TAI_ALL, (_, w: string) => `tai${w.replace(' ', '')}`).split(/[^a-z]+/).filter((w) => w.length >= 2 && !FILLER.has(w));
}

/** Words that open a clause of its own after a comma, not one more item of a list. */
const CLAUSE_OPENER = /^(?:cac|nhung|dong thoi|tuy nhien|trong|da|dang|van|duoc|tinh hinh|nhan dan|moi|toan|xa|thon|ban|dam bao|tiep tuc)\b/;

/** The short items a comma lists after a denial: "…, khiếu kiện đông người", "…, hôn nhân cận huyết thống". */
function listedAfter(folded: string, from: number): Array<{ words: string; end: number }> {
  const out: Array<{ words: string; end: number }> = [];
  let at = from;
  for (let k = 0; k < 4; k++) {
    const m = /^,\s*([a-z]+(?: [a-z]+){0,4})\s*(?=[,.;:()]|$)/.exec(folded.slice(at));
    if (!m || CLAUSE_OPENER.test(m[1]) || content(m[1]).filter((w) => !WEAK.has(w)).length === 0) break;
    at += m[0].length;
    out.push({ words: m[1], end: at });
  }
  return out;
}

/**
 * What opens the denial's clause when it names one subject or span: "tuyen hang hai" (a route of the
 * roads, rails and sea), "thang 3" (one month of five). Only their words; none when the opener is the
 * report's own frame ("Trong tháng, trên địa bàn xã").
 */
function openerOf(opener: string): string[] | undefined {
  const month = /^\s*thang (\d{1,2})\b/.exec(opener);
  if (month) return ['thang', month[1]];
  const ws = opener.split(/[^a-z]+/).filter((w) => w.length >= 2 && !FILLER.has(w) && !WEAK.has(w) && !OPENER_FRAME.has(w));
  return ws.length >= 2 && /^\s*(?:tuyen|duong|linh vuc|khu vuc|nganh)\b/.test(opener) ? ws : undefined;
}

const OPENER_FRAME = new Set(['toan', 'huyen', 'tinh', 'phuong', 'thi', 'tran', 'ca', 'nuoc', 'quoc', 'rieng', 'hien', 'nay', 'nhin', 'chung']);

/** "vi phạm đến mức phải khai trừ": the degree is what a denial of it denies. */
function degreeOnly(what: string): string {
  return what.replace(/^.*\bden muc (?:phai )?/, ' ');
}

/**
 * Whether a count falls in a denial's span: the same span, both of a report that counts from the start of the year, or
 * a case found in the report's own period inside a denial of the year to date ("Trong 9 tháng … không phát sinh" holds
 * for quarter III; "đề nghị thi hành kỷ luật 3 đảng viên" this month is what is done about the year's cases, no case).
 */
function sameSpanIn(index: MentionIndex, denial: Scope, count: Scope, found: boolean, span = ''): boolean {
  return denial === count || (index.fromStart && denial !== 'other' && (count !== 'other' || monthOfReport(index, span))) || (found && denial === 'todate' && count === 'period');
}

/** "Tháng 9/2026, 02 xe buýt …" in the report of the year 2026: a month inside the span the report covers. */
function monthOfReport(index: MentionIndex, span: string): boolean {
  const m = /^thang (\d{1,2})\/(\d{4})$/.exec(span);
  return m !== null && index.months !== undefined && m[2] === index.year && Number(m[1]) >= index.months[0] && Number(m[1]) <= index.months[1];
}

/** A count the text says was found or happened ("phát hiện 1 trường hợp", "Vẫn còn 01 tàu cá"), not what was done about it ("đề nghị kỷ luật 3 đảng viên"). */
const FOUND = /\b(?:phat hien|xay ra|phat sinh|ghi nhan|con)\s*$/;

/** The words of a denial before its kind, as NONE reads them: "không phát hiện " of "không phát hiện trường hợp …". */
const DENYING_VERB = new RegExp(`^(?:${DENYING_NOT}|${DENYING_YET})\\s+`);

function sentenceScope(folded: string, at: number, end: number): Scope {
  const start = Math.max(folded.lastIndexOf('. ', at) + 1, 0);
  return scopeOfText(folded.slice(start, end));
}

function negationsOf(index: MentionIndex): Negation[] {
  const out: Negation[] = [];
  for (const b of index.blocks) {
    const folded = index.folded.get(b.index) ?? fold(b.text);
    if (!/\b(?:khong|chua)\b/.test(folded)) continue;
    for (const m of folded.matchAll(NONE)) {
      const at = m.index ?? 0;
      const from = folded.lastIndexOf('. ', at) + 1;
      const to = folded.indexOf('.', at + m[0].length);
      const context = folded.slice(from, to < 0 ? folded.length : to);
      // "Đường thủy xảy ra 2 vụ, làm chết 1 người, không có người bị thương": a denial after its sentence's own count of the same kind is of that subject only
      const ownKind = m[1].split(' ')[0];
      // (within its clauses: past a ";" the sentence speaks of the whole again)
      // ("tiếp nhận 43 đơn thư, không có đơn tố cáo": of those 43, which a count elsewhere breaks down in the sentence that says 43 again)
      const clauseFrom = Math.max(from, folded.lastIndexOf(';', at) + 1);
      // "Các môn học và hoạt động giáo dục còn lại đều có 100% …, không có học sinh chưa hoàn thành": a denial of the rest,
      // not of the subjects counted elsewhere
      if (/\b(?:con lai|khac)\b/.test(folded.slice(clauseFrom, at))) continue;
      let within: Negation['within'];
      if (new RegExp(`\\d[\\d.,]*\\s+${ownKind}\\b`).test(folded.slice(clauseFrom, at))) {
        const own = (index.byBlock.get(b.index) ?? []).filter((o) => o.start >= clauseFrom && o.end <= at && fold(o.unit).startsWith(ownKind) && !o.percent && !o.y).at(-1);
        if (!own || !/^khong co\b/.test(m[0])) continue;
        within = { value: own.value, unit: own.unit };
      }
      // ("không có hộ tái nghèo": the kind is "hộ"; "tái nghèo" is what is denied of it)
      const kind = (TAI.test(`${m[1]}${m[2]}`) && /^[a-z]+ tai$/.test(m[1]) ? m[1].split(' ')[0] : m[1]).trim();
      const only = openerOf(folded.slice(Math.max(from, folded.lastIndexOf(';', at) + 1), at));
      // "không có tổ chức đảng, đảng viên nào phải thi hành kỷ luật": two kinds denied one thing, the second with it
      const second = /^,\s*([a-z]+ [a-z]+) nao ([a-z ]{3,50}?)(?=[,.;:()]|$)/.exec(folded.slice(at + m[0].length));
      if (second) {
        out.push({ kind: second[1], only, phrase: `${second[1]}${degreeOnly(` ${second[2]}`)}`.trim(), words: [], block: b.index, scope: sentenceScope(folded, at, at + m[0].length), context, text: b.text.slice(at, at + m[0].length + second[0].length).trim() });
      }
      // "không có đảng viên vi phạm đến mức phải khai trừ": what is denied is the degree, not the breach ("3 đảng viên có vi phạm")
      // ("không có tổ chức đảng, đảng viên nào bị xử lý kỷ luật": the first kind is denied what the second is)
      const what = degreeOnly(second ? `${m[2]} ${second[2]}` : m[2]);
      const phrase = `${m[1]}${what}`.trim();
      const scope = sentenceScope(folded, at, at + m[0].length);
      // "không có đảng viên vi phạm phải xem xét, xử lý kỷ luật": what happened runs past a comma when nothing before it says it
      const generic = content(what).filter((w) => !WEAK.has(w)).length === 0;
      const longer = generic ? /^[^.;:()0-9]{0,60}?(?=[.;:()]|$)/.exec(folded.slice(at + m[0].length)) : null;
      if (longer && content(longer[0]).filter((w) => !WEAK.has(w)).length > 0) out.push({ kind, only, phrase: `${phrase} ${longer[0].replace(/[^a-z ]+/g, ' ')}`.replace(/\s+/g, ' ').trim(), words: [], block: b.index, scope, context, text: b.text.slice(at, at + m[0].length + longer[0].length).trim() });
      else if (!generic || m[1].includes(' ')) {
        const stop = folded.slice(at).search(/[.;]/);
        const rest = folded.slice(at, stop < 0 ? folded.length : at + stop).replace(DENYING_VERB, '').slice(kind.length);
        // (what parentheses list is no part of the denied act; a degree is what is denied of a breach)
        const denied = degreeOnly(rest.replace(/\([^)]*\)/g, ' '));
        out.push({ kind, only, within, phrase, rest: denied, words: [], block: b.index, scope, context, text: b.text.slice(at, at + m[0].length).trim() });
        // "không xảy ra vụ việc phức tạp, khiếu kiện đông người": each short item after a comma is denied too
        if (!generic && EVENT_UNITS.has(kind)) for (const item of listedAfter(folded, at + m[0].length)) out.push({ kind, phrase: `${kind} ${item.words}`, words: [], block: b.index, scope, context, text: b.text.slice(at, item.end).trim() });
      }
      // "không có trường hợp thành viên ra khỏi Hợp tác xã" against "giảm 8 thành viên do ra khỏi Hợp tác xã": the people the case is of
      const who = EVENT_UNITS.has(kind) ? PEOPLE_NOUNS.find((n) => m[2].trimStart().startsWith(`${n} `)) : undefined;
      if (who) out.push({ kind: who, phrase: m[2].trim(), words: [], block: b.index, scope, context, text: b.text.slice(at, at + m[0].length).trim() });
      // "không có nợ quá hạn" against "phát sinh nợ quá hạn 28 triệu đồng": an amount right after the denied words
      if (!generic && content(phrase).filter((w) => !WEAK.has(w)).length >= 2) out.push({ kind: '', amountOf: phrase, words: [], block: b.index, end: at + m[0].length, scope, context, text: b.text.slice(at, at + m[0].length).trim() });
      // "không xảy ra cháy, nổ": an event, no unit; a count of events ("01 vụ cháy kho …") names it after its unit
      if (/^khong (?:xay ra|phat sinh|de xay ra)/.test(m[0]) && !EVENT_UNITS.has(kind) && !EVENT_UNITS.has(m[1].split(' ')[0])) {
        out.push({ kind: '', only, event: kind.split(' ')[0], eventSaid: canonEvent(`${m[1]}${m[2]}`) !== `${m[1]}${m[2]}` ? canonEvent(`${m[1]}${m[2]}`).trim() : undefined, words: [], block: b.index, scope, text: b.text.slice(at, at + m[0].length).trim() });
      }
    }
    for (const m of folded.matchAll(NOT_YET)) {
      const at = m.index ?? 0;
      // "còn 33 thành viên chưa sử dụng thường xuyên dịch vụ": a count of those who have not, no denial that anyone has
      if (/\d[\d.,]*\s+[a-z]+(?: [a-z]+){0,3}\s*$/.test(folded.slice(Math.max(0, at - 40), at))) continue;
      const words = content(m[2]).filter((w) => !WEAK.has(w));
      if (words.length === 0) continue;
      out.push({ kind: '', verb: m[1], words, block: b.index, scope: sentenceScope(folded, at, at + m[0].length), text: b.text.slice(at, at + m[0].length).trim() });
    }
  }
  return out;
}

/** The unit words a negation of this kind can meet: "trường hợp" meets "trường hợp"; "đảng viên nào" meets "đảng viên". */
function kindKey(unit: string): string {
  return unit.split(' ')[0] ?? '';
}

/** The words right after a word, up to a preposition: "chuẩn trình độ", not "tảo hôn ở thôn …"; of its last use, or its first. */
function specification(text: string, word: string, last = false): string[] {
  // (within its clause: "… phải thi hành kỷ luật; tiếp nhận 01 đơn" says nothing more of the discipline)
  const flat = text.replace(/[;.:,]/g, ' | ').replace(/[^a-z |]+/g, ' ').replace(/\s+/g, ' ');
  const all = [...flat.matchAll(new RegExp(`\\b${word}\\b((?: [a-z]+){1,2})`, 'g'))];
  const after = (last ? all.at(-1) : all[0])?.[1] ?? '';
  const out: string[] = [];
  for (const w of after.trim().split(' ')) {
    if (!w || PREPOSITIONS.has(w) || FILLER.has(w)) break;
    if (!WEAK.has(w)) out.push(w);
  }
  return out;
}

/** Who a case ("trường hợp") may be of, counted in their own unit. */
const PEOPLE_NOUNS = ['thanh vien', 'hoi vien', 'dang vien', 'doan vien', 'hoc sinh', 'cong dan', 'thanh nien', 'can bo', 'lao dong', 'giao vien', 'tre em'];

/** Kinds of people named by their unit and the words after it. */
const COMPOUND_KINDS = ['nguoi cao tuoi', 'nguoi khuyet tat', 'nguoi lao dong', 'nguoi co cong', 'nguoi dan toc', 'nguoi ngheo'];

/** "em" counts pupils and children: "bỏ học 2 em" against "không có học sinh bỏ học". */
// ("khai trừ 1 đồng chí" counts party members, as "bỏ học 2 em" counts pupils)
const PRONOUN_KINDS: Record<string, readonly string[]> = { em: ['hoc sinh', 'tre', 'tre em', 'hoc vien'], 'dong chi': ['dang vien', 'doan vien', 'hoi vien', 'can bo'], don: ['khieu nai', 'to cao', 'kien nghi', 'phan anh'] };

/** What a letter is ("đơn khiếu nại"), and the words of a topic that say only that it is one ("công tác", "lĩnh vực"). */
const LETTER_KINDS = new Set(['khieu nai', 'to cao', 'kien nghi', 'phan anh']);
const GENERIC_TOPIC = new Set(['cong', 'tac', 'viec', 'linh', 'vuc', 'van', 'de', 'hoat', 'dong']);

/** The first use of a unit as a word of its own. */
function unitWord(unit: string): RegExp {
  return new RegExp(`\\b${unit.replace(/[^a-z0-9 ]/g, '')}\\b`);
}

function matches(n: Negation, m: Mention, near: string, unit: string, clause = near): boolean {
  if (n.amountOf) return !m.family.startsWith('n:') && m.family !== 'people' && m.lead.replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trimEnd().endsWith(` ${n.amountOf}`);
  if (n.event) {
    if (!EVENT_UNITS.has(unit)) return false;
    const after = m.tail.slice(unit.length + 1);
    if (new RegExp(`^\\s*${n.event}\\b`).test(after)) return !divergent(n.text, after);
    // "không xảy ra mất an toàn trong huấn luyện" against "01 vụ tai nạn trong huấn luyện"; "tai biến nặng" against "01 trường hợp trẻ bị phản ứng nặng"
    const counted = canonEvent(after);
    if (counted !== after && new RegExp(`^\\s*${n.event}\\b`).test(counted)) return true;
    // (past the people it happened to: "trẻ bị phản ứng nặng")
    const said = n.eventSaid?.split(' ').slice(0, 3).join(' ');
    return said !== undefined && ` ${counted.trim().split(/\s+/).slice(0, 5).join(' ')} `.includes(` ${said} `);
  }
  if (n.verb) {
    // "đã sử dụng dự phòng 186 triệu đồng": what was used follows the verb; "tiền sử dụng đất" is a fee, no use
    const lead = m.lead.slice(-40);
    const at = lead.lastIndexOf(n.verb);
    if (at < 0 || /\btien\s*$/.test(lead.slice(0, at))) return false;
    const object = `${lead.slice(at + n.verb.length)} ${m.tail.slice(0, 30)}`;
    return n.words.some((w) => content(object).includes(w));
  }
  // the kind is the count's unit: "không có trường hợp nào … kỷ luật" against "01 trường hợp bị kỷ luật"
  const areaKind = n.kind === 'dien tich' && m.family === 'area';
  const sameKind = unit === n.kind || unit.startsWith(`${n.kind} `) || n.kind.startsWith(`${unit} `) || (n.kind === unit.split(' ')[0] && unit.split(' ').length === 1) || (PRONOUN_KINDS[unit] ?? []).includes(n.kind) || areaKind;
  // "không có khiếu nại liên quan đến công tác cấp căn cước" against "1 đơn khiếu nại việc từ chối cấp lại thẻ căn cước": a letter of
  // the kind denied whose own clause says what the denial says it was about
  const about = /^(?:lien quan (?:den|toi)|ve)\s+(.*)$/.exec((n.phrase ?? '').slice(n.kind.length).trim());
  if (about && (PRONOUN_KINDS[unit] ?? []).includes(n.kind) && LETTER_KINDS.has(n.kind)) {
    const topic = content(about[1]).filter((w) => !WEAK.has(w) && !GENERIC_TOPIC.has(w));
    const own = content(`${m.lead.slice(-50).replace(/^.*[0-9;,(]/, '')} ${m.tail.split(/[,;(]/)[0]}`);
    return new RegExp(`^\\s*${n.kind}\\b`).test(m.tail.slice(unit.length + 1)) && topic.length >= 2 && topic.filter((w) => own.includes(w)).length >= topic.length - (topic.length >= 4 ? 1 : 0);
  }
  // events are counted in vụ, ca or trường hợp alike: "không xảy ra trường hợp trẻ em bị đuối nước" against "01 vụ đuối
  // nước làm 01 trẻ em tử vong", when two words of what happened follow one another in both
  if (!sameKind && EVENT_UNITS.has(unit) && EVENT_UNITS.has(n.kind)) {
    const what = withoutWho(content(n.phrase?.slice(n.kind.length) ?? '').filter((w) => !WEAK.has(w)));
    const around = ` ${content(near.replace(unitWord(unit), ' ')).join(' ')} `;
    return what.some((w, i) => i + 1 < what.length && around.includes(` ${w} ${what[i + 1]} `));
  }
  // "không có trường hợp nào sử dụng vốn vay sai mục đích" against "phát hiện 02 hộ sử dụng vốn vay sai mục đích": a case of
  // anyone, met by a count of whoever it was that says all of what happened, in its words and order
  // (up to the clause's next figure, however long the words of who it was: "01 chi hội thôn Đồng Giang chi Quỹ khuyến học sai mục đích")
  if (!sameKind && n.kind === 'truong hop' && !EVENT_UNITS.has(unit)) {
    const own = `${m.lead.slice(-50).replace(/^.*[0-9;]/, '')} ${m.tail.slice(0, 90).replace(/[0-9;].*$/, '')}`;
    return saysAllOf(n.phrase?.slice(n.kind.length) ?? '', own) || saysMostOf(n.rest ?? '', clause);
  }
  if (!sameKind) return false;
  // what happened is the phrase past the count's own unit: "không có tổ trung bình" is "trung bình" of a "tổ"
  const phrase = n.phrase ?? '';
  // "người cao tuổi bị ngược đãi": the words that make the unit a kind of people are no part of what happened
  const compound = COMPOUND_KINDS.find((k) => k.startsWith(`${unit} `) && phrase.startsWith(k));
  // ("đơn thư khiếu nại" is met by "01 đơn khiếu nại": the denied kind is the head, however longer than the count's unit)
  const longKind = !EVENT_UNITS.has(unit) && n.kind.startsWith(`${unit} `) && phrase.startsWith(n.kind) && content(phrase.slice(n.kind.length)).some((w) => !WEAK.has(w));
  // ("không có vụ việc khiếu nại lần hai" is met by "1 vụ … khiếu nại lần hai": the denied kind is the whole "vụ việc")
  const eventKind = EVENT_UNITS.has(unit) && EVENT_UNITS.has(n.kind) && n.kind.startsWith(`${unit} `) && phrase.startsWith(n.kind);
  const head = compound ?? (longKind || eventKind || areaKind ? n.kind : phrase.startsWith(unit) ? unit : PRONOUN_KINDS[unit]?.includes(n.kind) && phrase.startsWith(n.kind) ? n.kind : '');
  // ("trường hợp trẻ em tử vong do đuối nước": who it happened to is no part of what happened)
  // ("cơ sở kinh doanh nào kê khai thiếu": "nào" ends the kind; what happened is past it)
  const kindEnd = Math.max(head.length, phrase.indexOf(' nao ') + 4);
  const said = EVENT_UNITS.has(unit) ? withoutWho(content(phrase.slice(kindEnd)).filter((w) => !WEAK.has(w))) : content(phrase.slice(kindEnd)).filter((w) => !WEAK.has(w));
  // (of a case's whole kind, all it says up to where or when: "khiếu nại lần hai sau khi xã giải quyết" is "khiếu nại lần hai")
  // (and of any case counted as a case: "không có trường hợp nào xảy ra tai biến sau hiến máu" is of "tai biến", whenever it came)
  const stop = eventKind || (EVENT_UNITS.has(unit) && unit === n.kind) ? said.findIndex((w) => PREPOSITIONS.has(w)) : -1;
  const predicate = stop > 0 ? said.slice(0, stop) : said;
  if (predicate.length === 0) return false;
  // "đuối nước 2 trường hợp, làm 1 em tử vong": the events counted are not all the denied outcome; the outcome's own count is
  const outcome = /^[^;.]{0,10}?,?\s*lam \d[\d.,]*\s+([a-z ]{0,40})/.exec(m.tail.slice(unit.length + 1));
  if (EVENT_UNITS.has(unit) && outcome && content(outcome[1]).includes(predicate[0])) return false;
  // the unit once, not its words: "02 học sinh … bỏ học" keeps the "học" of "bỏ học" (and "hộ" the "hồi" of "thu hồi")
  const around = content(near.replace(unitWord(unit), ' '));
  // "17 em học tập chưa đạt phải rèn luyện" is no "học sinh rèn luyện chưa đạt": a pronoun's count says what happened in the same words, in order
  if (PRONOUN_KINDS[unit]?.includes(n.kind)) {
    const own = content(`${m.lead.slice(-50).replace(/^.*[0-9;]/, '')} ${m.tail.split(/[,;(]/)[0]}`.replace(unitWord(unit), ' '));
    if (!` ${own.join(' ')} `.includes(` ${predicate.join(' ')} `)) return false;
  }
  const shared = predicate.filter((w) => around.includes(w)).length;
  const lastWords = phrase.slice(kindEnd).split(/[^a-z]+/).filter(Boolean).slice(-2);
  // the head of what happened must be there: "rèn luyện" of "rèn luyện chưa đạt", not only "chưa đạt"
  // (its two words in a row: "bỏ dở" is not the "do bổ sung" of another clause)
  // ("6 vụ khiếu nại" is no "vụ việc khiếu nại lần hai": of a case's kind, all it says)
  // ("hộ nào bỏ dở công trình hoặc sử dụng kinh phí sai mục đích": of several acts denied, one is met by its own words, in a row)
  const acts = phrase.slice(kindEnd).split(/\shoac\s/).map((a) => content(a).filter((w) => !WEAK.has(w))).filter((a) => a.length > 0);
  const met = eventKind
    ? shared === predicate.length
    : acts.length > 1
      ? acts.some((a) => (a.length >= 2 && holdsRun(around, a.slice(0, 2))) || (a.length === 1 && around.includes(a[0])))
      : predicate.length >= 3 ? (shared >= 3 && (around.includes(predicate[0]) || shared * 2 >= predicate.length)) || holdsRun(around, predicate.slice(0, 2)) : shared >= predicate.length
        // ("có 01 đoàn viên thuộc Tổ Trung tâm Phục vụ hành chính công bị Chủ tịch UBND xã xử lý kỷ luật": past a long who, the
        // count's own clause says all of a short denied act, in a row)
        // (what was done to them, not how they were graded: "bị …", "xử lý …", "thi hành …")
        || (predicate.length <= 2 && lastWords.length === 2 && new RegExp(`\\b(?:bi|xu ly|thi hanh) ${lastWords.join(' ')}\\b`).test(clause.replace(/[^a-z]+/g, ' ')));
  // "không có học sinh thuộc hộ nghèo bỏ học" against "142 học sinh thuộc hộ nghèo … được miễn học phí": past whose they are,
  // what happened (its last words, in a row) must be said too
  if (met && !eventKind && acts.length <= 1 && predicate.length >= 3 && /^(?:thuoc|cua)\b/.test(phrase.slice(kindEnd).trim()) && !holdsRun(around, predicate.slice(-2))) return false;
  if (!met || !n.context) return met;
  // "không có giáo viên chưa đạt chuẩn" of the professional standard against "2 giáo viên chưa đạt chuẩn trình độ đào
  // tạo": what the count says past the denied words must be what the negation's sentence speaks of
  // (the words right after them, up to a preposition: "tảo hôn ở thôn Đồng Lạc" says where, not what)
  // (a narrower kind, "kỷ luật khiển trách" of "không … bị kỷ luật", is still of it: only two specifications that differ part)
  const tailWord = predicate[predicate.length - 1];
  const beyond = specification(near, tailWord);
  const own = new Set(specification(n.context, tailWord, true));
  return beyond.length === 0 || own.size === 0 || beyond.some((w) => own.has(w));
}

/**
 * Whether a count's words say what a denied case did: all of it in order ("sử dụng vốn vay sai mục đích"); its
 * object and its last three words in order ("chi Quỹ khuyến học sai mục đích" of "sử dụng Quỹ sai mục đích": the verb
 * may differ, not the wrong); or, of a denial of several acts ("bỏ trốn hoặc không chấp hành lệnh gọi nhập ngũ"), one act.
 */
function saysAllOf(denied: string, near: string): boolean {
  const around = ` ${content(near).join(' ')} `;
  // (a verb that folds to a filler heads the act: the "trồng" of "trường hợp trồng cây …" is no "trong")
  const acts = denied.split(/\s(?:hoac|hay)\s/).map((a) => [...(/^\s*trong\s/.test(a) ? ['trong'] : []), ...content(a).filter((w) => !WEAK.has(w))]);
  if (acts.length > 1) return acts.some((a) => a.length >= 2 && around.includes(` ${a.join(' ')} `));
  const what = acts[0];
  if (what.length < 3) return false;
  if (around.includes(` ${what.join(' ')} `)) return true;
  return what.length >= 4 && around.includes(` ${what.slice(-3).join(' ')} `) && what.filter((w) => around.includes(` ${w} `)).length >= what.length - 2;
}

/**
 * Whether a count's words say most of a long denied act in its own runs of words: "chia sẻ thông tin sai sự thật" of
 * "đăng tải, chia sẻ thông tin xấu, độc, sai sự thật trên mạng xã hội". Runs of three words or more in both, in order,
 * that together hold six words: fewer say only a topic both speak of.
 */
function saysMostOf(denied: string, near: string): boolean {
  const what = content(denied.replace(/,/g, ' ')).filter((w) => !WEAK.has(w));
  const around = content(near);
  if (what.length < 6) return false;
  let covered = 0;
  for (let i = 0; i < what.length;) {
    let best = 0;
    for (let j = 0; j < around.length; j++) {
      let k = 0;
      while (i + k < what.length && j + k < around.length && what[i + k] === around[j + k]) k++;
      best = Math.max(best, k);
    }
    if (best >= 3) covered += best;
    i += Math.max(best, 1);
  }
  return covered >= 6;
}

/** The words of an event up to what says where, when or why: "tai nan giao thong duong thuy noi dia". */
function eventWords(s: string): string[] {
  const out: string[] = [];
  // (the event's own first words may read as prepositions: the "tai" of "tai nan")
  for (const w of s.split(/[^a-z]+/).filter(Boolean)) {
    if (out.length >= 2 && PREPOSITIONS.has(w)) break;
    out.push(w);
  }
  return out;
}

/**
 * "không xảy ra tai nạn giao thông đường thủy nội địa" against "14 vụ tai nạn giao thông đường bộ": two kinds of one event
 * that part after the words they share. The denial is read past its verb.
 */
function divergent(denial: string, counted: string): boolean {
  const denied = eventWords(fold(denial).replace(/^.*?\b(?:xay ra|phat sinh|de xay ra)\s+/, ''));
  const said = eventWords(counted);
  let k = 0;
  while (k < denied.length && k < said.length && denied[k] === said[k]) k++;
  return k >= 1 && k < denied.length && k < said.length && !FILLER.has(denied[k]) && !FILLER.has(said[k]);
}

/** A degree that makes a denied kind narrower than a plain count of it: "vụ tai nạn giao thông đặc biệt nghiêm trọng". */
const DEGREE = /\b(?:(?:dac biet|rat|it) )?nghiem trong\b|\bphuc tap\b|\bdong nguoi\b|\bkeo dai\b|\bvuot cap\b/;

/** "không xảy ra vụ tai nạn giao thông đặc biệt nghiêm trọng" beside "14 vụ tai nạn giao thông đường bộ": the count's sentence must say the degree too. */
function ofNarrowerDegree(n: Negation, countSentence: string): boolean {
  const degree = DEGREE.exec(n.phrase ?? fold(n.text));
  return degree !== null && !countSentence.includes(degree[0]);
}

/**
 * A denial narrowed by its form or its cause: "không có đảng viên bị kỷ luật bằng hình thức cách chức hoặc khai trừ" beside
 * "kỷ luật 7 đảng viên bằng các hình thức: khiển trách 5 đồng chí, cảnh cáo 2 đồng chí"; "không có đảng viên bị xóa tên vì không
 * đóng đảng phí" beside "xóa tên 2 đảng viên tự ý bỏ sinh hoạt đảng". The count's sentence must name one of the forms, or the
 * cause's last two words in a row.
 */
function ofNarrowerFormOrCause(n: Negation, countSentence: string): boolean {
  const denied = n.phrase ?? fold(n.text).toLowerCase();
  const forms = /\bhinh thuc\s+([a-z ]+)$/.exec(denied)?.[1].split(/\s(?:hoac|va|hay)\s/).map((f) => f.trim()).filter((f) => f.length > 0);
  if (forms && forms.length > 0 && !forms.some((f) => countSentence.includes(f))) return true;
  const cause = /(?:^|\s)(?:vì|bởi)\s+([^,.;:()]+)/u.exec(n.text)?.[1];
  if (!cause) return false;
  const words = content(fold(cause).toLowerCase()).filter((w) => !WEAK.has(w));
  if (words.length < 2) return false;
  return !` ${content(countSentence).join(' ')} `.includes(` ${words.slice(-2).join(' ')} `);
}

/** The people a case happened to, at the head of what happened: "trẻ em tử vong …" is a death, of children. */
const WHO = /^(?:tre em|tre|hoc sinh|nguoi dan|nguoi|phu nu|dang vien|thanh nien|nguoi cao tuoi|em)\b/;

function withoutWho(ws: string[]): string[] {
  const text = ws.join(' ');
  const who = WHO.exec(text);
  if (!who) return ws;
  const rest = text.slice(who[0].length).trim();
  return rest ? rest.split(' ') : ws;
}

/** What a grading says of its members: every assessment has its own ("không có đồng chí không đạt" of one test, "11 đồng chí không đạt" of another). */
const GRADE = /^(?:khong )?(?:dat(?: yeu cau)?|yeu|kem|trung binh|kha|gioi|tot|xuat sac)(?: kem)?$/;

function isGrading(n: Negation, unit: string): boolean {
  const phrase = (n.phrase ?? '').startsWith(unit) ? (n.phrase ?? '').slice(unit.length) : (n.phrase ?? '');
  return GRADE.test(phrase.replace(/\b(?:xep loai|loai|hoc luc|hanh kiem)\b/g, ' ').replace(/[^a-z]+/g, ' ').trim());
}

/** The count of the same unit that the parentheses around `m` break down, if `m` is such a part. */
/** The words that name what a figure counts, right after its unit ("tái nghèo" of "2 hộ tái nghèo", one word). */
function kindWords(m: Mention): string[] {
  const unit = fold(m.unit);
  const rest = m.tail.trimStart();
  return content((rest.startsWith(unit) ? rest.slice(unit.length) : rest).split(/[,;(]|\d/)[0]).slice(0, 4);
}

function wholeOf(index: MentionIndex, m: Mention): Mention | undefined {
  if (!m.paren) return undefined;
  const open = m.paren.start;
  return (index.byBlock.get(m.block.index) ?? []).find((q) => q !== m && !q.percent && q.unit === m.unit && q.end <= open && open - q.end < 40 && q.value > m.value && !q.paren);
}

/** Every word and number of a figure's whole sentence, folded ("thang", "3" of "Tháng 3-2020"). */
function sentenceTerms(index: MentionIndex, m: Mention): Set<string> {
  return new Set((index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.sentence.end).split(/[^a-z0-9]+/));
}

/** What a denial says, apart from where: two denials with one signature meet the same counts. */
const signatures = new WeakMap<Negation, string>();

function signatureOf(n: Negation): string {
  let key = signatures.get(n);
  if (key === undefined) signatures.set(n, (key = JSON.stringify([n.kind, n.verb, n.event, n.eventSaid, n.amountOf, n.phrase, n.words, n.text, n.rest, n.context])));
  return key;
}

/** What a count's words say after it: fifty letters, or up to eighty while no comma opens another clause ("02 xe buýt tuyến số 12 bị Sở Xây dựng thu hồi phù hiệu"). */
function saidOfCount(index: MentionIndex, m: Mention): string {
  const wide = (index.folded.get(m.block.index) ?? '').slice(m.n.end, m.n.end + 80);
  const comma = wide.indexOf(',');
  return comma < 0 ? wide : wide.slice(0, Math.max(50, comma));
}

/** "02 xe buýt tuyến số 12 bị … thu hồi phù hiệu": a number that names a route, a hamlet or a round is no next figure that ends what the count says. */
function withoutLabels(s: string): string {
  return s.replace(/(\b[a-z]+ )?\b(so|tuyen|thon|xom|to|khu|dot|doi|lop|khoi) \d+\b/g, (all: string, before: string | undefined, word: string) => (before === 'tong ' ? all : `${before ?? ''}${word} n`));
}

export function checkContradictions(index: MentionIndex): Finding[] {
  const negations = negationsOf(index);
  if (negations.length === 0) return [];
  // looked up by the first word of their kind, so each count meets only the negations it could contradict
  const byKind = new Map<string, Negation[]>();
  const uses: Negation[] = [];
  const events: Negation[] = [];
  // by the last word of what was denied: an amount meets only the denials its lead ends with
  const amounts = new Map<string, Negation[]>();
  for (const n of negations) {
    if (n.amountOf) {
      const last = n.amountOf.split(' ').at(-1) ?? '';
      amounts.set(last, [...(amounts.get(last) ?? []), n]);
    }
    else if (n.event) events.push(n);
    else if (n.verb) uses.push(n);
    else byKind.set(kindKey(n.kind), [...(byKind.get(kindKey(n.kind)) ?? []), n]);
  }
  // each finding with its denial, and how much of what the denial says the count that meets it says too
  const met: Array<{ f: Finding; n: Negation; score: number }> = [];
  // a report from the start of the year ("6 tháng đầu năm", "năm 2025") counts its own span and the year to date alike
  for (const m of index.all) {
    if (m.percent || m.y || m.value <= 0 || m.family === '' || m.roles.has('plan') || m.roles.has('target')) continue;
    // (of its own clause: "… chưa chặt chẽ, có 01 chi hội … chi Quỹ sai mục đích" counts what did happen)
    if (/\b(?:khong|chua)\b/.test(m.lead.slice(-30).replace(/^.*[,;:]/, ''))) continue;
    const unit = fold(m.unit);
    const eventKinds = EVENT_UNITS.has(unit) ? [...EVENT_UNITS].filter((k) => kindKey(k) !== kindKey(unit)).flatMap((k) => (byKind.get(kindKey(k)) ?? []).filter((n) => EVENT_UNITS.has(n.kind))) : [];
    const pronounKinds = (PRONOUN_KINDS[unit] ?? []).flatMap((k) => byKind.get(kindKey(k)) ?? []);
    // ("không có diện tích lúa phải cấy lại" against "cấy lại 12,6 ha lúa": an area is counted in hectares)
    const areaKinds = m.family === 'area' ? (byKind.get('dien') ?? []).filter((n) => n.kind === 'dien tich') : [];
    const leadEnd = /([a-z]+)[^a-z]*$/.exec(m.lead)?.[1] ?? '';
    const cases = (m.family.startsWith('n:') || m.family === 'people') && !EVENT_UNITS.has(unit) && kindKey(unit) !== 'truong' ? (byKind.get('truong') ?? []).filter((n) => n.kind === 'truong hop') : [];
    const relevant = [...(byKind.get(kindKey(unit)) ?? []), ...pronounKinds, ...areaKinds, ...eventKinds, ...cases, ...(amounts.get(leadEnd) ?? []), ...(uses.length && /\bsu dung\b|\bphat sinh\b|\bxay ra\b/.test(m.lead.slice(-40)) ? uses : []), ...(EVENT_UNITS.has(unit) ? events : [])];
    if (relevant.length === 0) continue;
    const near = `${m.lead.slice(-50)} ${m.tail.slice(0, 50)}`;
    // a grading's item is its own: "37 học sinh giỏi, 189 học sinh khá, 157 học sinh trung bình" gives 189 only "khá"
    // (an event's count tells what happened at more length: "1 vụ công dân không đồng ý …, tiếp tục khiếu nại lần hai")
    // (not the words of the sibling before it: "3 đơn khiếu nại, 2 đơn tố cáo, 22 đơn kiến nghị" gives 22 no "tố cáo")
    const sinceLast = m.lead.slice(-50).replace(/^.*[0-9;]/, '');
    // (nor of the one before "và": "2 đơn tố cáo và 3 đơn tranh chấp đất đai")
    const lastComma = Math.max(sinceLast.lastIndexOf(','), sinceLast.lastIndexOf(' va ') + 3);
    const ownLead = lastComma >= 3 && unitWord(unit).test(sinceLast.slice(0, lastComma)) ? sinceLast.slice(lastComma + 1) : sinceLast;
    const item = `${ownLead} ${withoutLabels(EVENT_UNITS.has(unit) ? (index.folded.get(m.block.index) ?? '').slice(m.n.end, m.n.end + 110) : saidOfCount(index, m)).replace(/(?:[0-9;]|\. ).*$/, '')}`;
    // "14 tổ tốt, 2 tổ khá, không có tổ trung bình": a count beside a negation of the same kind is one grading
    const besideNone = /\bkhong co\b/.test(m.tail.slice(0, 50));
    const countSentence = (index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.sentence.end);
    // (the count's clause after its last figure before it, up to the next: what it says happened, at whatever length)
    const blockText = index.folded.get(m.block.index) ?? '';
    const afterCount = withoutLabels(blockText.slice(m.n.end));
    const clauseEnd = afterCount.search(/[;0-9]|\.(?=\s|$)/);
    const ownClause = `${m.lead.slice(-50).replace(/^.*[0-9;]/, '')} ${afterCount.slice(0, clauseEnd < 0 ? afterCount.length : clauseEnd)}`;
    // a denial said again word for word (a report pasted twice, a summary) meets this count as its first saying did
    const wordsMet = new Map<string, boolean>();
    const meetsInWords = (n: Negation): boolean => {
      const key = signatureOf(n);
      let said = wordsMet.get(key);
      if (said === undefined) {
        said = !ofNarrowerDegree(n, countSentence) && !ofNarrowerFormOrCause(n, countSentence) && !(!n.verb && !n.event && isGrading(n, unit)) && matches(n, m, n.verb ? near : item, unit, ownClause);
        wordsMet.set(key, said);
      }
      return said;
    };
    for (const n of relevant) {
      const sameBlock = n.block === m.block.index && !(n.amountOf && n.end !== undefined && m.sentence.start >= n.end);
      if (n.only && !n.only.every((w) => sentenceTerms(index, m).has(w))) continue;
      if (n.within && !(index.byBlock.get(m.block.index) ?? []).some((o) => o !== m && o.sentence.start === m.sentence.start && o.unit === n.within!.unit && o.value === n.within!.value)) continue;
      if (sameBlock || !sameSpanIn(index, n.scope, m.scope, FOUND.test(m.lead), m.span) || differentSubjects(index.subjects, n.block, m.block.index) || (besideNone && !n.verb) || !meetsInWords(n)) continue;
      // "tiếp nhận 6 phản ánh (về giá dịch vụ 4 phản ánh, …)": a part in parentheses speaks for the whole before them
      // (unless the part is the kind denied and the whole is not: "27 đơn (gồm …, 2 đơn tố cáo, …)" against "không phát sinh đơn tố cáo")
      const whole = wholeOf(index, m);
      const denied = ` ${content(n.phrase ?? n.text).join(' ')} `;
      const ownKind = kindWords(m).filter((w) => !WEAK.has(w) && denied.includes(` ${w} `));
      const counted = whole && !(ownKind.length > 0 && !ownKind.every((w) => kindWords(whole).includes(w))) ? whole : m;
      // "không xảy ra tai nạn giao thông làm chết người" is met by the deaths of the accidents' sentence, not by the accidents
      const at = FATAL.test(fold(n.text)) ? index.all.find((d) => d.block === m.block && d.sentence.start === m.sentence.start && deathClause(index, d) !== null) : counted;
      if (at === undefined) continue;
      if (met.some(({ f }) => f.location.block === at.block.index && f.location.start === at.n.start)) break;
      // "401 hộ ở nhà thiếu kiên cố và nhà đơn sơ" counts the denied kind with another: how many of it, the words do not say
      if (inUnion(n, ownClause)) continue;
      const f = contradicted(n, at);
      met.push({ f, n, score: content(n.phrase ?? n.text).filter((w) => !WEAK.has(w) && near.includes(w)).length });
      break;
    }
  }
  // "không có hộ nào phải áp dụng biện pháp cưỡng chế thu hồi đất" is met by "cưỡng chế thu hồi đất đối với 01 hộ", not by
  // "186 hộ bị thu hồi đất trồng lúa": of the counts one denial meets, only those that say most of it
  const best = new Map<Negation, number>();
  for (const x of met) best.set(x.n, Math.max(best.get(x.n) ?? 0, x.score));
  // (a footnote's count of an earlier span, "[^2]: 9 tháng … thi hành kỷ luật 2 đảng viên", says again what the body's count of the
  // same denial says: one finding, in the body)
  const inBody = new Set(met.filter((x) => x.f.location.story !== 'footnote').map((x) => x.n));
  const found = met.filter((x) => x.score >= (best.get(x.n) ?? 0) && !(x.f.location.story === 'footnote' && inBody.has(x.n))).map((x) => x.f);
  // each later pass meets only the counts no earlier one has
  const out = [...found];
  for (const pass of [diseaseContradictions, debtContradictions, deathContradictions]) out.push(...pass(index, out));
  for (const pass of [shortfallContradictions, tableContradictions, timesContradictions]) out.push(...pass(index, negations, out));
  return out;
}

/**
 * "không có người chết, mất tích do thiên tai" is met by "có 1 người … bị nước cuốn trôi tử vong" in the flood's
 * paragraph: a death is said in many words (chết, tử vong, thiệt mạng), and a denial that names its cause speaks only of
 * deaths whose sentence says that cause ("do thiên tai" is a storm, a flood, a landslide…).
 */
const DENIED_DEATH = /\bkhong (?:co|de xay ra|xay ra|ghi nhan) (?:truong hop )?nguoi (?:bi )?(?:chet|tu vong|thiet mang|mat tich)\b(?:,? (?:va )?(?:mat tich|bi thuong|chet|tu vong))*(?: (?:do|vi) [a-z ]{2,40}?)?(?=[,.;:()]|$)/g;
const DEATH = /\b(?:chet|tu vong|thiet mang|mat tich)\b/;
/** An event denied for its deaths: "tai nạn giao thông làm chết người". */
const FATAL = /\b(?:lam|gay) (?:chet|tu vong|thiet mang)(?: nguoi)?\b|\bchet nguoi\b/;
/** The words a cause is told in: "thiên tai" is a storm, a flood, a landslide, a whirlwind. */
const CAUSES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^thien tai\b/, /\b(?:thien tai|bao|lu|lut|lu quet|mua lon|sat lo|loc|ngap|nuoc cuon|nuoc lu|trieu cuong)\b/],
  [/^(?:tai nan giao thong|tngt)\b/, /\b(?:tai nan giao thong|tngt|va cham giao thong)\b/],
  [/^(?:duoi nuoc)\b/, /\b(?:duoi nuoc|nuoc cuon|chet duoi)\b/],
];

function deathContradictions(index: MentionIndex, already: readonly Finding[]): Finding[] {
  const denials = denialsMatching(index, DENIED_DEATH).flatMap((d) => {
    const folded = index.folded.get(d.block) ?? '';
    const at = folded.indexOf(d.said);
    // "Xảy ra 1 vụ va chạm …, không có người chết": a denial after its own clause's count is of that event only
    if (/\d/.test(folded.slice(Math.max(folded.lastIndexOf('. ', at) + 1, folded.lastIndexOf(';', at) + 1), at))) return [];
    const cause = / (?:do|vi) ([a-z ]+)$/.exec(d.said)?.[1];
    const said = cause === undefined ? null : CAUSES.find(([re]) => re.test(cause));
    // (a cause this product does not know the words of says too little to meet any count)
    if (said === undefined) return [];
    return [{ ...d, causeWords: said === null ? null : said[1] }];
  });
  if (denials.length === 0) return [];
  const out: Finding[] = [];
  for (const m of index.all) {
    if (m.percent || m.y || m.value <= 0 || m.family !== 'people' || m.roles.has('plan') || m.roles.has('target') || m.roles.has('same') || m.roles.has('previous')) continue;
    const clause = deathClause(index, m);
    if (clause === null) continue;
    if (foundUpTo([...already, ...out], m)) continue;
    const folded = index.folded.get(m.block.index) ?? '';
    const sentence = folded.slice(m.sentence.start, m.sentence.end);
    const n = denials.find((d) => d.block !== m.block.index && sameSpanIn(index, d.scope, m.scope, true, m.span) && !differentSubjects(index.subjects, d.block, m.block.index) && (d.causeWords === null || d.causeWords.test(sentence) || d.causeWords.test(clause)));
    if (n) out.push(contradicted(n, m));
  }
  return out;
}

/** Every denial a pattern finds, with its block, its span of time, its words as written and folded. */
function denialsMatching(index: MentionIndex, re: RegExp): Array<{ block: number; scope: Scope; text: string; said: string }> {
  const out: Array<{ block: number; scope: Scope; text: string; said: string }> = [];
  for (const b of index.blocks) {
    const folded = index.folded.get(b.index) ?? fold(b.text);
    for (const m of folded.matchAll(re)) {
      const at = m.index ?? 0;
      out.push({ block: b.index, scope: sentenceScope(folded, at, at + m[0].length), text: b.text.slice(at, at + m[0].length).trim(), said: m[0] });
    }
  }
  return out;
}


/** The clause of a count of people who died ("1 người … tử vong", "làm chết 2 người"; not "3 người bị thương"), or null. */
function deathClause(index: MentionIndex, m: Mention): string | null {
  if (m.percent || m.y || m.value <= 0 || m.family !== 'people') return null;
  const folded = index.folded.get(m.block.index) ?? '';
  const from = Math.max(m.sentence.start, folded.lastIndexOf(';', m.n.start) + 1);
  // (a name's initial is no end: "ông Trần Văn L., thôn Tân Lập")
  const stop = folded.slice(m.n.end).search(/;|\.(?=\s|$)/);
  const own = `${folded.slice(from, m.n.start).replace(/^.*\d[\d.,]*\s+[a-z]+/, '')} ${folded.slice(m.n.end, stop < 0 ? folded.length : m.n.end + stop).replace(/\d.*$/, '')}`;
  if (!DEATH.test(own) || /\b(?:khong|chua)\b/.test(own)) return null;
  return folded.slice(from, stop < 0 ? folded.length : m.n.end + stop);
}

/** Whether a finding already stands in the figure's sentence, up to the figure: one count of an event is flagged once. */
function foundUpTo(findings: readonly Finding[], m: Mention): boolean {
  return findings.some((f) => f.location.block === m.block.index && f.location.start >= m.sentence.start && f.location.start <= m.n.start);
}

/**
 * "Đến nay xã không có nợ đọng xây dựng cơ bản" is met by "còn nợ khối lượng hoàn thành 1.240 triệu đồng": a debt for
 * work done and not yet paid is what the construction debt is, in the words budget reports use for it.
 */
const DENIED_DEBT = /\bkhong (?:co|con|de phat sinh|phat sinh) no dong (?:von )?(?:xay dung co ban|xdcb|dau tu xay dung)\b/g;
const DEBT = /\bno (?:khoi luong|dong (?:von )?(?:xay dung|xdcb))\b/;

function debtContradictions(index: MentionIndex, already: readonly Finding[]): Finding[] {
  const denials = denialsMatching(index, DENIED_DEBT);
  if (denials.length === 0) return [];
  const out: Finding[] = [];
  for (const m of index.all) {
    if (m.family !== 'money' || m.percent || m.value <= 0 || m.roles.has('plan') || m.roles.has('target')) continue;
    const folded = index.folded.get(m.block.index) ?? '';
    const clause = folded.slice(Math.max(m.sentence.start, folded.lastIndexOf(';', m.n.start) + 1), m.n.start);
    const debt = DEBT.exec(clause);
    // (the debt's own amount: "nợ khối lượng … 1.240 triệu đồng", not a sum paid off ("đã thanh toán nợ khối lượng …"); and no denial in its own words)
    if (!debt || /\b(?:khong|chua)\b/.test(clause.slice(debt.index)) || /\b(?:tra|thanh toan|tat toan|xu ly)\b/.test(clause)) continue;
    if (foundUpTo([...already, ...out], m)) continue;
    // (a debt is what is owed now: "đến nay không có nợ đọng" and "còn nợ" of the period speak of one day)
    const n = denials.find((d) => d.block !== m.block.index && d.scope !== 'other' && m.scope !== 'other' && !differentSubjects(index.subjects, d.block, m.block.index));
    if (n) out.push(contradicted(n, m));
  }
  return out;
}

/**
 * A denial of outbreaks names no disease: "không ghi nhận ca mắc bệnh truyền nhiễm gây dịch nào" is met by "ghi nhận 6 ca
 * sốt xuất huyết", "không phát sinh dịch bệnh nguy hiểm trên đàn vật nuôi" by "dịch tả heo châu Phi phát sinh tại 02 hộ".
 * Which diseases are of people and which of herds is this product's own knowledge (the ones commune reports name).
 */
const HUMAN_DISEASE = /^\s*(?:ca\s+|truong hop\s+)?(?:mac\s+|benh\s+)*(?:sot xuat huyet|tay chan mieng|soi|thuy dau|quai bi|cum a|covid|bach hau|ho ga|viem nao|ta|ly|sot ret|uon van)\b/;
const HERD_DISEASE = /\b(?:dich ta (?:heo|lon) chau phi|lo mom long mong|cum gia cam|tai xanh|viem da noi cuc|dich ta (?:heo|lon)|benh dai (?:tren|o) (?:cho|meo))\b/;
const OUTBREAK_VERB = /\b(?:phat sinh|xay ra|xuat hien|bung phat|o dich|mac benh|bi benh|tieu huy|chet)\b/;
const DENIED_OUTBREAK = /\bkhong (?:co|xay ra|phat sinh|de xay ra|ghi nhan|phat hien)\s+(?:ca (?:mac )?|o )?(?:benh truyen nhiem|dich benh|benh dich)\b([a-z ]{0,50})/g;

function diseaseContradictions(index: MentionIndex, already: readonly Finding[]): Finding[] {
  const denials = denialsMatching(index, DENIED_OUTBREAK)
    .map((d) => ({ ...d, herd: /\b(?:vat nuoi|gia suc|gia cam|dan (?:lon|heo|trau|bo|cho))\b/.test(d.said) }))
    // "không có dịch bệnh xảy ra" of no kind said: the herds only when the paragraph speaks of them
    .filter((d) => d.herd || /\b(?:truyen nhiem|gay dich)\b/.test(d.said));
  if (denials.length === 0) return [];
  const out: Finding[] = [];
  for (const m of index.all) {
    if (m.percent || m.y || m.value <= 0 || m.family === '' || m.roles.has('plan') || m.roles.has('target') || m.roles.has('same') || m.roles.has('previous')) continue;
    const unit = fold(m.unit);
    const clause = `${m.lead.slice(-60).replace(/^.*[;:]/, '')} ${m.unit} ${m.tail.slice(m.unit.length + 1, 60).replace(/[;(].*$/, '')}`;
    const human = (unit === 'ca' || unit === 'truong hop') && HUMAN_DISEASE.test(m.tail.slice(unit.length + 1)) && !/\btiem\b/.test(clause);
    const herd = HERD_DISEASE.test(clause) && OUTBREAK_VERB.test(clause) && !/\b(?:tiem|vac xin|phong benh)\b/.test(clause);
    if (!human && !herd) continue;
    // found already, or "xảy ra 01 ổ dịch tả lợn châu Phi …, phải tiêu hủy 14 con lợn": the outbreak's count, not what followed from it
    if (foundUpTo([...already, ...out], m)) continue;
    const n = denials.find((d) => d.herd === herd && d.block !== m.block.index && sameSpanIn(index, d.scope, m.scope, FOUND.test(m.lead), m.span) && !differentSubjects(index.subjects, d.block, m.block.index));
    if (!n) continue;
    out.push(contradicted(n, m));
  }
  return out;
}

/** The finding of a count that says something happened, against the denial that says it did not. */
/** The count with what it names, as the report writes it: "2 đơn tố cáo", not only "2 đơn". */
function countAsWritten(at: Mention): string {
  const rest = at.block.text.slice(at.n.end, at.n.end + 41);
  // (up to the "và" of the next item too: "2 đơn tố cáo và 3 đơn tranh chấp")
  let named = (/^[^,;:()[\]\n.0-9]*/.exec(rest)?.[0] ?? '').replace(/\s+(?:và|hoặc)\s*$/u, '');
  // (a long one up to its last whole word: "01 vụ cháy kho chứa cà phê của hộ …")
  if (named.length === rest.length && rest.length === 41) named = `${named.slice(0, named.lastIndexOf(' '))} …`;
  return named.trim() ? `${at.n.text}${named.trimEnd()}` : written(at);
}

function contradicted(denial: { block: number; text: string }, at: Mention): Finding {
  return {
    rule: 'contradiction',
    severity: 'warning',
    kind: 'possible',
    message: `Đoạn ${denial.block + 1} ghi “${denial.text}”, nhưng ở đây ghi “${countAsWritten(at)}”: hai chỗ nói ngược nhau.`,
    text: at.n.text,
    location: { story: at.block.story, block: at.block.index, start: at.n.start, end: at.n.end },
    stated: `${at.n.text} ${at.unit}`,
    expected: '0',
  };
}

/** The kinds a count in an area unit may be of: "không có diện tích lúa bị thiệt hại" is met by "12 ha lúa bị …". */
const AREA_UNITS = new Set(['ha', 'm2', 'sao', 'mau']);

/** Whether a count's unit is of a denial's kind: "cơ sở" of "cơ sở", "hộ" of "hộ dân", "ha" of "diện tích". */
function ofKind(unit: string, kind: string): boolean {
  if (AREA_UNITS.has(unit)) return kind === 'dien tich';
  return unit === kind || kind.startsWith(`${unit} `) || unit.startsWith(`${kind} `) || (PRONOUN_KINDS[unit] ?? []).includes(kind);
}

/** What a shortcoming says happened after all: "Vẫn còn 02 cơ sở …", "Còn 3 điểm …", "còn 01 thanh niên không chấp hành …". */
const STILL = /\b(?:van con|con|phat hien|van de xay ra|van xay ra|lam)\s*$/;

/** Harm and pests in the words a denial uses for them: "bị sập, tốc mái" is damage, "rầy nâu" a pest. */
const HARM_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:giam nang suat|mat trang|chay ray|hu hai|hu hong|bi sap|sap do|toc mai)\b/g, 'thiet hai'],
  [/\b(?:ray nau|dao on|sau cuon la|ray)\b/g, 'sau benh'],
];

/** The harms of one kind among them, which a denial may name apart from harm at large. */
const SPECIFIC_HARM = /\b(?:giam nang suat|mat trang|chay ray|bi sap|sap do|toc mai)\b/;

function harmWords(s: string): readonly string[] {
  return content(HARM_WORDS.reduce((t, [re, to]) => t.replace(re, to), s));
}

/** Whether the text names what was denied only joined with another kind: "nhà thiếu kiên cố và nhà đơn sơ" of "nhà đơn sơ". */
function inUnion(n: Negation, text: string): boolean {
  // (the denial's own words, fillers too: "nhà đơn sơ" ends on "sơ")
  const ws = (n.phrase ?? '').split(/[^a-z]+/).filter(Boolean);
  if (ws.length < 2) return false;
  const last = ws.slice(-2).join(' ');
  const flat = text.replace(/\s+/g, ' ');
  if (new RegExp(`(?:\\bva|\\bhoac)\\s+(?:[a-z]+ )?${last}\\b`).test(flat)) return true;
  // ("nhà thiếu kiên cố, đơn sơ": after a comma, when the head the denial gives them is said just before)
  const head = ws.at(-3);
  return head !== undefined && new RegExp(`\\b${head}(?: [a-z]+){1,3}, ${last}\\b`).test(flat);
}

/** The denials of something happening to a kind ("không có cơ sở vi phạm"), not of an amount, a use or an event. */
function kindDenials(negations: readonly Negation[]): Negation[] {
  return negations.filter((n) => n.kind && n.phrase && !n.amountOf && !n.verb && !n.event);
}

/** Words before what happened that say only how it stands: "phải ở nhà đơn sơ", "bị xử phạt". */
const MODAL = new Set(['phai', 'bi', 'duoc', 'con', 'dang', 'van']);

/**
 * "không có cơ sở vi phạm" against, in the shortcomings, "Vẫn còn 02 cơ sở karaoke hoạt động quá giờ quy định, bị xử phạt vi phạm
 * hành chính": a count the text introduces as what still remains, of the denied kind, that shares two words of what was
 * denied, weak words too ("vi phạm", "xử lý"), says the opposite of the denial even in other words.
 */
function shortfallContradictions(index: MentionIndex, negations: readonly Negation[], already: readonly Finding[]): Finding[] {
  const kinds = kindDenials(negations);
  if (kinds.length === 0) return [];
  const out: Finding[] = [];
  for (const m of index.all) {
    if (m.percent || m.y || m.value <= 0 || m.family === '' || m.roles.has('plan') || m.roles.has('target')) continue;
    const folded = index.folded.get(m.block.index) ?? '';
    const from = Math.max(m.sentence.start, folded.lastIndexOf(';', m.n.start) + 1);
    const still = STILL.exec(folded.slice(from, m.n.start).replace(/\s+/g, ' '));
    if (!still) continue;
    const unit = fold(m.unit);
    // "không có trường hợp tàu cá vi phạm …" is of boats: met by "01 tàu cá … bị xử phạt vi phạm"
    const caseOf = (n: Negation): boolean => n.kind === 'truong hop' && (n.rest ?? '').trimStart().startsWith(`${unit} `);
    const deniedOf = (n: Negation): string => (caseOf(n) ? (n.rest ?? '').trimStart().slice(unit.length) : n.rest ?? (n.phrase ?? '').slice(n.kind.length));
    const candidates = kinds.filter((n) => ofKind(unit, n.kind) || caseOf(n));
    if (candidates.length === 0 || foundUpTo([...already, ...out], m)) continue;
    const endAt = folded.slice(m.n.end).search(/[;.]/);
    const after = folded.slice(m.n.end + unit.length + 1, endAt < 0 ? folded.length : m.n.end + endAt);
    // "còn 156 hội viên chưa tham gia bảo hiểm y tế", "còn 5 đơn đang giải quyết": what is still to do, no incident
    // ("Còn 2 vụ khiếu nại … chưa giải quyết xong": a case still open anywhere in its clause)
    // (of what remains only: "phát hiện 1 trường hợp …, đến nay chưa tháo dỡ" is a case found all the same)
    // (not in what parentheses name: "01 tàu cá (số đăng ký NB-91268-TS)")
    if (/con\s*$/.test(still[0]) && /\b(?:chua|dang|con lai|thuoc dien)\b/.test(after.replace(/\([^)]*\)/g, ' '))) continue;
    const said = new Set(harmWords(after));
    const n = candidates.find((d) => {
      if (d.block === m.block.index || !sameSpanIn(index, d.scope, m.scope, true, m.span) || differentSubjects(index.subjects, d.block, m.block.index)) return false;
      const denied = new Set(harmWords(deniedOf(d)));
      const shared = [...denied].filter((w) => said.has(w));
      // (two weak words say something only as the breach they name together: "vi phạm")
      // (without the head of what was denied, more than one noun of it: "từ chối cung cấp thông tin" is not met by "chất lượng thông tin")
      const head = [...denied].find((w) => !WEAK.has(w) && !MODAL.has(w));
      // ("không có diện tích lúa bị cháy rầy" against "còn 4,3 ha lúa mất trắng": a harm of its own kind denied is met by that harm only)
      const kind = SPECIFIC_HARM.exec(deniedOf(d))?.[0];
      if (kind !== undefined && !after.includes(kind)) return false;
      return shared.length >= (head === undefined || said.has(head) ? 2 : 3) && (shared.some((w) => !WEAK.has(w)) || (shared.includes('vi') && shared.includes('pham')));
    });
    if (n) out.push(contradicted(n, m));
  }
  return out;
}

/** A column of another span or of aims: "Năm 2019", "Kế hoạch", "Cùng kỳ". */
const OTHER_SPAN_HEADER = /\b(?:\d{4}|cung ky|ke hoach|kh|chi tieu|nam truoc|ky truoc|thang truoc|so sanh|tang|giam)\b/;

/**
 * "toàn xã không còn hộ phải ở nhà đơn sơ" against the housing table's row "| Nhà đơn sơ | 11 | …" under "Số hộ": a row whose
 * label is all words of what was denied, in a column that counts the denied kind, holds a count of it.
 */
function tableContradictions(index: MentionIndex, negations: readonly Negation[], already: readonly Finding[]): Finding[] {
  const kinds = kindDenials(negations);
  if (kinds.length === 0 || !index.blocks.some((b) => b.table)) return [];
  const rows = rowsOf(index);
  const out: Finding[] = [];
  for (const n of kinds) {
    const denied = ` ${content(n.rest ?? (n.phrase ?? '').slice(n.kind.length)).join(' ')} `;
    const kindWords = content(n.kind);
    for (const row of rows) {
      const label = content(fold(row.label).toLowerCase());
      if (label.length < 2 || !denied.includes(` ${label.join(' ')} `)) continue;
      const cell = row.cells.find((c) => {
        const header = content(fold(c.header).toLowerCase());
        return !c.m.percent && c.m.value > 0 && kindWords.every((w) => header.includes(w)) && !OTHER_SPAN_HEADER.test(fold(c.header).toLowerCase());
      });
      if (!cell || cell.m.block.index === n.block || [...already, ...out].some((f) => f.location.block === cell.m.block.index)) continue;
      out.push({
        rule: 'contradiction',
        severity: 'warning',
        kind: 'possible',
        message: `Đoạn ${n.block + 1} ghi “${n.text}”, nhưng bảng, dòng “${row.label.trim()}”, cột “${cell.header.trim()}” ghi ${cell.m.n.text}: hai chỗ nói ngược nhau.`,
        text: cell.m.n.text,
        location: { story: cell.m.block.story, block: cell.m.block.index, start: cell.m.n.start, end: cell.m.n.end },
        stated: cell.m.n.text,
        expected: '0',
      });
    }
  }
  return out;
}

/** Units that count how often something happened to one item: "bị quá tải 3 lần". */
const TIMES = new Set(['lan', 'dot', 'luot']);

/**
 * "không có trạm biến áp nào bị quá tải" against "trạm Bãi Bằng bị quá tải 3 lần": a count of times that the denied act
 * happened to one named item of the denied kind, the act's words right before the count and the kind's head in its clause.
 */
function timesContradictions(index: MentionIndex, negations: readonly Negation[], already: readonly Finding[]): Finding[] {
  const kinds = kindDenials(negations).filter((n) => / nao /.test(` ${n.phrase} `));
  if (kinds.length === 0) return [];
  const out: Finding[] = [];
  for (const m of index.all) {
    if (m.percent || m.y || m.value <= 0 || !TIMES.has(fold(m.unit)) || [...already, ...out].some((f) => f.location.block === m.block.index && f.location.start === m.n.start)) continue;
    const folded = index.folded.get(m.block.index) ?? '';
    const clause = folded.slice(Math.max(m.sentence.start, folded.lastIndexOf(',', m.n.start) + 1, folded.lastIndexOf(';', m.n.start) + 1), m.n.start);
    const n = kinds.find((d) => {
      if (d.block === m.block.index || !sameSpanIn(index, d.scope, m.scope, true, m.span) || differentSubjects(index.subjects, d.block, m.block.index)) return false;
      const act = (d.phrase ?? '').split(' nao ')[1]?.trim() ?? '';
      const head = d.kind.split(' ')[0];
      return act.split(' ').length >= 2 && new RegExp(`\\b${act}\\s*$`).test(clause) && new RegExp(`^\\s*${head}\\b`).test(clause);
    });
    if (n) out.push(contradicted(n, m));
  }
  return out;
}
