/**
 * Units as families with conversions, so that one indicator written in two scales compares:
 * "1,05 tỷ đồng" and "980 triệu đồng" are both money; "12 tấn" and "120 tạ" are both mass.
 * A unit that is no measure ("hộ", "hồ sơ", "nhà") is its own family: counts of different things
 * never compare.
 */
import { fold } from '../text/fold';

export interface UnitFamily {
  /** "money", "mass", "area", "length", "percent", or "n:<folded unit>" for counts; "" for none. */
  family: string;
  /** Multiply the written mantissa by this to get the family's base unit (đồng, kg, m², m). */
  factor: number;
}

const SCALE: Record<string, number> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9 };
const MASS: Record<string, number> = { gam: 0.001, gram: 0.001, kg: 1, yen: 10, ta: 100, tan: 1000 };
const AREA: Record<string, number> = { ha: 1e4, m2: 1, 'm²': 1, km2: 1e6, sao: 360 };
const LENGTH: Record<string, number> = { km: 1000, m: 1 };
const MONEY = new Set(['dong', 'd', 'vnd', 'trd']);
/** Units that count people: "540 hội viên … 320 người, chiếm 59,3%". */
const PEOPLE = new Set(['nguoi', 'hoi vien', 'doan vien', 'dang vien', 'hoc sinh', 'can bo', 'lao dong', 'cong chuc', 'vien chuc', 'benh nhan', 'tre', 'em', 'chau', 'thanh nien', 'cu tri', 'nhan khau', 'khau', 'hoc vien', 'dong chi', 'd/c', 'nguoi dan', 'sinh vien', 'giao vien', 'nhan vien', 'lai xe', 'phu xe', 'thanh vien', 'dai bieu', 'nu']);

/** The family and factor of a unit as `unitAfter` reads it ("triệu đồng", "tấn", "hồ sơ", "%"). */
/** Spans of time and ages say when or how long, not how many: "7 tháng", "5 tuổi", "3 năm liền". */
// (hours of broadcast or work, "phát sóng 276 giờ", are counted: the times of day are no quantities at all)
const TIME = new Set(['thang', 'tuoi', 'nam', 'ngay', 'tuan', 'phut', 'quy']);

// a report names a few dozen units over and over; their families are read once
const families = new Map<string, UnitFamily>();

/** Families of quantities measured, not counted: written whole ("717 ha"), they are rounded to their unit. */
export const MEASURED = new Set(['area', 'mass', 'length', 'money']);

export function unitFamily(unit: string): UnitFamily {
  const known = families.get(unit);
  if (known) return { ...known };
  const fam = familyOf(unit);
  if (families.size < 2048) families.set(unit, fam);
  return { ...fam };
}

function familyOf(unit: string): UnitFamily {
  if (unit === '%') return { family: 'percent', factor: 1 };
  const words = fold(unit).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', factor: 1 };
  if (words.length === 1 && TIME.has(words[0])) return { family: '', factor: 1 };
  let factor = 1;
  let i = 0;
  if (SCALE[words[0]] !== undefined) {
    factor = SCALE[words[0]];
    i = 1;
  }
  const rest = words.slice(i).join(' ');
  // "38 dòng họ" folds as "đồng" does: a line or a clan is counted, not paid
  if (rest === 'dong' && !/^(?:đồng|dong)$/u.test(unit.trim().split(/\s+/).pop()?.toLowerCase() ?? '')) return { family: `n:${rest}`, factor };
  if (rest === '' || MONEY.has(rest)) return i > 0 || MONEY.has(rest) ? { family: 'money', factor } : { family: '', factor };
  if (words[0] === 'trd') return { family: 'money', factor: 1e6 };
  if (MASS[rest] !== undefined) return { family: 'mass', factor: factor * MASS[rest] };
  if (AREA[rest] !== undefined) return { family: 'area', factor: factor * AREA[rest] };
  if (LENGTH[rest] !== undefined) return { family: 'length', factor: factor * LENGTH[rest] };
  if (PEOPLE.has(rest)) return { family: 'people', factor };
  // scores and points are averaged and weighted, never added: "88,4 điểm (86, 92, 87 điểm)"
  if (rest === 'diem') return { family: 'score', factor };
  // "968 lượt người" and "9.146 lượt" count the same visits; "14 tuyến đường" and "11 tuyến" the same roads
  // "1059 hộ … 1025 gia đình có công trình vệ sinh": a household is counted as a family or a hộ gia đình alike
  // "xây mới 8 phòng học …, nâng tổng số phòng học … lên 46 phòng": a classroom is counted as a room
  const HEADS: Record<string, string> = { 'luot nguoi': 'luot', 'luot khach': 'luot', 'luot kham': 'luot', 'tuyen duong': 'tuyen', 'vu viec': 'vu', 'gia dinh': 'ho', 'ho gia dinh': 'ho', 'phong hoc': 'phong' };
  if (HEADS[rest]) return { family: `n:${HEADS[rest]}`, factor };
  return { family: `n:${rest}`, factor };
}
