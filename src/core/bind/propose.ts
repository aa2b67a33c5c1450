/**
 * Proposing bindings for the plain numbers of a report: a number becomes a candidate figure when its
 * value (at its written precision), its unit and the words around it match an indicator of the period.
 * A candidate is "sure" only when one indicator and one kind explain it, its words name that indicator
 * (or the number before it in the sentence did), and the figure renders to exactly its text. Everything
 * else that looks like a figure is listed for a person to decide; binding never changes the text.
 */
import type { DocumentText, TextLocation } from '../document/text';
import { FigureData, periodLabel } from '../figures/render';
import type { FigureKind } from '../figures/spec';
import type { PeriodData } from '../indicators/schema';
import { sameText } from '../figures/refresh';
import { type Binding, buildBinding, type Reading } from './binding';
import { type WrittenNumber, writtenNumbers } from './context';
import { type Basis, BindIndex, type IndicatorEntry, writtenAs } from './data-index';
import { phraseAt, syllables } from './words';

export interface BindCandidate extends Binding {
  /** "block:start", stable for a given text. */
  id: string;
  indicators: string[];
  kind: FigureKind;
  /** The indicator's name and what the figure shows, in Vietnamese. */
  label: string;
  /** 0…1. */
  confidence: number;
  /** Bound by "all the sure ones" and by the command line. */
  sure: boolean;
  /** Vietnamese: what matched, and why it is not sure when it is not. */
  reason: string;
}

export interface BindProposal {
  period: string;
  /** Plain numbers looked at (bound figures are not). */
  numbers: number;
  candidates: BindCandidate[];
  /** Numbers that match no indicator of the period. */
  unmatched: Array<{ location: TextLocation; text: string }>;
}

export interface BindOptions {
  /** Spans that are already bound figures: their numbers are left alone. */
  bound?: readonly TextLocation[];
  /** The report reads cumulative values by default ("6 tháng đầu năm"). */
  cumulative?: boolean;
}

const SURE = 0.7;
/** Below this a value that happens to match is not worth a person's time. */
const LISTED = 0.5;

export const KIND_LABELS: Record<FigureKind, string> = {
  value: 'số thực hiện',
  cumulative: 'số lũy kế',
  plan: 'kế hoạch',
  ratio: 'thực hiện/kế hoạch',
  percentOfPlan: '% kế hoạch',
  excess: 'vượt kế hoạch',
  change: 'tăng/giảm',
  share: 'tỷ trọng',
  sum: 'tổng',
};

interface Named {
  entry: IndicatorEntry;
  /** 0…1: how plainly the words around the number name it. */
  score: number;
  how: string;
  /** Named right before the number, in the same part of its clause (no comma between), or continued from the previous number. */
  close?: boolean;
}

interface Scored {
  reading: Reading;
  binding: Binding;
  named: Named;
  confidence: number;
  /** Kind chosen by default rather than by the words. */
  preference: number;
}

/** Words that say how a number is given, not what it is about: a number after only these continues the previous one's subject. */
const ROLE = new Set('bang dat vuot ke hoach kh luy giao chiem tang giam so voi cung ky truoc tuong ung la len xuong muc duoc con moi chi tieu ca nam thang tong cong dat duoc bang va von tinh'.split(' '));
const QUALIFIER = / (?:nhu cau|du kien|phan dau|dang ky|muc tieu|de xuat|chua) /;
const PLAN_WORD = /\b(?:ke hoach|kh|giao|chi tieu|du toan)\b/;
const CUMULATIVE_WORD = /\b(?:luy ke|tu dau nam)\b/;

function phraseHits(index: BindIndex, words: string): Array<{ entry: IndicatorEntry; at: number; length: number; single: boolean }> {
  const hits: Array<{ entry: IndicatorEntry; at: number; length: number; single: boolean }> = [];
  // only the phrases that start with a syllable of the words are looked for
  const seen = new Set<IndicatorEntry>();
  for (const syllable of new Set(words.trim().split(' '))) {
    for (const { entry, phrase } of index.phrasesStartingWith(syllable)) {
      if (seen.has(entry)) continue;
      const at = phraseAt(words, phrase);
      if (!at.length) continue;
      const had = hits.find((h) => h.entry === entry);
      if (had && had.length >= phrase.length) continue;
      if (had) hits.splice(hits.indexOf(had), 1);
      hits.push({ entry, at: at[at.length - 1], length: phrase.length, single: !phrase.trim().includes(' ') });
      if (phrase === entry.phrases[0]) seen.add(entry);
    }
  }
  // "thu ngân sách" inside "tổng thu ngân sách địa phương" is the longer name's
  return hits.filter((h) => !hits.some((o) => o !== h && o.entry !== h.entry && o.length > h.length && o.at <= h.at && o.at + o.length >= h.at + h.length));
}

