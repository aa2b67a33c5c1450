/**
 * A figure of the text that restates a cell of a table: "Thôn Bản Chắt … trọng lượng 3.162 kg" against
 * the row "| Bản Chắt | 9 | 58 | 3.612 |" under "Trọng lượng tiêu hủy (kg)"; "Lĩnh vực lao động, người có
 * công và xã hội tiếp nhận 261 hồ sơ" against the row of that field under "Tiếp nhận mới". The row is the
 * one whose label the sentence names before the figure; the column, the one whose header shares words
 * with what the figure is said of. A table in another scale (nghìn đồng against triệu) is read in each
 * scale; only a figure of the same size that no scale makes equal is a finding, and a warning: the
 * sentence may speak of another span than the table's.
 */
import type { Finding } from '../finding';
import type { TextBlock } from '../../document/text';
import { formatVn } from '../../number';
import { type Mention, type MentionIndex, NUMBERED_NAME, rowLabel, tableCells, words, yearOfHeader } from '../mentions';
import { fold } from '../../text/fold';
import { summarySections, written } from './identity';
import { unitFamily } from '../units';

export interface Row {
  label: string;
  words: string[];
  cells: Array<{ header: string; headerWords: string[]; m: Mention }>;
}

const STOP = new Set(['va', 'cac', 'cua', 'so', 'ty', 'le', 'ti', 'don', 'vi', 'tinh', 'trong', 'do', 'tong', 'cong', 'nam', 'thang', 'quy']);
const SCALES = [1e-6, 1e-3, 1, 1e3, 1e6];
/** A table's total row: "Cộng", "Tổng số", "Toàn xã". */
const TOTAL_LABEL = /^\s*(?:tong|cong|toan)\b/;
const RESULT_HEADER = /\b(?:thuc hien|uoc thuc hien|ket qua|\d+ thang(?: dau nam| nam)?|quy [ivx1-4]+|ky bao cao)\b/;

/** The number that tells a numbered place from its siblings ("Tổ dân phố 9"), as a word ("#9"): the last one named. */
function numberToken(folded: string): string[] {
  const all = [...folded.matchAll(NUMBERED_NAME)];
  return all.length > 0 ? [`#${all[all.length - 1][2]}`] : [];
}

/** The words after a figure's unit up to the end of its clause: "357 hộ đạt danh hiệu Gia đình văn hóa". */
function clauseAfterUnit(m: Mention): string[] {
  return wordsOf(m.tail.slice(m.unit.length + 1).split(/[,;.()]/)[0]);
}

function wordsOf(text: string): string[] {
  return words(fold(text));
}

export function rowsOf(index: MentionIndex): Row[] {
  const tables = new Map<string, TextBlock[]>();
  for (const b of index.blocks) {
    if (!b.table) continue;
    const key = `${b.story}|${b.footnoteId ?? ''}|${b.table.table}`;
    tables.set(key, [...(tables.get(key) ?? []), b]);
  }
  const rows: Row[] = [];
  for (const cells of tables.values()) {
    const header = new Map(cells.filter((b) => b.table!.row === 0).map((b) => [b.table!.cell, b.text]));
    const byRow = new Map<number, TextBlock[]>();
    for (const b of cells) if (b.table!.row > 0) byRow.set(b.table!.row, [...(byRow.get(b.table!.row) ?? []), b]);
    for (const row of byRow.values()) {
      const cellsOf = new Map(row.map((b) => [b.table!.cell, b]));
      const labelCell = rowLabel(cellsOf, Math.max(...cellsOf.keys()));
      const label = labelCell?.text ?? '';
      // a total row ("Cộng", "Tổng số") is named by no sentence about one item
      const labelWords = [...wordsOf(label).filter((w) => !STOP.has(w)), ...numberToken(fold(label).toLowerCase())];
      if (labelWords.length === 0 || TOTAL_LABEL.test(fold(label).toLowerCase())) continue;
      const out: Row['cells'] = [];
      for (const b of row) {
        if (b.table!.cell <= (labelCell?.table!.cell ?? 0)) continue;
        const m = (index.byBlock.get(b.index) ?? [])[0];
        const h = header.get(b.table!.cell) ?? '';
        if (m && !m.y) out.push({ header: h, headerWords: wordsOf(h).filter((w) => !STOP.has(w)), m });
      }
      if (out.length) rows.push({ label, words: labelWords, cells: out });
    }
  }
  return rows;
}

