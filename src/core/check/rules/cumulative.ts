/**
 * Cumulative values (lũy kế): the year to date cannot be below the period's own value, and where the
 * previous cumulative, the period and the new cumulative are all stated, the first two add up to it.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import { type BlockClaims, clauseBounds } from '../quantities';
import { type Mention, type MentionIndex, clauseWords, contentWords, monthsOfMention, monthsOfSpan, phraseOverlap, sentenceWords, untilDate } from '../mentions';
import type { TextBlock } from '../../document/text';
import { where } from './identity';

const CUMULATIVE = /lũy kế|luỹ kế|lũy kế từ đầu năm/u;

interface Amount {
  value: number;
  decimals: number;
  text: string;
  /** "triệu" of "1.532 triệu đồng": kept when writing the right number. */
  scale: string;
  start: number;
  end: number;
  unit: string;
  cumulative: boolean;
  previous: boolean;
}

function amounts(claims: BlockClaims): Amount[] {
  const text = claims.block.text;
  const list: Amount[] = [];
  const push = (value: number, decimals: number, start: number, end: number, unit: string, scale = ''): void => {
    const before = text.slice(Math.max(0, start - 30), start);
    list.push({
      value,
      decimals,
      text: text.slice(start, end),
      scale,
      start,
      end,
      unit,
      // ("lũy kế số tiền từ đầu nhiệm kỳ là 239,5 triệu đồng": up to sixty letters back, past no other figure)
      cumulative: CUMULATIVE.test(before) || CUMULATIVE.test(text.slice(Math.max(0, start - 60), start).replace(/^.*[\d;]/su, '')) || /nâng tổng(?: số)?[\p{L} ]{0,20} lên\s*$/u.test(before),
      // ("Đến hết năm 2025, … 146,2 triệu đồng": what stood at an earlier year's end)
      previous: /(?:tháng trước|kỳ trước)[\p{L} ]{0,12}$/u.test(before) || YEAR_END.test(sentenceBefore(text, start)),
    });
  };
  // (a span's length, "9 tháng … là lũy kế của quý III và 6 tháng đầu năm", is no amount that runs)
  for (const q of claims.quantities) if (!q.n.percent && q.unit && !SPAN_UNITS.has(q.unit)) push(q.n.mantissa, q.n.decimals, q.n.start, q.n.end, q.unit, q.n.scaleWord ?? '');
  for (const r of claims.ratios) push(r.x.mantissa, r.x.decimals, r.x.start, r.x.end, r.unit);
  list.sort((a, b) => a.start - b.start);
  // "lũy kế từ đầu năm bắt giữ 07 vụ, 04 đối tượng": a figure listed right after a running total, in another unit, runs too
  for (let i = 1; i < list.length; i++) {
    const prev = list[i - 1];
    if (prev.cumulative && !list[i].cumulative && prev.unit !== list[i].unit && /^\s*[\p{L} ]{0,20},\s*$/u.test(text.slice(prev.end, list[i].start))) list[i].cumulative = true;
  }
  return list;
}

const SPAN_UNITS = new Set(['tháng', 'năm', 'quý', 'ngày', 'tuần']);
const YEAR_END = /(?:^|[^\p{L}])(?:đến|tính đến) (?:hết|cuối) năm (?:19|20)\d\d\b/iu;

/** The sentence's text before an offset. */
function sentenceBefore(text: string, at: number): string {
  return text.slice(Math.max(text.lastIndexOf('. ', at) + 1, at - 160), at);
}

