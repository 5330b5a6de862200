/**
 * Polygon clipping in a local projection (metres), through Turf's polyclip-ts
 * wrappers, and conversion between lon/lat and projected coordinates.
 */
import { difference, featureCollection, intersect, multiPolygon, union } from '@turf/turf';
import type { Position } from 'geojson';
import { GeometryError } from './errors.js';
import type { LocalProjection } from './local-projection.js';
import { coordinateScale, snapMulti } from './ring-snap.js';

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

/**
 * Grid steps tried in turn after the exact inputs fail, relative to the
 * inputs' extent: for 10 km of projected metres 10 µm, 1 mm, 1 cm (for
 * lon/lat the same share of a degree). Each is far below any distance the
 * analysis reports. Exact inputs go first so that results which need no
 * repair stay bit-for-bit the same (a target inside one circle is 100 %
 * covered, not 99.9999998 %).
 */
const SNAP_STEPS = [0, 1e-9, 1e-7, 1e-6];

/**
 * Runs a polyclip-ts operation, retrying on inputs snapped to ever coarser
 * grids when it fails (see ring-snap.ts for why it can).
 */
function robustClip(parts: MultiCoords[], op: (inputs: MultiCoords[]) => MultiCoords): MultiCoords {
  let failure: unknown;
  let scale: { magnitude: number; extent: number } | null = null;
  for (const rel of SNAP_STEPS) {
    try {
      if (rel === 0) return op(parts);
      scale ??= coordinateScale(parts);
      // Never finer than the last bits of the largest coordinate, where rounding would do nothing.
      const step = Math.max(scale.extent * rel, scale.magnitude * 2 ** -46);
      return op(parts.map((p) => snapMulti(p, step)));
    } catch (e) {
      failure = e;
    }
  }
  throw new GeometryError(failure instanceof Error ? failure.message : String(failure));
}

/** Union of any number of multipolygons (one sweep). */
export function unionAll(parts: MultiCoords[]): MultiCoords {
  const nonEmpty = parts.filter((p) => p.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1 && nonEmpty[0].length === 1) return nonEmpty[0];
  return robustClip(nonEmpty, (snapped) => {
    const fc = featureCollection(snapped.map((p) => multiPolygon(p)));
    if (snapped.length === 1) fc.features.push(multiPolygon([]));
    return toMulti(union(fc));
  });
}

export function intersectMulti(a: MultiCoords, b: MultiCoords): MultiCoords {
  if (a.length === 0 || b.length === 0) return [];
  return robustClip([a, b], ([x, y]) => (x.length === 0 || y.length === 0 ? [] : toMulti(intersect(featureCollection([multiPolygon(x), multiPolygon(y)])))));
}

export function differenceMulti(a: MultiCoords, b: MultiCoords): MultiCoords {
  if (a.length === 0) return [];
  if (b.length === 0) return a;
  return robustClip([a, b], ([x, y]) => (x.length === 0 ? [] : y.length === 0 ? x : toMulti(difference(featureCollection([multiPolygon(x), multiPolygon(y)])))));
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
