/**
 * Feature detection at run time: which WordApi sets this Word has decides what the task pane offers.
 * Office is faked as a global the way Office.js defines it.
 */
import { detectHost, HOST_MESSAGES, missingFeatures, officeHostHint } from '../../src/word/host';

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

test('inside Word a slow Office.onReady never shows the sample: it waits, says so in Vietnamese, then starts', async () => {
  let answer: ((info: { host: string; platform: string }) => void) | undefined;
  installOffice('Word', { WordApi: '1.3' });
  (globalThis as Record<string, unknown>).Office = { ...(globalThis as { Office: object }).Office, onReady: (cb: typeof answer) => ((answer = cb), new Promise(() => undefined)) };
  const told: string[] = [];
  let settled = false;
  const host = detectHost({ slowAfterMs: 20, onSlow: (m) => told.push(m) }).then((h) => ((settled = true), h));
  await new Promise((r) => setTimeout(r, 60));
  expect(settled).toBe(false);
  expect(told).toEqual([HOST_MESSAGES.slow]);
  expect(told[0]).toMatch(/Word chưa trả lời/);
  answer!({ host: 'Word', platform: 'PC' });
  expect((await host).inWord).toBe(true);
});

test('inside Office without office.js (the CDN unreachable) it says so and does not open the preview', async () => {
  const told: string[] = [];
  let settled = false;
  void detectHost({ onSlow: (m) => told.push(m), win: { location: { search: '?_host_Info=Word$Win32$16.01$vi-VN$$$$0' }, name: '' } }).then(() => (settled = true));
  await new Promise((r) => setTimeout(r, 20));
  expect(settled).toBe(false);
  expect(told).toEqual([HOST_MESSAGES.noOfficeJs]);
  expect((await detectHost({ win: { location: { search: '' }, name: '' } })).inWord).toBe(false);
});

test('the signs of an Office host are the ones office.js reads', () => {
  expect(officeHostHint({ location: { search: '?_host_Info=Word$Mac$16.00' }, name: '' })).toBe(true);
  expect(officeHostHint({ location: { search: '' }, name: '{"hostInfo":"Word|Web|16.00"}' })).toBe(true);
  expect(officeHostHint({ location: { search: '' }, name: '', external: { GetHostInfo: () => 'x' } })).toBe(true);
  expect(officeHostHint({ location: { search: '?data=x' }, name: '' })).toBe(false);
});