export function checkCumulative(all: readonly BlockClaims[]): Finding[] {
  const out: Finding[] = [];
  for (const claims of all) {
    const text = claims.block.text;
    const list = amounts(claims);
    for (let i = 0; i < list.length; i++) {
      const cum = list[i];
      if (!cum.cumulative || cum.previous) continue;
      // the period's own value: the nearest earlier amount of the same unit in the same sentence or clause pair
      const clause = clauseBounds(text, cum.start);
      const windowStart = clauseBounds(text, Math.max(0, clause.start - 2)).start;
      const period = [...list.slice(0, i)].reverse().find((a) => a.unit === cum.unit && !a.cumulative && !a.previous && a.start >= windowStart);
      if (!period) continue;
      // (or what stood at an earlier year's end, in the sentence before: "… đến hết năm 2025 …: 146,2 triệu đồng. Cộng năm 2026 (83,3
      // triệu đồng), lũy kế số tiền từ đầu nhiệm kỳ là 239,5 triệu đồng")
      const prev = list.find((a) => a.previous && a.unit === cum.unit && a.start >= windowStart && a.start < cum.end + 80)
        ?? [...list.slice(0, i)].reverse().find((a) => a.previous && a.unit === cum.unit && a.start < period.start && period.start - a.end < 200 && YEAR_END.test(sentenceBefore(text, a.start)));
      if (prev) {
        const sum = prev.value + period.value;
        const decimals = Math.max(prev.decimals, period.decimals);
        if (Math.abs(sum - cum.value) > 0.5 * 10 ** -decimals + 1e-9) {
          const expected = `${formatVn(sum, { decimals })}${cum.scale ? ` ${cum.scale}` : ''}`;
          out.push({
            rule: 'cumulative',
            severity: 'error',
            kind: 'certain',
            message: YEAR_END.test(sentenceBefore(text, prev.start))
              ? `Số đến hết năm trước ${prev.text} cộng kỳ này ${period.text} là ${expected}, không phải ${cum.text} (${cum.unit}).`
              : `Lũy kế tháng trước ${prev.text} cộng tháng này ${period.text} là ${expected}, không phải ${cum.text} (${cum.unit}).`,
            text: cum.text,
            location: { story: claims.block.story, block: claims.block.index, start: cum.start, end: cum.end },
            stated: cum.text,
            expected,
            fix: expected,
          });
        }
        continue;
      }
      if (cum.value + 1e-9 < period.value) {
        out.push({
          rule: 'cumulative',
          severity: 'error',
          kind: 'possible',
          message: `Lũy kế ${cum.text} nhỏ hơn số của riêng kỳ này (${period.text}, đơn vị ${cum.unit}): lũy kế phải ít nhất bằng số trong kỳ.`,
          text: cum.text,
          location: { story: claims.block.story, block: claims.block.index, start: cum.start, end: cum.end },
          stated: cum.text,
          expected: `≥ ${period.text}`,
        });
      }
    }
  }
  return out;
}

/**
 * Cumulative figures across sentences and footnotes: the previous lũy kế (often in a footnote the
 * sentence cites) plus this period's value is the new lũy kế; and a total "từ đầu năm" cannot be
 * below the same indicator counted "từ ngày 01/3".
 */
/**
 * "…, nâng lũy kế đến 31/10/2026 lên 29.874 triệu đồng. Trong tháng 11/2026, Ban QLDA giải ngân 4.748 triệu đồng, đưa lũy kế
 * giải ngân đến 30/11/2026 lên 33.659 triệu đồng": the running total the sentence before ends on, to an earlier date.
 */
function runningTotalBefore(index: MentionIndex, c: Mention): Mention | undefined {
  const list = index.byBlock.get(c.block.index) ?? [];
  const before = list.filter((m) => m.sentence.end <= c.sentence.start);
  const last = before.at(-1);
  if (!last || last.sentence.end < c.sentence.start - 2 || last.family !== c.family || last.percent || last.y || !last.roles.has('cumulative') || last.value >= c.value) return undefined;
  const date = (m: Mention): ReturnType<typeof untilDate> => untilDate((index.folded.get(m.block.index) ?? '').slice(m.clause.start, m.start));
  const [x, y] = [date(last), date(c)];
  return x && y && x.year === y.year && x.month < y.month ? last : undefined;
}

