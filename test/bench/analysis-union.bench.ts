/**
 * (1) Union + area of 1,000 random 1 km circles inside the county seat:
 * ours (arc-based disk union + exact geodesic area) vs the naive approach
 * (turf.buffer each point, then turf.union one at a time, turf.area).
 */
import { area as turfArea, buffer, featureCollection, point, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bench, describe } from 'vitest';
import { geodesicArea, serviceArea } from '../../src/analysis/index.js';
import { note, printTable, median, timed } from './bench-report.js';

let seed = 1;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const pts = featureCollection(Array.from({ length: 1000 }, () => point([111.0 + 0.09 * rnd(), 34.02 + 0.06 * rnd()])));

let oursArea = 0;
let naiveArea = 0;
let naiveTurfArea = 0;

function naive(steps: number): Feature<Polygon | MultiPolygon> {
  let u: Feature<Polygon | MultiPolygon> | null = null;
  for (const p of pts.features) {
    const b = buffer(p, 1, { units: 'kilometers', steps })!;
    u = u ? union(featureCollection([u, b]))! : b;
  }
  return u!;
}

describe('union + area of 1,000 random 1 km circles (county seat)', () => {
  bench('ours: disk-arc union + geodesic area (32-gon circles)', () => {
    oursArea = timed('union-ours', () => serviceArea(pts, { radius: 1000, steps: 32 }).properties.area_m2);
  }, { time: 2000, warmupIterations: 3 });

  bench('naive: turf.buffer (default steps 8 = 32-gon) + turf.union one by one + turf.area', () => {
    const u = timed('union-naive', () => {
      const g = naive(8);
      naiveTurfArea = turfArea(g);
      return g;
    });
    naiveArea = geodesicArea(u);
  }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0, teardown: (_t, mode) => { if (mode === 'run') report(); } });
});

// Vitest runs no afterAll in bench mode; the last task's teardown prints the table.
function report(): void {
  note(`areas: ours ${(oursArea / 1e6).toFixed(4)} km²; naive union measured with our geodesic area ${(naiveArea / 1e6).toFixed(4)} km² (difference ${((naiveArea / oursArea - 1) * 100).toFixed(3)} %); naive with turf.area ${(naiveTurfArea / 1e6).toFixed(4)} km² (${((naiveTurfArea / oursArea - 1) * 100).toFixed(3)} %)`);
  note('both draw circles as 32-gons; the remaining difference is turf.buffer measuring 1 km on a sphere instead of the ellipsoid');
  printTable('Circle union (1,000 × 1 km)', [
    { what: 'union + area', ours: 'disk-arc union', baseline: 'buffer + union one by one', oursKey: 'union-ours', baselineKey: 'union-naive', oursMs: median('union-ours'), baselineMs: median('union-naive'), target: '≥ 20×, areas within 0.1 %' },
  ]);
}
