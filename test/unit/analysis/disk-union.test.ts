import { featureCollection, polygon, union } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { unionOfDisks } from '../../../src/analysis/disk-union.js';
import { assemblePolygons, signedArea2, type PlanarRing } from '../../../src/analysis/rings.js';
import { rng } from './helpers.js';

const area = (rings: PlanarRing[]) => rings.reduce((s, r) => s + signedArea2(r) / 2, 0);
type Geom = { type: string; coordinates: unknown };
const clipArea = (g: Geom) => {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
  return polys.reduce((s, p) => s + p.reduce((t, ring, i) => t + (i ? -1 : 1) * Math.abs(signedArea2(ring.slice(0, -1))) / 2, 0), 0);
};
const ngon = (x: number, y: number, r: number, n: number) => {
  const ring = Array.from({ length: n }, (_, k) => [x + r * Math.cos((2 * Math.PI * k) / n), y + r * Math.sin((2 * Math.PI * k) / n)]);
  return [...ring, ring[0]];
};

// Generous timeouts: the polygon-clipping references are slow on a busy machine.
describe('unionOfDisks', { timeout: 60_000 }, () => {
  it('draws a lone circle as a counter-clockwise n-gon', () => {
    const rings = unionOfDisks({ x: [0], y: [0], r: [1000] }, 64);
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(64);
    expect(area(rings)).toBeCloseTo(32 * 1e6 * Math.sin((2 * Math.PI) / 64), 6);
  });

  it('matches the lens formula for two overlapping circles', () => {
    const r = 1000, d = 1200;
    const rings = unionOfDisks({ x: [0, d], y: [0, 0], r: [r, r] }, 4096);
    const lens = 2 * r * r * Math.acos(d / (2 * r)) - (d / 2) * Math.sqrt(4 * r * r - d * d);
    expect(rings).toHaveLength(1);
    expect(area(rings) / (2 * Math.PI * r * r - lens) - 1).toBeLessThan(0);
    expect(area(rings) / (2 * Math.PI * r * r - lens) - 1).toBeGreaterThan(-1e-6);
  });

  it('drops contained and duplicate disks and keeps a hole in a ring of circles', () => {
    expect(area(unionOfDisks({ x: [0, 10, 0], y: [0, 0, 0], r: [100, 20, 100] }, 64))).toBeCloseTo(area(unionOfDisks({ x: [0], y: [0], r: [100] }, 64)), 6);
    const n = 12, R = 1000, r = 300;
    const xs = Array.from({ length: n }, (_, k) => R * Math.cos((2 * Math.PI * k) / n));
    const ys = Array.from({ length: n }, (_, k) => R * Math.sin((2 * Math.PI * k) / n));
    const polys = assemblePolygons(unionOfDisks({ x: xs, y: ys, r: xs.map(() => r) }, 128));
    expect(polys).toHaveLength(1);
    expect(polys[0]).toHaveLength(2); // outer + hole
    expect(signedArea2(polys[0][1])).toBeLessThan(0);
  });

  it('handles exact lattice contacts (three circles through one point)', () => {
    const xs: number[] = [], ys: number[] = [], rs: number[] = [];
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) { xs.push(i * 500); ys.push(j * 500); rs.push(500 * Math.SQRT1_2); }
    const rings = unionOfDisks({ x: xs, y: ys, r: rs }, 64);
    const ref = union(featureCollection(xs.map((x, k) => polygon([ngon(x, ys[k], rs[k], 64)]))))!;
    expect(rings).toHaveLength(1);
    expect(Math.abs(area(rings) / clipArea(ref.geometry) - 1)).toBeLessThan(1e-4);
  });

  it('agrees with polygon clipping on 120 random disks of mixed radii', () => {
    const rnd = rng(5);
    const xs: number[] = [], ys: number[] = [], rs: number[] = [];
    for (let i = 0; i < 120; i++) { xs.push(8000 * rnd()); ys.push(6000 * rnd()); rs.push(200 + 800 * rnd()); }
    const rings = unionOfDisks({ x: xs, y: ys, r: rs }, 128);
    const ref = union(featureCollection(xs.map((x, k) => polygon([ngon(x, ys[k], rs[k], 128)]))))!;
    expect(Math.abs(area(rings) / clipArea(ref.geometry) - 1)).toBeLessThan(1e-4);
    expect(assemblePolygons(rings).length).toBe(ref.geometry.type === 'Polygon' ? 1 : ref.geometry.coordinates.length);
  });
});
