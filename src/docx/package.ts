/**
 * A .docx package held as its zip entries. Parts are read as text on demand and only the parts that
 * were changed are written back, so every other part stays byte-identical.
 */
import JSZip from 'jszip';
import { inspectZip, type ZipLimits, ZipLimitError } from '../core/zip/inspect';
import { InflateBudget, readTextLimited } from '../zip/read';

const MB = 1024 * 1024;
const XML_PART = /\.(xml|rels)$/i;

/**
 * What a .docx may be. A commune's monthly report is well under 1 MB of XML (the reports of corpus/
 * have 30–70 KB of document.xml): these leave room for a report of several hundred pages, while a
 * zip bomb is refused before it is inflated (declared sizes) or while it is (counted bytes).
 */
export const DOCX_LIMITS = {
  label: 'Tệp .docx',
  maxFileBytes: 100 * MB,
  maxEntries: 2000,
  /** Each XML part read (document, footnotes, styles…); pictures are never inflated. */
  maxPartBytes: (name: string): number | undefined => (XML_PART.test(name) ? 8 * MB : undefined),
  maxTotalBytes: 24 * MB,
} satisfies ZipLimits & { maxFileBytes: number };

export class DocxPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  /**
   * Opens a package; a file beyond DOCX_LIMITS is refused with ZipLimitError, whose message (in
   * Vietnamese) says which limit. Other errors say, in English, why the bytes are not a .docx.
   */
  static async load(bytes: Uint8Array): Promise<DocxPackage> {
    const limits = DOCX_LIMITS;
    if (bytes.byteLength > limits.maxFileBytes) throw new ZipLimitError(`Tệp .docx nặng ${Math.round(bytes.byteLength / MB)} MB, quá giới hạn ${limits.maxFileBytes / MB} MB.`);
    let zip: JSZip;
    try {
      inspectZip(bytes, limits);
      zip = await JSZip.loadAsync(bytes);
    } catch (err) {
      if (err instanceof ZipLimitError) throw err;
      throw new Error(`not a .docx (zip) file: ${err instanceof Error ? err.message : String(err)}`);
    }
    const pkg = new DocxPackage(zip);
    if (!zip.file('word/document.xml')) throw new Error('not a .docx file: word/document.xml is missing');
    // Read every XML part up front so that later reads are synchronous (the fake Word API needs that);
    // one after another, each counted while it inflates, so a lying part is stopped at its limit.
    const budget = new InflateBudget(limits.label, limits.maxTotalBytes);
    // the platform's decoder where there is one (not in IE 11 under the lite pane, nor in jsdom)
    const decoder = typeof TextDecoder === 'undefined' ? undefined : new TextDecoder('utf-8');
    const decode = decoder ? (b: Uint8Array): string => decoder.decode(b) : undefined;
    for (const f of Object.values(zip.files)) {
      const max = f.dir ? undefined : limits.maxPartBytes(f.name);
      if (max !== undefined) pkg.texts.set(f.name, await readTextLimited(f, max, budget, decode));
    }
    return pkg;
  }

  has(name: string): boolean {
    return this.texts.has(name) || !!this.zip.file(name);
  }

  /** The text of an XML part, or undefined if the package has no such part. */
  part(name: string): string | undefined {
    return this.texts.get(name);
  }

  partNames(): string[] {
    return [...this.texts.keys()];
  }

  setPart(name: string, text: string): void {
    if (this.texts.get(name) === text) return;
    this.texts.set(name, text);
    this.changed.add(name);
  }

  changedParts(): string[] {
    return [...this.changed];
  }

  async save(): Promise<Uint8Array> {
    for (const name of this.changed) this.zip.file(name, this.texts.get(name) ?? '');
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  }
}
