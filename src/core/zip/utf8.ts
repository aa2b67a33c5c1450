/**
 * UTF-8 to a string, as the Encoding Standard's decoder does it (invalid sequences become U+FFFD, a
 * leading byte order mark is dropped), without TextDecoder: src/core runs where it is missing too
 * (Internet Explorer 11 under the lite pane, jsdom), and depends on no platform.
 */

const CHUNK = 8192;

export function decodeUtf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  // code units gathered in a typed buffer and turned into a string a chunk at a time
  const units = new Uint16Array(CHUNK + 2);
  let n = 0;
  const flush = (): void => {
    parts.push(String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]));
    n = 0;
  };
  const emit = (cp: number): void => {
    if (cp > 0xffff) {
      cp -= 0x10000;
      units[n++] = 0xd800 + (cp >> 10);
      units[n++] = 0xdc00 + (cp & 0x3ff);
    } else units[n++] = cp;
    if (n >= CHUNK) flush();
  };
  let cp = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7f) {
        units[n++] = b;
        if (n >= CHUNK) flush();
      }
      else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x07;
      } else emit(0xfffd);
      continue;
    }
    if (b < lower || b > upper) {
      // the sequence ends here, and this byte starts afresh
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      emit(0xfffd);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) {
      emit(cp);
      cp = needed = seen = 0;
    }
  }
  if (needed !== 0) emit(0xfffd);
  flush();
  const text = parts.join('');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
