import { area } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Polygons smaller than this get no label (river fragments, slivers). */
const MIN_AREA_KM2 = 1;

/**
 * One label point per polygon feature: the pole of inaccessibility of its
 * largest part, the interior point farthest from any edge. Unlike the
 * centroid it always lies inside, even for a crescent-shaped county.
 * Distances are measured with longitude scaled by cos(latitude), so the
 * point is central on the map, not in degree space.
 *
 * @example
 * labelPoints('neighbours', neighbours.features)[0].properties
 * // { id: 'county-410324', name: '栾川县', name_en: 'Luanchuan County', layer: 'neighbours', area_km2: 2480.3, ring: 1 }
 */
export function labelPoints(layer: string, features: Feature[]): Feature<Point>[] {
  const out: Feature<Point>[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const km2 = area(f as Feature<Polygon | MultiPolygon>) / 1e6;
    if (km2 < MIN_AREA_KM2) continue;
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const largest = parts.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
    const p = f.properties ?? {};
    out.push({
      type: 'Feature',
      properties: {
        id: p.id, name: p.name, name_en: p.name_en ?? p.name, layer,
        area_km2: Math.round(km2 * 10) / 10,
        ...(p.ring !== undefined ? { ring: p.ring } : {}),
      },
      geometry: { type: 'Point', coordinates: interiorPoint(largest) },
    });
  }
  return out;
}

/** Pole of inaccessibility of one polygon (outer ring first), to ~10 m. */
export function interiorPoint(rings: Position[][]): [number, number] {
  const lat0 = rings[0].reduce((s, c) => s + c[1], 0) / rings[0].length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const scaled = rings.map((r) => r.map(([x, y]) => [x * k, y]));
  const [x, y] = polylabel(scaled, 0.0001);
  return [round5(x / k), round5(y)];
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
}

const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;
