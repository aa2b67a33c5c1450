import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkManifest } from '../../scripts/lib/manifest-check';
import { rewriteManifestUrls } from '../../scripts/manifest-url.js';

const ROOT = path.resolve(__dirname, '..', '..');
const XML = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const opts = { projectRoot: ROOT, devOrigin: 'https://localhost:3000' };

function problemsOf(xml: string): string[] {
  return checkManifest(xml, opts).map((p) => `${p.at}: ${p.message}`);
}

describe('manifest.xml', () => {
  test('the project manifest passes every offline check', () => {
    expect(problemsOf(XML)).toEqual([]);
  });

  test('it is a Word task pane with ReadWriteDocument and the WordApi 1.1 baseline', () => {
    expect(XML).toMatch(/<Host Name="Document"\/>/);
    expect(XML).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(XML).toMatch(/<Set Name="WordApi" MinVersion="1.1"\/>/);
    expect(XML).toMatch(/<OfficeTab id="TabHome">/);
    expect(XML).toMatch(/DefaultValue="Báo cáo"/);
  });

  test.each([
    ['a broken id', (x: string) => x.replace(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'), /Id: must be a GUID/],
    ['elements out of order', (x: string) => x.replace(/(<Permissions>[^<]+<\/Permissions>)/, '').replace('<Hosts>', '<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>'), /out of order/],
    ['an http URL', (x: string) => x.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'), /must use https/],
    ['a missing resource', (x: string) => x.replace('<bt:String id="Group.Label" DefaultValue="Báo cáo"/>', ''), /undefined resource "Group.Label"/],
    ['a missing icon file', (x: string) => x.replace('icon-80.png', 'icon-81.png'), /icon file missing/],
    ['no Word host', (x: string) => x.replace('<Host Name="Document"/>', '<Host Name="Workbook"/>'), /Hosts: must contain/],
    ['a bad permission', (x: string) => x.replace('<Permissions>ReadWriteDocument', '<Permissions>Everything'), /Permissions: must be one of/],
    ['broken XML', (x: string) => x.replace('</OfficeApp>', ''), /not well-formed|root must be/],
    ['a missing required element', (x: string) => x.replace(/<ProviderName>[^<]+<\/ProviderName>/, ''), /ProviderName: required element missing/],
  ])('rejects %s', (_name, mutate, expected) => {
    const problems = problemsOf(mutate(XML));
    expect(problems.join('\n')).toMatch(expected);
  });
});

describe('production manifest', () => {
  test('every development URL is rewritten to the production URL', () => {
    const out = rewriteManifestUrls(XML, 'https://localhost:3000/', 'https://so-lieu.xa.vn/baocao/');
    expect(out).not.toContain('localhost');
    expect(out).toContain('https://so-lieu.xa.vn/baocao/taskpane.html');
    expect(out).toContain('<AppDomain>https://so-lieu.xa.vn/baocao</AppDomain>');
    expect(checkManifest(out).filter((p) => p.at !== 'AppDomain')).toEqual([]);
  });
  test('a production URL that is not https is refused', () => {
    expect(() => rewriteManifestUrls(XML, 'https://localhost:3000/', 'http://x.vn/')).toThrow(/https/);
    expect(() => rewriteManifestUrls(XML, 'https://localhost:3000/', 'không phải URL')).toThrow(/not a URL/);
  });
});
