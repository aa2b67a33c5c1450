/** The Word hosts the tests run the adapter on, by WordApi version, over the fake Word. */
import { WordDocument, type WordHost } from '../../src/word/adapter';
import { FakeWord, type FakeWordOptions } from './fake-word';

/** Hosts by WordApi version, as host.ts detects them. */
export const HOSTS: Record<string, WordHost['supported']> = {
  '1.1': { footnotes: false, customXml: false, tableCells: false, fileAccess: true },
  '1.3': { footnotes: false, customXml: false, tableCells: true, fileAccess: true },
  '1.5': { footnotes: true, customXml: true, tableCells: true, fileAccess: true },
};

/** The document open in a fake Word of that version, with its settings and its file. */
export async function inWord(bytes: Uint8Array, wordApi = '1.5', opts: FakeWordOptions = {}) {
  const fake = await FakeWord.open(bytes, { wordApi, ...opts });
  const word = new WordDocument({ run: fake.run, host: { platform: fake.platform, supported: HOSTS[wordApi] }, settings: fake.settings, getFile: () => fake.doc.save() });
  return { fake, word };
}