/** The number as written, in the scales a table may use for it (a count has one). */
function agreesInSomeScale(a: number, b: number, decimals: number): boolean {
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  // (a cell of 0 is 0 in every scale, not every figure in a million's tolerance)
  if (b === 0) return Math.abs(a) <= tolerance;
  return SCALES.some((s) => Math.abs(a - b * s) <= tolerance * Math.max(1, s));
}

/** The scale that writes b in a's: 862.500 (nghìn đồng) is 862,5 beside 826,5 (triệu đồng). */
function scaleOf(a: number, b: number): number {
  return SCALES.reduce((best, s) => (Math.abs(Math.log(a / (b * s))) < Math.abs(Math.log(a / (b * best))) ? s : best), 1);
}

function sameSize(a: number, b: number): boolean {
  return SCALES.some((s) => b * s > 0 && a / (b * s) > 0.5 && a / (b * s) < 2);
}

export function checkTableRestatements(index: MentionIndex): Finding[] {
  const totals = totalRowRestatements(index);
  const rows = rowsOf(index);
  if (rows.length === 0) return totals;
  // the columns whose every cell is a whole number, once for all figures
  const columnKey = (c: Row['cells'][number]): string => `${c.m.block.story}|${c.m.block.table?.table ?? ''}|${c.header}`;
  const fractional = new Set(rows.flatMap((r) => r.cells.filter((c) => c.m.n.decimals > 0).map(columnKey)));
  const wholeColumns = new Set(rows.flatMap((r) => r.cells.map(columnKey)).filter((k) => !fractional.has(k)));
  // looked up by a label's first word, so that each figure meets only the rows its sentence can name
  const byWord = new Map<string, Row[]>();
  for (const r of rows) byWord.set(r.words[0], [...(byWord.get(r.words[0]) ?? []), r]);
  const out: Finding[] = [];
  for (const m of index.all) {
    // (an amount per item, "600.000 đồng/phần", restates no cell of totals)
    if (m.block.table || m.y || m.n.value <= 0 || m.unit.includes('/') || (m.family === '' && !m.percent) || m.roles.has('plan') || m.roles.has('same') || m.roles.has('previous') || m.roles.has('target')) continue;
    const sentenceBefore = (index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start);
    // (of the clause past the last ";": "Ấp Tân Hòa … (421 lượt) …; ấp Kênh Năm có số cử tri tham dự thấp nhất (326 lượt)" names Kênh Năm)
    const folded = sentenceBefore.slice(sentenceBefore.lastIndexOf(';') + 1);
    const before = new Set([...wordsOf(folded), ...numberToken(folded)]);
    // the row whose every word the sentence names before the figure, the longest such label
    const named = [...before].flatMap((w) => byWord.get(w) ?? []).filter((r) => r.words.every((w) => before.has(w))).sort((a, b) => b.words.length - a.words.length);
    if (named.length === 0 || (named.length > 1 && named[1].words.length === named[0].words.length)) continue;
    const row = named[0];
    // "Số hộ còn ở nhà thiếu kiên cố và nhà đơn sơ là 401 hộ": two rows named since the last figure, the figure is of both
    const sinceLast = new Set(wordsOf(m.lead));
    // (by all the label's words: "đơn sơ" is no "đơn vị", but its words are stop words of a label)
    const full = (r: Row): string[] => wordsOf(r.label);
    const others = rows.filter((r) => r !== row && r.cells.some((c) => row.cells.some((d) => d.header === c.header)) && full(r).every((w) => sinceLast.has(w)) && !full(r).every((w) => full(row).includes(w)));
    if (others.length > 0) continue;
    // "(19 chi bộ khu dân cư và 13 chi bộ cơ quan, …) với 1.187 đảng viên": a label said right after an earlier number names that
    // number, not a sibling of its unit that names another item, nor a figure past the parentheses it was said in
    const sentence = (index.byBlock.get(m.block.index) ?? []).filter((o) => o.sentence.start === m.sentence.start && o.end <= m.start && !o.percent);
    const names = (o: Mention): boolean => {
      const own = new Set([...wordsOf(o.unit), ...o.after]);
      return row.words.every((w) => own.has(w));
    };
    const sibling = sentence.at(-1);
    if (sibling && sibling.family === m.family && names(sibling) && !names(m)) continue;
    // ("…; kiến nghị 26 nội dung, 23 nội dung được tiếp thu": the label said right before an earlier figure of the clause is that figure's)
    const labelAt = folded.lastIndexOf(row.words.join(' '));
    const clauseFrom = m.sentence.start + sentenceBefore.lastIndexOf(';') + 1;
    if (labelAt >= 0 && sentence.some((o) => o.family === m.family && o.start >= clauseFrom + labelAt && /^\s*$/.test(folded.slice(labelAt + row.words.join(' ').length, o.start - clauseFrom)))) continue;
    if (sentence.some((o) => o.paren && o.paren.end <= m.start && names(o))) continue;
    // what the figure is said of: the words just before it, past the row's own
    const near = wordsOf(m.lead.slice(-30)).filter((w) => !row.words.includes(w) && !STOP.has(w));
    // (the unit names a column as a whole: "đồng chí" is no "Số chi bộ")
    const wholeUnit = wordsOf(m.unit);
    // (not the unit a header gives in parentheses, "Thực hiện (triệu đồng)": every figure in that unit has it)
    const unitIn = (c: Row['cells'][number]): boolean => wholeUnit.length > 0 && ` ${wordsOf(c.header.replace(/\([^()]*\)\s*$/, '')).join(' ')} `.includes(` ${wholeUnit.join(' ')} `);
    const unitOf = (c: Row['cells'][number]): string[] => (unitIn(c) ? wholeUnit : []);
    const score = (c: Row['cells'][number]): number => c.headerWords.filter((w) => near.includes(w) || unitOf(c).includes(w)).length;
    // a column of plans, requirements, other periods or changes holds no result; a running total, none of the period
    const todate = m.scope === 'todate' || m.roles.has('cumulative');
    const fits = (c: Row['cells'][number]): boolean => {
      const h = fold(c.header).toLowerCase();
      if (/\b(?:ke hoach|kh|chi tieu|du toan|yeu cau|muc tieu|cung ky|nam truoc|ky truoc|thang truoc|so sanh|so voi|tang|giam)\b/.test(h)) return false;
      // (a column of an earlier year's date, "31/12/2025", holds the figure before)
      if (yearOfHeader(h) < Number(index.year ?? 0)) return false;
      return /\b(?:luy ke|tu dau nam)\b/.test(h) === todate;
    };
    // (a sentence that names no column, "- Thuế thu nhập cá nhân 826,5 triệu đồng", means the row's one column of results)
    // (only right after the row's own words, when the row has that one column)
    const fitting = row.cells.filter((c) => c.m.percent === m.percent && fits(c));
    // (past a verb: "Cho vay ngành nghề, kinh doanh, dịch vụ đạt 88.512 triệu đồng")
    const rightAfterLabel = !m.percent && wordsOf(folded.replace(/\s(?:dat|la|co|duoc|dat duoc)\s*$/, ' ')).filter((w) => !STOP.has(w)).slice(-row.words.length).join(' ') === row.words.join(' ');
    // (a header that names the report's own span, "6 tháng năm 2026", "Quý III", is that column too, and so is its year's date, "31/12/2026")
    const results = fitting.length === 1 && rightAfterLabel && (RESULT_HEADER.test(fold(fitting[0].header).toLowerCase()) || yearOfHeader(fold(fitting[0].header).toLowerCase()) === Number(index.year ?? -1)) && !todate;
    // ("đã" parts "Đã giải quyết" from "Đang giải quyết" but names no column alone: "Thường trực HĐND đã chủ trì 7 kỳ họp" is no "Đã thực hiện xong")
    const namesColumn = (c: Row['cells'][number]): boolean => c.headerWords.some((w) => w !== 'da' && (near.includes(w) || unitOf(c).includes(w)));
    const columns = fitting.some(namesColumn) ? fitting.filter(namesColumn) : results ? fitting : [];
    const best = Math.max(0, ...columns.map(score));
    const tied = columns.filter((c) => score(c) === best);
    // ("có 2 lớp với 42 học sinh" names "Số học sinh" by its unit, and "Học sinh nữ", "Học sinh DTTS" only with words it does not say)
    // (and "1.486 hộ được thu gom" names "Số hộ được thu gom" by the words after its unit, not "Số hộ")
    const afterWords = clauseAfterUnit(m);
    const extra = (c: Row['cells'][number]): number => c.headerWords.filter((w) => !near.includes(w) && !unitOf(c).includes(w) && !afterWords.includes(w)).length;
    const told = (c: Row['cells'][number]): number => c.headerWords.filter((w) => afterWords.includes(w)).length;
    const fewest = Math.min(...tied.map(extra));
    const most = Math.max(...tied.filter((c) => extra(c) === fewest).map(told));
    const chosen = tied.length > 1 && best > 0 ? tied.filter((c) => extra(c) === fewest && told(c) === most) : tied;
    if (chosen.length !== 1) continue;

    const cell = chosen[0];
    // "trình độ đại học trở lên là 47 người" spans the columns from "Đại học" up; "mức Khá trở lên" is no column "Đạt chuẩn trở lên"
    const range = /\b([a-z]+) tro (len|xuong)\b[^0-9]*$/.exec(m.lead.slice(-60));
    if (range && !fold(cell.header).toLowerCase().includes(`${range[1]} tro ${range[2]}`)) continue;
    // "Cà phê có 4.168 ha, gồm diện tích kinh doanh 3.952 ha …": the label named the earlier figure the row gives, and what
    // follows, in no words of a column but its unit, is a part of it
    const spent = sentence.some((o) => o.family === m.family && row.cells.some((c) => agreesInSomeScale(o.n.value, c.m.n.value, o.n.decimals)));
    if (spent && !names(m) && !cell.headerWords.some((w) => near.includes(w) && !wholeUnit.includes(w))) continue;
    // "24 chi bộ thôn có 1.038 đảng viên được xếp loại, trong đó 928 đồng chí …": the sentence gave the cell's own value before,
    // and the words the figure shares with the column are that figure's
    if (sentence.some((o) => o.family === m.family && agreesInSomeScale(o.n.value, cell.m.n.value, o.n.decimals))) continue;
    // ("2 máy biến áp (400 kVA và 160 kVA), tổng dung lượng 560 kVA": the cell's value said later in the sentence, of its parts)
    if ((index.byBlock.get(m.block.index) ?? []).some((o) => o.sentence.start === m.sentence.start && o.start > m.end && o.family === m.family && !o.percent && agreesInSomeScale(o.n.value, cell.m.n.value, o.n.decimals))) continue;
    // "14 lô đất" is no figure of a column "(triệu đồng)": a header's unit of another kind than the figure's
    const headerUnit = /\(([^()]{1,20})\)\s*$/.exec(cell.header.trim());
    const headerFamily = headerUnit ? unitFamily(headerUnit[1].trim().toLowerCase()).family : '';
    if (headerFamily !== '' && headerFamily !== 'percent' && m.family !== '' && headerFamily !== m.family) continue;
    const raw = m.n.scaleWord ? m.n.mantissa : m.n.value;
    const cellRaw = cell.m.n.scaleWord ? cell.m.n.mantissa : cell.m.n.value;
    // another cell of the row that gives the figure: the column was read wrong, not the figure
    if (row.cells.some((c) => agreesInSomeScale(raw, c.m.n.value, m.n.decimals) || agreesInSomeScale(m.value, c.m.value, m.n.decimals) || agreesInSomeScale(raw, c.m.n.mantissa, m.n.decimals))) continue;
    if (!sameSize(raw, cellRaw)) continue;
    // ("Ban kiến nghị UBND xã thu hồi 7,8 triệu đồng" beside the row "Kiến nghị | 17 | 11 |": a figure with decimals is no cell of a
    // column of whole numbers in its own scale, where the table would have written them)
    if (m.n.decimals > 0 && scaleOf(raw, cellRaw) === 1 && wholeColumns.has(columnKey(cell))) continue;
    out.push({
      rule: 'table-restate',
      severity: 'warning',
      kind: 'possible',
      message: `Bảng, dòng “${row.label.trim()}”, cột “${cell.header.trim()}” ghi ${cell.m.n.text}, còn ở đây ghi ${written(m)}: hai chỗ khác nhau.`,
      text: m.n.text,
      location: { story: m.block.story, block: m.block.index, start: m.n.start, end: m.n.end },
      stated: m.n.text,
      expected: formatVn(cellRaw * scaleOf(raw, cellRaw), { decimals: Math.max(m.n.decimals, Math.round(Math.log10(1 / scaleOf(raw, cellRaw))) > 0 ? m.n.decimals : cell.m.n.decimals) }),
    });
  }
  return [...out, ...totals.filter((f) => !out.some((o) => o.location.block === f.location.block && o.location.start === f.location.start))];
}

