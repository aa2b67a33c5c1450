/** A report file the user chose or dropped: checked, then opened with the .docx adapter. */
import { ZipLimitError } from '../../core/zip/inspect';
import { DocxDocument } from '../../docx/adapter';

export const REPORT_ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Larger than any commune report with photos; beyond it the browser tab would struggle. */
export const MAX_REPORT_BYTES = 30 * 1024 * 1024;

export type Opened = { ok: true; document: DocxDocument } | { ok: false; message: string };

export async function openReportBytes(name: string, bytes: Uint8Array): Promise<Opened> {
  if (/\.doc$/i.test(name)) return { ok: false, message: `“${name}” là tệp .doc cũ: mở trong Word, chọn Lưu thành (Save As) kiểu .docx, rồi mở tệp .docx đó.` };
  if (bytes.length > MAX_REPORT_BYTES) return { ok: false, message: `“${name}” lớn quá (${Math.round(bytes.length / 1048576)} MB, tối đa ${MAX_REPORT_BYTES / 1048576} MB).` };
  // Every .docx is a zip: "PK\x03\x04".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: `“${name}” không phải tệp Word .docx.` };
  try {
    return { ok: true, document: await DocxDocument.open(bytes) };
  } catch (err) {
    // A file over the limits (a zip bomb, say) is told why; any other failure is a damaged file.
    if (err instanceof ZipLimitError) return { ok: false, message: `Không mở được “${name}”: ${err.message}` };
    return { ok: false, message: `Không mở được “${name}”: tệp hỏng hoặc không phải báo cáo Word .docx.` };
  }
}

export async function readReportFile(file: File): Promise<Opened> {
  if (file.size > MAX_REPORT_BYTES) return { ok: false, message: `“${file.name}” lớn quá (${Math.round(file.size / 1048576)} MB, tối đa ${MAX_REPORT_BYTES / 1048576} MB).` };
  return openReportBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}