function overlap(entry: IndicatorEntry, words: ReadonlySet<string>): number {
  if (!entry.content.length) return 0;
  const shared = entry.content.filter((w) => words.has(w)).length;
  const r = shared / entry.content.length;
  return shared >= Math.min(2, entry.content.length) && r >= 0.5 ? 0.8 * r : 0;
}

/** How each indicator is named around a number: its own words, then the sentence and section. */
function namedAt(index: BindIndex, w: WrittenNumber): Map<IndicatorEntry, Named> {
  const out = new Map<IndicatorEntry, Named>();
  const put = (n: Named): void => {
    const had = out.get(n.entry);
    if (!had || had.score < n.score) out.set(n.entry, n);
  };
  const lead = phraseHits(index, w.lead);
  const nearest = lead.reduce((m, h) => Math.max(m, h.at + h.length), -1);
  // the part of the lead after its last comma or parenthesis: in a list, what comes before is the previous item's
  const cut = Math.max(w.leadText.lastIndexOf(','), w.leadText.lastIndexOf('('), w.leadText.lastIndexOf(')'));
  const lastPart = syllables(w.leadText.slice(cut + 1));
  for (const h of lead) {
    // of two names before a number, the nearer one is what it counts
    const far = h.at + h.length < nearest ? 0.75 : 1;
    const close = far === 1 && h.entry.phrases.some((p) => lastPart.includes(p));
    put({ entry: h.entry, score: (h.single ? 0.9 : 1) * far, how: 'tên chỉ tiêu đứng trước số', close });
  }
  for (const h of phraseHits(index, w.tail)) put({ entry: h.entry, score: h.single ? 0.85 : 0.95, how: 'tên chỉ tiêu đứng sau số' });
  if (w.cellWords) for (const h of phraseHits(index, w.cellWords)) put({ entry: h.entry, score: h.single ? 0.9 : 1, how: 'tên chỉ tiêu ở dòng hoặc cột của ô' });
  const context = new Set(`${w.lead}${w.tail}${w.sentenceWords}${w.heading}${w.cellWords ?? ''}`.split(' '));
  for (const entry of index.entries) {
    const o = overlap(entry, context);
    if (o > 0) put({ entry, score: o, how: 'các từ của tên chỉ tiêu có trong câu' });
  }
  for (const [entry, n] of out) {
    if (entry.phrases.some((p) => w.heading.includes(p))) out.set(entry, { ...n, score: Math.min(1, n.score + 0.1) });
  }
  return out;
}

/** The lead holds only role words: the number goes on about the previous number's indicator. */
function continues(w: WrittenNumber, prev: WrittenNumber | undefined): boolean {
  if (!prev || prev.block !== w.block || prev.sentence.start !== w.sentence.start || prev.spanEnd > w.start) return false;
  // "gồm:", "trong đó" open a list of parts: what follows is not the previous number again
  return syllables(w.block.text.slice(prev.spanEnd, w.start)).trim().split(' ').every((s) => s === '' || ROLE.has(s) || /^\d+$/.test(s));
}

type PercentKind = 'excess' | 'change' | 'share' | 'percentOfPlan';

/** What the words before a percentage say it is. Undefined: nothing particular (đạt, bằng). */
function percentKindOf(w: WrittenNumber): PercentKind | undefined {
  const lead = w.leadText.replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/\bvuot(?: muc)?$/.test(lead)) return 'excess';
  if (/\bchiem(?: ty le| ti le)?$/.test(lead)) return 'share';
  if (/\b(?:tang|giam)(?: len| xuong)?$/.test(lead) || (/\b(?:tang|giam)\b/.test(lead) && / so voi /.test(` ${lead} ${w.tail} `))) return 'change';
  return undefined;
}

function strength(w: WrittenNumber): number {
  if (w.y) return 1;
  if (w.percent) return w.n.value === 100 || w.n.value === 0 ? 0.85 : 0.95;
  const digits = w.n.numberText.replace(/\D/g, '').replace(/^0+/, '').length;
  return digits >= 3 ? 1 : digits === 2 ? 0.9 : 0.8;
}

