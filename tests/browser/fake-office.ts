/**
 * The fake Word of tests/word/fake-word.ts as the page's Office and Word globals, for the browser
 * tests of taskpane.html (bundled with esbuild and served in place of office.js). The document is
 * fetched from `window.FAKE_DOCX`; the host's WordApi version from `window.FAKE_WORD_API`.
 */
import { FakeWord } from '../word/fake-word';

interface FakeWindow {
  FAKE_DOCX: string;
  FAKE_WORD_API?: string;
  fakeWord?: FakeWord;
  Office: unknown;
  Word: unknown;
}

const w = window as unknown as FakeWindow;
const wordApi = w.FAKE_WORD_API ?? '1.3';
const ready = fetch(w.FAKE_DOCX)
  .then((r) => r.arrayBuffer())
  .then((b) => FakeWord.open(new Uint8Array(b), { wordApi }))
  .then((fake) => {
    w.fakeWord = fake;
    return fake;
  });

const version = (v: string): number => Number(v.split('.')[0]) * 1000 + Number(v.split('.')[1]);

w.Office = {
  HostType: { Word: 'Word' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  FileType: { Compressed: 'compressed' },
  context: {
    requirements: { isSetSupported: (set: string, v: string) => (set === 'WordApi' ? version(v) <= version(wordApi) : set === 'File') },
    get document() {
      const fake = w.fakeWord;
      if (!fake) throw new Error('fake Word not ready');
      return {
        settings: fake.settings,
        getFileAsync(_type: unknown, _opts: unknown, cb: (r: unknown) => void) {
          void fake.doc.save().then((bytes) => {
            cb({
              status: 'succeeded',
              value: { sliceCount: 1, getSliceAsync: (_i: number, done: (r: unknown) => void) => done({ status: 'succeeded', value: { data: Array.from(bytes) } }), closeAsync: () => undefined },
            });
          });
        },
      };
    },
  },
  onReady(cb: (info: { host: string; platform: string }) => void): Promise<unknown> {
    return ready.then(() => {
      const info = { host: 'Word', platform: 'PC' };
      cb(info);
      return info;
    });
  },
};
w.Word = { run: <T>(batch: (ctx: unknown) => Promise<T>) => ready.then((fake) => fake.run(batch as never)) };
