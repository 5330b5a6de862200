import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildNetwork, EmptyNetworkError, networkCoverage, networkIsochrones, reachability, SnapError } from '../../../src/analysis/index.js';
import { LocalProjection } from '../../../src/analysis/local-projection.js';
import { nodeTimes } from '../../../src/analysis/network/dijkstra.js';
import { PolygonIndex } from '../../../src/analysis/polygon-index.js';
import { projectMulti } from '../../../src/analysis/planar-ops.js';
import { fc, pt } from './helpers.js';

const proj = new LocalProjection(111.04, 34.05);
const ll = (x: number, y: number): Position => proj.inverse(x, y);
const line = (coords: Position[], properties: Record<string, unknown> = {}) => ({ type: 'Feature' as const, properties, geometry: { type: 'LineString' as const, coordinates: coords } });

/** A 5 × 5 street grid, 100 m blocks, lines along rows and columns. */
function grid(n = 5, s = 100) {
  const lines = [];
  for (let j = 0; j < n; j++) lines.push(line(Array.from({ length: n }, (_, i) => ll(i * s, j * s))));
  for (let i = 0; i < n; i++) lines.push(line(Array.from({ length: n }, (_, j) => ll(i * s, j * s))));
  return fc(lines);
}

const WALK = 4 / 3.6; // m/s
const nodeAt = (net: ReturnType<typeof buildNetwork>, x: number, y: number) => {
  for (let k = 0; k < net.x.length; k++) if (Math.abs(net.x[k] - x) < 0.01 && Math.abs(net.y[k] - y) < 0.01) return k;
  throw new Error(`no node at ${x},${y}`);
};

describe('road network', { timeout: 60_000 }, () => {
  it('builds 25 nodes and 40 edges from a 5 × 5 grid of lines', () => {
    const net = buildNetwork(grid(), { projection: proj });
    expect(net.x.length).toBe(25);
    expect(net.edgeU.length).toBe(40);
    expect(net.edgeLength[0]).toBeCloseTo(100, 6);
  });

  it('gives hand-computed walking times on the grid (Manhattan distance / 4 km/h)', () => {
    const net = buildNetwork(grid(), { projection: proj });
    const iso = networkIsochrones(net, fc([pt(...(ll(0, 0) as [number, number])), pt(...(ll(400, 400) as [number, number]))]), { minutes: [10] });
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) {
      const expected = Math.min(i + j, 8 - i - j) * 100 / WALK;
      expect(iso.times.time[nodeAt(net, i * 100, j * 100)]).toBeCloseTo(expected, 4);
    }
  });

  it('draws isochrones that hold the nodes reached in time and not the others', () => {
    const net = buildNetwork(grid(), { projection: proj });
    const iso = networkIsochrones(net, fc([pt(...(ll(0, 0) as [number, number]))]), { minutes: [3, 6], maxAccess: 20, cellSize: 5 });
    const [three, six] = iso.projected.map((p) => new PolygonIndex(p));
    // 3 min walk = 200 m along the streets (+ at most 20 m off them); 6 min = 400 m.
    expect(three.contains(150, 0)).toBe(true);
    expect(three.contains(100, 50)).toBe(true);
    expect(three.contains(250, 0)).toBe(false);
    expect(three.contains(200, 100)).toBe(false);
    expect(three.contains(50, 50)).toBe(false); // inside the block: 50 m from any street
    expect(six.contains(200, 150)).toBe(true);
    expect(six.contains(400, 100)).toBe(false);
    expect(iso.isochrones.features.map((f) => f.properties.minutes)).toEqual([6, 3]);
    expect(iso.isochrones.features[0].properties.area_m2).toBeGreaterThan(iso.isochrones.features[1].properties.area_m2);
  });

  it('multi-source times equal the minimum of single-source runs', () => {
    const net = buildNetwork(grid(9, 50), { projection: proj });
    const sources = [0, 17, 40, 70];
    const multi = nodeTimes(net, sources.map((node, source) => ({ node, time: 0, source })));
    const singles = sources.map((node) => nodeTimes(net, [{ node, time: 0, source: 0 }]).time);
    for (let k = 0; k < net.x.length; k++) expect(multi.time[k]).toBeCloseTo(Math.min(...singles.map((t) => t[k])), 9);
    expect(multi.source[17]).toBe(1);
  });

  it('drives at the speed of each road class and joins lines that cross without a shared vertex', () => {
    const roads = fc([
      line([ll(-1000, 0), ll(1000, 0)], { class: 'primary' }), // 60 km/h
      line([ll(0, -1000), ll(0, 1000)], { class: '乡道' }), // 30 km/h
    ]);
    const net = buildNetwork(roads, { mode: 'drive', projection: proj });
    expect(net.x.length).toBe(5); // the crossing became a node
    const r = reachability(net, fc([pt(...(ll(-1000, 0) as [number, number]), { name: 'A' })]),
      fc([pt(...(ll(1000, 0) as [number, number]), { name: 'east' }), pt(...(ll(0, 1000) as [number, number]), { name: 'north' })]), { minutes: [2, 4] });
    expect(r.rows[0]).toMatchObject({ origin: 'A', place: 'east', within: { '2': true, '4': true } });
    expect(r.rows[0].minutes).toBeCloseTo(2, 6); // 2 km at 60 km/h
    expect(r.rows[1].minutes).toBeCloseTo(1 + 2, 6); // 1 km at 60 + 1 km at 30
    expect(r.rows[1].within).toEqual({ '2': false, '4': true });
    const apart = buildNetwork(roads, { mode: 'drive', projection: proj, splitCrossings: false });
    expect(apart.x.length).toBe(4);
  });

  it('reports unreachable places and rejects bad input', () => {
    const net = buildNetwork(grid(), { projection: proj });
    const r = reachability(net, fc([pt(...(ll(0, 0) as [number, number]), { name: 'O' })]), fc([pt(112, 35, { name: 'far' })]));
    expect(r.rows[0].minutes).toBeNull();
    expect(() => buildNetwork(fc([pt(111, 34)]))).toThrow(EmptyNetworkError);
    expect(() => networkIsochrones(net, fc([pt(112, 35)]))).toThrow(SnapError);
  });

  it('measures network coverage of a target for each threshold', () => {
    const net = buildNetwork(grid(), { projection: proj });
    const target = { type: 'Polygon' as const, coordinates: [[ll(0, 0), ll(400, 0), ll(400, 400), ll(0, 400), ll(0, 0)]] };
    const r = networkCoverage(fc([pt(...(ll(200, 200) as [number, number]))]), net, target, { minutes: [1, 3, 10], maxAccess: 100 });
    const shares = r.levels.map((l) => l.share);
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares[0]).toBeLessThan(shares[1]);
    expect(shares[2]).toBeCloseTo(1, 6);
    expect(r.levels[2].gaps.features).toHaveLength(0);
    const idx = new PolygonIndex(projectMulti(proj, r.levels[1].covered.geometry.coordinates));
    expect(idx.contains(200, 100)).toBe(true);
    expect(r.method.zh).toMatch(/路网/);
  });
});
