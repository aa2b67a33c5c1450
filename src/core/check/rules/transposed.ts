/**
 * Two digits swapped when a figure is copied: the body's "đạt 91,2%" comes back as "92,1%" in the
 * headline, "kết nạp 32 hội viên mới" in the summary against "kết nạp mới 23 hội viên", "16,28 tỷ đồng"
 * in the text against "16.820" (triệu) in the table. Where the report restates itself (a summary, a
 * headline, a footnote, a table against the text), the same unit and a word in common, digits that differ
 * only by one swap of neighbours are one figure copied wrong.
 */
import type { Finding } from '../finding';
import { fold } from '../../text/fold';
import { captionUnits, earlierDate, earlierSchoolYear, earlierTerm, type Mention, type MentionIndex, sentenceWords, tableKey, unitFactor, words } from '../mentions';
import { unitFamily } from '../units';
import { agrees, intervalOf, percentInterval } from '../precision';
import { explainedByRatio } from './explain';
import { headlineOf, rowCells, summarySections, where, written } from './identity';

/** A percent its own inputs give: the X/Y of its sentence, or two counts of its table row ("| 3.582 | 3.573 | 99,75 |"). */
function proven(index: MentionIndex, m: Mention): boolean {
  if (!m.percent) return false;
  if (!m.block.table) return explainedByRatio(index, m);
  const counts = rowCells(index, m).filter((c) => !c.percent && !c.y && c.n.value > 0);
  return counts.some((x) => counts.some((y) => {
    if (x === y || x.n.value > y.n.value) return false;
    const iv = percentInterval(intervalOf(x.n), intervalOf(y.n));
    return iv !== null && agrees(m.n, iv);
  }));
}

