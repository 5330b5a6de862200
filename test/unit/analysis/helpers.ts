/** Shared helpers for the analysis tests. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import geodesic from 'geographiclib-geodesic';

export const GL = new geodesic.Geodesic.Geodesic(6378137, 1 / 298.257222101);

/** GeographicLib's PolygonArea of one ring (signed, counter-clockwise positive). */
export function glRingArea(ring: Position[]): number {
  const p = GL.Polygon(false);
  const n = ring.length - (ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? 1 : 0);
  for (let i = 0; i < n; i++) p.AddPoint(ring[i][1], ring[i][0]);
  return p.Compute(false, true).area ?? NaN;
}

export function glPolygonArea(rings: Position[][]): number {
  return rings.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * Math.abs(glRingArea(r)), 0);
}

/** Deterministic pseudo-random numbers in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export function fixture(name: string): FeatureCollection {
  return JSON.parse(readFileSync(new URL(`../../fixtures/analysis/in/${name}`, import.meta.url), 'utf8')) as FeatureCollection;
}

/** Geodesic circle vertices (GeographicLib Direct), closed ring, counter-clockwise. */
export function glCircle(lon: number, lat: number, r: number, n: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const azi = 360 - (360 * i) / n;
    const d = GL.Direct(lat, lon, azi, r);
    ring.push([d.lon2!, d.lat2!]);
  }
  ring.push(ring[0]);
  return ring;
}

export const pt = (lon: number, lat: number, properties: Record<string, unknown> = {}) =>
  ({ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: [lon, lat] } });

export const fc = <T>(features: T[]) => ({ type: 'FeatureCollection' as const, features });

export const box = (w: number, s: number, e: number, n: number, properties: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  properties,
  geometry: { type: 'Polygon' as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});
