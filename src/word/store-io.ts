/**
 * The report store in Word: read from both places a Word may keep it, written to every place this
 * Word can write.
 *
 * - The custom XML part (WordApi 1.4, Document.customXmlParts) is what Microsoft 365 and Word on the
 *   web use; Office.context.document.settings exists in every Word. A report begun in Word 2019 and
 *   carried on in Microsoft 365 (or back) has one in each: both are read, and the one with the higher
 *   revision wins (reconcileStores), so neither Word loses what the other wrote.
 * - Writes go to the XML part where there is one, and always to the settings as well, so an older Word
 *   opening the report later finds the latest store.
 * - setXml ignores XML that starts with a declaration (office-js #1643): storeXml(…, false).
 * - A Word without custom XML parts (below WordApi 1.4) cannot read the part Microsoft 365 wrote,
 *   but the part is in the document's file: it is read from there once (it cannot change on such a
 *   Word, which cannot write it) and reconciled with the settings.
 */
import { nextRevision, parseStore, reconcileStores, type ReportStore, serializeStore, STORE_NAMESPACE } from '../core/figures/store';
import { SETTINGS_KEY, storeJsonFromXml, storeXml } from '../docx/store';
import type { WClientResult, WContext, WCustomXmlPart, WCustomXmlPartCollection, WSettings } from './api';

export interface StoreRead {
  /** After the first sync: queues the part's XML read. */
  afterFirst(): void;
  /** After the second sync: the reconciled store, and a writer bound to the parts found. */
  result(): { store: ReportStore; write: StoreWriter };
}

export interface StoreWriter {
  /** Queues the XML part write (sent with the next sync) and saves the settings; resolves when the settings are saved. */
  (store: ReportStore): Promise<void>;
}

export class StoreIO {
  private fromFile?: Promise<ReportStore | undefined>;
  private fileStore?: ReportStore;

  constructor(
    private readonly customXml: boolean,
    private readonly settings: WSettings | undefined,
    /** The store part of the document's file, for a Word without custom XML parts. */
    private readonly readFileStore?: () => Promise<ReportStore | undefined>,
  ) {}

  /** Call before a batch that reads the store: fetches the file's part the first time (no sync). */
  async prepare(): Promise<void> {
    if (this.customXml || !this.readFileStore) return;
    this.fromFile ??= this.readFileStore().catch(() => undefined);
    this.fileStore = await this.fromFile;
  }

  /** Queues the read; it takes the two syncs the caller makes anyway. */
  read(ctx: WContext): StoreRead {
    let parts: WCustomXmlPartCollection | undefined;
    if (this.customXml) {
      parts = ctx.document.customXmlParts.getByNamespace(STORE_NAMESPACE);
      parts.load('items');
    }
    let xml: WClientResult<string> | undefined;
    return {
      afterFirst: () => {
        if (parts?.items.length) xml = parts.items[0].getXml();
      },
      result: () => {
        const fromXml = xml ? parseStore(storeJsonFromXml(xml.value)).store : this.fileStore;
        const raw = this.settings?.get(SETTINGS_KEY);
        const fromSettings = typeof raw === 'string' ? parseStore(raw).store : undefined;
        const store = reconcileStores(fromXml, fromSettings);
        return { store, write: this.writer(ctx, parts?.items[0]) };
      },
    };
  }

  /** The store alone, in two syncs of its own (call prepare() first). */
  async readNow(ctx: WContext): Promise<{ store: ReportStore; write: StoreWriter }> {
    const read = this.read(ctx);
    await ctx.sync();
    read.afterFirst();
    await ctx.sync();
    return read.result();
  }

  /** Writes to every place; several writes in one batch go to the same part, in order. */
  private writer(ctx: WContext, found: WCustomXmlPart | undefined): StoreWriter {
    let part = found;
    let stamped: number | undefined;
    return (store) => {
      // One revision per operation, however many writes it makes.
      stamped ??= nextRevision(store).rev;
      const s: ReportStore = { ...store, rev: stamped };
      if (this.customXml) {
        const xml = storeXml(s, false);
        if (part) part.setXml(xml);
        else part = ctx.document.customXmlParts.add(xml);
      }
      return this.saveSettings(s);
    };
  }

  private saveSettings(store: ReportStore): Promise<void> {
    const settings = this.settings;
    if (!settings) return Promise.resolve();
    settings.set(SETTINGS_KEY, serializeStore(store));
    return new Promise((resolve, reject) =>
      settings.saveAsync((r) => (String(r.status) === 'failed' ? reject(new Error(r.error?.message ?? 'settings not saved')) : resolve())),
    );
  }
}
