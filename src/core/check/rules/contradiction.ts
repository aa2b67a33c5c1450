/**
 * A count against what the text says elsewhere: "không có trường hợp nào bị kỷ luật", then "có 01
 * trường hợp bị kỷ luật". The negation names a thing (its unit word) and what happened to it; a
 * count above zero of the same thing with the same words is a contradiction.
 */
import type { Finding } from '../finding';
import type { MentionIndex } from '../mentions';
import { fold } from '../../text/fold';

const NEGATION = /\bkhong (?:co|xay ra|phat sinh|de xay ra|ghi nhan)\s+([a-z ]{2,30}?)\s+nao\b([a-z ,]{0,50})/g;
const FILLER = new Set(['bi', 'duoc', 'phai', 'da', 'xay', 'ra', 'tren', 'dia', 'ban', 'trong', 'thang', 'ky', 'nay', 'va', 'cac', 'la', 'co', 'the']);

function content(s: string): string[] {
  return s.split(/[^a-z]+/).filter((w) => w.length >= 2 && !FILLER.has(w));
}

export function checkContradictions(index: MentionIndex): Finding[] {
  const negations: Array<{ noun: string; words: string[]; block: number; text: string }> = [];
  for (const b of index.blocks) {
    const folded = index.folded.get(b.index) ?? fold(b.text);
    if (!folded.includes('khong')) continue;
    for (const m of folded.matchAll(NEGATION)) {
      const noun = m[1].trim();
      const words = content(`${noun.split(' ').slice(1).join(' ')} ${m[2].split(',')[0]}`);
      if (words.length === 0) continue;
      negations.push({ noun: noun.split(' ').slice(0, 2).join(' '), words, block: b.index, text: b.text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length).trim() });
    }
  }
  if (negations.length === 0) return [];
  const out: Finding[] = [];
  for (const m of index.all) {
    if (m.percent || m.y || m.value <= 0 || m.family === '') continue;
    const unit = fold(m.unit);
    const tail = content(m.tail.slice(0, 50));
    for (const n of negations) {
      if (n.block === m.block.index) continue;
      if (!(n.noun === unit || n.noun.startsWith(`${unit} `) || unit.startsWith(n.noun))) continue;
      const shared = n.words.filter((w) => tail.includes(w));
      if (shared.length < Math.min(2, n.words.length)) continue;
      out.push({
        rule: 'contradiction',
        severity: 'warning',
        kind: 'possible',
        message: `Đoạn ${n.block + 1} ghi “${n.text}”, nhưng ở đây ghi ${m.n.text} ${m.unit}: hai chỗ nói ngược nhau.`,
        text: m.n.text,
        location: { story: m.block.story, block: m.block.index, start: m.n.start, end: m.n.end },
        stated: `${m.n.text} ${m.unit}`,
        expected: '0',
      });
      break;
    }
  }
  return out;
}
