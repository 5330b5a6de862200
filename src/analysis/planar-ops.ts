/**
 * Polygon clipping in a local projection (metres), through Turf's polyclip-ts
 * wrappers, and conversion between lon/lat and projected coordinates.
 */
import { difference, featureCollection, intersect, multiPolygon, union } from '@turf/turf';
import type { Position } from 'geojson';
import type { LocalProjection } from './local-projection.js';

/** MultiPolygon coordinates with closed rings. */
export type MultiCoords = Position[][][];

export function closeRing(ring: Position[]): Position[] {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return a[0] === b[0] && a[1] === b[1] ? ring : [...ring, a];
}

export function projectMulti(proj: LocalProjection, m: MultiCoords): MultiCoords {
  return m.map((poly) => poly.map((ring) => closeRing(ring.map((p) => proj.forward(p[0], p[1])))));
}

export function unprojectMulti(proj: LocalProjection, m: MultiCoords): MultiCoords {
  return m.map((poly) => poly.map((ring) => ring.map((p) => proj.inverse(p[0], p[1]))));
}

function toMulti(f: { geometry: { type: string; coordinates: unknown } } | null): MultiCoords {
  if (!f) return [];
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Position[][]] : (f.geometry.coordinates as MultiCoords);
}

/** Union of any number of multipolygons (one sweep). */
export function unionAll(parts: MultiCoords[]): MultiCoords {
  const nonEmpty = parts.filter((p) => p.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1 && nonEmpty[0].length === 1) return nonEmpty[0];
  const fc = featureCollection(nonEmpty.map((p) => multiPolygon(p)));
  if (nonEmpty.length === 1) fc.features.push(multiPolygon([]));
  return toMulti(union(fc));
}

export function intersectMulti(a: MultiCoords, b: MultiCoords): MultiCoords {
  if (a.length === 0 || b.length === 0) return [];
  return toMulti(intersect(featureCollection([multiPolygon(a), multiPolygon(b)])));
}

export function differenceMulti(a: MultiCoords, b: MultiCoords): MultiCoords {
  if (a.length === 0) return [];
  if (b.length === 0) return a;
  return toMulti(difference(featureCollection([multiPolygon(a), multiPolygon(b)])));
}

/** Bounding box [minX, minY, maxX, maxY] of a multipolygon. */
export function multiBBox(m: MultiCoords): [number, number, number, number] {
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  for (const poly of m) for (const p of poly[0] ?? []) {
    if (p[0] < a) a = p[0];
    if (p[0] > c) c = p[0];
    if (p[1] < b) b = p[1];
    if (p[1] > d) d = p[1];
  }
  return [a, b, c, d];
}
