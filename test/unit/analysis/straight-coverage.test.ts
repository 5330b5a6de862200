import { buffer, featureCollection, union } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  AbortError, EmptyFacilitiesError, EmptyTargetError, InvalidParameterError, NotPolygonError,
  geodesicArea, serviceArea, straightLineCoverage,
} from '../../../src/analysis/index.js';
import { box, fc, glCircle, glPolygonArea, pt, rng } from './helpers.js';

const seat = box(111.0, 34.02, 111.09, 34.08);

describe('straightLineCoverage', { timeout: 60_000 }, () => {
  it('covers 100 % of a target inside one circle, with no gaps', () => {
    const r = straightLineCoverage(fc([pt(111.04, 34.05)]), box(111.035, 34.047, 111.045, 34.053), { radius: 1000 });
    expect(r.share).toBeCloseTo(1, 9);
    expect(r.gaps.features).toHaveLength(0);
    expect(r.coveredArea).toBeCloseTo(r.targetArea, 3);
    expect(r.weighting).toBe('area');
    expect(r.method.en).toMatch(/coverage is by area/);
    expect(r.method.zh).toMatch(/按面积计算/);
  });

  it('covers 0 % of a disjoint target, whose gap is the whole target', () => {
    const t = box(111.2, 34.2, 111.21, 34.21);
    const r = straightLineCoverage(fc([pt(111.04, 34.05)]), t, { radius: 1000 });
    expect(r.share).toBe(0);
    expect(r.gaps.features).toHaveLength(1);
    expect(r.gapArea / geodesicArea(t) - 1).toBeLessThan(1e-9);
  });

  it("gives a circle's area: the geodesic 64-gon of radius r", () => {
    const a = serviceArea(fc([pt(111.04, 34.05)]), { radius: 1000 });
    const ref = glPolygonArea([glCircle(111.04, 34.05, 1000, 64)]);
    expect(Math.abs(a.properties.area_m2 / ref - 1)).toBeLessThan(1e-6);
    expect(a.properties.area_m2 / (Math.PI * 1e6) - 1).toBeCloseTo(-0.0016, 4); // 64-gon chord loss
  });

  it('agrees within 0.1 % with the naive turf.buffer + turf.union on 60 random 1 km circles', () => {
    const rnd = rng(3);
    const pts = Array.from({ length: 60 }, () => pt(111.0 + 0.09 * rnd(), 34.02 + 0.06 * rnd()));
    const ours = serviceArea(fc(pts), { radius: 1000 }).properties.area_m2;
    let naive: Feature<Polygon | import('geojson').MultiPolygon> | null = null;
    for (const p of pts) {
      const b = buffer(p, 1, { units: 'kilometers', steps: 16 })!;
      naive = naive ? union(featureCollection([naive, b])) : b;
    }
    expect(Math.abs(geodesicArea(naive!) / ours - 1)).toBeLessThan(1e-3);
  }, 60_000);

  it('measures polygon facilities from their edge and reports gaps largest first', () => {
    const park = box(111.04, 34.05, 111.05, 34.055, { accuracy: 'schematic' });
    const r = straightLineCoverage(fc([park, pt(111.01, 34.03)]), seat, { tier: '5min' });
    expect(r.radius).toBe(300);
    expect(r.coveredArea).toBeGreaterThan(geodesicArea(park));
    const gaps = r.gaps.features.map((f) => f.properties.area_m2);
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
    expect(r.coveredArea + r.gapArea).toBeCloseTo(r.targetArea, 0);
    expect(r.method.zh).toMatch(/示意/);
  });

  it('weights by population when a population layer is given', () => {
    const people = fc([pt(111.04, 34.05, { pop: 300 }), pt(111.085, 34.075, { pop: 100 }), pt(111.3, 34.3, { pop: 999 })]);
    const r = straightLineCoverage(fc([pt(111.04, 34.05)]), seat, { radius: 1000, population: people, populationProperty: 'pop' });
    expect(r.weighting).toBe('population');
    expect(r.population).toMatchObject({ covered: 300, total: 400, share: 0.75 });
    expect(r.method.en).toMatch(/Population-weighted/);
  });

  it('throws named errors that say what to do', () => {
    expect(() => straightLineCoverage(fc([pt(111, 34)]), seat, { radius: 0 })).toThrow(InvalidParameterError);
    expect(() => straightLineCoverage(fc([pt(111, 34)]), seat, { radius: -5 })).toThrow(/positive number of metres/);
    expect(() => straightLineCoverage(fc([pt(111, 34)]), fc([pt(111, 34)]))).toThrow(NotPolygonError);
    expect(() => straightLineCoverage(fc([pt(111, 34)]), fc([]))).toThrow(EmptyTargetError);
    expect(() => straightLineCoverage(fc([]), seat)).toThrow(EmptyFacilitiesError);
    try {
      straightLineCoverage(fc([pt(111, 34)]), fc([pt(111, 34)]));
    } catch (e) {
      expect((e as NotPolygonError).zh).toMatch(/必须是面/);
    }
  });

  it('reports progress up to 1 and stops with AbortError when cancelled', () => {
    const seen: number[] = [];
    straightLineCoverage(fc([pt(111.04, 34.05)]), seat, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
    const ac = new AbortController();
    ac.abort();
    expect(() => straightLineCoverage(fc([pt(111.04, 34.05)]), seat, { signal: ac.signal })).toThrow(AbortError);
  });
});

describe('input checks', () => {
  it('rejects projected (non lon/lat) coordinates with CoordinateError', async () => {
    const { CoordinateError } = await import('../../../src/analysis/index.js');
    expect(() => straightLineCoverage(fc([pt(500000, 3800000)]), seat)).toThrow(CoordinateError);
  });
});
