/**
 * Snapping multipolygon coordinates to a fine grid before polygon clipping.
 * polyclip-ts (behind Turf's union/intersect/difference) can fail with
 * "Unable to complete output ring" when two inputs share vertices that differ
 * in the last bits — typically the output of an earlier clip fed back in.
 * Rounding to a common grid makes such vertices identical, and dropping the
 * duplicate and collinear vertices that rounding creates leaves no degenerate
 * segments.
 */
import type { Position } from 'geojson';
import type { MultiCoords } from './planar-ops.js';

/** Largest |coordinate| and the larger side of the bounding box of some multipolygons. */
export function coordinateScale(parts: readonly MultiCoords[]): { magnitude: number; extent: number } {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const m of parts) for (const poly of m) for (const ring of poly) for (const p of ring) {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  }
  if (!(minX <= maxX)) return { magnitude: 0, extent: 0 };
  return {
    magnitude: Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY)),
    extent: Math.max(maxX - minX, maxY - minY),
  };
}

/** Twice the area of triangle abc over |ac|: the distance of b from line ac. */
function offLine(a: Position, b: Position, c: Position): number {
  const dx = c[0] - a[0], dy = c[1] - a[1];
  const len = Math.hypot(dx, dy);
  const cross = Math.abs(dx * (b[1] - a[1]) - dy * (b[0] - a[0]));
  return len > 0 ? cross / len : Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** A closed ring rounded to multiples of `step`, without repeated or collinear vertices; null when nothing with area is left. */
export function snapRing(ring: readonly Position[], step: number): Position[] | null {
  const pts: Position[] = [];
  for (const p of ring) {
    const q: Position = [Math.round(p[0] / step) * step, Math.round(p[1] / step) * step];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
  }
  if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  // A vertex within half a step of the chord of its neighbours (a spike included) carries no area.
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length >= 3; i++) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i], c = pts[(i + 1) % pts.length];
      if (offLine(a, b, c) <= step / 2) {
        pts.splice(i, 1);
        changed = true;
        i--;
      }
    }
  }
  if (pts.length < 3) return null;
  pts.push(pts[0]);
  return pts;
}

/** {@link snapRing} on every ring; polygons whose outer ring vanishes are dropped. */
export function snapMulti(m: MultiCoords, step: number): MultiCoords {
  const out: MultiCoords = [];
  for (const poly of m) {
    const outer = poly[0] ? snapRing(poly[0], step) : null;
    if (!outer) continue;
    const rings = [outer];
    for (let k = 1; k < poly.length; k++) {
      const hole = snapRing(poly[k], step);
      if (hole) rings.push(hole);
    }
    out.push(rings);
  }
  return out;
}
