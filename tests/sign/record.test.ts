/** The signing record: kept in the report store (the .docx part, and through Word), read back intact, compared. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStore, serializeStore } from '../../src/core/figures/store';
import { checkerVersion, documentTextHash, makeSigningRecord, serviceIdentity, SigningRecordSchema, verifyRecord } from '../../src/core/sign';
import { loadPeriodDataFile } from '../../src/data/load-file';
import { DocxDocument } from '../../src/docx/adapter';
import { SEED_FILE } from '../../src/server';
import { WordDocument } from '../../src/word/adapter';
import { FakeWord } from '../word/fake-word';
import { proposeBindings } from '../../src/core/bind';

const MAY = path.join(__dirname, '..', '..', 'corpus', '001_9331be7396ee03da.docx');

async function recordOf(doc: DocxDocument | WordDocument) {
  const data = await loadPeriodDataFile(SEED_FILE, '2026-05');
  return makeSigningRecord({
    at: '2026-05-31T16:00:00+07:00',
    period: '2026-05',
    source: { identity: 'lung-phinh-2026.json', from: 'file' },
    figures: await doc.listFigures(),
    data,
    checker: checkerVersion('0.1.0'),
    accepted: [{ rule: 'share', text: '25,46%', message: 'x', location: { story: 'body', block: 42, start: 10, end: 16 }, reason: 'Tỷ lệ trên tổng số hộ của huyện giao' }],
    text: await doc.readText(),
  });
}

test('written through Word, read from the file; the same text hash from both adapters; a damaged store keeps it', async () => {
  const bytes = readFileSync(MAY);
  const fake = await FakeWord.open(bytes);
  const word = new WordDocument({ run: fake.run, host: { platform: 'PC', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } } });
  const data = await loadPeriodDataFile(SEED_FILE, '2026-05');
  await word.bindFigures(proposeBindings(await word.readText(), data).candidates.filter((c) => c.sure));
  const record = await recordOf(word);
  expect(record.figures.length).toBeGreaterThanOrEqual(44);
  expect(record.figures[0].values[0]).toEqual({ indicatorId: 'lua-gieo-cay', version: 1, updatedAt: expect.any(String) });
  expect(record.checker.version).toMatch(/^0\.1\.0\+[0-9a-f]{10}$/);
  await word.setSigningRecord(record);
  expect(await word.getSigningRecord()).toEqual(record);
  const file = await DocxDocument.open(await fake.doc.save());
  expect(await file.getSigningRecord()).toEqual(record);
  expect(documentTextHash(await file.readText())).toBe(record.textHash);
  expect(verifyRecord(record, { text: await file.readText(), figures: await file.listFigures(), data }).ok).toBe(true);
  // later writes to the store (a period change) keep the record
  await word.setReportSettings({ period: '2026-05' });
  expect((await word.getSigningRecord())?.textHash).toBe(record.textHash);
  // one bad figure record does not lose the signing record
  const damaged = JSON.parse(serializeStore({ v: 1, figures: { abc: { spec: { kind: 'value', indicators: ['x'] } } }, signed: record })) as Record<string, unknown>;
  (damaged.figures as Record<string, unknown>).bad = { spec: { kind: 'nope' } };
  const back = parseStore(JSON.stringify(damaged));
  expect(back.error).toBeDefined();
  expect(back.store.signed).toEqual(record);
  await word.setSigningRecord(null);
  expect(await word.getSigningRecord()).toBeNull();
}, 60000);

test('verify sees an edited figure, a removed one, and a new version of the data; records are validated', async () => {
  const doc = await DocxDocument.open(readFileSync(MAY));
  const data = await loadPeriodDataFile(SEED_FILE, '2026-05');
  await doc.bindFigures(proposeBindings(await doc.readText(), data).candidates.filter((c) => c.sure));
  const record = await recordOf(doc);
  const figures = await doc.listFigures();
  const edited = figures.map((f, i) => (i === 0 ? { ...f, text: '510/650 ha' } : f)).slice(0, -1);
  const newer = { ...data, values: data.values.map((v) => (v.indicatorId === 'lua-gieo-cay' ? { ...v, version: v.version + 1, updatedBy: 'Phòng Kinh tế' } : v)) };
  const v = verifyRecord(record, { text: await doc.readText(), figures: edited, data: newer });
  expect(v.ok).toBe(false);
  expect(v.textMatches).toBe(true);
  expect(v.figures.filter((f) => f.status !== 'same').map((f) => f.status)).toEqual(['changed', 'gone']);
  expect(v.dataChanges).toEqual([{ indicatorId: 'lua-gieo-cay', name: 'Diện tích gieo cấy lúa', recordedVersion: 1, version: 2, updatedAt: expect.any(String), updatedBy: 'Phòng Kinh tế' }]);
  expect(SigningRecordSchema.safeParse({ ...record, accepted: [{ ...record.accepted[0], reason: '  ' }] }).success).toBe(false);
  expect(SigningRecordSchema.safeParse({ ...record, textHash: 'abc' }).success).toBe(false);
  expect(serviceIdentity('http://x', { instance: 'so-lieu-xa-lung-phinh', changeSeq: 7 })).toEqual({ identity: 'so-lieu-xa-lung-phinh', from: 'service', url: 'http://x', changeSeq: 7 });
  expect(serviceIdentity('http://x', null)).toEqual({ identity: 'http://x', from: 'url', url: 'http://x' });
});
