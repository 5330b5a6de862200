/**
 * Coordinate conversion between a supported CRS and WGS84, with proj4 for
 * real CRSs and gcoord for the GCJ-02 / BD-09 offsets.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Geometry, Position } from 'geojson';
import type { WgsFeatureCollection } from '../types';
import type { CrsInfo } from './registry';

export type CoordFn = (p: Position) => Position;

const cache = new Map<string, proj4.Converter>();

function converter(def: string): proj4.Converter {
  let c = cache.get(def);
  if (!c) {
    c = proj4(def, 'EPSG:4326');
    cache.set(def, c);
  }
  return c;
}

/** True when coordinates in this CRS are already WGS84 lon/lat for map purposes. */
export function isWgs84Like(crs: CrsInfo): boolean {
  // CGCS2000 and WGS 84 agree to centimetres; a datum shift would only add noise.
  return crs.kind === 'geographic' && (crs.datum === 'WGS84' || crs.datum === 'CGCS2000');
}

const keepZ = (out: number[], p: Position): Position => (p.length > 2 ? [out[0], out[1], ...p.slice(2)] : [out[0], out[1]]);

/** A function converting one position from `crs` to WGS84 lon/lat (z and beyond kept). */
export function toWgs84Fn(crs: CrsInfo): CoordFn {
  if (isWgs84Like(crs)) return (p) => p.slice();
  if (crs.id === 'GCJ02') return (p) => keepZ(gcoord.transform([p[0], p[1]] as [number, number], gcoord.GCJ02, gcoord.WGS84), p);
  if (crs.id === 'BD09') return (p) => keepZ(gcoord.transform([p[0], p[1]] as [number, number], gcoord.BD09, gcoord.WGS84), p);
  const c = converter(crs.proj4);
  return (p) => keepZ(c.forward([p[0], p[1]]), p);
}

/** A function converting one WGS84 lon/lat position to `crs`. */
export function fromWgs84Fn(crs: CrsInfo): CoordFn {
  if (isWgs84Like(crs)) return (p) => p.slice();
  if (crs.id === 'GCJ02') return (p) => keepZ(gcoord.transform([p[0], p[1]] as [number, number], gcoord.WGS84, gcoord.GCJ02), p);
  if (crs.id === 'BD09') return (p) => keepZ(gcoord.transform([p[0], p[1]] as [number, number], gcoord.WGS84, gcoord.BD09), p);
  const c = converter(crs.proj4);
  return (p) => keepZ(c.inverse([p[0], p[1]]), p);
}

/** Copies a geometry, passing every position through `fn`. */
export function mapGeometry<G extends Geometry | null>(geometry: G, fn: CoordFn): G {
  if (!geometry) return geometry;
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: fn(geometry.coordinates) } as G;
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(fn) } as G;
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((r) => r.map(fn)) } as G;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(fn))) } as G;
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => mapGeometry(g, fn)) } as G;
  }
}

/** Copies a FeatureCollection, converting every position with `fn`. Properties are shared, not copied. */
export function mapFeatureCollection(fc: WgsFeatureCollection, fn: CoordFn): WgsFeatureCollection {
  return { type: 'FeatureCollection', features: fc.features.map((f) => ({ ...f, geometry: mapGeometry(f.geometry, fn) })) };
}

/** Calls `visit` for every position of a geometry (no copies). */
export function eachPosition(geometry: Geometry | null, visit: (p: Position) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const r of geometry.coordinates) r.forEach(visit);
      return;
    case 'MultiPolygon':
      for (const p of geometry.coordinates) for (const r of p) r.forEach(visit);
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries) eachPosition(g, visit);
  }
}
