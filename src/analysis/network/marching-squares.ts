/**
 * Region where a grid value is at most a threshold, as rings: marching
 * squares with linear interpolation, saddles split by the cell's mean,
 * crossings keyed by grid edge so rings join exactly. Where the values jump
 * across a grid edge, an optional refiner finds the crossing instead.
 */
import type { PlanarRing } from '../rings.js';
import type { TimeGrid } from './time-grid.js';

/** Scratch buffers for {@link contourBelow}, reusable across thresholds on one grid. */
export class ContourWorkspace {
  readonly next: Int32Array;
  readonly px: Float64Array;
  readonly py: Float64Array;
  readonly done: Uint8Array;
  readonly inside: Uint8Array;
  /** Contour run in which each crossing was last placed, so that the two cells sharing it compute it once. */
  readonly placed: Int32Array;
  run = 0;
  constructor(g: TimeGrid) {
    const size = 2 * (g.nx + 2) * (g.ny + 2);
    this.next = new Int32Array(size).fill(-1);
    this.px = new Float64Array(size);
    this.py = new Float64Array(size);
    this.done = new Uint8Array(size);
    this.inside = new Uint8Array((g.nx + 2) * (g.ny + 2));
    this.placed = new Int32Array(size);
  }
}

/** Places crossings on grid edges where the values jump (see crossing-refine.ts). */
export interface CrossingFinder {
  /** Value differences above this mark a jump. */
  readonly jump: number;
  crossing(xa: number, ya: number, xb: number, yb: number, threshold: number, aInside: boolean): number;
}

export function contourBelow(g: TimeGrid, threshold: number, ws: ContourWorkspace = new ContourWorkspace(g), refine?: CrossingFinder): PlanarRing[] {
  const { nx, ny, x0, y0, cell, values } = g;
  const cap = threshold * 2 + 1;
  const val = (i: number, j: number) => (i < 0 || j < 0 || i >= nx || j >= ny ? cap : Math.min(values[j * nx + i], cap));
  // Inside flags with a one-node border of 'outside', so the scan needs no bounds checks.
  const W2 = nx + 2;
  const inside = ws.inside;
  for (let j = 0; j < ny; j++) {
    const row = (j + 1) * W2 + 1;
    for (let i = 0; i < nx; i++) inside[row + i] = values[j * nx + i] <= threshold ? 1 : 0;
  }
  // Edge keys over the grid padded by one node on every side.
  const W = nx + 2;
  const hKey = (i: number, j: number) => 2 * ((j + 1) * W + (i + 1));
  const vKey = (i: number, j: number) => 2 * ((j + 1) * W + (i + 1)) + 1;
  // Crossing points by edge key: next[key] is the following crossing on the ring (−1: none yet).
  const { next, px, py, done, placed } = ws;
  const run = ++ws.run;
  const starts: number[] = [];
  const cross = (key: number, xa: number, ya: number, va: number, xb: number, yb: number, vb: number) => {
    if (placed[key] === run) return key;
    placed[key] = run;
    const t = refine && Math.abs(vb - va) > refine.jump
      ? refine.crossing(xa, ya, xb, yb, threshold, va <= threshold)
      : (threshold - va) / (vb - va);
    px[key] = xa + t * (xb - xa);
    py[key] = ya + t * (yb - ya);
    return key;
  };
  const ex: number[] = [];
  const isExit: boolean[] = [];
  for (let j = -1; j < ny; j++) {
    for (let i = -1; i < nx; i++) {
      const b = (j + 1) * W2 + i + 1;
      const f = inside[b] + inside[b + 1] + inside[b + W2 + 1] + inside[b + W2];
      if (f === 0 || f === 4) continue;
      const v0 = val(i, j), v1 = val(i + 1, j), v2 = val(i + 1, j + 1), v3 = val(i, j + 1);
      const in0 = v0 <= threshold, in1 = v1 <= threshold, in2 = v2 <= threshold, in3 = v3 <= threshold;
      const xa = x0 + i * cell, ya = y0 + j * cell, xb = xa + cell, yb = ya + cell;
      ex.length = 0;
      isExit.length = 0;
      // Counter-clockwise round the cell: bottom, right, top, left.
      if (in0 !== in1) { ex.push(cross(hKey(i, j), xa, ya, v0, xb, ya, v1)); isExit.push(in0); }
      if (in1 !== in2) { ex.push(cross(vKey(i + 1, j), xb, ya, v1, xb, yb, v2)); isExit.push(in1); }
      if (in2 !== in3) { ex.push(cross(hKey(i, j + 1), xb, yb, v2, xa, yb, v3)); isExit.push(in2); }
      if (in3 !== in0) { ex.push(cross(vKey(i, j), xa, yb, v3, xa, ya, v0)); isExit.push(in3); }
      const n = ex.length;
      const centreIn = (v0 + v1 + v2 + v3) / 4 <= threshold;
      for (let k = 0; k < n; k++) {
        if (!isExit[k]) continue;
        // Exit → next entry keeps inside on the left; for a saddle whose centre is out, take the previous entry.
        const to = n === 4 && !centreIn ? (k + n - 1) % n : (k + 1) % n;
        next[ex[k]] = ex[to];
        starts.push(ex[k]);
      }
    }
  }
  const rings: PlanarRing[] = [];
  for (const start of starts) {
    if (done[start]) continue;
    const ring: PlanarRing = [];
    let k = start;
    while (k >= 0 && !done[k]) {
      done[k] = 1;
      ring.push([px[k], py[k]]);
      k = next[k];
    }
    if (ring.length >= 3) rings.push(ring);
  }
  for (const k of starts) {
    next[k] = -1;
    done[k] = 0;
  }
  return rings;
}
