import { expect, test } from 'vitest';
import { SQUARE_METRES_PER_MU, areaIn, formatArea, formatAreaAll, formatAreaShort, formatLength, lengthUnitFor } from './format';

test('1 亩 is 10000/15 m², so 1 km² is 1500 亩 and 100 公顷', () => {
  expect(SQUARE_METRES_PER_MU).toBeCloseTo(666.6667, 4);
  expect(areaIn(1e6, 'mu')).toBeCloseTo(1500, 9);
  expect(areaIn(1e6, 'ha')).toBe(100);
  expect(areaIn(1e6, 'km2')).toBe(1);
});

test('an area in all four units, same precision, in Chinese and English', () => {
  expect(formatAreaAll(1e6, 'zh').map((x) => x.text)).toEqual(['1,000,000 平方米', '100.0000 公顷', '1,500.000 亩', '1.000000 平方公里']);
  expect(formatAreaAll(1234.5, 'en').map((x) => x.text)).toEqual(['1,234.500 m²', '0.123450 ha', '1.851750 mu', '0.001235 km²']);
});

test('the short form picks the unit a planner reads first', () => {
  expect(formatAreaShort(500, 'zh')).toBe('500.0000 平方米');
  expect(formatAreaShort(25_000, 'zh')).toBe('2.500000 公顷');
  expect(formatAreaShort(3.2e6, 'en')).toBe('3.200000 km²');
});

test('lengths: metres below 1 km, kilometres to the metre above', () => {
  expect(formatLength(523.44, 'zh')).toBe('523.4 米');
  expect(formatLength(999.94, 'en')).toBe('999.9 m');
  expect(formatLength(12345.6, 'en')).toBe('12.346 km');
  expect(formatLength(1000, 'zh')).toBe('1.000 公里');
});

test('zero is formatted, not NaN', () => {
  expect(formatArea(0, 'km2', 'en')).toBe('0.000000 km²');
});

test('segments of one sketch share the unit of its total', () => {
  expect(lengthUnitFor(4000)).toBe('km');
  expect(lengthUnitFor(999.9)).toBe('m');
  expect(formatLength(999.99, 'zh', lengthUnitFor(4000))).toBe('1.000 公里');
  expect(formatLength(1000.01, 'en', 'm')).toBe('1,000.0 m');
});