export function checkCumulativeAcross(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const c of index.all) {
    // ("lũy kế 8 tháng kết nạp 29/45 đảng viên": the X of an X/Y against its plan is the running total)
    if (c.percent || c.family === '' || !c.roles.has('cumulative') || c.roles.has('previous') || c.roles.has('plan')) continue;
    const list = index.byBlock.get(c.block.index) ?? [];
    const sentence = list.filter((m) => m.sentence.start === c.sentence.start && m.family === c.family && !m.percent && !m.y);
    // the period's figure, not one of its parts in parentheses: "ghi nhận 6 ca (thôn A 4 ca, thôn B 2 ca), lũy kế 12 ca"
    const period = [...sentence].reverse().find((m) => m.end <= c.start && m.roles.size === 0 && (!m.paren || m.paren.start === c.paren?.start));
    if (!period) continue;
    // (a footnote that gives the running total itself again, "[^4]: … lũy kế giải ngân đến 31/10/2026 là 29.874 triệu đồng", gives no earlier one)
    const cited = c.cites.flatMap((id) => (index.footnotes.get(id) ?? []).flatMap((b) => index.byBlock.get(b.index) ?? [])).filter((m) => !(m.family === c.family && m.value === c.value));
    // the previous cumulative: said so in the sentence, or the cumulative of a footnote the figure cites
    // ("lũy kế 10 tháng 9.146 lượt[^5]" with "[^5]: Lũy kế 9 tháng … 8.187 lượt người"), or a carry-over
    const carried = (m: Mention): boolean => /\b(?:ton|chuyen sang|chuyen qua)\b/.test(`${m.lead} ${m.tail.slice(0, 20)}`) && m.roles.has('previous');
    const previous =
      sentence.find((m) => m !== c && m.family === c.family && m.roles.has('cumulative') && m.roles.has('previous') && !m.percent && !m.y) ??
      // "đến hết tháng 7 đạt 10.578 triệu đồng; cùng kỳ năm 2025 (8 tháng) đạt 10.940": the one through the end of the period before
      cited.find((m) => m.family === c.family && m.roles.has('previous') && (m.roles.has('cumulative') || /\bhet (?:thang|quy)\b/.test(m.lead)) && !m.percent && !m.y && m.interval.hi <= c.interval.hi) ??
      cited.find((m) => m.family === c.family && (m.roles.has('cumulative') || m.scope === 'todate') && !m.roles.has('same') && !m.percent && !m.y && m.interval.hi <= c.interval.hi) ??
      sentence.find((m) => m !== c && m.family === c.family && carried(m) && !m.percent && !m.y) ??
      runningTotalBefore(index, c);
    if (!previous) continue;
    const lo = previous.interval.lo + period.interval.lo;
    const hi = previous.interval.hi + period.interval.hi;
    if (c.interval.hi >= lo - 1e-9 && c.interval.lo <= hi + 1e-9) continue;
    const factor = c.value / (c.n.scaleWord ? c.n.mantissa : c.n.value) || 1;
    const sum = (previous.value + period.value) / factor;
    const expected = formatVn(sum, { decimals: Math.max(previous.n.decimals, period.n.decimals, c.n.decimals) });
    out.push({
      rule: 'cumulative',
      severity: 'error',
      kind: 'certain',
      message: `Lũy kế trước ${previous.n.numberText} ${previous.unit}${previous.block.story === 'footnote' ? ` (chú thích ${previous.block.footnoteId ?? ''})` : previous.sentence.start !== c.sentence.start ? ' (câu trước)' : ''} cộng kỳ này ${period.n.numberText} ${period.unit} là ${expected}, không phải ${c.n.numberText}.`,
      text: c.n.numberText,
      location: { story: c.block.story, block: c.block.index, start: c.n.start, end: c.n.start + c.n.numberText.length },
      stated: c.n.numberText,
      expected,
      fix: expected,
    });
  }
  out.push(...runningTotalsOverFootnotes(index, out));
  // "từ đầu năm" against "từ ngày 01/3" of the same indicator
  const since = index.all.filter((m) => m.roles.has('since') && !m.percent && m.family !== '');
  for (const s of since) {
    const ytd = index.all.find(
      (m) => m !== s && m.family === s.family && !m.percent && /\btu dau nam\b/.test(m.lead) && Math.abs(m.block.index - s.block.index) <= 3 && phraseOverlap(m.phrase, s.phrase) >= 1,
    );
    if (!ytd || ytd.interval.hi + 1e-9 >= s.interval.lo) continue;
    out.push({
      rule: 'cumulative',
      severity: 'error',
      kind: 'possible',
      message: `Số từ đầu năm (${ytd.n.text} ${ytd.unit}) nhỏ hơn số từ ngày giữa năm (${s.n.text} ${s.unit}): số tính từ đầu năm phải ít nhất bằng.`,
      text: ytd.n.text,
      location: { story: ytd.block.story, block: ytd.block.index, start: ytd.n.start, end: ytd.n.end },
      stated: ytd.n.text,
      expected: `≥ ${s.n.text}`,
    });
  }
  return out;
}

/** A figure that counts everything so far: "nâng tổng chiều dài … lên 11,4 km", "Từ đầu nhiệm kỳ … đến nay, … 98 hội viên", "Đến nay toàn thôn đã bê tông hóa 8,84 km". */
const SO_FAR = /\bnang tong\b[^.;]{0,80}\blen\s*$|\b(?:tu|giai doan)\b[^.;]{0,60}\bden nay\b[^.;]{0,60}$|\bden (?:het )?ngay \d{1,2}\/\d{1,2}\/\d{4} (?:dat|la)\s*$/;
/** A sentence that opens on "đến nay": "Đến nay toàn thôn đã bê tông hóa 8,84 km đường thôn, ngõ xóm[^3]". */
const SO_FAR_OPENING = /^\s*(?:tinh )?den nay,?\s[^.;,]{0,60}$/;
/** A footnote that gives the figure up to an earlier date: "Từ năm 2022 đến hết năm 2024, …", "Đến ngày 31/12/2024, …", "Giai đoạn 2021 - 2023, …", "Học kỳ I …". */
const EARLIER_SPAN = /^\s*(?:nam (?:19|20)\d\d\s*-\s*(?:19|20)\d\d|tu (?:nam|thang|ngay|dau)|den (?:het|ngay|thang|nam|cuoi)|giai doan|luy ke|tinh den|tinh tu|(?:\d+|sau|chin|ba) thang dau nam|quy (?:i{1,3}|iv)\b|hoc ky (?:i|1)\b)\b/;
const EARLIER_INSIDE = /\b(?:giai doan (?:19|20)\d\d\s*-\s*(?:19|20)\d\d|den het nam (?:19|20)\d\d|den (?:het )?ngay \d{1,2}\/\d{1,2}\/\d{4}|(?:\d+|sau|chin|ba) thang dau nam)\b/;
/** The verb of what is counted ("kết nạp", "lắp đặt", "làm mới", "kích hoạt"): a figure of this period says the same. */
function verbsOf(m: Mention): string[] {
  return m.lead.split(/[^a-z]+/).filter((w) => w.length >= 2).slice(-6);
}

