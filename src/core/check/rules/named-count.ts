/**
 * A count of places or units and the list that names them: "toàn huyện có 11 xã, thị trấn có tỷ lệ hộ
 * nghèo < 7% là Thị trấn, Bắc Quỳnh, Hưng Vũ, …" names ten; "có 8 xã Nông thôn mới là: Đức Ninh, …,
 * Tân Thành" names seven. Only lists of proper names are counted, each of a few capitalised words, up to
 * the end of the clause or to an item that is no name.
 */
import type { Finding } from '../finding';
import type { MentionIndex } from '../mentions';

/** Units whose members a report names: communes, wards, hamlets, provinces, schools, branches. */
const UNIT = /^(?:xa|phuong|thi tran|xa, thi tran|xa, phuong|xa, phuong, thi tran|thon|ban|ap|to dan pho|khu dan cu|tinh|huyen|tinh, thanh pho|dia phuong|truong|don vi|chi bo|hop tac xa|doanh nghiep)\b/;
/** A kind word that may stand before a name: "xã Bình Xa", "thôn Nà Mạ". */
const KIND = /^(?:xã|phường|thị trấn|thôn|bản|ấp|tỉnh|huyện|trường|chi bộ)\s+/u;
/** One proper name: capitalised words ("Bắc Quỳnh", "TP.HCM", "Thị trấn"), at most five, or a number ("Phường 4"). */
const NAME = /^(?:\p{Lu}[\p{L}.&-]*|\d{1,3})(?:\s+(?:\p{Lu}[\p{L}.&-]*|\d{1,3}|trấn)){0,4}$/u;

export function checkNamedCounts(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    for (const m of list) {
      if (m.percent || m.y || m.n.decimals > 0 || m.value < 2 || m.value > 40 || m.block.table) continue;
      const folded = index.folded.get(m.block.index) ?? '';
      const after = folded.slice(m.end, m.sentence.end);
      const unit = UNIT.exec(after.trimStart());
      if (!unit) continue;
      // the list opens within the clause: "11 xã, thị trấn có tỷ lệ hộ nghèo < 7% là …"
      const opener = /^[^;.()]{0,80}?(?:\s(?:la|gom|bao gom|gom co)\s*:?\s+|:\s+)/.exec(after);
      // (the folded text keeps the offsets of the text when it is precomposed; the names must start with a capital there)
      if (!opener || folded.length !== m.block.text.length || !/^\p{Lu}/u.test(m.block.text.slice(m.end + opener[0].length))) continue;
      const from = m.end + opener[0].length;
      const clause = m.block.text.slice(from, m.sentence.end).split(/[;()]|\.(?:\s|$)/u)[0];
      const items = clause.split(/,\s*|\s+và\s+/u).map((x) => x.trim()).filter((x) => x !== '');
      let count = 0;
      for (const item of items) {
        if (!NAME.test(item.replace(KIND, ''))) break;
        count++;
      }
      // (a list that stops short on something else is not a list of names)
      if (count < 3 || count === m.value) continue;
      if (count < items.length && count !== items.length - 1) continue;
      const lead = after.length - after.trimStart().length;
      const named = m.block.text.slice(m.end + lead, m.end + lead + unit[0].length);
      out.push({
        rule: 'named-count',
        severity: 'warning',
        kind: 'possible',
        message: `Ghi ${m.n.text} ${named} nhưng danh sách sau đó kể ${count} tên. Kiểm tra lại số lượng hoặc danh sách.`,
        text: m.n.text,
        location: { story: m.block.story, block: m.block.index, start: m.n.start, end: m.n.end },
        stated: `${m.n.text} ${named}`,
        expected: String(count),
      });
    }
  }
  return out;
}
