import { expect, test } from 'vitest';
import { sheetDate, sheetFileName, yyyymmdd } from './sheet-text';

test('file name: the county from the manifest title, 规划图 and the date', () => {
  expect(sheetFileName('卢氏县“十四五”规划一张图', new Date(2025, 10, 29))).toBe('卢氏县规划图-20251129.png');
  expect(sheetFileName('灵宝市国土空间规划', new Date(2026, 0, 5))).toBe('灵宝市规划图-20260105.png');
});

test('file name without an administrative unit keeps a safe part of the title', () => {
  expect(sheetFileName('My "plan"/map', new Date(2025, 0, 1))).toBe('Myplanmap规划图-20250101.png');
});

test('dates', () => {
  const d = new Date(2025, 2, 7);
  expect(yyyymmdd(d)).toBe('20250307');
  expect(sheetDate(d, 'zh')).toBe('2025年3月7日');
  expect(sheetDate(d, 'en')).toBe('2025-03-07');
});