/**
 * Of a footnote's figures, those that run up to the start of this period: "[^2]: … quý I: 14,6 tỷ đồng; quý II: 16,6
 * tỷ đồng; 6 tháng đầu năm: 31,2 tỷ đồng" under "lũy kế 9 tháng" gives the six months, not quarter II alone. A figure
 * whose span says no months stays; one of months past the total's, or of a span that does not start the year, goes.
 */
function runUpTo(figures: readonly Mention[], total: readonly [number, number] | undefined): Mention[] {
  if (!total || total[0] !== 1) return [...figures];
  const spans = figures.map((m) => ({ m, months: monthsOfSpan(m.span) }));
  const fromStart = spans.filter((x) => x.months && x.months[0] === 1 && x.months[1] < total[1]);
  const latest = Math.max(0, ...fromStart.map((x) => x.months?.[1] ?? 0));
  return spans.filter((x) => !x.months || (fromStart.length > 0 ? x.months[0] === 1 && x.months[1] === latest : x.months[1] < total[1])).map((x) => x.m);
}

/** Whether a footnote gives figures up to an earlier date (or names it after its subject: "[^3]: Số tiền thu hồi … giai đoạn 2021 - 2024 là 138,6 triệu đồng"). */
function ofEarlierSpan(index: MentionIndex, b: TextBlock): boolean {
  const folded = index.folded.get(b.index) ?? '';
  // (past the report it quotes, to a date of an earlier year: "[^3]: Theo Báo cáo số 02/BC-HĐQT ngày 12/02/2026 trình Đại hội …, lũy kế
  // … đến ngày 31/12/2025 đạt …")
  const quoted = /^\s*theo (?:bao cao|thong bao|quyet dinh|nghi quyet) so [^,;]{0,160},([^.;:]{0,120})\bden (?:het )?ngay \d{1,2}\/\d{1,2}\/(\d{4})\b/.exec(folded);
  if (quoted && index.year !== undefined && Number(quoted[2]) < Number(index.year)) return true;
  // (or, after a clause of its own, a span that starts at a term's opening: "…; riêng từ Đại hội … đến ngày 31/12/2025 kết nạp 21 đảng viên")
  return EARLIER_SPAN.test(folded) || EARLIER_INSIDE.test(folded.slice(0, 120)) || /;\s*(?:rieng )?tu dai hoi\b[^.;]{0,120}\bden (?:het )?ngay \d{1,2}\/\d{1,2}\/\d{4}\b/.test(folded);
}

/** A footnote's figures of the total's kind below it, not of the same span of last year ("[^1]: 6 tháng đầu năm 2025, …" in the report of six months). */
function figuresBelow(index: MentionIndex, blocks: readonly TextBlock[], c: Mention): Mention[] {
  return blocks
    .flatMap((b) => index.byBlock.get(b.index) ?? [])
    .filter((m) => m.family === c.family && !m.percent && !m.y && !m.paren && m.value < c.value && !(m.roles.has('same') && /^\s*(?:\d+|sau|chin|ba) thang dau nam\b/.test(index.folded.get(m.block.index) ?? '')));
}

/** The months a footnote quoting an earlier report of this year gives: "[^4]: Báo cáo số 41/BC-BCH ngày 18/9/2026: 9 tháng năm 2026 …". */
function earlierReportOfThisYear(index: MentionIndex, b: TextBlock): boolean {
  const folded = index.folded.get(b.index) ?? '';
  // (or the footnote opens on the span and this year: "[^3]: 9 tháng năm 2026 thu đảng phí 305,7 triệu đồng")
  const quoted = /^\s*((?:theo )?bao cao so [^:;]{0,60}:\s*)?(?:(\d+|sau|chin|ba) thang(?: dau)?(?: nam)?|quy (?:i{1,3}|iv)(?: nam)?)\s*((?:19|20)\d\d)?\b/.exec(folded);
  if (!quoted || (quoted[3] !== undefined && quoted[3] !== String(index.year)) || (quoted[1] === undefined && quoted[3] === undefined)) return false;
  const months = quoted[2] === undefined ? undefined : ({ sau: 6, chin: 9, ba: 3 } as Record<string, number>)[quoted[2]] ?? Number(quoted[2]);
  return months === undefined || index.months === undefined || months < index.months[1];
}

