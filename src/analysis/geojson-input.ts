/** Reading GeoJSON input: walking geometries, collecting polygons and points, checking coordinates. */
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, Position } from 'geojson';
import { CoordinateError, EmptyTargetError, NotPolygonError } from './errors.js';

export type AnyGeoJSON = Geometry | Feature | FeatureCollection;
/** [west, south, east, north] */
export type BBox = [number, number, number, number];

/** Calls `fn` for every non-collection geometry with its feature's properties. */
export function eachGeometry(input: AnyGeoJSON | null | undefined, fn: (g: Geometry, props: GeoJsonProperties, index: number) => void): void {
  if (!input) return;
  const visit = (g: Geometry | null, props: GeoJsonProperties, index: number) => {
    if (!g) return;
    if (g.type === 'GeometryCollection') g.geometries.forEach((c) => visit(c, props, index));
    else fn(g, props, index);
  };
  if (input.type === 'FeatureCollection') input.features.forEach((f, i) => visit(f.geometry, f.properties, i));
  else if (input.type === 'Feature') visit(input.geometry, input.properties, 0);
  else visit(input, null, 0);
}

/** Polygon coordinate arrays (outer ring first) of a geometry; [] for points and lines. */
export function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function checkPosition(p: Position): void {
  if (!(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) throw new CoordinateError(p.slice(0, 2));
}

/**
 * All polygons of an areal layer (the target, a zone layer, …), with their
 * source feature index. Throws {@link NotPolygonError} when the layer holds
 * points or lines and {@link EmptyTargetError} when it holds nothing.
 */
export function collectPolygons(input: AnyGeoJSON | null | undefined, what = 'target'): { polygons: Position[][][]; index: number[] } {
  const polygons: Position[][][] = [];
  const index: number[] = [];
  let other = '';
  eachGeometry(input, (g, _p, i) => {
    const ps = polygonsOf(g);
    if (ps.length === 0) other = g.type;
    for (const p of ps) {
      if (p.length === 0 || p[0].length < 4) continue;
      p.forEach((ring) => ring.forEach(checkPosition));
      polygons.push(p);
      index.push(i);
    }
  });
  if (polygons.length === 0) {
    if (other) throw new NotPolygonError(what === 'target' ? 'target' : what, other);
    throw new EmptyTargetError(what);
  }
  return { polygons, index };
}

/** Bounding box of all positions, or null when there are none. */
export function bboxOf(inputs: Array<AnyGeoJSON | null | undefined>): BBox | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const add = (p: Position) => {
    if (p[0] < w) w = p[0];
    if (p[0] > e) e = p[0];
    if (p[1] < s) s = p[1];
    if (p[1] > n) n = p[1];
  };
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') add(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const input of inputs) {
    eachGeometry(input, (g) => {
      if (g.type !== 'GeometryCollection') walk(g.coordinates);
    });
  }
  return w === Infinity ? null : [w, s, e, n];
}
