import { describe, expect, it } from 'vitest';
import { convertArea, formatArea, formatLength, formatShare, lifeCircleRadius, naturalAreaUnit } from '../../../src/analysis/index.js';

describe('area units', () => {
  it('converts m², 公顷, 亩 and km² exactly', () => {
    expect(convertArea(10000, 'm2', 'mu')).toBeCloseTo(15, 12);
    expect(convertArea(1, 'mu', 'm2')).toBeCloseTo(666.6666666667, 9);
    expect(convertArea(2.5, 'km2', 'ha')).toBe(250);
    expect(convertArea(1, 'ha', 'mu')).toBeCloseTo(15, 12);
  });

  it('formats in Chinese and English with a natural unit', () => {
    expect(formatArea(1234567)).toBe('1.23 平方公里');
    expect(formatArea(1234567, { unit: 'mu', lang: 'en' })).toBe('1,851.85 mu');
    expect(formatArea(56000, { lang: 'zh' })).toBe('5.60 公顷');
    expect(formatArea(512.4, { lang: 'en' })).toBe('512 m²');
    expect(naturalAreaUnit(5e6)).toBe('km2');
    expect(formatShare(0.8765)).toBe('87.7%');
    expect(formatLength(1530)).toBe('1.53 公里');
    expect(formatLength(420, { lang: 'en' })).toBe('420 m');
  });
});

describe('life-circle tiers (GB 50180-2018)', () => {
  it('gives 300/500/1000 m and accepts 800–1000 m for 15 minutes', () => {
    expect(lifeCircleRadius('5min')).toBe(300);
    expect(lifeCircleRadius('10min')).toBe(500);
    expect(lifeCircleRadius('15min')).toBe(1000);
    expect(lifeCircleRadius('15min', { fifteenMinuteRadius: 800 })).toBe(800);
    expect(() => lifeCircleRadius('15min', { fifteenMinuteRadius: 1200 })).toThrowError(/800–1000/);
  });
});
