/**
 * Feature detection at run time: which WordApi sets this Word has decides what the task pane offers.
 * Office is faked as a global the way Office.js defines it.
 */
import { detectHost, missingFeatures } from '../../src/word/host';

type OnReady = (cb: (info: { host: string | null; platform: string | null }) => void) => Promise<unknown>;

function installOffice(host: string | null, supportedUpTo: Record<string, string>): void {
  const onReady: OnReady = (cb) => {
    setTimeout(() => cb({ host, platform: host ? 'PC' : null }), 5);
    return Promise.resolve({});
  };
  (globalThis as Record<string, unknown>).Office = {
    HostType: { Word: 'Word' },
    onReady,
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) => {
          const max = supportedUpTo[set];
          return max !== undefined && Number(version) <= Number(max);
        },
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

test('without Office.js the pane knows it runs in the browser preview', async () => {
  const host = await detectHost();
  expect(host.inWord).toBe(false);
  expect(missingFeatures(host)).toEqual([]);
});

test('Office.js on a page that is not in Word is the preview too', async () => {
  installOffice(null, {});
  expect((await detectHost()).inWord).toBe(false);
});

test('Office 2016 volume licence (WordApi 1.1): footnotes, table selection and custom XML are reported missing', async () => {
  installOffice('Word', { WordApi: '1.1', File: '1.1' });
  const host = await detectHost();
  expect(host.inWord).toBe(true);
  const missing = missingFeatures(host).map((f) => f.key);
  expect(missing).toEqual(['customXml', 'tableCells', 'footnotes']);
  expect(missingFeatures(host).every((f) => /[ăâđêôơưạảãáàếềểễệốồổỗộớờởỡợứừửữự]/i.test(f.lostWithout))).toBe(true);
});

test('Office 2019 (WordApi 1.3): only footnotes and custom XML parts are missing', async () => {
  installOffice('Word', { WordApi: '1.3', File: '1.1' });
  expect(missingFeatures(await detectHost()).map((f) => f.key)).toEqual(['customXml', 'footnotes']);
});

test('Microsoft 365 (WordApi 1.9): nothing is missing', async () => {
  installOffice('Word', { WordApi: '1.9', File: '1.1' });
  expect(missingFeatures(await detectHost())).toEqual([]);
});

test('an Office.js that never answers does not hang the pane', async () => {
  (globalThis as Record<string, unknown>).Office = { HostType: { Word: 'Word' }, onReady: () => new Promise(() => undefined) };
  const host = await detectHost(50);
  expect(host.inWord).toBe(false);
});
