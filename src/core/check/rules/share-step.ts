/**
 * A share of a few countable things moves in steps: of 7 chi hội, 6 are 85,7% and 7 are 100%, so "90%
 * chi hội đạt tiêu chuẩn vững mạnh" is a share no count of them gives. The whole is the one count of that
 * kind the report states ("có 7 chi hội cơ sở"); a share written right before the kind's name that no
 * whole number of them rounds to is a finding. Which count was meant is not known: a warning.
 */
import { atNumber, type Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { hasAnyRole, type Mention, type MentionIndex } from '../mentions';
import { agrees } from '../precision';
import { fold } from '../../text/fold';

/** Wholes this small make steps wider than the rounding of a written share. */
const MAX_WHOLE = 200;
/** How a report states how many there are: "có 7 chi hội", "gồm 12 thôn", "tổng số 28 chi đoàn". */
const STATED = /\b(?:co|gom|tong so|toan [a-z]+ co)\s*$/;
/**
 * Organisations and places, of which a commune or a district has a fixed few: the share of them is of that
 * number. People, households and houses are counted of many wholes (the members, the poor, a village's).
 */
const ORGANISATIONS = new Set(['chi hoi', 'to chuc', 'chi bo', 'chi doan', 'to chuc co so dang', 'tccsd', 'dang bo', 'thon', 'ban', 'ap', 'lang', 'xom', 'to dan pho', 'khu dan cu', 'khu pho', 'xa', 'phuong', 'truong', 'co quan', 'don vi', 'hop tac xa', 'to hoi', 'to tiet kiem', 'cau lac bo', 'nha van hoa']);

function isWhole(m: Mention): boolean {
  if (m.percent || m.y || m.n.decimals > 0 || m.value < 2 || m.value > MAX_WHOLE) return false;
  if (!m.family.startsWith('n:') || !ORGANISATIONS.has(m.family.slice(2))) return false;
  if (hasAnyRole(m, ['plan', 'target', 'same', 'previous', 'approximate', 'remaining'])) return false;
  return m.roles.has('total') || STATED.test(m.lead);
}

export function checkShareSteps(index: MentionIndex): Finding[] {
  const wholes = new Map<string, Mention[]>();
  for (const m of index.all) {
    if (!isWhole(m) || m.block.story !== 'body') continue;
    const unit = fold(m.unit).toLowerCase();
    wholes.set(unit, [...(wholes.get(unit) ?? []), m]);
  }
  if (wholes.size === 0) return [];
  const out: Finding[] = [];
  const failedBy = new Map<Mention, Finding[]>();
  for (const p of index.all) {
    if (!p.percent || p.y || p.roles.has('target') || p.roles.has('approximate') || p.n.value <= 0 || p.n.value >= 100) continue;
    const tail = p.tail.replace(/^\s*%?\s*(?:so\s+)?/, '');
    const unit = [...wholes.keys()].filter((u) => tail.startsWith(`${u} `) || tail === u).sort((a, b) => b.length - a.length)[0];
    if (!unit) continue;
    const values = new Set((wholes.get(unit) ?? []).map((m) => m.value));
    // two counts of the kind: which one the share is of is not known
    if (values.size !== 1) continue;
    const whole = (wholes.get(unit) ?? [])[0];
    const n = whole.value;
    const k = Math.round((p.n.value / 100) * n);
    const fits = [k - 1, k, k + 1].some((c) => c >= 0 && c <= n && agrees(p.n, { lo: (c / n) * 100, hi: (c / n) * 100 }));
    if (fits) continue;
    const lower = Math.floor((p.n.value / 100) * n);
    const near = [lower, lower + 1].filter((c) => c >= 0 && c <= n);
    const d = Math.max(1, p.n.decimals);
    const steps = near.map((c) => `${c}/${formatVn(n)} là ${formatVn(roundHalfUp((c / n) * 100, d), { decimals: d })}%`).join(', ');
    const list = failedBy.get(whole) ?? [];
    failedBy.set(whole, list);
    list.push({
      rule: 'share-step',
      severity: 'warning',
      kind: 'possible',
      message: `${p.n.text} ${whole.unit} không ứng với số ${whole.unit} nào trong tổng ${formatVn(n)} ${whole.unit} (${whole.block === p.block ? 'cùng đoạn' : `đoạn ${whole.block.index + 1}`}): ${steps}. Kiểm tra lại tỷ lệ này.`,
      ...atNumber(p),
      expected: near.map((c) => `${formatVn(roundHalfUp((c / n) * 100, d), { decimals: d })}%`).join(' hoặc '),
    });
  }
  // two shares or more that no count of one whole gives are of another whole the text does not state
  for (const list of failedBy.values()) if (list.length === 1) out.push(list[0]);
  return out;
}