/**
 * "Lũy kế năm tập huấn cho 1.425 lượt người …, trong đó quý IV tập huấn 385 lượt người" in a paragraph that cites, for
 * another figure, "[^4]: Báo cáo số 41/BC-BCH …: 9 tháng năm 2026 … tập huấn 1.140 lượt người": the earlier report's
 * figure said in the total's own words is the previous lũy kế.
 */
function earlierOfParagraph(index: MentionIndex, c: Mention): Mention[] {
  const ids = new Set((index.byBlock.get(c.block.index) ?? []).flatMap((m) => m.cites));
  const notes = [...ids].flatMap((id) => index.footnotes.get(id) ?? []).filter((b) => earlierReportOfThisYear(index, b));
  const own = new Set(clauseWords(c));
  return figuresBelow(index, notes, c).filter((m) => clauseWords(m).filter((w) => own.has(w)).length >= 2);
}

function earlierCited(index: MentionIndex, c: Mention): Mention[] {
  const noted = c.cites.flatMap((id) => index.footnotes.get(id) ?? []).filter((b) => ofEarlierSpan(index, b) || earlierReportOfThisYear(index, b));
  return runUpTo(figuresBelow(index, noted, c), monthsOfMention(c, index.months));
}

/**
 * A running total that cites nothing may still stand on a footnote cited elsewhere: "Lũy kế từ đầu nhiệm kỳ đến nay,
 * Đảng bộ thi hành kỷ luật 12 đảng viên" with "[^2]: Từ Đại hội … đến ngày 31/12/2025: … Đảng bộ thi hành kỷ luật 3
 * đảng viên", cited by another paragraph. Only a figure said in the total's own words will do, and only one.
 */
function earlierElsewhere(index: MentionIndex, c: Mention): Mention[] {
  if (!c.roles.has('cumulative') && !SO_FAR.test(c.lead)) return [];
  // (not a period of an earlier year, "[^2]: Quý III năm 2025: xảy ra 05 vụ …", which is the one compared with)
  const ofAnotherYear = (b: TextBlock): boolean => {
    const year = /^\s*(?:quy|thang|\d+ thang|sau thang|chin thang|ba thang)[^:;]{0,30}?\bnam ((?:19|20)\d\d)\b(?!\s*-)/.exec(index.folded.get(b.index) ?? '')?.[1];
    return year !== undefined && index.year !== undefined && year < index.year;
  };
  const notes = [...index.footnotes.values()].flat().filter((b) => ofEarlierSpan(index, b) && !ofAnotherYear(b));
  if (notes.length === 0) return [];
  const sentence = new Set(sentenceWords(c));
  const paragraph = new Set(contentWords(index.folded.get(c.block.index) ?? ''));
  // the words of the figure's own clause that the total's sentence says, and what it is of that its paragraph says
  // ("[^1]: … xảy ra 06 vụ tai nạn giao thông" under "… 04 vụ tai nạn giao thông … Lũy kế 9 tháng xảy ra 09 vụ")
  const score = (m: Mention): number => clauseWords(m).filter((w) => sentence.has(w)).length + m.after.filter((w) => paragraph.has(w)).length;
  const ranked = runUpTo(figuresBelow(index, notes, c), monthsOfMention(c, index.months))
    .map((m) => ({ m, score: score(m) }))
    .sort((a, b) => b.score - a.score);
  if (ranked.length === 0 || ranked[0].score < 3 || (ranked[1] && ranked[1].score === ranked[0].score)) return [];
  // (a restatement of a total that cites the footnote is checked where it is first said, and against it: "lũy kế 21 đảng viên" of the summary)
  const note = ranked[0].m.block.footnoteId;
  if (index.all.some((m) => m !== c && m.cites.some((id) => id === note) && m.family === c.family && m.value === c.value)) return [];
  return [ranked[0].m];
}

/** A date matched as day, month, year, as a sortable number. */
function dayOf(m: RegExpExecArray | null): number | undefined {
  return m ? Number(m[3]) * 10000 + Number(m[2]) * 100 + Number(m[1]) : undefined;
}

