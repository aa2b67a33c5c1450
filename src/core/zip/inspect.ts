/**
 * A zip package (.docx, .xlsx) checked before anything is inflated, from its central directory: how
 * many parts, how large each says it is once inflated, whether its parts overlap or hide between the
 * ones listed. A zip bomb is refused here in microseconds when its sizes are honest; when they lie,
 * the reader counts while inflating (read.ts). Messages are Vietnamese, for the person who sent the file.
 */

import { decodeUtf8 } from './utf8';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As the central directory declares it: not to be trusted further than the count while inflating. */
  uncompressedSize: number;
  localOffset: number;
  /** Where the compressed bytes start. */
  dataOffset: number;
}

export interface ZipLimits {
  /** The file as messages name it: "Tệp XLSX", "Tệp .docx". */
  label: string;
  maxEntries: number;
  /** Largest inflated size of a part that is read, by name; undefined: the part is never inflated. */
  maxPartBytes(name: string): number | undefined;
  /** Largest inflated size of all parts that are read, together. */
  maxTotalBytes: number;
  /**
   * Demand that a reader going through the local headers from the start (a streaming reader) meets
   * exactly the parts the central directory lists, with the same sizes, and nothing between them.
   */
  sequential?: boolean;
}

/** The file is larger, once inflated, than it may be: refused before the work, with the reason. */
export class ZipLimitError extends Error {}
/** The file is not a zip this program reads (damaged, encrypted, ZIP64, parts that disagree). */
export class ZipFormatError extends Error {}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const MAX32 = 0xffffffff;

/** "12,5 MB" — sizes in messages, in Vietnamese style. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`.replace('.', ',');
}

function findEnd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65535.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= stop; p--) if (view.getUint32(p, true) === SIG_END) return p;
  return -1;
}

function descriptorLength(view: DataView, at: number): number {
  // A data descriptor may or may not start with its signature (APPNOTE 4.3.9.3).
  return at + 4 <= view.byteLength && view.getUint32(at, true) === SIG_DESCRIPTOR ? 16 : 12;
}

function containsDescriptorSignature(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = bytes.indexOf(0x50, from); i !== -1 && i + 3 < to; i = bytes.indexOf(0x50, i + 1)) {
    if (bytes[i + 1] === 0x4b && bytes[i + 2] === 0x07 && bytes[i + 3] === 0x08) return true;
  }
  return false;
}

export function inspectZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const { label } = limits;
  const damaged = (why: string): ZipFormatError => new ZipFormatError(`${label} bị hỏng hoặc không phải tệp nén hợp lệ (${why}); mở bằng chương trình đã tạo ra nó, lưu lại rồi gửi lại.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw damaged('quá ngắn');
  const end = findEnd(view);
  if (end < 0) throw damaged('không có mục lục của tệp nén');
  if (end >= 20 && view.getUint32(end - 20, true) === SIG_ZIP64_LOCATOR) throw new ZipLimitError(`${label} dùng dạng ZIP64 dành cho tệp trên 4 GB; không nhận tệp lớn như vậy.`);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) throw damaged('tệp nén nhiều phần');
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (count > limits.maxEntries) throw new ZipLimitError(`${label} có ${count} phần, quá giới hạn ${limits.maxEntries} phần.`);
  if (cdOffset + cdSize > end) throw damaged('mục lục nằm ngoài tệp');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== SIG_CENTRAL) throw damaged('mục lục bị cắt');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > end) throw damaged('mục lục bị cắt');
    const name = decodeUtf8(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;

    if (compressedSize === MAX32 || uncompressedSize === MAX32 || localOffset === MAX32) throw new ZipLimitError(`${label} dùng dạng ZIP64 dành cho tệp trên 4 GB; không nhận tệp lớn như vậy.`);
    if (flags & 0x0001) throw new ZipFormatError(`${label} được đặt mật khẩu; bỏ mật khẩu rồi gửi lại.`);
    if (method !== 0 && method !== 8) throw damaged(`phần “${name}” nén theo cách không hỗ trợ`);
    if (names.has(name)) throw damaged(`phần “${name}” có hai lần`);
    names.add(name);
    const max = limits.maxPartBytes(name);
    if (max !== undefined) {
      if (uncompressedSize > max) throw new ZipLimitError(`${label} có phần “${name}” giải nén ra ${megabytes(uncompressedSize)}, quá giới hạn ${megabytes(max)}; không đọc tệp này.`);
      total += uncompressedSize;
      if (total > limits.maxTotalBytes) throw new ZipLimitError(`${label} giải nén ra hơn ${megabytes(limits.maxTotalBytes)}, quá giới hạn; không đọc tệp này.`);
    }

    if (localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== SIG_LOCAL) throw damaged(`không tìm thấy phần “${name}”`);
    const localFlags = view.getUint16(localOffset + 6, true);
    const localMethod = view.getUint16(localOffset + 8, true);
    const localCompressed = view.getUint32(localOffset + 18, true);
    const localUncompressed = view.getUint32(localOffset + 22, true);
    const localNameLength = view.getUint16(localOffset + 26, true);
    const dataOffset = localOffset + 30 + localNameLength + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > cdOffset) throw damaged(`phần “${name}” nằm ngoài tệp`);
    if (limits.sequential) {
      const localName = decodeUtf8(bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength));
      const sizesLater = (localFlags & 0x0008) !== 0;
      if (localName !== name || localMethod !== method || sizesLater !== ((flags & 0x0008) !== 0)) throw damaged(`phần “${name}” ghi khác nhau ở hai chỗ`);
      // Sizes in the local header are what a streaming reader goes by, when they are there at all.
      const sizesDiffer = sizesLater ? localCompressed !== 0 && localCompressed !== compressedSize : localCompressed !== compressedSize || localUncompressed !== uncompressedSize;
      if (sizesDiffer) throw damaged(`kích thước phần “${name}” ghi khác nhau ở hai chỗ`);
      // A streaming reader finds where such a part ends by this signature: it must not occur inside.
      if (sizesLater && localCompressed === 0 && containsDescriptorSignature(bytes, dataOffset, dataOffset + compressedSize)) throw damaged(`phần “${name}” không đọc tuần tự được`);
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localOffset, dataOffset });
  }

  // Parts must not share bytes (a bomb can point a thousand names at one inflating kernel); read in
  // order, they must follow one another with nothing hidden between them.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let next = 0;
  for (const e of byOffset) {
    if (e.localOffset < next) throw damaged(`các phần chồng lên nhau`);
    if (limits.sequential && e.localOffset !== next) throw damaged(`có dữ liệu ẩn giữa các phần`);
    const dataEnd = e.dataOffset + e.compressedSize;
    next = e.flags & 0x0008 ? dataEnd + descriptorLength(view, dataEnd) : dataEnd;
  }
  if (limits.sequential && next !== cdOffset) throw damaged('có dữ liệu ẩn trước mục lục');
  return entries;
}
