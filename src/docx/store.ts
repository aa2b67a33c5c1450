/**
 * The report store inside a .docx: a custom XML part in our namespace holding the store's JSON.
 * Read also from the add-in's document settings (webextension part), where an old Word that lacks
 * custom XML parts keeps it.
 */
import { parseStore, reconcileStores, type ReportStore, serializeStore, STORE_NAMESPACE } from '../core/figures/store';
import type { DocxPackage } from './package';
import { escapeXmlText, parseXml } from './xml';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
/** The key of the add-in's document settings (the fallback store in Word without custom XML parts). */
export const SETTINGS_KEY = 'baocao';

/**
 * The store part's XML. Word's CustomXmlPart.setXml ignores XML that starts with a declaration
 * (office-js #1643), so what goes through Office.js has none; a part written into a file has one.
 */
export function storeXml(store: ReportStore, declaration = true): string {
  const body = `<baocao xmlns="${STORE_NAMESPACE}">${escapeXmlText(serializeStore(store))}</baocao>`;
  return declaration ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}` : body;
}

/** The JSON inside a store part's XML, or undefined when the XML is not ours. */
export function storeJsonFromXml(xml: string): string | undefined {
  try {
    const root = parseXml(xml, 'custom XML part');
    return root.namespaceURI === STORE_NAMESPACE ? (root.textContent ?? '') : undefined;
  } catch {
    return undefined;
  }
}

export function findStorePart(pkg: DocxPackage): string | undefined {
  return pkg
    .partNames()
    .filter((n) => /^customXml\/item\d+\.xml$/.test(n))
    .find((n) => storeJsonFromXml(pkg.part(n) ?? '') !== undefined);
}

function settingsJson(pkg: DocxPackage): string | undefined {
  for (const name of pkg.partNames().filter((n) => /^word\/webextensions\/webextension\d*\.xml$/.test(n))) {
    const m = new RegExp(`<we:property name="${SETTINGS_KEY}" value="([^"]*)"`).exec(pkg.part(name) ?? '');
    if (!m) continue;
    const raw = m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    try {
      // Office serialises each setting value as JSON: the store JSON arrives as a JSON string.
      const v: unknown = JSON.parse(raw);
      return typeof v === 'string' ? v : JSON.stringify(v);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The store from both places a Word may have kept it (a report begun in Word 2019 and carried on in
 * Microsoft 365 has both): the newer by revision, with the figures only the other knows.
 */
export function readStore(pkg: DocxPackage): { store: ReportStore; error?: string; where: 'customXml' | 'documentSettings' | 'none' } {
  const part = findStorePart(pkg);
  const json = settingsJson(pkg);
  const xml = part ? parseStore(storeJsonFromXml(pkg.part(part) ?? '')) : undefined;
  const settings = json !== undefined ? parseStore(json) : undefined;
  const store = reconcileStores(xml?.store, settings?.store);
  const error = xml?.error ?? settings?.error;
  const where = part ? 'customXml' : json !== undefined ? 'documentSettings' : 'none';
  return error ? { store, error, where } : { store, where };
}

function guid(): string {
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `{${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}}`.toUpperCase();
}

/** Inserts `xml` before the closing tag `close` of a part (string splice: the rest stays as it was). */
export function insertBeforeClose(pkg: DocxPackage, name: string, close: string, xml: string): void {
  const text = pkg.part(name);
  if (text === undefined) throw new Error(`${name} is missing`);
  const at = text.lastIndexOf(close);
  if (at === -1) throw new Error(`${name}: ${close} not found`);
  pkg.setPart(name, text.slice(0, at) + xml + text.slice(at));
}

export function nextRelId(rels: string): string {
  let n = 1;
  for (const m of rels.matchAll(/Id="rId(\d+)"/g)) n = Math.max(n, Number(m[1]) + 1);
  return `rId${n}`;
}

export const DOC_RELS = 'word/_rels/document.xml.rels';

/** Writes the store into its custom XML part, creating the part (and its relationships) the first time. */
export function writeStore(pkg: DocxPackage, store: ReportStore): void {
  const existing = findStorePart(pkg);
  if (existing) {
    pkg.setPart(existing, storeXml(store));
    return;
  }
  let n = 1;
  while (pkg.has(`customXml/item${n}.xml`)) n++;
  pkg.setPart(`customXml/item${n}.xml`, storeXml(store));
  pkg.setPart(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${guid()}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${STORE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  pkg.setPart(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const rels = pkg.part(DOC_RELS) ?? '';
  insertBeforeClose(pkg, DOC_RELS, '</Relationships>', `<Relationship Id="${nextRelId(rels)}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/>`);
  const types = pkg.part('[Content_Types].xml') ?? '';
  let add = `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_PROPS}"/>`;
  if (!/<Default Extension="xml"/i.test(types)) add = `<Default Extension="xml" ContentType="application/xml"/>` + add;
  insertBeforeClose(pkg, '[Content_Types].xml', '</Types>', add);
}
