/**
 * Every report written for the corpus in Markdown is also a real .docx (scripts/corpus/make-docx.ts): the
 * .docx on disk must read back as the very text of the .md, and every quote of its labels must stand in one
 * block of it, or in neighbouring cells of one table row ("| Cộng | 172 | 266 |"), so that its findings
 * are scored where they stand in both forms.
 */
import { readdirSync } from 'node:fs';
import { CORPUS_DIR } from '../../scripts/corpus/generate';
import { verify } from '../../scripts/corpus/make-docx';

const names = readdirSync(CORPUS_DIR).filter((f) => f.startsWith('written-') && f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();

test('the corpus has written reports in both forms', () => {
  expect(names.length).toBeGreaterThan(40);
});

test.each(names)('%s.docx is the .md, every quote inside', async (name) => {
  expect(await verify(name)).toEqual([]);
});
