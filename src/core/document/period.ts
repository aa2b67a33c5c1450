/**
 * The report's period as its own words give it: "THÁNG 5 NĂM 2026", "tháng 5/2026", "quý III năm 2026",
 * "6 tháng đầu năm 2026", "năm 2026". Pure: it reads text, nothing else.
 */
import { fold } from '../text/fold';
import type { DocumentText } from './text';

export interface ReportPeriod {
  /** As the data source keys it: "2026-05", "2026-Q3", "2026". */
  period: string;
  /** The words of the document it came from, as written ("THÁNG 5 NĂM 2026"). */
  phrase: string;
  /**
   * "6 tháng đầu năm 2026" is kept by the data source as June with its cumulative (lũy kế) values:
   * figures of such a report read the cumulative value.
   */
  cumulative?: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarter(token: string): number | undefined {
  const n = /^[1-4]$/.test(token) ? Number(token) : ROMAN[token];
  return n && n >= 1 && n <= 4 ? n : undefined;
}

function validYear(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = Number(y);
  return n >= 1945 && n <= 2200 ? n : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// Folded text keeps one character per character, so match offsets point into the original.
const YEAR = String.raw`(?:\s*(?:nam|\/|-)\s*(\d{4}))`;
const PATTERNS: Array<{ re: RegExp; make(m: RegExpExecArray, year: number | undefined): Omit<ReportPeriod, 'phrase'> | null }> = [
  {
    // "6 tháng đầu năm 2026", "9 tháng năm 2026": cumulative to the end of that month.
    re: new RegExp(String.raw`\b(\d{1,2})\s+thang(?:\s+dau)?\s+nam\s+(\d{4})\b`, 'g'),
    make: (m) => {
      const months = Number(m[1]);
      const y = validYear(m[2]);
      return y && months >= 2 && months <= 12 ? { period: months === 12 ? String(y) : `${y}-${pad(months)}`, cumulative: true } : null;
    },
  },
  {
    // "… năm 2026 (tính đến ngày 30/11/2026)": the year to that month's end, as "11 tháng năm 2026" is
    re: /\btinh den (?:het )?ngay (\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    make: (m) => {
      const month = Number(m[2]);
      const y = validYear(m[3]);
      return y && month >= 1 && month <= 12 ? { period: month === 12 ? String(y) : `${y}-${pad(month)}`, cumulative: true } : null;
    },
  },
  {
    re: new RegExp(String.raw`\bquy\s+(iv|iii|ii|i|[1-4])\b${YEAR}?`, 'g'),
    make: (m, fallback) => {
      const q = quarter(m[1]);
      const y = validYear(m[2]) ?? fallback;
      return q && y ? { period: `${y}-Q${q}` } : null;
    },
  },
  {
    re: new RegExp(String.raw`\bthang\s+(\d{1,2})\b${YEAR}?`, 'g'),
    make: (m, fallback) => {
      // A date ("ngày 15 tháng 5") is no period. Checked here, not by a lookbehind: Internet Explorer
      // (the lite pane) has none.
      if (/ngay[\s\d./-]{0,12}$/.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return null;
      const month = Number(m[1]);
      const y = validYear(m[2]) ?? fallback;
      return y && month >= 1 && month <= 12 ? { period: `${y}-${pad(month)}` } : null;
    },
  },
];

/**
 * The first period named in one piece of text. `fallbackYear` completes "quý III" or "tháng 5" written
 * without their year (a title that gives the year elsewhere). Dates ("ngày 15 tháng 5 năm 2026") are not
 * periods and are skipped.
 */
export function parsePeriod(text: string, fallbackYear?: number): ReportPeriod | null {
  const folded = fold(text);
  let best: { at: number; found: ReportPeriod } | null = null;
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const p = make(m, fallbackYear);
      if (!p) continue;
      if (!best || m.index < best.at) best = { at: m.index, found: { ...p, phrase: text.slice(m.index, m.index + m[0].length) } };
      break;
    }
  }
  return best?.found ?? null;
}

/** "năm 2026" alone: an annual report, only believed in a title. */
function annual(text: string): ReportPeriod | null {
  const m = /\bnam\s+(\d{4})\b/.exec(fold(text));
  const y = validYear(m?.[1]);
  return m && y ? { period: String(y), phrase: text.slice(m.index, m.index + m[0].length) } : null;
}

function looksLikeTitle(text: string): boolean {
  // a title is a line, not a paragraph: upper-casing a whole paragraph is slow and never says yes
  if (text.length > 240) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toLocaleUpperCase('vi');
}

/**
 * The period of a report from its text: first its title lines (headings and all-capital lines near the
 * top), then its first paragraphs. Null when the document names none.
 */
export function periodOfDocument(doc: DocumentText, options: { titleBlocks?: number; leadParagraphs?: number } = {}): ReportPeriod | null {
  const body = doc.blocks.filter((b) => b.story === 'body' && b.text.trim() !== '');
  const top = body.slice(0, options.titleBlocks ?? 40);
  const titles = top.filter((b) => b.headingLevel !== undefined || looksLikeTitle(b.text));
  const years = titles.map((b) => annual(b.text)).filter((p): p is ReportPeriod => p !== null);
  const fallbackYear = years.length ? Number(years[0].period) : undefined;
  for (const b of titles) {
    const p = parsePeriod(b.text, fallbackYear);
    if (p) return p;
  }
  // a title of the year's results ("Kết quả hoạt động năm 2026 và phương hướng …") is the year's report, whatever month its
  // first paragraphs name ("cơn bão đổ bộ vào cuối tháng 9/2026")
  // (not one that names months or a quarter it gives no year of: "… 6 tháng đầu năm, phương hướng … 6 tháng cuối năm 2026")
  const inTitle = titles.find((b) => /\b(bao cao|ket qua|tong ket)\b/.test(fold(b.text)) && annual(b.text));
  // ("quý" in its own letters: "Quỹ tín dụng" folds to the same word)
  if (inTitle && !/\b(?:tháng|quý)\s+(?:\d|(?:i{1,3}|iv)\b|đầu|cuối)/.test(inTitle.text.toLowerCase())) return annual(inTitle.text);
  for (const b of body.slice(0, options.leadParagraphs ?? 15)) {
    const p = parsePeriod(b.text);
    if (p) return p;
  }
  return inTitle ? annual(inTitle.text) : null;
}
