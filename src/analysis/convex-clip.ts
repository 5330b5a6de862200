/**
 * Sutherland–Hodgman clipping of any ring by a convex polygon. The output may
 * run along the clip boundary twice, but its signed area is exactly the signed
 * area of the ring inside the clip polygon — all that areal weighting needs.
 */
import type { Position } from 'geojson';
import { signedArea2 } from './rings.js';

/** True when the (open or closed) ring turns one way only. */
export function isConvex(ring: ReadonlyArray<Position>): boolean {
  const n = ring.length - (ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? 1 : 0);
  if (n < 3) return false;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i], b = ring[(i + 1) % n], c = ring[(i + 2) % n];
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cross !== 0) {
      if (sign === 0) sign = Math.sign(cross);
      else if (Math.sign(cross) !== sign) return false;
    }
  }
  return true;
}

/** Clips `ring` by the convex polygon `clip` (either orientation). */
export function clipRingToConvex(ring: ReadonlyArray<Position>, clip: ReadonlyArray<Position>): Position[] {
  let c = clip.slice();
  if (c.length > 1 && c[0][0] === c[c.length - 1][0] && c[0][1] === c[c.length - 1][1]) c.pop();
  if (signedArea2(c) < 0) c = c.reverse();
  let out: Position[] = ring.slice();
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  for (let i = 0; i < c.length && out.length > 0; i++) {
    const a = c[i], b = c[(i + 1) % c.length];
    const ex = b[0] - a[0], ey = b[1] - a[1];
    const side = (p: Position) => ex * (p[1] - a[1]) - ey * (p[0] - a[0]);
    const input = out;
    out = [];
    for (let k = 0; k < input.length; k++) {
      const p = input[k], q = input[(k + 1) % input.length];
      const sp = side(p), sq = side(q);
      if (sp >= 0) out.push(p);
      if ((sp >= 0) !== (sq >= 0)) {
        const t = sp / (sp - sq);
        out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    }
  }
  return out;
}
