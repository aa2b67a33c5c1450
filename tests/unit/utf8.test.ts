import fc from 'fast-check';
import { decodeUtf8 } from '../../src/core/zip/utf8';

const platform = new TextDecoder('utf-8');

test('decodes as the platform decoder does, valid text or any bytes at all', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => expect(decodeUtf8(new TextEncoder().encode(s))).toBe(platform.decode(new TextEncoder().encode(s)))), { numRuns: 500 });
  fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => expect(decodeUtf8(bytes)).toBe(platform.decode(bytes))), { numRuns: 3000 });
});

test('Vietnamese, a byte order mark, truncated and overlong sequences, text longer than one chunk', () => {
  const vi = 'Báo cáo tháng 5: lúa 509/650 ha, đạt 78,3% kế hoạch; Đảng ủy xã Lùng Phình.';
  expect(decodeUtf8(new TextEncoder().encode(vi))).toBe(vi);
  expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toBe('a');
  expect(decodeUtf8(Uint8Array.of(0xe1, 0xba))).toBe('\ufffd');
  expect(decodeUtf8(Uint8Array.of(0xc0, 0xaf))).toBe('\ufffd\ufffd');
  expect(decodeUtf8(Uint8Array.of(0xf0, 0x9f, 0x98, 0x80))).toBe('😀');
  const long = vi.repeat(2000);
  expect(decodeUtf8(new TextEncoder().encode(long))).toBe(long);
});
