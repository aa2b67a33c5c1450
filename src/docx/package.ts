/**
 * A .docx package held as its zip entries. Parts are read as text on demand and only the parts that
 * were changed are written back, so every other part stays byte-identical.
 */
import JSZip from 'jszip';

export class DocxPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<DocxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (err) {
      throw new Error(`not a .docx (zip) file: ${err instanceof Error ? err.message : String(err)}`);
    }
    const pkg = new DocxPackage(zip);
    if (!zip.file('word/document.xml')) throw new Error('not a .docx file: word/document.xml is missing');
    // Read every XML part up front so that later reads are synchronous (the fake Word API needs that).
    await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir && /\.(xml|rels)$/i.test(f.name))
        .map(async (f) => pkg.texts.set(f.name, await f.async('string'))),
    );
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