/**
 * The summary's "viết 1.072 bài thu hoạch" against the total row "| Cộng | … | 1.027 |" under "Bài thu hoạch (bài)": a
 * figure of the summary whose own words say all of one column's header, in the header's unit, restates the table's total.
 * Only when no other figure of the text gives the summary's value, and the summary names no row.
 */
function totalRowRestatements(index: MentionIndex): Finding[] {
  const summary = summarySections(index);
  const columns: Array<{ header: string; words: string[]; unit: string; m: Mention; labels: string[][]; lead: number }> = [];
  for (const rows of tableCells(index.blocks).values()) {
    const header = rows.get(0);
    if (!header) continue;
    const body = [...rows.entries()].filter(([r]) => r > 0).map(([, row]) => ({ row, label: rowLabel(row, Math.max(...row.keys())) }));
    const labels = body.map((x) => wordsOf(x.label?.text ?? '').filter((w) => !STOP.has(w)));
    // the paragraph that opens on the table ("… đàn heo 13.648 con … Số lượng vật nuôi theo từng thôn:") says its totals too
    const lead = Math.min(...[...header.values()].map((b) => b.index)) - 1;
    for (const { row, label: labelCell } of body) {
      if (!labelCell || !TOTAL_LABEL.test(fold(labelCell.text).toLowerCase())) continue;
      for (const [cell, b] of row) {
        const m = (index.byBlock.get(b.index) ?? [])[0];
        const text = header.get(cell)?.text ?? '';
        // (a header with no unit in parentheses may open on it: "Hộ đạt Gia đình văn hóa")
        const opening = /^\s*(\p{L}+)\s/u.exec(text)?.[1]?.toLowerCase() ?? '';
        const unit = /\(([^()\d]{1,20})\)\s*$/.exec(text)?.[1]?.trim().toLowerCase() ?? (opening && unitFamily(opening).family.startsWith('n:') ? opening : '');
        const own = wordsOf(text.replace(/\([^()]*\)\s*$/, '')).filter((w) => !STOP.has(w));
        if (!m || m.percent || m.y || cell <= (labelCell.table?.cell ?? 0) || unit === '' || own.length < 2) continue;
        columns.push({ header: text, words: own, unit, m, labels, lead });
      }
    }
  }
  if (columns.length === 0) return [];
  const out: Finding[] = [];
  for (const m of index.all) {
    const introduces = m.block.story === 'body' && columns.some((c) => c.lead === m.block.index);
    if (!(summary.has(m.section) || introduces) || m.block.table || m.percent || m.y || m.value <= 0 || m.roles.size > 0 || m.scope === 'other') continue;
    const unit = fold(m.unit).toLowerCase();
    // (what follows the unit up to the clause's end says what is counted: "357 hộ đạt danh hiệu Gia đình văn hóa")
    const said = new Set([...wordsOf(m.unit), ...m.after.slice(0, 4), ...wordsOf(m.lead.slice(-20)), ...clauseAfterUnit(m).slice(0, 8)]);
    const column = columns.filter((c) => (summary.has(m.section) || c.lead === m.block.index) && fold(c.unit).toLowerCase() === unit && c.words.every((w) => said.has(w)));
    if (column.length !== 1) continue;
    const c = column[0];
    const sentence = new Set(wordsOf((index.folded.get(m.block.index) ?? '').slice(m.sentence.start, m.start)));
    // (a row's figure said in the summary names its row: "chi bộ khu dân cư viết 735 bài")
    if (c.labels.some((l) => l.length > 0 && l.every((w) => sentence.has(w)))) continue;
    if (Math.abs(c.m.value - m.value) < 1e-9 || !sameSize(m.value, c.m.value)) continue;
    // (the same value anywhere else in the text is the figure the summary restates)
    if (index.all.some((o) => o !== m && !o.block.table && o.family === m.family && Math.abs(o.value - m.value) < 1e-9)) continue;
    out.push({
      rule: 'table-restate',
      severity: 'warning',
      kind: 'possible',
      message: `Bảng, dòng tổng, cột “${c.header.trim()}” ghi ${c.m.n.text}, còn ${summary.has(m.section) ? 'phần đánh giá ' : ''}ở đây ghi ${written(m)}: hai chỗ khác nhau.`,
      text: m.n.text,
      location: { story: m.block.story, block: m.block.index, start: m.n.start, end: m.n.end },
      stated: m.n.text,
      expected: c.m.n.text,
    });
  }
  return out;
}
