/**
 * The isochrone polygons against an independent brute-force sampling of the
 * same travel model (brute-isochrone.ts), on networks where the old
 * node-only grid went wrong: long edges with a facility in their middle.
 */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildNetwork, networkIsochrones } from '../../../src/analysis/index.js';
import type { AnyGeoJSON } from '../../../src/analysis/geojson-input.js';
import { LocalProjection } from '../../../src/analysis/local-projection.js';
import { facilitySeeds } from '../../../src/analysis/network/isochrones.js';
import { bruteArea, roadPoints } from './brute-isochrone.js';
import { fc, pt } from './helpers.js';

const proj = new LocalProjection(111.04, 34.05);
const ll = (x: number, y: number): Position => proj.inverse(x, y);
const line = (coords: Position[]) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: coords } });

function compare(roads: AnyGeoJSON, facilityXY: Array<[number, number]>, minutes: number, maxAccess: number, box: [number, number, number, number]) {
  const net = buildNetwork(roads, { mode: 'walk', projection: proj });
  const facilities = fc(facilityXY.map(([x, y]) => pt(...(ll(x, y) as [number, number]))));
  const iso = networkIsochrones(net, facilities, { minutes: [minutes], maxAccess, cellSize: 5 });
  const { starts } = facilitySeeds(net, facilities, 500, false);
  const points = roadPoints(net, iso.times.time, starts, 2);
  const brute = bruteArea(points, net.walkSpeed, maxAccess, minutes * 60, box, 4);
  return { area: iso.isochrones.features[0].properties.area_m2, brute };
}

describe('isochrone model', { timeout: 60_000 }, () => {
  it('covers a long edge from a facility in its middle (no node near it)', () => {
    // One 5 km road with nodes only at its ends; 30 min on foot reaches 2 km each way.
    const roads = fc([line([ll(-2500, 0), ll(2500, 0)])]);
    const { area, brute } = compare(roads, [[0, 0]], 30, 200, [-2600, -300, 2600, 300]);
    // The documented stadium-with-tapered-ends model: about 156.6 ha.
    expect(area / 1e4).toBeGreaterThan(150);
    expect(area / 1e4).toBeLessThan(160);
    expect(Math.abs(area - brute) / brute).toBeLessThan(0.01);
  });

  it('agrees with brute-force sampling on a street grid with several facilities', () => {
    const lines = [];
    for (let k = 0; k <= 6; k++) {
      lines.push(line([ll(0, k * 250), ll(1500, k * 250)]));
      lines.push(line([ll(k * 250, 0), ll(k * 250, 1500)]));
    }
    const { area, brute } = compare(fc(lines), [[125, 250], [1000, 1125], [1500, 600]], 10, 150, [-300, -300, 1800, 1800]);
    expect(brute).toBeGreaterThan(0);
    expect(Math.abs(area - brute) / brute).toBeLessThan(0.015);
  });

  it('reaches a place on the same long edge along that edge, not via its far ends', () => {
    const roads = fc([line([ll(-2500, 0), ll(2500, 0)])]);
    const net = buildNetwork(roads, { mode: 'walk', projection: proj });
    const iso = networkIsochrones(net, fc([pt(...(ll(0, 0) as [number, number]))]), { minutes: [5], maxAccess: 50, cellSize: 5 });
    // 5 min at 4 km/h = 333 m along the road; the nodes 2.5 km away are far out of reach.
    expect(iso.isochrones.features[0].properties.area_m2).toBeGreaterThan(2 * 280 * 100 * 0.95);
  });
});