/** The readings whose numbers are what is written, before the words are weighed. */
function valueReadings(index: BindIndex, w: WrittenNumber): Array<{ reading: Reading; entry: IndicatorEntry }> {
  const out: Array<{ reading: Reading; entry: IndicatorEntry }> = [];
  const x = w.n;
  const written = x.scaleWord ? x.mantissa : x.value;
  if (w.y) {
    const y = w.y;
    const amounts = index.amountsIn(w.unit);
    for (const plan of amounts) {
      if (plan.kind !== 'plan' || !writtenAs(y.scaleWord ? y.mantissa : y.value, y.decimals, plan.amount)) continue;
      for (const basis of ['value', 'cumulative'] as const) {
        const actual = plan.entry.value[basis];
        if (actual !== null && writtenAs(written, x.decimals, actual)) out.push({ entry: plan.entry, reading: { indicators: [plan.entry.ind.id], kind: 'ratio', basis } });
      }
    }
    return out;
  }
  if (w.percent) {
    for (const p of index.percents) {
      if (!writtenAs(x.value, x.decimals, p.percent)) continue;
      const reading: Reading = { indicators: p.entries.map((e) => e.ind.id), kind: p.kind, basis: p.basis };
      if (p.compareTo) reading.compareTo = p.compareTo;
      out.push({ entry: p.entries[0], reading });
    }
    for (const a of index.amountsIn(' % ')) if (writtenAs(x.value, x.decimals, a.amount)) out.push({ entry: a.entry, reading: { indicators: [a.entry.ind.id], kind: a.kind, basis: 'value' } });
    return out;
  }
  for (const a of index.amountsIn(w.unit)) {
    if (writtenAs(written, x.decimals, a.amount)) out.push({ entry: a.entry, reading: { indicators: [a.entry.ind.id], kind: a.kind, basis: a.kind === 'cumulative' ? 'cumulative' : 'value' } });
  }
  return out;
}

/** Two or more indicators named in the clause, and the number is their total: a sum. */
function sumReadings(index: BindIndex, w: WrittenNumber, named: Map<IndicatorEntry, Named>): Array<{ reading: Reading; entry: IndicatorEntry }> {
  if (w.y || w.percent) return [];
  const listed = new Set([...phraseHits(index, w.lead), ...phraseHits(index, w.tail)].map((h) => h.entry));
  const same = index.entries.filter((e) => listed.has(e) && e.unit === w.unit);
  if (same.length < 2) return [];
  const out: Array<{ reading: Reading; entry: IndicatorEntry }> = [];
  for (const basis of ['value', 'cumulative'] as const) {
    const parts = same.map((e) => e.value[basis]);
    if (parts.some((p) => p === null)) continue;
    const total = (parts as number[]).reduce((s, p) => s + p, 0);
    if (writtenAs(w.n.scaleWord ? w.n.mantissa : w.n.value, w.n.decimals, total)) out.push({ entry: same[0], reading: { indicators: same.map((e) => e.ind.id), kind: 'sum', basis } });
  }
  // the parts are named by the words of the sentence, in whatever order
  const first = named.get(same[0]);
  if (out.length && (!first || first.score < 0.9)) named.set(same[0], { entry: same[0], score: 0.9, how: 'các chỉ tiêu được nêu trong câu' });
  return out;
}

function label(index: BindIndex, r: Reading): string {
  const names = r.indicators.map((id) => index.byId.get(id)?.ind.name ?? id);
  const what = r.kind === 'share' ? `tỷ trọng trong “${names[1]}”` : r.kind === 'sum' ? 'tổng' : KIND_LABELS[r.kind];
  const basis = r.basis === 'cumulative' && r.kind !== 'cumulative' ? ', lũy kế' : '';
  return r.kind === 'sum' ? `Tổng: ${names.join(' + ')}${basis}` : `${names[0]} — ${what}${basis}`;
}

/** Of readings of one indicator that write the same text, the one the words (or the report's habit) prefer. */
function preference(r: Reading, w: WrittenNumber, basisWanted: Basis, kindWanted: PercentKind | undefined): number {
  let p = 0;
  if (r.basis === basisWanted) p += 2;
  const planned = PLAN_WORD.test(` ${w.leadText} `) || / (?:ke hoach|kh) /.test(w.tail.slice(0, 14));
  if (r.kind === 'share' && !planned) p += 1;
  if (r.kind === 'percentOfPlan' && planned) p += 1;
  if (kindWanted && r.kind === kindWanted) p += 3;
  if (r.kind === 'value') p += 0.5;
  return p;
}

