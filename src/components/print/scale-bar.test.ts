import { describe, expect, test } from 'vitest';
import { EARTH_CIRCUMFERENCE, metresPerPixel, niceNumber, scaleBar } from './scale-bar';

describe('metresPerPixel', () => {
  test('one 512-px tile spans the equator at zoom 0', () => {
    expect(metresPerPixel(0, 0) * 512).toBeCloseTo(EARTH_CIRCUMFERENCE, 6);
  });
  test('halves with each zoom level and shrinks with cos(latitude)', () => {
    expect(metresPerPixel(34, 10) / metresPerPixel(34, 11)).toBeCloseTo(2, 12);
    expect(metresPerPixel(60, 5) / metresPerPixel(0, 5)).toBeCloseTo(0.5, 12);
  });
  test('agrees with the ground resolution MapLibre uses at Lushi (34°N, z 8.6)', () => {
    // 40075016.686 · cos 34° / (512 · 2^8.6) = 33 223 697 / 198 668 = 167.23 m per CSS pixel
    expect(metresPerPixel(34, 8.6)).toBeCloseTo(167.23, 1);
  });
});

describe('niceNumber', () => {
  test.each([
    [1, 1], [1.9, 1], [2, 2], [4.99, 2], [5, 5], [9.99, 5], [10, 10], [37, 20], [7400, 5000], [0.03, 0.02],
  ])('%d → %d', (x, want) => expect(niceNumber(x)).toBeCloseTo(want, 12));
});

describe('scaleBar', () => {
  test('picks the longest round length that fits', () => {
    const b = scaleBar(167.23, 200); // 33.4 km fits → 20 km
    expect(b.metres).toBe(20000);
    expect(b.pixels).toBeCloseTo(20000 / 167.23, 6);
    expect(b.pixels).toBeLessThanOrEqual(200);
    expect(b.unit).toBe('km');
    expect(b.ticks).toEqual([0, 5, 10, 15, 20]);
  });
  test('metres below one kilometre, five parts for a 5 lead digit', () => {
    const b = scaleBar(2.5, 240); // 600 m → 500 m
    expect(b).toMatchObject({ metres: 500, unit: 'm', parts: 5, ticks: [0, 100, 200, 300, 400, 500] });
    expect(b.pixels).toBe(200);
  });
  test('ticks have no floating-point noise', () => {
    expect(scaleBar(1, 1000).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  test('rejects a zero resolution instead of drawing an infinite bar', () => {
    expect(() => scaleBar(0, 100)).toThrow(RangeError);
  });
});
