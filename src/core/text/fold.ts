/**
 * Vietnamese text folded for search and matching: diacritics dropped, đ → d, lower case, so that
 * "lua" finds "lúa" and "Đất đai" matches "dat dai". One character per input character for
 * precomposed Vietnamese (NFC), so offsets in the folded text point into the original.
 */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[^\u0000-\u007f]/g, (c) => (c === 'đ' ? 'd' : c === 'Đ' ? 'D' : c.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || c))
    .toLowerCase();
}
