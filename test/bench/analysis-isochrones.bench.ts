/**
 * (3) Isochrones from 100 facilities on a 10,000-edge street grid: one
 * multi-source shortest-path run vs 100 single-source runs (then the minimum
 * per node), and the whole isochrone pipeline (snap, search, time grid,
 * contours at 5/10/15/30 min, geodesic areas).
 */
import type { FeatureCollection, Point } from 'geojson';
import { bench, describe } from 'vitest';
import { buildNetwork, networkIsochrones } from '../../src/analysis/index.js';
import { LocalProjection } from '../../src/analysis/local-projection.js';
import { nodeTimes, type Seed } from '../../src/analysis/network/dijkstra.js';
import { unprojectMulti } from '../../src/analysis/planar-ops.js';
import { multiArea } from '../../src/analysis/target-measure.js';
import { contourIsochrones, facilitySeeds } from '../../src/analysis/network/isochrones.js';
import { median, note, printTable, timed } from './bench-report.js';

const proj = new LocalProjection(111.04, 34.05);
const N = 71; // 71 × 71 nodes, 100 m blocks: 2 × 71 × 70 = 9,940 edges
const lines: FeatureCollection = { type: 'FeatureCollection', features: [] };
for (let j = 0; j < N; j++) lines.features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: Array.from({ length: N }, (_, i) => proj.inverse(i * 100, j * 100)) } });
for (let i = 0; i < N; i++) lines.features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: Array.from({ length: N }, (_, j) => proj.inverse(i * 100, j * 100)) } });
const net = buildNetwork(lines, { mode: 'walk', projection: proj, splitCrossings: false });
const driveNet = buildNetwork(lines, { mode: 'drive', projection: proj, splitCrossings: false }); // unknown class: 30 km/h
let seed = 5;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const facilities: FeatureCollection<Point> = {
  type: 'FeatureCollection',
  features: Array.from({ length: 100 }, () => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: proj.inverse(7000 * rnd(), 7000 * rnd()) } })),
};
const minutes = [5, 10, 15, 30];
const maxTime = 30 * 60;
const { seeds } = facilitySeeds(net, facilities, 500, false);

/** The same pipeline as networkIsochrones with a pluggable search: snap, search, contour, unproject, areas. */
function pipeline(search: (seeds: Seed[]) => Float64Array) {
  const { seeds: s, starts, legs } = facilitySeeds(net, facilities, 500, false);
  const { polygons } = contourIsochrones(net, { times: search(s), starts, legs }, minutes, { maxAccess: 200 });
  return polygons.map((p) => multiArea(unprojectMulti(proj, p)));
}

const driveSeeds = facilitySeeds(driveNet, facilities, 500, false).seeds;
const driveGroups = Array.from({ length: 100 }, (_, k) => driveSeeds.filter((x) => x.source === k));
let walkReach = 0;
for (let k = 0; k < 10; k++) walkReach += nodeTimes(net, seeds.filter((x) => x.source === k), maxTime).time.filter((t) => t < Infinity).length / 10;

const groups = (all: Seed[]) => Array.from({ length: 100 }, (_, k) => all.filter((x) => x.source === k));
const seedGroups = groups(seeds);

function singles(all?: Seed[]): Float64Array {
  const bySource = all ? groups(all) : seedGroups;
  const best = new Float64Array(net.x.length).fill(Infinity);
  for (const group of bySource) {
    const t = nodeTimes(net, group, maxTime).time;
    for (let k = 0; k < best.length; k++) if (t[k] < best[k]) best[k] = t[k];
  }
  return best;
}

describe(`isochrones, 100 facilities, ${net.edgeU.length} edges`, () => {
  bench('ours: multi-source Dijkstra (node times)', () => {
    timed('iso-multi', () => nodeTimes(net, seeds, maxTime));
  }, { time: 1000 });
  bench('baseline: 100 single-source Dijkstra runs + minimum', () => {
    timed('iso-single', () => singles());
  }, { time: 1000 });
  bench('drive, ours: multi-source Dijkstra (node times)', () => {
    timed('drive-multi', () => nodeTimes(driveNet, driveSeeds, maxTime));
  }, { time: 1000 });
  bench('drive, baseline: 100 single-source runs + minimum', () => {
    timed('drive-single', () => {
      const best = new Float64Array(driveNet.x.length).fill(Infinity);
      for (const g of driveGroups) {
        const t = nodeTimes(driveNet, g, maxTime).time;
        for (let k = 0; k < best.length; k++) if (t[k] < best[k]) best[k] = t[k];
      }
      return best;
    });
  }, { time: 1000 });
  bench('ours: full isochrones 5/10/15/30 min (snap + search + grid + contours + areas)', () => {
    timed('iso-full', () => networkIsochrones(net, facilities, { minutes }));
  }, { time: 2000 });
  bench('baseline: the same pipeline with 100 single-source runs + minimum', () => {
    timed('iso-full-single', () => pipeline(singles));
  }, { time: 2000, teardown: (_t, mode) => { if (mode === 'run') report(); } });
});

function report(): void {
  note(`graph: ${net.x.length} nodes, ${net.edgeU.length} edges (71 × 71 street grid, 100 m blocks, walking 4 km/h); search cut off at 30 min`);
  note(`walking: each single-source search stops at 30 min and reaches ${Math.round(walkReach)} of ${net.x.length} nodes, so 100 of them do about ${((100 * walkReach) / net.x.length).toFixed(0)}× the work of one multi-source search — the ceiling for this ratio; driving reaches every node, so the ceiling is 100×`);
  note('the whole-pipeline ratio is small because the time grid and contours, shared by both, cost more than the search; its target is the absolute time');
  note(`full pipeline median ${median('iso-full').toFixed(1)} ms wall, ${median('iso-full:cpu').toFixed(1)} ms CPU (target < 100 ms)`);
  printTable('Network isochrones', [
    { what: 'node times, walking 4 km/h', ours: 'multi-source', baseline: '100 single-source + min', oursKey: 'iso-multi', baselineKey: 'iso-single', oursMs: median('iso-multi'), baselineMs: median('iso-single'), target: '≥ 10×' },
    { what: 'node times, driving 30 km/h', ours: 'multi-source', baseline: '100 single-source + min', oursKey: 'drive-multi', baselineKey: 'drive-single', oursMs: median('drive-multi'), baselineMs: median('drive-single'), target: '≥ 10×' },
    { what: 'whole pipeline (snap, search, time grid, 4 contours, areas)', ours: 'multi-source', baseline: '100 single-source + min', oursKey: 'iso-full', baselineKey: 'iso-full-single', oursMs: median('iso-full'), baselineMs: median('iso-full-single'), target: '< 100 ms' },
  ]);
}
