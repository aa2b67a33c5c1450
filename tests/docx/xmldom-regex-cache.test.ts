/**
 * xmldom 0.9 compiles its end-tag expression afresh for every end tag; src/docx/xmldom-regex-cache.ts
 * keeps one compiled copy per combination. Parsing must behave exactly as before.
 */
import { parseXml } from '../../src/docx/xml';

const grammar = require('@xmldom/xmldom/lib/grammar') as { reg: (...parts: Array<RegExp | string>) => RegExp; QName_group: RegExp; S_OPT: RegExp };

test('the end-tag expression is compiled once, not once per end tag', () => {
  const a = grammar.reg('^', grammar.QName_group, grammar.S_OPT, '$');
  const b = grammar.reg('^', grammar.QName_group, grammar.S_OPT, '$');
  expect(a).toBe(b);
  expect(grammar.reg('^', grammar.QName_group)).not.toBe(a);
});

test('parsing is unchanged: names, namespaces and text read; a broken end tag is still refused', () => {
  const root = parseXml(`<w:document xmlns:w="urn:w">${'<w:p><w:r><w:t>Lúa 509 ha</w:t></w:r></w:p>'.repeat(3)}</w:document>`, 'document.xml');
  expect(root.getElementsByTagNameNS('urn:w', 't').length).toBe(3);
  expect(root.textContent).toBe('Lúa 509 ha'.repeat(3));
  expect(() => parseXml('<a><b></b c></a>', 'bad.xml')).toThrow(/end tag name contains invalid characters: "b c"/);
  expect(() => parseXml('<a><b></a>', 'bad.xml')).toThrow();
});