/**
 * A running total that cites, in a footnote, the figure up to an earlier date: "năm 2025 lắp đặt 3.200 m …,
 * nâng tổng chiều dài … từ năm 2022 đến nay lên 11,4 km[^2]" with "[^2]: Từ năm 2022 đến hết năm 2024 … 8,6
 * km": 8,6 km + 3.200 m = 11,8 km. This period's figure is the one of the paragraph said with the same verb.
 */
function runningTotalsOverFootnotes(index: MentionIndex, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const taken = new Set(already.map((f) => `${f.location.block}:${f.location.start}`));
  for (const c of index.all) {
    if (c.percent || c.y || c.family === '' || c.block.story !== 'body') continue;
    if (c.roles.has('previous') || c.roles.has('plan') || c.roles.has('same') || c.roles.has('target')) continue;
    const opening = (index.folded.get(c.block.index) ?? '').slice(c.sentence.start, c.start);
    // ("Năm 2026, Công an xã đã trả 3.127 thẻ căn cước[^2]" in the report of quarter IV and the year: the year so far, when it cites a footnote)
    const year = index.year !== undefined && index.months !== undefined && index.months[0] > 1 && c.cites.length > 0 && new RegExp(`^\\s*(?:ca |trong )?nam ${index.year}\\b`).test(opening);
    // ("Thu đảng phí năm 2026 được 418,6 triệu đồng, trong đó quý IV thu 113,9 triệu đồng[^3]": the year with its last quarter is a running total)
    // (or "Trong năm hỗ trợ … 23 nhà …; trong đó quý IV hoàn thành, bàn giao 6 nhà[^3]": its last quarter further on in the sentence, a footnote cited)
    const rest = (index.folded.get(c.block.index) ?? '').slice(c.end, c.sentence.end);
    const lastPartAt = /\btrong do (?:quy (?:i{1,3}|iv)|thang \d{1,2})\b/.exec(rest);
    const firstOfKind = !(index.byBlock.get(c.block.index) ?? []).some((o) => o.sentence.start === c.sentence.start && o.start < c.start && o.family === c.family && !o.percent);
    const lastPart = lastPartAt && c.cites.length > 0 && firstOfKind && /^\s*(?:trong nam|ca nam|nam \d{4})\b/.test(opening)
      ? (index.byBlock.get(c.block.index) ?? []).find((o) => o.start > c.end + lastPartAt.index && o.sentence.start === c.sentence.start && o.unit === c.unit && !o.percent && !o.y)
      : undefined;
    const withLastPart = /^[^0-9;.]{0,30}\btrong do (?:quy|thang)\b/.test(c.tail) || lastPart !== undefined;
    if (!c.roles.has('cumulative') && c.scope !== 'todate' && !SO_FAR.test(c.lead) && !SO_FAR.test(opening) && !SO_FAR_OPENING.test(opening) && !year && !withLastPart) continue;
    if (taken.has(`${c.block.index}:${c.n.start}`)) continue;
    // "…, bằng 79,1% khối lượng Đề án (40 km)": the whole of a percent, in parentheses after it, is no running total
    if (c.paren && (index.byBlock.get(c.block.index) ?? []).some((o) => o.percent && o.sentence.start === c.sentence.start && o.end <= c.start && c.start - o.end < 50 && !/\d/.test(c.block.text.slice(o.end, c.start)))) continue;
    // (nor the whole a percent is "of" right after it: "đạt 13.660 triệu đồng[^6], bằng 97,57% tổng mức đầu tư 14.000 triệu đồng")
    if ((index.byBlock.get(c.block.index) ?? []).some((o) => o.percent && o.sentence.start === c.sentence.start && o.end <= c.start && !/\d/.test(c.block.text.slice(o.end, c.start)) && /^\s*%?\s*(?:so voi\s+)?(?:tong muc dau tu|tong du toan|du toan|tong von|ke hoach|tong so)\b/.test(o.tail))) continue;
    const cited = c.cites.length > 0 ? earlierCited(index, c) : earlierElsewhere(index, c);
    const earlier = cited.length > 0 || (!c.roles.has('cumulative') && c.scope !== 'todate' && !withLastPart) ? cited : earlierOfParagraph(index, c);
    // "[^2]: Quý I năm 2026: thịt hơi xuất chuồng 23,2 tấn, thủy sản 108 tấn" cited by "thủy sản … lũy kế 6 tháng 226 tấn": the
    // footnote's figure named by the words of the total's clause, else its first
    const sentence = new Set(sentenceWords(c));
    const namedBy = (m: Mention): number => m.phrase.filter((w) => sentence.has(w)).length;
    const previous = [...earlier].sort((a, b) => namedBy(b) - namedBy(a))[0];
    if (!previous) continue;
    // "Riêng từ ngày 01/7/2025 đến nay, xã tiếp 97 lượt[^1]" with "[^1]: Từ ngày 15/12/2024 đến ngày 30/6/2025, …": a span of its own, after the footnote's
    const since = dayOf(/\btu ngay (\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec((index.folded.get(c.block.index) ?? '').slice(c.sentence.start, c.start)));
    const until = dayOf(/\bden (?:het )?ngay (\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(index.folded.get(previous.block.index) ?? ''));
    if (since !== undefined && until !== undefined && since > until) continue;
    // ("phát hiện 21 công trình vi phạm, …, gồm: xây dựng không có giấy phép 9 trường hợp; …": a part of the period's figure is not it)
    const isPart = (m: Mention): boolean => /\d[\d.,]*\s+[a-z][^.]*\bgom\b/.test((index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start));
    const isPeriod = (m: Mention): boolean =>
      m !== c && m.family === c.family && !m.percent && !m.y && !m.roles.has('plan') && !m.roles.has('same') && !m.roles.has('previous') && !m.roles.has('cumulative') && !/\bgiam\s*$/.test(m.lead);
    // ("lũy kế 11 tháng 612 lao động …, trong đó xuất khẩu lao động 55 lao động": a part of the total is to date what the period's
    // part is, "86 lao động (trong đó đi làm việc ở nước ngoài theo hợp đồng 14 lao động)", not what its whole is)
    const subset = (m: Mention): boolean => /\btrong do\b[^0-9;]*$/.test(m.lead);
    const periods = (index.byBlock.get(c.block.index) ?? []).filter((m) => m.end <= c.start && (subset(c) ? subset(m) : !m.paren) && isPeriod(m));
    if (subset(c) && periods.length === 0) continue;
    // any figure of the paragraphs just before may be this period's: a table's total row ("| Cộng | 24 | 152 |")
    const nearby: Mention[] = [];
    // (a table is a block per cell: the section before the figure, some forty blocks at most)
    // (a table cell under a header with no unit, "| Cộng | … | 864 |", may be of the figure's unit)
    const isCell = (m: Mention): boolean => Boolean(m.block.table) && m.family === '' && !m.percent && !m.y && isPeriod({ ...m, family: c.family });
    for (let b = c.block.index - 1; b >= Math.max(0, c.block.index - 40); b--) if (index.blocks[b] && index.blocks[b].story !== 'footnote') nearby.push(...(index.byBlock.get(b) ?? []).filter((m) => m.section === c.section && (isPeriod(m) || isCell(m))));
    // else the figure whose sentence says most of what the total's does ("6 tháng đã trồng 318,5 ha" of "Lũy kế diện tích trồng
    // rừng tập trung …"; its parts after "gồm", later in the same sentence, say as much and yield to it)
    const said = new Set([...sentenceWords(c), ...c.after]);
    const overlap = new Map([...periods, ...nearby].map((m) => [m, new Set([...sentenceWords(m), ...m.after].filter((w) => said.has(w))).size]));
    const told = [...overlap.keys()].filter((m) => !m.roles.has('approximate') && !isPart(m) && !m.paren && !/\b(?:tang|giam)\s*$/.test(m.lead) && (overlap.get(m) ?? 0) >= 3).sort((a, b) => Number(b.unit === c.unit) - Number(a.unit === c.unit) || (overlap.get(b) ?? 0) - (overlap.get(a) ?? 0) || b.sentence.start - a.sentence.start || (a.block === b.block ? a.start - b.start : b.block.index - a.block.index))[0];
    // (any figure of the footnote with any of this period's may be the reading meant)
    const fits = (m: Mention): boolean => earlier.some((e) => c.interval.hi >= e.interval.lo + m.interval.lo - 1e-9 && c.interval.lo <= e.interval.hi + m.interval.hi + 1e-9);
    // (and a figure of its sentence said after it, that the footnote's figure makes it: "… lũy kế 8.946 triệu đồng[^5]; riêng
    // nửa đầu tháng 12 giải ngân 1.134 triệu đồng")
    const explains = (index.byBlock.get(c.block.index) ?? []).filter((m) => m.start > c.end && m.sentence.start === c.sentence.start && isPeriod(m));
    // (of those, one its clause opens as this period's, "riêng nửa đầu tháng 12 …", is the period's figure when no other is)
    // ("…, trong đó quý IV tập huấn 385 lượt người": the period's part of the total it opens is its own figure)
    const saidAfter = explains.find((m) => /\b(?:rieng|trong (?:do )?(?:thang|quy|ky|nam)|thang nay|quy nay)\b/.test(m.lead.slice(-60).replace(/^.*[;,]/, '')));
    // (the part of an X/Y just before is a reading too: "giải quyết 23/26 kiến nghị (88,5%)" before "Lũy kế …, được tiếp thu 58 nội dung")
    const ofRatios = (index.byBlock.get(c.block.index - 2) ?? []).concat(index.byBlock.get(c.block.index - 1) ?? [], index.byBlock.get(c.block.index) ?? []).filter((m) => m.y && m.section === c.section && m.start < (m.block === c.block ? c.start : Infinity));
    if ((periods.length === 0 && !told && !saidAfter && !lastPart) || (lastPart ? fits(lastPart) : periods.some(fits) || nearby.some(fits) || explains.some(fits) || ofRatios.some(fits))) continue;
    const verbs = new Set(verbsOf(c));
    // "trong quý kích hoạt thêm 1.382 tài khoản, nâng tổng số lên 11.954 tài khoản": what is added just before the total is this period's
    const added = [...periods].reverse().find((m) => m.sentence.start === c.sentence.start && /\bthem\s*$/.test(m.lead));
    // else the nearest figure named as the total is ("tổng trọng lượng 9.463 kg" of the month, "tổng trọng lượng 12.471 kg" to date)
    // ("toàn xã có 232 người đi làm việc ở nước ngoài" of the year, "… đưa được 1.014 lao động đi làm việc ở nước ngoài" to date)
    const sameAfter = (m: Mention): boolean => m.after.length >= 3 && m.after.join(' ') === c.after.join(' ');
    // (the one that names most of it: "Tổng giá trị thiệt hại 48,72 tỷ đồng" before its part "thiệt hại về nhà ở 18,36 tỷ đồng")
    // (of two named alike, the one of the previous figure's kind: "36 phòng học và 7 phòng học bộ môn" then "8 phòng học và 2 phòng học bộ môn")
    // (or said in its very words: "[^2]: … Đảng bộ thi hành kỷ luật 3 đảng viên" of "Đảng bộ thi hành kỷ luật 7 đảng viên …; trong đó các chi bộ thi hành kỷ luật 4 đảng viên")
    const kindOfPrevious = (m: Mention): number => (m.after.join(' ') === previous.after.join(' ') ? 2 : 0) + (m.phrase.join(' ') === previous.phrase.join(' ') ? 1 : 0);
    // (its own paragraph's first, then in the total's own unit: "đã kết nạp 47 đảng viên" before the part "chi bộ thôn 32 đồng chí")
    const named = [...periods, ...nearby].filter((m) => !m.roles.has('approximate') && (phraseOverlap(m.phrase, c.phrase) >= 2 || sameAfter(m))).sort((a, b) => Number(b.block === c.block) - Number(a.block === c.block) || Number(b.unit === c.unit) - Number(a.unit === c.unit) || phraseOverlap(b.phrase, c.phrase) - phraseOverlap(a.phrase, c.phrase) || kindOfPrevious(b) - kindOfPrevious(a) || b.id - a.id)[0];
    const opened = lastPart ?? (saidAfter && /\btrong do (?:thang|quy|ky)\b/.test(saidAfter.lead.slice(-60)) ? saidAfter : undefined);
    const period = opened ?? added ?? named ?? [...periods].reverse().find((m) => !isPart(m) && verbsOf(m).some((w) => verbs.has(w) && !['trong', 'nam', 'thang', 'quy', 'da', 'duoc', 'cac', 'cua', 'xa', 'hoi'].includes(w))) ?? told ?? saidAfter;
    if (!period) continue;
    const factor = c.value / (c.n.scaleWord ? c.n.mantissa : c.n.value) || 1;
    const sum = (previous.value + period.value) / factor;
    // as many decimals as the sum needs in the total's unit (8,6 km + 3.200 m is 11,8 km; 11,8 km + 2.350 m is 14,15 km)
    let decimals = c.n.decimals;
    while (decimals < 3 && Math.abs(Number(sum.toFixed(decimals)) - sum) > 1e-9) decimals++;
    const expected = formatVn(sum, { decimals });
    out.push({
      rule: 'cumulative',
      severity: 'error',
      kind: 'possible',
      message: `Số đến trước kỳ này ${previous.n.numberText} ${previous.unit} (chú thích ${previous.block.footnoteId ?? ''}) cộng ${period.n.numberText} ${period.unit} của kỳ này (${period.block === c.block ? 'cùng đoạn' : where(period)}) là ${expected} ${c.unit}, không phải ${c.n.numberText} ${c.unit}.`,
      text: c.n.text,
      location: { story: c.block.story, block: c.block.index, start: c.n.start, end: c.n.end },
      stated: c.n.text,
      expected,
    });
  }
  return out;
}
