/**
 * Travel time on a regular grid, exactly as the model in time-pieces.ts
 * defines it: each grid node gets the minimum over the road pieces within
 * `maxAccess` of the time along the road plus the straight walk from it.
 * Nothing is propagated from node to node, so there is no chamfer error and
 * no shortcut through a node that is itself out of walking range.
 */
import type { TimePieces } from './time-pieces.js';

export interface TimeGrid {
  x0: number;
  y0: number;
  cell: number;
  nx: number;
  ny: number;
  /** Seconds at each grid node (row-major, y up); Infinity when out of reach. */
  values: Float64Array;
}

export interface TimeGridOptions {
  /** Projected box [minX, minY, maxX, maxY] to cover; the grid adds the access distance and a cell on every side. */
  box: [number, number, number, number];
  cell: number;
}

/** Segments by their earliest time, so that at most nodes the later ones are ruled out by a cheap bound. */
function byEarliest(p: TimePieces): Int32Array {
  const order = Int32Array.from({ length: p.segments }, (_, i) => i);
  return order.sort((a, b) => p.tMin[a] - p.tMin[b]);
}

export function buildTimeGrid(p: TimePieces, o: TimeGridOptions): TimeGrid {
  const { cell } = o;
  const reach = p.reach, r2 = reach * reach, walk = p.walk;
  const x0 = o.box[0] - reach - cell, y0 = o.box[1] - reach - cell;
  const nx = Math.ceil((o.box[2] + reach + cell - x0) / cell) + 1;
  const ny = Math.ceil((o.box[3] + reach + cell - y0) / cell) + 1;
  const T = new Float64Array(nx * ny).fill(Infinity);
  const { lo: pLo, hi: pHi, t0: pT0, k: pK, g: pG, first } = p;
  for (const i of byEarliest(p)) {
    const ax = p.ax[i], ay = p.ay[i], ux = p.ux[i], uy = p.uy[i], from = p.from[i], to = p.to[i], tMin = p.tMin[i];
    const j0p = first[i], j1p = first[i + 1];
    const ya = ay + from * uy, yb = ay + to * uy;
    const r0 = Math.max(0, Math.ceil((Math.min(ya, yb) - reach - y0) / cell));
    const r1 = Math.min(ny - 1, Math.floor((Math.max(ya, yb) + reach - y0) / cell));
    for (let j = r0; j <= r1; j++) {
      const dy = y0 + j * cell - ay;
      // The stretch of the segment within walking range of this row, then the columns it can reach.
      let sA = from, sB = to;
      if (uy !== 0) {
        const s1 = (dy - reach) / uy, s2 = (dy + reach) / uy;
        sA = Math.max(from, Math.min(s1, s2));
        sB = Math.min(to, Math.max(s1, s2));
        if (sA > sB) continue;
      } else if (Math.abs(dy) > reach) continue;
      const xa = ax + sA * ux, xb = ax + sB * ux;
      const c0 = Math.max(0, Math.ceil((Math.min(xa, xb) - reach - x0) / cell));
      const c1 = Math.min(nx - 1, Math.floor((Math.max(xa, xb) + reach - x0) / cell));
      const row = j * nx, sqRow = dy * uy, crossRow = -dy * ux;
      for (let c = c0; c <= c1; c++) {
        const k = row + c;
        const now = T[k];
        if (now <= tMin) continue;
        const dx = x0 + c * cell - ax;
        const sq = dx * ux + sqRow, cross = dx * uy + crossRow;
        const h2 = cross * cross;
        const near = sq < from ? from - sq : sq > to ? sq - to : 0;
        const d2 = h2 + near * near;
        // Out of walking range, or unable to beat the time already here even walking straight to the segment.
        const slack = (now - tMin) * walk;
        if (d2 > r2 || d2 >= slack * slack) continue;
        const w = Math.sqrt(r2 - h2), h = Math.abs(cross);
        let best = now;
        for (let q = j0p; q < j1p; q++) {
          const lo = pLo[q] > sq - w ? pLo[q] : sq - w, hi = pHi[q] < sq + w ? pHi[q] : sq + w;
          if (lo > hi) continue;
          const g = pG[q];
          // The objective is convex in s, so the constrained optimum is the free one clamped to [lo, hi].
          let s = g === Infinity ? hi : g === -Infinity ? lo : sq + g * h;
          if (s < lo) s = lo;
          else if (s > hi) s = hi;
          const e = s - sq;
          const t = pT0[q] + pK[q] * (s - pLo[q]) + Math.sqrt(e * e + h2) / walk;
          if (t < best) best = t;
        }
        T[k] = best;
      }
    }
  }
  return { x0, y0, cell, nx, ny, values: T };
}
