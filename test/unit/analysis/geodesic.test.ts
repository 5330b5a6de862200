import { area as turfArea } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicArea, geodesicLength } from '../../../src/analysis/index.js';
import { LocalProjection } from '../../../src/analysis/local-projection.js';
import { GL, glCircle, glPolygonArea, rng } from './helpers.js';

const poly = (rings: Position[][]) => ({ type: 'Polygon' as const, coordinates: rings });

describe('geodesicArea', { timeout: 60_000 }, () => {
  it('agrees with GeographicLib to 1e-9 on 300 random polygons, any orientation', () => {
    const rnd = rng(11);
    let worst = 0;
    for (let k = 0; k < 300; k++) {
      const c = [-180 + 360 * rnd(), -80 + 160 * rnd()];
      const n = 3 + Math.floor(rnd() * 40);
      const scale = 10 ** (-3 + 4 * rnd()); // 0.001° … 10°
      const ring: Position[] = [];
      for (let i = 0; i < n; i++) {
        const t = (2 * Math.PI * i) / n;
        const r = scale * (0.3 + rnd());
        ring.push([c[0] + r * Math.cos(t), c[1] + 0.5 * r * Math.sin(t)]);
      }
      ring.push(ring[0]);
      if (rnd() < 0.5) ring.reverse();
      const ref = Math.abs(glPolygonArea([ring]));
      const ours = geodesicArea(poly([ring]));
      worst = Math.max(worst, Math.abs(ours - ref) / ref);
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('subtracts holes and sums multipolygons and feature collections', () => {
    const outer: Position[] = [[111, 34], [111.05, 34], [111.05, 34.04], [111, 34.04], [111, 34]];
    const hole: Position[] = [[111.01, 34.01], [111.01, 34.02], [111.02, 34.02], [111.02, 34.01], [111.01, 34.01]];
    const ref = glPolygonArea([outer, hole]);
    expect(geodesicArea(poly([outer, hole]))).toBeCloseTo(ref, 4);
    const mp = { type: 'MultiPolygon' as const, coordinates: [[outer, hole], [hole]] };
    expect(geodesicArea(mp) / (ref + Math.abs(glPolygonArea([hole]))) - 1).toBeLessThan(1e-12);
    const f = { type: 'Feature' as const, properties: {}, geometry: mp };
    expect(geodesicArea({ type: 'FeatureCollection', features: [f, f] })).toBeCloseTo(2 * geodesicArea(mp), 3);
    expect(geodesicArea({ type: 'Point', coordinates: [111, 34] })).toBe(0);
  });

  it('gives the independently computed area of a 1 km × 1 km square at 34°N', () => {
    // Corners 1 km apart in a conformal projection centred on the square.
    const proj = new LocalProjection(111, 34);
    const ring: Position[] = [[-500, -500], [500, -500], [500, 500], [-500, 500], [-500, -500]].map(([x, y]) => proj.inverse(x, y));
    const reference = glPolygonArea([ring]); // GeographicLib PolygonArea, 999999.99997… m²
    expect(reference).toBeGreaterThan(999_999.9);
    expect(reference).toBeLessThan(1_000_000.1);
    expect(Math.abs(geodesicArea(poly([ring])) - reference) / reference).toBeLessThan(1e-9);
    // And a graticule cell: 0.01° × 0.01° at 34°N, GeographicLib value.
    const cell: Position[] = [[111, 34], [111.01, 34], [111.01, 34.01], [111, 34.01], [111, 34]];
    expect(geodesicArea(poly([cell]))).toBeCloseTo(glPolygonArea([cell]), 5);
    expect(geodesicArea(poly([cell]))).toBeCloseTo(1_024_694.88, 1);
  });

  it("measures a geodesic circle's area (GeographicLib Direct vertices)", () => {
    const n = 720;
    const r = 1000;
    const ring = glCircle(111.04, 34.05, r, n);
    const inscribed = (n / 2) * r * r * Math.sin((2 * Math.PI) / n); // planar n-gon of circumradius r
    expect(geodesicArea(poly([ring])) / inscribed - 1).toBeLessThan(1e-6);
    expect(geodesicArea(poly([ring])) / (Math.PI * r * r) - 1).toBeCloseTo(-1.27e-5, 6);
  });

  it('is exact where turf.area (a sphere of radius 6378137 m) is off by 0.03–0.6 % depending on latitude', () => {
    const errors = [0, 34, 60].map((lat) => {
      const cell: Position[] = [[111, lat], [111.1, lat], [111.1, lat + 0.1], [111, lat + 0.1], [111, lat]];
      const ref = glPolygonArea([cell]);
      expect(Math.abs(geodesicArea(poly([cell])) / ref - 1)).toBeLessThan(1e-12);
      return Math.abs(turfArea(poly([cell])) / ref - 1);
    });
    expect(errors[0]).toBeGreaterThan(4e-3); // equator
    expect(errors[1]).toBeGreaterThan(2e-4); // Lushi, 34°N: the sphere happens to fit best here
    expect(errors[2]).toBeGreaterThan(5e-3); // 60°N
  });
});

describe('geodesicLength', () => {
  it('sums GeographicLib distances for lines and polygon rings', () => {
    const line: Position[] = [[111, 34], [111.2, 34.1], [111.5, 34.3]];
    const ref = GL.Inverse(34, 111, 34.1, 111.2).s12! + GL.Inverse(34.1, 111.2, 34.3, 111.5).s12!;
    expect(geodesicLength({ type: 'LineString', coordinates: line })).toBeCloseTo(ref, 6);
    const sq: Position[] = [[111, 34], [111.01, 34], [111.01, 34.01], [111, 34.01], [111, 34]];
    const per = [0, 1, 2, 3].reduce((s, i) => s + GL.Inverse(sq[i][1], sq[i][0], sq[i + 1][1], sq[i + 1][0]).s12!, 0);
    expect(geodesicLength(poly([sq]))).toBeCloseTo(per, 6);
  });
});
