/**
 * Units and scales a figure can be written in, with conversions to a base unit of its family:
 * a repeat of "12 triệu đồng" as "0,012 tỷ đồng" is the same figure.
 */
import { Rat } from './rational';
import { parseViNumber, type ViNumber } from './vi-number';

interface UnitDef { family: string; factor: bigint }

const UNITS: Record<string, UnitDef> = {
  'đồng': { family: 'money', factor: 1n },
  'nghìn đồng': { family: 'money', factor: 1_000n },
  'ngàn đồng': { family: 'money', factor: 1_000n },
  'triệu đồng': { family: 'money', factor: 1_000_000n },
  'triệu': { family: 'money', factor: 1_000_000n },
  'tỷ đồng': { family: 'money', factor: 1_000_000_000n },
  'tỷ': { family: 'money', factor: 1_000_000_000n },
  'tỉ đồng': { family: 'money', factor: 1_000_000_000n },
  'kg': { family: 'mass', factor: 1n },
  'yến': { family: 'mass', factor: 10n },
  'tạ': { family: 'mass', factor: 100n },
  'tấn': { family: 'mass', factor: 1_000n },
  'nghìn tấn': { family: 'mass', factor: 1_000_000n },
  'm': { family: 'length', factor: 1n },
  'km': { family: 'length', factor: 1_000n },
  'm2': { family: 'area', factor: 1n },
  'm²': { family: 'area', factor: 1n },
  'ha': { family: 'area', factor: 10_000n },
};

export interface Quantity extends ViNumber { unit?: string }

/** "3.579 tỷ 654 triệu đồng", the way reports write an amount across two scales. */
const TY_TRIEU = /^\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*tỷ\s+(\d{1,3})\s*triệu(?:\s*đồng)?\s*$/;
/** "147 triệu 700 nghìn đồng", the same one scale down. */
const TRIEU_NGHIN = /^\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*triệu\s+(\d{1,3})\s*(?:nghìn|ngàn)(?:\s*đồng)?\s*$/;

/**
 * "1,05 tỷ đồng" → 1,05 with unit "tỷ đồng"; "3.579 tỷ 654 triệu đồng" → 3.579.654 triệu đồng; "147 triệu 700
 * nghìn đồng" → 147,700 triệu đồng; a unit the table does not know stays a label.
 */
export function parseQuantity(raw: string): Quantity {
  const compound = TY_TRIEU.exec(raw);
  if (compound) {
    const ty = parseViNumber(compound[1]);
    const trieu = parseViNumber(compound[2]);
    return { value: ty.value.mul(Rat.of(1000)).add(trieu.value), decimals: 0, percent: false, text: raw.trim(), unit: 'triệu đồng' };
  }
  const small = TRIEU_NGHIN.exec(raw);
  if (small) {
    const trieu = parseViNumber(small[1]);
    const nghin = parseViNumber(small[2]);
    return { value: trieu.value.add(nghin.value.div(Rat.of(1000))), decimals: 3, percent: false, text: raw.trim(), unit: 'triệu đồng' };
  }
  const m = /^\s*([-−]?\d[\d.,]*\s*%?)\s*(.*?)\s*$/.exec(raw);
  if (!m) throw new Error(`not a quantity: "${raw}"`);
  const num = parseViNumber(m[1]);
  return m[2] ? { ...num, unit: m[2] } : num;
}

export function unitFamily(unit: string | undefined): UnitDef | undefined {
  return unit === undefined ? undefined : UNITS[unit];
}

/** The quantity expressed in `unit`; throws when the two units cannot be converted. */
export function convert(q: Quantity, unit: string | undefined): Rat {
  if (q.unit === unit || unit === undefined || q.unit === undefined) return q.value;
  const from = UNITS[q.unit];
  const to = UNITS[unit];
  if (!from || !to || from.family !== to.family) throw new Error(`cannot convert ${q.unit} to ${unit}`);
  return q.value.mul(new Rat(from.factor, to.factor));
}
