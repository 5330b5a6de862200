/**
 * Finds proper crossings and collinear overlaps between the edges of a
 * polygon's rings (a ring crossing itself or another ring of the same
 * polygon). Edges sharing only an endpoint are fine. A sweep over edges
 * sorted by min x keeps this near O(n log n) for real-world polygons.
 */
import type { Position } from 'geojson';

interface Edge {
  ring: number;
  index: number;
  ringLength: number;
  ax: number; ay: number; bx: number; by: number;
  minX: number; maxX: number; minY: number; maxY: number;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(e: Edge, x: number, y: number): boolean {
  return x >= e.minX && x <= e.maxX && y >= e.minY && y <= e.maxY;
}

function adjacent(e: Edge, f: Edge): boolean {
  if (e.ring !== f.ring) return false;
  const d = Math.abs(e.index - f.index);
  return d === 1 || d === e.ringLength - 1;
}

/** Returns true when edges e and f cross in their interiors or overlap along a stretch. */
function conflict(e: Edge, f: Edge): boolean {
  const o1 = orient(e.ax, e.ay, e.bx, e.by, f.ax, f.ay);
  const o2 = orient(e.ax, e.ay, e.bx, e.by, f.bx, f.by);
  const o3 = orient(f.ax, f.ay, f.bx, f.by, e.ax, e.ay);
  const o4 = orient(f.ax, f.ay, f.bx, f.by, e.bx, e.by);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && o2 === 0) {
    // Collinear: overlapping by more than a point?
    const useX = e.maxX - e.minX >= e.maxY - e.minY;
    const lo = useX ? Math.max(e.minX, f.minX) : Math.max(e.minY, f.minY);
    const hi = useX ? Math.min(e.maxX, f.maxX) : Math.min(e.maxY, f.maxY);
    return hi > lo;
  }
  // A ring touching itself (a vertex inside one of its own edges) is invalid; a hole touching the shell is not.
  if (e.ring !== f.ring) return false;
  if (o1 === 0 && onSegment(e, f.ax, f.ay) && !sameEnd(e, f.ax, f.ay)) return true;
  if (o2 === 0 && onSegment(e, f.bx, f.by) && !sameEnd(e, f.bx, f.by)) return true;
  if (o3 === 0 && onSegment(f, e.ax, e.ay) && !sameEnd(f, e.ax, e.ay)) return true;
  if (o4 === 0 && onSegment(f, e.bx, e.by) && !sameEnd(f, e.bx, e.by)) return true;
  return false;
}

function sameEnd(e: Edge, x: number, y: number): boolean {
  return (x === e.ax && y === e.ay) || (x === e.bx && y === e.by);
}

/**
 * Counts edge conflicts among the rings of one polygon (rings given closed
 * or not). Stops counting at `limit`.
 */
export function countSelfIntersections(rings: Position[][], limit = 1000): number {
  const edges: Edge[] = [];
  rings.forEach((ring, r) => {
    const n = ring.length;
    const closed = n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1];
    const count = closed ? n - 1 : n;
    for (let i = 0; i < count; i++) {
      const a = ring[i];
      const b = ring[i + 1 < n ? i + 1 : 0];
      if (a[0] === b[0] && a[1] === b[1]) continue;
      edges.push({
        ring: r, index: i, ringLength: count, ax: a[0], ay: a[1], bx: b[0], by: b[1],
        minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]), minY: Math.min(a[1], b[1]), maxY: Math.max(a[1], b[1]),
      });
    }
  });
  edges.sort((e, f) => e.minX - f.minX);
  let found = 0;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    for (let j = i + 1; j < edges.length && edges[j].minX <= e.maxX; j++) {
      const f = edges[j];
      if (f.maxY < e.minY || f.minY > e.maxY || adjacent(e, f)) continue;
      if (conflict(e, f) && ++found >= limit) return found;
    }
  }
  return found;
}
