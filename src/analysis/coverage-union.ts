/**
 * The area within a distance of a set of facilities — points, lines, or
 * polygons measured from their edge — as one multipolygon in a local
 * projection. Disks go through {@link unionOfDisks}; polygon facilities add
 * their own interior with one polygon union at the end.
 */
import type { GeoJsonProperties, Position } from 'geojson';
import { unionOfDisks } from './disk-union.js';
import { CoordinateError, EmptyFacilitiesError, invalidRadius } from './errors.js';
import { eachGeometry, type AnyGeoJSON } from './geojson-input.js';
import type { LocalProjection } from './local-projection.js';
import { closeRing, projectMulti, unionAll, type MultiCoords } from './planar-ops.js';
import { assemblePolygons } from './rings.js';

export interface BufferSpec {
  /** Radius in metres, or a function of the facility's properties. */
  radius: number | ((props: GeoJsonProperties) => number);
  /** Vertices per full circle (default 64): boundary within r·(1 − cos(π/steps)) of the true circle. */
  steps?: number;
}

export interface ProjectedCoverage {
  /** The union, projected, closed rings. */
  coverage: MultiCoords;
  /** Number of facility features used. */
  facilityCount: number;
  /** Number of disks (points plus samples along lines and polygon edges). */
  diskCount: number;
}

function radiusOf(spec: BufferSpec, props: GeoJsonProperties): number {
  const r = typeof spec.radius === 'function' ? spec.radius(props) : spec.radius;
  if (!(typeof r === 'number' && r > 0 && Number.isFinite(r))) throw invalidRadius(r);
  return r;
}

/**
 * Builds the projected service area of `facilities`.
 * `check` receives progress fractions and may throw to cancel.
 */
export function projectedCoverage(facilities: AnyGeoJSON, spec: BufferSpec, proj: LocalProjection,
  check: (f: number) => void = () => {}): ProjectedCoverage {
  const steps = Math.max(8, Math.round(spec.steps ?? 64));
  const xs: number[] = [];
  const ys: number[] = [];
  const rs: number[] = [];
  const interiors: MultiCoords = [];
  const seen = new Set<number>();
  const lonLat = (p: Position): [number, number] => {
    if (!(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) throw new CoordinateError(p.slice(0, 2));
    return proj.forward(p[0], p[1]);
  };
  const addDisk = (x: number, y: number, r: number) => {
    xs.push(x);
    ys.push(y);
    rs.push(r * proj.scale(x, y));
  };
  // Samples along an edge so that the scallops between disks stay within the circle's own chord error.
  const addPath = (path: Position[], r: number) => {
    const delta = r * (1 - Math.cos(Math.PI / steps));
    const spacing = Math.sqrt(8 * r * delta);
    let prev: [number, number] | null = null;
    for (const p of path) {
      const q = lonLat(p);
      if (prev) {
        const len = Math.hypot(q[0] - prev[0], q[1] - prev[1]);
        const k = Math.ceil(len / spacing);
        for (let i = 1; i < k; i++) addDisk(prev[0] + ((q[0] - prev[0]) * i) / k, prev[1] + ((q[1] - prev[1]) * i) / k, r);
      }
      addDisk(q[0], q[1], r);
      prev = q;
    }
  };
  eachGeometry(facilities, (g, props, index) => {
    if (g.type === 'GeometryCollection') return;
    const r = radiusOf(spec, props);
    seen.add(index);
    switch (g.type) {
      case 'Point':
        addDisk(...lonLat(g.coordinates), r);
        break;
      case 'MultiPoint':
        g.coordinates.forEach((p) => addDisk(...lonLat(p), r));
        break;
      case 'LineString':
        addPath(g.coordinates, r);
        break;
      case 'MultiLineString':
        g.coordinates.forEach((l) => addPath(l, r));
        break;
      case 'Polygon':
      case 'MultiPolygon': {
        const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        for (const poly of polys) {
          poly.forEach((ring) => addPath(closeRing(ring), r));
          interiors.push(poly);
        }
        break;
      }
    }
  });
  if (xs.length === 0) throw new EmptyFacilitiesError();
  const rings = unionOfDisks({ x: xs, y: ys, r: rs }, steps, (f) => check(0.8 * f));
  let coverage: MultiCoords = assemblePolygons(rings).map((poly) => poly.map(closeRing));
  check(0.85);
  if (interiors.length > 0) coverage = unionAll([coverage, projectMulti(proj, interiors)]);
  check(1);
  return { coverage, facilityCount: seen.size, diskCount: xs.length };
}