export function proposeBindings(doc: DocumentText, data: PeriodData, options: BindOptions = {}): BindProposal {
  const index = new BindIndex(data);
  const figureData = new FigureData(data);
  const bound = options.bound ?? [];
  const boundIn = new Map<number, TextLocation[]>();
  for (const b of bound) boundIn.set(b.block, [...(boundIn.get(b.block) ?? []), b]);
  const isBound = (w: WrittenNumber): boolean => (boundIn.get(w.block.index) ?? []).some((b) => b.start < w.spanEnd && b.end > w.start);
  const candidates: BindCandidate[] = [];
  const unmatched: BindProposal['unmatched'] = [];
  let numbers = 0;
  let prev: WrittenNumber | undefined;
  let prevSubject: { named: Named; basis: Basis } | undefined;
  for (const w of writtenNumbers(doc)) {
    if (isBound(w)) {
      prev = undefined;
      continue;
    }
    numbers++;
    const named = namedAt(index, w);
    const inherits = continues(w, prev) ? prevSubject : undefined;
    if (inherits) {
      const had = named.get(inherits.named.entry);
      const score = inherits.named.score * 0.95;
      if (!had || had.score < score) named.set(inherits.named.entry, { entry: inherits.named.entry, score, how: 'tiếp nối số liệu đứng trước trong câu', close: true });
    }
    // a table cell's role words are its column header's and row label's ("Kế hoạch", "Lũy kế")
    const foldedClause = ` ${w.clauseLead} ${w.cellWords ?? ''} `;
    const basisWanted: Basis = CUMULATIVE_WORD.test(foldedClause) || options.cumulative ? 'cumulative' : (inherits?.basis ?? 'value');
    const kindWanted = w.percent ? percentKindOf(w) : undefined;
    const qualified = QUALIFIER.test(` ${w.lead}${w.tail} `);
    const planAllowed = PLAN_WORD.test(foldedClause);

    const scored: Scored[] = [];
    for (const { reading, entry } of [...valueReadings(index, w), ...sumReadings(index, w, named)]) {
      if (kindWanted && reading.kind !== kindWanted) continue;
      if (!kindWanted && (reading.kind === 'excess' || reading.kind === 'change')) continue;
      const n = named.get(entry);
      if (!n) continue;
      const binding = buildBinding(w, reading, figureData);
      if (!binding || binding.rendered === null || !sameText(binding.rendered, binding.text)) continue;
      // a percentage right after the X/Y it is computed from is no coincidence, 100% included
      const after = inherits && prev?.y && inherits.named.entry === n.entry ? 1 : strength(w);
      let confidence = Math.min(1, n.score) * after;
      if (qualified && (reading.kind === 'value' || reading.kind === 'cumulative')) confidence *= 0.6;
      if (reading.kind === 'plan' && !planAllowed) confidence *= 0.7;
      scored.push({ reading, binding, named: n, confidence, preference: preference(reading, w, basisWanted, kindWanted) });
    }

    let chosen: Scored | undefined;
    let rival: Scored | undefined;
    if (scored.length) {
      // one reading per indicator: the preferred of those that write the same text
      const byEntry = new Map<string, Scored>();
      for (const s of scored) {
        const key = s.reading.indicators[0];
        const had = byEntry.get(key);
        if (!had || s.confidence > had.confidence + 1e-9 || (Math.abs(s.confidence - had.confidence) <= 1e-9 && s.preference > had.preference)) byEntry.set(key, s);
      }
      const ranked = [...byEntry.values()].sort((a, b) => b.confidence - a.confidence);
      chosen = ranked[0];
      rival = ranked[1];
    }
    if (chosen && chosen.confidence >= LISTED) {
      const contested = rival && rival.confidence >= Math.max(LISTED, chosen.confidence - 0.25);
      const sure = chosen.confidence >= SURE && !contested;
      const why: string[] = [`Khớp số liệu nguồn ${periodLabel(data.period)}; ${chosen.named.how}.`];
      if (contested && rival) why.push(`Cũng có thể là “${label(index, rival.reading)}”.`);
      if (qualified) why.push('Câu nói về nhu cầu, dự kiến hoặc đăng ký, không hẳn là số thực hiện.');
      if (!sure && !contested && !qualified) why.push('Chưa đủ chắc: tên chỉ tiêu không được nêu rõ gần số.');
      candidates.push(candidate(index, w, chosen, sure, why.join(' ')));
      prevSubject = { named: chosen.named, basis: chosen.reading.basis };
      prev = w;
      continue;
    }

    // named plainly but the value disagrees: for review, never bound on its own
    const mismatch = disagreeing(index, figureData, w, named, kindWanted, basisWanted, planAllowed);
    if (mismatch) {
      candidates.push(mismatch);
      const entry = index.byId.get(mismatch.indicators[0]);
      const n = entry ? named.get(entry) : undefined;
      prevSubject = n ? { named: n, basis: mismatch.spec.basis ?? 'value' } : undefined;
    } else {
      unmatched.push({ location: { story: w.block.story, block: w.block.index, start: w.start, end: w.spanEnd }, text: w.block.text.slice(w.start, w.spanEnd) });
      const best = [...named.values()].filter((n) => n.score >= 0.85).sort((a, b) => b.score - a.score)[0];
      prevSubject = best ? { named: best, basis: basisWanted } : undefined;
    }
    prev = w;
  }
  return { period: data.period, numbers, candidates, unmatched };
}

