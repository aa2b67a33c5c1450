import { unitFamily } from '../../src/core/check/units';

test('money is named by đồng and its scales, in any case and with or without diacritics', () => {
  expect(unitFamily('triệu đồng')).toEqual({ family: 'money', factor: 1e6 });
  expect(unitFamily('tỷ đồng')).toEqual({ family: 'money', factor: 1e9 });
  expect(unitFamily('Đồng')).toEqual({ family: 'money', factor: 1 });
  expect(unitFamily('dong')).toEqual({ family: 'money', factor: 1 });
});

test('a line or a clan folds as đồng does but is counted, not paid', () => {
  expect(unitFamily('dòng họ').family).toBe('n:dong ho');
  expect(unitFamily('dòng').family).toBe('n:dong');
  expect(unitFamily('Dòng').family).not.toBe('money');
});

test('a classroom is counted as a room; other kinds stay apart', () => {
  expect(unitFamily('phòng học').family).toBe(unitFamily('phòng').family);
  expect(unitFamily('hồ sơ').family).not.toBe(unitFamily('phòng').family);
});

test('mass, area and length convert to their base units', () => {
  expect(unitFamily('tạ')).toEqual({ family: 'mass', factor: 100 });
  expect(unitFamily('ha')).toEqual({ family: 'area', factor: 1e4 });
  expect(unitFamily('km')).toEqual({ family: 'length', factor: 1000 });
});
