/**
 * Offline validation of the add-in manifest (XML, add-in only manifest format 1.1).
 * office-addin-manifest's validator calls a Microsoft web service; this checks what we can check here:
 * structure and element order of the schema, ids, URLs, resource references and icon files.
 */
import { DOMParser } from '@xmldom/xmldom';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Top-level elements of a TaskPaneApp in the order the schema requires; `true` = required. */
const TOP_LEVEL_ORDER: ReadonlyArray<readonly [string, boolean]> = [
  ['Id', true],
  ['AlternateId', false],
  ['Version', true],
  ['ProviderName', true],
  ['DefaultLocale', true],
  ['DisplayName', true],
  ['Description', true],
  ['IconUrl', false],
  ['HighResolutionIconUrl', false],
  ['SupportUrl', false],
  ['AppDomains', false],
  ['Hosts', false],
  ['Requirements', false],
  ['DefaultSettings', false],
  ['Permissions', true],
  ['AllowSnapshot', false],
  ['VersionOverrides', false],
];

const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

export interface ManifestProblem {
  /** Where: an element path or attribute. */
  at: string;
  message: string;
}

export interface ManifestCheckOptions {
  /** Folder that holds the files the dev URL serves (assets/…), to check icons exist with the right size. */
  projectRoot?: string;
  /** The development origin whose URLs map to files of the project. */
  devOrigin?: string;
}

type El = Element;

function children(el: El): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as El);
  return out;
}

function child(el: El, name: string): El | undefined {
  return children(el).find((c) => c.localName === name);
}

function descendants(el: El, name: string): El[] {
  const out: El[] = [];
  const all = el.getElementsByTagNameNS('*', name);
  for (let i = 0; i < all.length; i++) out.push(all[i] as El);
  return out;
}

