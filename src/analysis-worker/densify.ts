/**
 * Adds vertices to long road segments so that no piece is longer than a
 * given length. The network module measures travel along an edge from its
 * end nodes, so a facility or place in the middle of a very long edge (the
 * plan's schematic trunk roads have edges of several kilometres) would be
 * reached only by the short walk to the road. Short pieces put nodes next
 * to every facility and make isochrones follow the road.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';

const M_PER_DEG_LAT = 110_574;

function densifyPath(path: Position[], maxMetres: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < path.length; i++) {
    const b = path[i];
    if (i > 0) {
      const a = path[i - 1];
      const kx = 111_320 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
      const len = Math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * M_PER_DEG_LAT);
      const n = Math.ceil(len / maxMetres);
      for (let s = 1; s < n; s++) out.push([a[0] + ((b[0] - a[0]) * s) / n, a[1] + ((b[1] - a[1]) * s) / n]);
    }
    out.push(b);
  }
  return out;
}

/** The same lines with no segment longer than `maxMetres` (other geometries pass through). */
export function densifyLines(lines: FeatureCollection, maxMetres: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: lines.features.map((f): Feature => {
      const g = f.geometry;
      if (g?.type === 'LineString') return { ...f, geometry: { type: 'LineString', coordinates: densifyPath(g.coordinates, maxMetres) } };
      if (g?.type === 'MultiLineString') return { ...f, geometry: { type: 'MultiLineString', coordinates: g.coordinates.map((p) => densifyPath(p, maxMetres)) } };
      return f;
    }),
  };
}
