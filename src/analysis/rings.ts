/** Planar ring helpers: signed area, point in ring, grouping rings into polygons. */

export type XY = [number, number];
export type PlanarRing = XY[];
/** A polygon as rings: outer first, then holes. Rings are open (no closing duplicate). */
export type PlanarPolygon = PlanarRing[];

/** Twice the signed area (counter-clockwise positive) of an open ring. */
export function signedArea2(ring: ReadonlyArray<ReadonlyArray<number>>): number {
  let s = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s;
}

/** Even-odd test; points on the boundary may go either way. */
export function pointInRing(x: number, y: number, ring: ReadonlyArray<ReadonlyArray<number>>): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const yi = ring[i][1];
    const yj = ring[j][1];
    if (yi > y !== yj > y) {
      const xi = ring[i][0];
      const xj = ring[j][0];
      if (x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

interface RingInfo {
  ring: PlanarRing;
  area: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function info(ring: PlanarRing): RingInfo {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { ring, area: signedArea2(ring) / 2, minX, minY, maxX, maxY };
}

/**
 * Groups non-crossing rings into polygons: counter-clockwise rings are outers,
 * clockwise rings are holes of the smallest outer that contains them.
 * Rings with |area| below `minArea` are dropped.
 */
export function assemblePolygons(rings: PlanarRing[], minArea = 0): PlanarPolygon[] {
  const outers: RingInfo[] = [];
  const holes: RingInfo[] = [];
  for (const r of rings) {
    if (r.length < 3) continue;
    const ri = info(r);
    if (Math.abs(ri.area) <= minArea) continue;
    (ri.area > 0 ? outers : holes).push(ri);
  }
  outers.sort((a, b) => a.area - b.area);
  const polys: PlanarPolygon[] = outers.map((o) => [o.ring]);
  for (const h of holes) {
    const [x, y] = h.ring[0];
    const mx = (h.ring[0][0] + h.ring[1][0]) / 2;
    const my = (h.ring[0][1] + h.ring[1][1]) / 2;
    for (let k = 0; k < outers.length; k++) {
      const o = outers[k];
      if (o.area < -h.area || h.minX < o.minX || h.maxX > o.maxX || h.minY < o.minY || h.maxY > o.maxY) continue;
      if (pointInRing(mx, my, o.ring) || pointInRing(x, y, o.ring)) {
        polys[k].push(h.ring);
        break;
      }
    }
  }
  return polys;
}

/**
 * Drops vertices that lie within `tol` of the chord between their kept
 * neighbours (one pass, O(n)). Contour rings have many nearly collinear
 * points; fewer vertices make the later clipping much cheaper.
 */
export function simplifyRing(ring: PlanarRing, tol: number): PlanarRing {
  const n = ring.length;
  if (n <= 4) return ring;
  const out: PlanarRing = [ring[0]];
  for (let i = 1; i < n; i++) {
    const a = out[out.length - 1];
    const b = ring[i];
    const c = ring[(i + 1) % n];
    const dx = c[0] - a[0], dy = c[1] - a[1];
    const len = Math.sqrt(dx * dx + dy * dy);
    const dist = len > 0 ? Math.abs(dx * (b[1] - a[1]) - dy * (b[0] - a[0])) / len : Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (dist > tol) out.push(b);
  }
  return out.length >= 3 ? out : ring;
}