function pngSize(file: string): { width: number; height: number } | null {
  const buf = readFileSync(file);
  if (buf.length < 24 || buf.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

export function checkManifest(xml: string, options: ManifestCheckOptions = {}): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const add = (at: string, message: string): void => {
    problems.push({ at, message });
  };
  const parseErrors: string[] = [];
  let doc: Document | null = null;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') parseErrors.push(msg);
      },
    }).parseFromString(xml, 'text/xml') as unknown as Document;
  } catch (err) {
    parseErrors.push(err instanceof Error ? err.message : String(err));
  }
  if (parseErrors.length > 0 || !doc || !doc.documentElement) {
    add('xml', `not well-formed XML: ${parseErrors[0] ?? 'no root element'}`);
    return problems;
  }
  const root = doc.documentElement as unknown as El;
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== OFFICE_NS) {
    add('OfficeApp', `root must be <OfficeApp xmlns="${OFFICE_NS}">`);
    return problems;
  }
  if (root.getAttributeNS(XSI_NS, 'type') !== 'TaskPaneApp') add('OfficeApp/@xsi:type', 'must be TaskPaneApp');

  // Element order and required elements.
  const names = children(root).map((c) => c.localName ?? '');
  let cursor = 0;
  for (const name of names) {
    const pos = TOP_LEVEL_ORDER.findIndex(([n]) => n === name);
    if (pos < 0) add(`OfficeApp/${name}`, 'element not allowed here');
    else if (pos < cursor) add(`OfficeApp/${name}`, `out of order: must come before ${TOP_LEVEL_ORDER[cursor][0]}`);
    else cursor = pos;
  }
  for (const [name, required] of TOP_LEVEL_ORDER) {
    if (required && !names.includes(name)) add(`OfficeApp/${name}`, 'required element missing');
  }

  const text = (name: string): string => (child(root, name)?.textContent ?? '').trim();
  const value = (name: string): string => child(root, name)?.getAttribute('DefaultValue') ?? '';

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id'))) add('Id', 'must be a GUID');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text('Version'))) add('Version', 'must be n.n.n.n');
  if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(text('DefaultLocale'))) add('DefaultLocale', 'must be a culture name like vi-VN');
  const displayName = value('DisplayName');
  if (!displayName || displayName.length > 125) add('DisplayName', 'DefaultValue must have 1–125 characters');
  const description = value('Description');
  if (!description || description.length > 250) add('Description', 'DefaultValue must have 1–250 characters');
  if (text('ProviderName').length === 0) add('ProviderName', 'must not be empty');
  if (!PERMISSIONS.includes(text('Permissions'))) add('Permissions', `must be one of ${PERMISSIONS.join(', ')}`);

  const hosts = child(root, 'Hosts');
  const hostNames = hosts ? children(hosts).map((h) => h.getAttribute('Name')) : [];
  if (!hostNames.includes('Document')) add('Hosts', 'must contain <Host Name="Document"/> (Word)');

  const requirements = child(root, 'Requirements');
  const wordSet = requirements ? descendants(requirements, 'Set').find((s) => s.getAttribute('Name') === 'WordApi') : undefined;
  if (!wordSet) add('Requirements', 'must name the WordApi requirement set');
  else if (!/^1\.\d+$/.test(wordSet.getAttribute('MinVersion') ?? '')) add('Requirements/Set', 'WordApi MinVersion must be 1.x');

  const source = child(root, 'DefaultSettings') ? child(child(root, 'DefaultSettings') as El, 'SourceLocation') : undefined;
  if (!source) add('DefaultSettings/SourceLocation', 'required for a task-pane add-in');

  // Every URL must be https.
  const urlElements = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Url', 'Image'];
  const urls: Array<{ at: string; url: string }> = [];
  for (const name of urlElements) {
    for (const el of descendants(root, name)) {
      const url = el.getAttribute('DefaultValue');
      if (url !== null && url !== '') urls.push({ at: `${name}${el.getAttribute('id') ? `#${el.getAttribute('id')}` : ''}`, url });
    }
  }
  for (const el of descendants(root, 'AppDomain')) urls.push({ at: 'AppDomain', url: (el.textContent ?? '').trim() });
  for (const { at, url } of urls) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      add(at, `not a URL: "${url}"`);
    }
    if (parsed && parsed.protocol !== 'https:') add(at, `must use https: "${url}"`);
  }

  // VersionOverrides: resource references and limits.
  const overrides = child(root, 'VersionOverrides');
  if (overrides) {
    const resources = child(overrides, 'Resources');
    const defined = new Map<string, El>();
    if (resources) {
      for (const group of children(resources)) {
        for (const res of children(group)) {
          const id = res.getAttribute('id') ?? '';
          if (!id) add(`Resources/${group.localName}`, 'resource without id');
          else if (id.length > 32) add(`Resources#${id}`, 'resource id longer than 32 characters');
          else if (defined.has(id)) add(`Resources#${id}`, 'duplicate resource id');
          defined.set(id, res);
          const v = res.getAttribute('DefaultValue') ?? '';
          if (group.localName === 'ShortStrings' && v.length > 125) add(`Resources#${id}`, 'short string longer than 125 characters');
          if (group.localName === 'LongStrings' && v.length > 250) add(`Resources#${id}`, 'long string longer than 250 characters');
        }
      }
    } else add('VersionOverrides/Resources', 'required when VersionOverrides is present');
    const all = overrides.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as El;
      const resid = el.getAttribute('resid');
      if (resid !== null && !defined.has(resid)) add(`${el.localName}@resid`, `refers to undefined resource "${resid}"`);
    }
    const controlIds = new Set<string>();
    for (const el of [...descendants(overrides, 'Group'), ...descendants(overrides, 'Control')]) {
      const id = el.getAttribute('id') ?? '';
      if (!id || id.length > 125) add(`${el.localName}`, 'id must have 1–125 characters');
      if (controlIds.has(id)) add(`${el.localName}#${id}`, 'duplicate id');
      controlIds.add(id);
    }
    for (const icon of descendants(overrides, 'Icon')) {
      const sizes = children(icon).map((i) => i.getAttribute('size'));
      for (const s of ['16', '32', '80']) if (!sizes.includes(s)) add('Icon', `missing the ${s} px image`);
    }
  }

  // Icons served by the dev origin must exist in the project with the size their name or slot says.
  if (options.projectRoot && options.devOrigin) {
    const origin = options.devOrigin.replace(/\/$/, '');
    for (const { at, url } of urls) {
      if (!url.startsWith(origin) || !/\.png$/i.test(url)) continue;
      const file = path.join(options.projectRoot, decodeURIComponent(url.slice(origin.length + 1)));
      if (!existsSync(file)) {
        add(at, `icon file missing: ${path.relative(options.projectRoot, file)}`);
        continue;
      }
      const size = pngSize(file);
      const expected = /-(\d+)\.png$/i.exec(file);
      if (!size) add(at, `not a PNG: ${path.relative(options.projectRoot, file)}`);
      else if (expected && (size.width !== Number(expected[1]) || size.height !== Number(expected[1]))) {
        add(at, `icon is ${size.width}×${size.height}, expected ${expected[1]}×${expected[1]}`);
      }
    }
  }
  return problems;
}