/** The significant digits of a value in its family's base unit: 16,28 tỷ and 16.280 triệu are both "1628". */
function digits(m: Mention): string {
  const v = Math.round(Math.abs(m.value) * 1e6) / 1e6;
  return String(v).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/** "58,3 triệu" and "5.380 triệu" are not one figure whatever their digits: a swap keeps the size within ten times. */
function sameMagnitude(a: number, b: number): boolean {
  return a > 0 && b > 0 ? Math.abs(Math.log10(a / b)) < 1 : a === b;
}

export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2 || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A word in common; where one is a table's cell, two of its row's words close together in the other's sentence before it, or among the words that name it:
 * "Nâng cấp đập dâng …" and "ngân sách tỉnh phân cấp" share only "cấp".
 */
function sharesWords(index: MentionIndex, a: Mention, b: Mention): boolean {
  const [cell, text] = a.block.table ? [a, b] : [b, a];
  if (cell.block.table && !text.block.table) {
    const before = (index.folded.get(text.block.index) ?? '').slice(text.sentence.start, text.start);
    const said = words(before).concat(text.after);
    // ("- Đợt 4 (…): tiếp nhận 95 đơn vị trên tổng số 112 người" is no figure of the row "| Đợt 2 | … | 121 |": a row numbered
    // among its siblings is named only with its own number)
    const numbered = /^\s*([a-z]+) (\d{1,2})\b/.exec(cell.rowLabel.toLowerCase());
    if (numbered) {
      const named = [...before.matchAll(new RegExp(`\\b${numbered[1]} (\\d{1,2})\\b`, 'g'))].map((x) => x[1]);
      if (named.length > 0 && !named.includes(numbered[2])) return false;
    }
    // (a total row, "Tổng cộng", names nothing of its own)
    const label = cell.phrase.filter((w) => !['tong', 'cong', 'so', 'toan'].includes(w));
    if (label.length === 1) return said.includes(label[0]);
    // (two of its words close together: "Chi bộ doanh nghiệp" is not named by "Đảng bộ kết nạp … chỉ tiêu", "từ … dưới" is by "từ 15 m đến dưới 24 m")
    const at = (w: string): number[] => said.flatMap((x, k) => (x === w ? [k] : []));
    const spots = label.filter((w, i) => label.indexOf(w) === i).map(at);
    // (or two of the words that name the figure itself: "Lĩnh vực lao động, người có công và xã hội tiếp nhận 261 hồ sơ")
    const own = new Set(text.phrase.concat(text.after));
    return label.filter((w) => own.has(w)).length >= 2 || spots.some((a, i) => spots.slice(i + 1).some((b) => a.some((x) => b.some((y) => Math.abs(x - y) <= 3))));
  }
  // (the unit's own words are no indicator: "42 hộ bị thu hồi" and "còn 24 hộ chưa bàn giao" share only "hộ")
  return common(a, b) > 0;
}

/**
 * Three words in a row said before both figures, in prose: "Tổng kinh phí đầu tư xây dựng, sửa chữa, mua sắm thiết bị là 12,65 tỷ
 * đồng" and the summary's "Tổng kinh phí đầu tư cho giáo dục … đạt 12.560 triệu đồng", whose last words differ.
 */
function sharesRun(a: Mention, b: Mention): boolean {
  if (a.block.table || b.block.table || a.percent || b.percent) return false;
  // (an item's label names all its sentences: "- Thịt lợn hơi: … Cộng dồn 9 tháng đầu năm đạt 1.441,0 tấn")
  const said = (m: Mention): string[] => [...words(fold(/^\s*[-+•*]?\s*([^:.;]{2,40}):/.exec(m.block.text)?.[1] ?? '')), ...sentenceWords(m)];
  const x = said(a);
  const y = ` ${said(b).join(' ')} `;
  for (let i = 0; i + 3 <= x.length; i++) if (y.includes(` ${x.slice(i, i + 3).join(' ')} `)) return true;
  return false;
}

/** How many words of two figures' phrases (and the words after them) they have in common, the units' words left out. */
function common(a: Mention, b: Mention): number {
  const unitWords = new Set(fold(`${a.unit} ${b.unit}`).toLowerCase().split(/\s+/));
  const theirs = new Set(b.phrase.concat(b.after));
  return new Set(a.phrase.concat(a.after).filter((w) => theirs.has(w) && !unitWords.has(w))).size;
}

/** Whether a table cell's row names the unit in a cell of its own ("| Lượt bạn đọc Thư viện xã | lượt | 10.000 | 3.162 |"), or its header does. */
function unitCell(index: MentionIndex, cell: Mention, unit: string): boolean {
  const t = cell.block.table;
  if (!t || unit === '') return false;
  const want = fold(unit).toLowerCase();
  // or its column's header counts in it: "Số học viên"
  return index.blocks.some((b) => b.table && b.story === cell.block.story && b.table.table === t.table && ((b.table.row === t.row && fold(b.text).toLowerCase().trim() === want) || (b.table.row === 0 && b.table.cell === t.cell && ` ${words(fold(b.text).toLowerCase()).join(' ')} `.includes(` ${want} `))));
}

/**
 * A cell with no unit of its own is the text's figure where its row or header names the text's unit (then
 * in the text's scale), or where the table's caption does ("(đơn vị: triệu đồng)", then in the caption's).
 */
function unitlessFits(index: MentionIndex, cell: Mention, text: Mention, captions: ReadonlyMap<string, string>): boolean {
  // (two digits swap by chance between any two small counts of a table of several rows: "24" of one row, "42 đồng chí" of another)
  if (digits(cell).length < 3) return false;
  if (unitCell(index, cell, text.unit)) return sameMagnitude(cell.value, text.value / unitFactor(text));
  const caption = unitFamily(captions.get(tableKey(cell.block)) ?? '');
  return caption.family !== '' && caption.family === text.family && sameMagnitude(cell.n.value * caption.factor, text.value);
}

export function checkTransposed(index: MentionIndex, already: ReadonlySet<string> = new Set()): Finding[] {
  const captions = captionUnits(index.blocks);
  const summary = summarySections(index);
  const title = headlineOf(index);
  // (a number inside a row's label, "Đường trục xã … (3,1 km)", names the row; it restates nothing)
  const restatement = (m: Mention): boolean => summary.has(m.section) || m.block.index === title || m.block.story === 'footnote' || (Boolean(m.block.table) && !/\p{L}/u.test(m.block.text.replace(m.unit, '')));
  const byFamily = new Map<string, Mention[]>();
  // a table whose unit stands in a column of its own ("| Lượt bạn đọc | lượt | 10.000 | 3.162 |") leaves its cells without one: they may be of any family
  const unitless: Mention[] = [];
  for (const m of index.all) {
    if (m.y || m.roles.has('target') || m.n.value === 0) continue;
    if (m.family === '') {
      if (m.block.table && !m.percent && m.block.table.row > 0) unitless.push(m);
      continue;
    }
    const list = byFamily.get(m.family);
    if (list) list.push(m);
    else byFamily.set(m.family, [m]);
  }
  for (const [family, list] of byFamily) if (family !== 'percent') list.push(...unitless);
  const out: Finding[] = [];
  const flagged = new Set<Mention>();
  for (const list of byFamily.values()) {
    const keyed = list.map((m) => ({ m, d: digits(m) }));
    // two figures with two digits swapped have the same digits: look only among those, in the list's order
    const byDigits = new Map<string, Array<{ m: Mention; d: string }>>();
    for (const k of keyed) {
      const key = [...k.d].sort().join('');
      const same = byDigits.get(key);
      if (same) same.push(k);
      else byDigits.set(key, [k]);
    }
    for (const { m, d } of keyed) {
      if (!restatement(m) || flagged.has(m) || already.has(`${m.block.index}:${m.n.start}`)) continue;
      // (a footnote of an earlier time gives last year's figures: "[^3]: Học kỳ I năm học 2025 - 2026: … 28,9%")
      if (m.block.story === 'footnote' && (earlierDate(index.folded.get(m.block.index) ?? '') || earlierSchoolYear(index, m.block) || earlierTerm(index, m.block))) continue;
      const ref = (byDigits.get([...d].sort().join('')) ?? []).find(
        // (of one span: "6 tháng đầu năm 2026 cấp 12 giấy" in a footnote is not the "lũy kế 9 tháng cấp 21 giấy" it adds up to)
        (o) => o.m !== m && !restatement(o.m) && swapped(d, o.d) && !(m.scope === 'other' && o.m.scope !== 'other') && (m.family !== '' ? sameMagnitude(m.value, o.m.value) : unitlessFits(index, m, o.m, captions)) && (m.unit === o.m.unit || !m.percent) && (!m.percent || m.n.decimals === o.m.n.decimals) && (sharesWords(index, o.m, m) || sharesRun(o.m, m)),
      );
      if (!ref) continue;
      // (the pair another rule already reported, at the other figure, is one mistake: "bảng, dòng Hua Nà ghi 2.036, còn ở đây ghi 2.063")
      if (already.has(`${ref.m.block.index}:${ref.m.n.start}`)) continue;
      // "18,642 tỷ đồng" in the text and "18.642" in the table against "18.462" in the summary: the figure written twice is right
      const confirmers = list.filter((o) => o !== m && o !== ref.m && Math.abs(o.value - m.value) <= 1e-9 * Math.max(1, m.value) && sharesWords(index, o, m));
      // "đã buộc tháo dỡ 12 công trình" in the summary restates the body's "buộc tháo dỡ 12 công trình", not its "phát hiện 21 công trình":
      // a figure of the body with the same value and as many words in common is what it copies, rightly
      if (!m.block.table && confirmers.some((o) => !restatement(o) && !o.block.table && common(o, m) >= common(ref.m, m))) continue;
      const confirmed = confirmers.length > 0;
      // (and a percent its own row or X/Y gives is right against one that nothing gives: "Đơn vị bầu cử số 5 đạt 99,57%" against the row's 3.573/3.582 = 99,75)
      const right = proven(index, m) && !proven(index, ref.m);
      // (a table against the text: the table is what was compiled, the text what was written out from it, as for repeat-indicator)
      // (unless the text's figure is proven or written again: "10.712/11.238 người …, đạt tỷ lệ bao phủ 95,3%" against the row's 93,5%)
      const textBacked = proven(index, ref.m) || list.some((o) => o !== ref.m && o !== m && Math.abs(o.value - ref.m.value) <= 1e-9 * Math.max(1, ref.m.value) && sharesWords(index, o, ref.m));
      const cellAgainstText = Boolean(m.block.table) && !ref.m.block.table && !textBacked;
      const [good, bad] = (confirmed || right || cellAgainstText) && !already.has(`${ref.m.block.index}:${ref.m.n.start}`) ? [m, ref.m] : [ref.m, m];
      flagged.add(m);
      flagged.add(ref.m);
      out.push({
        rule: 'repeat-indicator',
        severity: 'warning',
        kind: 'possible',
        message: `Có thể đảo chữ số khi chép lại: ${where(good)} ghi ${written(good)}${right && good === m ? ' (đúng theo số liệu tính ra ở đó)' : ''}, ở đây ghi ${written(bad)} (cùng chỉ tiêu, hai chữ số liền nhau đổi chỗ).`,
        text: bad.n.text,
        location: { story: bad.block.story, block: bad.block.index, start: bad.n.start, end: bad.n.end },
        stated: written(bad),
        expected: written(good),
      });
    }
  }
  return out;
}