function candidate(index: BindIndex, w: WrittenNumber, s: Scored, sure: boolean, reason: string): BindCandidate {
  return {
    ...s.binding,
    id: `${w.block.index}:${s.binding.location.start}`,
    indicators: s.reading.indicators,
    kind: s.reading.kind,
    label: label(index, s.reading),
    confidence: Math.round(s.confidence * 100) / 100,
    sure,
    reason,
  };
}

/**
 * A number whose own words name an indicator (or that goes on about the previous number's) and whose
 * kind is plain, but whose value is not the source's: "Lúa đạt 78,4%" where the data gives 78,3%.
 */
function disagreeing(
  index: BindIndex,
  data: FigureData,
  w: WrittenNumber,
  named: Map<IndicatorEntry, Named>,
  kindWanted: PercentKind | undefined,
  basisWanted: Basis,
  planAllowed: boolean,
): BindCandidate | undefined {
  const best = [...named.values()].filter((n) => n.score >= 0.85 && n.close).sort((a, b) => b.score - a.score);
  for (const n of best) {
    const e = n.entry;
    const v = e.value;
    let reading: Reading | undefined;
    // "đạt 4,74% kế hoạch" of a figure kept only as lũy kế reads the lũy kế
    const basis: Basis = v[basisWanted] !== null ? basisWanted : basisWanted === 'value' ? 'cumulative' : 'value';
    if (w.y) reading = { indicators: [e.ind.id], kind: 'ratio', basis };
    else if (w.percent) {
      const kind = kindWanted ?? 'percentOfPlan';
      if (kind === 'share' && !e.ind.parent) continue;
      reading = { indicators: kind === 'share' && e.ind.parent ? [e.ind.id, e.ind.parent] : [e.ind.id], kind, basis };
    } else if (e.unit === w.unit) {
      // an amount the source does not have for this period is missing, not wrong
      if (planAllowed && v.plan !== null && v.value === null && v.cumulative === null) reading = { indicators: [e.ind.id], kind: 'plan', basis: 'value' };
      else if (v[basisWanted] !== null) reading = { indicators: [e.ind.id], kind: basisWanted === 'cumulative' ? 'cumulative' : 'value', basis: basisWanted };
    }
    if (!reading) continue;
    const otherUnit = !w.percent && e.unit !== w.unit;
    const binding = buildBinding(w, reading, data, otherUnit);
    if (!binding || binding.rendered === null || sameText(binding.rendered, binding.text)) continue;
    const stated = w.block.text.slice(w.start, w.spanEnd);
    const unitNote = otherUnit ? ` (đơn vị của chỉ tiêu là “${e.ind.unit}”)` : '';
    return {
      ...binding,
      id: `${w.block.index}:${binding.location.start}`,
      indicators: reading.indicators,
      kind: reading.kind,
      label: label(index, reading),
      confidence: Math.round(n.score * 0.5 * 100) / 100,
      sure: false,
      reason: `Số ghi “${stated}” khác số liệu nguồn ${periodLabel(data.data.period)}: “${binding.rendered}”${unitNote}. Gắn vào thì lần cập nhật sau sẽ sửa thành số của nguồn; hãy xem lại (thẻ Kiểm tra) trước.`,
    };
  }
  return undefined;
}
