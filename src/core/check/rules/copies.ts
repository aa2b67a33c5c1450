/**
 * A wrong figure is often copied: the body's "bằng 78,4% kế hoạch" comes back in the summary as "Lúa
 * đạt 78,4%". Fixing one place and signing with the other is the mistake the check exists to stop,
 * so every copy of a number found wrong (the same written value, about the same thing, read the same
 * way) is reported with the same fix.
 */
import type { Finding } from '../finding';
import { clauseWords, type Mention, type MentionIndex } from '../mentions';
import { cueOf } from './explain';
import { where } from './identity';

/** The same written wrong value and the same reading: one word in common says it is about the same thing. */
function sameThing(a: Mention, b: Mention): boolean {
  const words = new Set(clauseWords(a));
  return clauseWords(b).some((w) => words.has(w));
}

/** Reports the copies, and lists them on the finding they copy (`also`), so that one fix mends all. */
export function checkCopies(index: MentionIndex, findings: Finding[]): Finding[] {
  const byPlace = new Map(index.all.map((m) => [`${m.block.index}:${m.n.start}`, m]));
  const taken = new Set(findings.map((f) => `${f.location.block}:${f.location.start}`));
  const byText = new Map<string, Mention[]>();
  for (const m of index.all) if (m.percent && !m.roles.has('target')) byText.set(m.n.text, [...(byText.get(m.n.text) ?? []), m]);
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.fix === undefined || f.severity !== 'error') continue;
    const m = byPlace.get(`${f.location.block}:${f.location.start}`);
    if (!m || !m.percent || f.text !== m.n.text) continue;
    const cue = cueOf(m);
    for (const c of byText.get(m.n.text) ?? []) {
      const place = `${c.block.index}:${c.n.start}`;
      if (c === m || taken.has(place) || c.sentence === m.sentence) continue;
      // ("chưa cao (73%)": a percent alone in parentheses restates a rate whatever words come before it)
      const restated = /\(\s*$/.test(c.lead) && (cue === 'ratio' || cue === 'plan' || cue === 'share');
      if (cueOf(c) !== cue && !(cueOf(c) === 'ratio' && cue === 'plan') && !(cueOf(c) === 'plan' && cue === 'ratio') && !restated) continue;
      if (!sameThing(m, c)) continue;
      taken.add(place);
      const location = { story: c.block.story, block: c.block.index, start: c.n.start, end: c.n.end };
      f.also = [...(f.also ?? []), { location, text: c.n.text }];
      out.push({
        rule: 'copy-of-wrong',
        severity: 'error',
        kind: f.kind,
        message: `Nhắc lại số đã sai ở ${where(m)} (“${m.n.text}”, ${f.message.replace(/\.$/, '')}): sửa cả ở đây thành ${f.fix}.`,
        text: c.n.text,
        location,
        stated: c.n.text,
        expected: f.expected,
        fix: f.fix,
      });
    }
  }
  return out;
}
