/**
 * Population inside a coverage area, from points (sum of a property) or from
 * polygons such as a population grid (each cell's population spread evenly
 * over its area).
 */
import type { Position } from 'geojson';
import { eachGeometry, polygonsOf, type AnyGeoJSON } from './geojson-input.js';
import { clipRingToConvex, isConvex } from './convex-clip.js';
import { PolygonIndex } from './polygon-index.js';
import { signedArea2 } from './rings.js';
import type { MultiCoords } from './planar-ops.js';
import { intersectMulti } from './planar-ops.js';

export interface PopulationResult {
  /** People inside the coverage area. */
  covered: number;
  /** People in the population layer within the target (or in total when no target is given). */
  total: number;
  /** covered / total, 0 when total is 0. */
  share: number;
  /** Features without a usable population value, skipped. */
  skipped: number;
}

function valueOf(props: Record<string, unknown> | null, property: string): number | null {
  const v = props?.[property];
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;
}

/** Area of `poly ∩ cover` / area of `poly`, with coordinates in one plane. */
function coveredFraction(poly: Position[][], index: PolygonIndex, cover: MultiCoords): number {
  const outer = poly[0];
  const cellArea = Math.abs(signedArea2(outer)) / 2 - poly.slice(1).reduce((s, h) => s + Math.abs(signedArea2(h)) / 2, 0);
  if (cellArea <= 0) return 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of outer) {
    minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]);
    minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
  }
  if (!index.edgesCrossBox(minX, minY, maxX, maxY)) {
    return index.contains(outer[0][0], outer[0][1]) ? 1 : 0;
  }
  if (poly.length === 1 && isConvex(outer)) {
    let a = 0;
    for (const ring of index.ringsTouching(minX, minY, maxX, maxY)) a += signedArea2(clipRingToConvex(ring, outer)) / 2;
    return Math.min(1, Math.max(0, a / cellArea));
  }
  const inter = intersectMulti([poly], cover);
  let a = 0;
  for (const p of inter) p.forEach((ring, i) => (a += (i === 0 ? 1 : -1) * Math.abs(signedArea2(ring)) / 2));
  return Math.min(1, Math.max(0, a / cellArea));
}

/**
 * Population covered by `cover` (and in `within`, the target, when given).
 * Coordinates of `cover` and `within` must be lon/lat like the population layer.
 *
 * @example
 * const grid = { type: 'FeatureCollection', features: [cell1, cell2] }; // cells with properties.pop
 * populationCovered(coverMultiPolygonCoords, grid, { property: 'pop' });
 * // → { covered: 1234.5, total: 2000, share: 0.617, skipped: 0 }
 */
export function populationCovered(cover: MultiCoords, population: AnyGeoJSON,
  opts: { property: string; within?: MultiCoords }): PopulationResult {
  const coverIndex = new PolygonIndex(cover);
  const withinIndex = opts.within ? new PolygonIndex(opts.within) : null;
  let covered = 0;
  let total = 0;
  let skipped = 0;
  eachGeometry(population, (g, props) => {
    const v = valueOf(props, opts.property);
    if (v === null) {
      skipped++;
      return;
    }
    const polys = polygonsOf(g);
    if (g.type === 'Point' || g.type === 'MultiPoint') {
      const pts = g.type === 'Point' ? [g.coordinates] : g.coordinates;
      for (const p of pts) {
        const share = v / pts.length;
        if (withinIndex && !withinIndex.contains(p[0], p[1])) continue;
        total += share;
        if (coverIndex.contains(p[0], p[1])) covered += share;
      }
    } else if (polys.length > 0) {
      for (const poly of polys) {
        const share = v / polys.length;
        const inTarget = withinIndex ? coveredFraction(poly, withinIndex, opts.within!) : 1;
        if (inTarget <= 0) continue;
        total += share * inTarget;
        // Without a target the covered part is counted directly; with one, cover is already clipped to it.
        covered += share * coveredFraction(poly, coverIndex, cover);
      }
    } else {
      skipped++;
    }
  });
  return { covered, total, share: total > 0 ? covered / total : 0, skipped };
}
