import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import type { RoadNetwork } from '../analysis/index';
import { runCoverage } from './run-coverage';

// The per-type table uses polygon clipping that can fail on rare inputs; simulate that failure.
vi.mock('../analysis/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../analysis/index')>();
  return {
    ...real,
    coverageByType: () => {
      throw new Error('Unable to complete output ring starting at [0, 0].');
    },
  };
});

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const pt = (lon: number, lat: number, t: string): Feature => ({ type: 'Feature', properties: { __type: t }, geometry: { type: 'Point', coordinates: [lon, lat] } });
const TARGET = fc([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[111.02, 34.04], [111.05, 34.04], [111.05, 34.06], [111.02, 34.06], [111.02, 34.04]]] } }]);

describe('runCoverage', () => {
  it('keeps the total when the per-type table fails, and says so in the method note', async () => {
    const ctx = { signal: new AbortController().signal, progress: () => {}, network: async () => ({ net: {} as RoadNetwork, reused: false }) };
    const o = await runCoverage({ kind: 'straight', facilities: fc([pt(111.03, 34.05, 'a'), pt(111.04, 34.05, 'b')]), target: TARGET, reach: { radius: 800 }, typeProperty: '__type' }, ctx);
    expect(o.levels[0].share).toBeGreaterThan(0.5);
    expect(o.types).toEqual([]);
    expect(o.method.zh).toContain('分类型统计因几何运算失败而省略');
    expect(o.method.en).toContain('per-type table was left out');
  });
});
