/** Geodesic area and length of GeoJSON on the GRS80 ellipsoid. */
import type { Position } from 'geojson';
import { pathLength, ringArea } from './geodesic/polygon-area.js';
import { eachGeometry, polygonsOf, type AnyGeoJSON } from './geojson-input.js';

/**
 * Area of one polygon given as rings (outer first, then holes), m²; ring
 * orientation does not matter.
 *
 * @example
 * polygonArea([[[111, 34], [111.01, 34], [111.01, 34.01], [111, 34.01], [111, 34]]]); // → 1024694.88
 */
export function polygonArea(rings: Position[][]): number {
  let a = 0;
  rings.forEach((ring, i) => {
    const r = Math.abs(ringArea(ring));
    a += i === 0 ? r : -r;
  });
  return Math.max(0, a);
}

/**
 * Area in square metres of every Polygon and MultiPolygon in a geometry,
 * feature or feature collection, on the GRS80 (CGCS2000) ellipsoid with
 * geodesic edges. Agrees with GeographicLib's PolygonArea to ~1e-13.
 * Holes are subtracted; points and lines count 0; overlapping features are
 * counted twice (dissolve first if that matters).
 *
 * @example
 * // 0.01° × 0.01° at 34°N ≈ 1.0246 km²
 * geodesicArea({ type: 'Polygon', coordinates: [[[111, 34], [111.01, 34], [111.01, 34.01], [111, 34.01], [111, 34]]] });
 * // → 1024694.88 (m²)
 */
export function geodesicArea(geojson: AnyGeoJSON): number {
  let total = 0;
  eachGeometry(geojson, (g) => {
    for (const p of polygonsOf(g)) total += polygonArea(p);
  });
  return total;
}

/**
 * Geodesic length in metres of every LineString and MultiLineString, plus
 * the perimeter of every polygon ring (as turf.length does), on GRS80.
 *
 * @example
 * geodesicLength({ type: 'LineString', coordinates: [[111, 34], [111.01, 34]] }); // → 923.85 (m)
 */
export function geodesicLength(geojson: AnyGeoJSON): number {
  let total = 0;
  eachGeometry(geojson, (g) => {
    if (g.type === 'LineString') total += pathLength(g.coordinates);
    else if (g.type === 'MultiLineString') g.coordinates.forEach((l) => (total += pathLength(l)));
    else for (const p of polygonsOf(g)) for (const ring of p) total += pathLength(ring);
  });
  return total;
}
