/**
 * Exact isochrone boundary points on grid edges where linear interpolation
 * fails. Travel time jumps where a point leaves walking range of a road (to
 * Infinity, or to the time from a farther road), so interpolating between a
 * reached node and an unreached one puts the boundary next to the reached
 * node and loses up to a cell along every access-limited side — about 3 % of
 * a 400 m wide corridor at a 15 m cell. There the boundary is found by
 * bisection on the exact time instead.
 */
import { segmentTime, type TimePieces } from './time-pieces.js';
import type { TimeGrid } from './time-grid.js';

const ITERATIONS = 11; // cell / 2048: a centimetre at a 20 m cell

export class CrossingRefiner {
  /**
   * Time differences across a grid edge above this cannot come from a
   * continuous time field that changes at walking pace, so the edge holds a
   * jump (or a steep rise at the edge of walking range).
   */
  readonly jump: number;
  private readonly bx0: number;
  private readonly by0: number;
  private readonly size: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Segments per bucket, CSR: bucket b holds list[start[b] .. start[b + 1]). */
  private readonly start: Int32Array;
  private readonly list: Int32Array;
  private readonly candidates: number[] = [];
  private readonly seen: Int32Array;
  private stamp = 0;
  private limit = Infinity;

  constructor(private readonly p: TimePieces, g: TimeGrid) {
    this.jump = (g.cell / p.walk) * (1 + 1e-6);
    this.bx0 = g.x0;
    this.by0 = g.y0;
    this.size = Math.max(p.reach / 2, 2 * g.cell);
    this.cols = Math.ceil(((g.nx - 1) * g.cell) / this.size) + 1;
    this.rows = Math.ceil(((g.ny - 1) * g.cell) / this.size) + 1;
    this.seen = new Int32Array(p.segments);
    const count = new Int32Array(this.cols * this.rows + 1);
    this.eachBucket((b) => count[b + 1]++);
    for (let b = 0; b < this.cols * this.rows; b++) count[b + 1] += count[b];
    this.start = count.slice();
    this.list = new Int32Array(count[this.cols * this.rows]);
    const fill = count.slice(0, this.cols * this.rows);
    this.eachBucket((b, i) => (this.list[fill[b]++] = i));
  }

  /** Calls fn for every bucket each segment's walking range overlaps. */
  private eachBucket(fn: (bucket: number, segment: number) => void): void {
    const { p } = this;
    const r = p.reach;
    for (let i = 0; i < p.segments; i++) {
      const xa = p.ax[i] + p.from[i] * p.ux[i], ya = p.ay[i] + p.from[i] * p.uy[i];
      const xb = p.ax[i] + p.to[i] * p.ux[i], yb = p.ay[i] + p.to[i] * p.uy[i];
      const c0 = this.col(Math.min(xa, xb) - r), c1 = this.col(Math.max(xa, xb) + r);
      const r0 = this.row(Math.min(ya, yb) - r), r1 = this.row(Math.max(ya, yb) + r);
      for (let rr = r0; rr <= r1; rr++) for (let cc = c0; cc <= c1; cc++) fn(rr * this.cols + cc, i);
    }
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.bx0) / this.size)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.by0) / this.size)));
  }

  /** Segments that may reach some point of segment a–b within `threshold`. */
  private gather(xa: number, ya: number, xb: number, yb: number, threshold: number): number[] {
    const { p, candidates, start, list, seen } = this;
    candidates.length = 0;
    const stamp = ++this.stamp;
    const mx = (xa + xb) / 2, my = (ya + yb) / 2;
    const half = Math.sqrt((xb - xa) * (xb - xa) + (yb - ya) * (yb - ya)) / 2;
    for (let rr = this.row(Math.min(ya, yb)); rr <= this.row(Math.max(ya, yb)); rr++) {
      for (let cc = this.col(Math.min(xa, xb)); cc <= this.col(Math.max(xa, xb)); cc++) {
        const b = rr * this.cols + cc;
        for (let n = start[b]; n < start[b + 1]; n++) {
          const i = list[n];
          if (seen[i] === stamp) continue;
          seen[i] = stamp;
          // Distance from the midpoint to the segment, less half the edge: a lower bound for every point of the edge.
          const dx = mx - p.ax[i], dy = my - p.ay[i];
          const s = Math.min(p.to[i], Math.max(p.from[i], dx * p.ux[i] + dy * p.uy[i]));
          const ex = dx - s * p.ux[i], ey = dy - s * p.uy[i];
          const d = Math.max(0, Math.sqrt(ex * ex + ey * ey) - half);
          if (d <= p.reach && p.tMin[i] + d / p.walk <= threshold) candidates.push(i);
        }
      }
    }
    return candidates;
  }

  private inside(list: number[], x: number, y: number, threshold: number): boolean {
    for (const i of list) if (segmentTime(this.p, i, x, y, this.limit) <= threshold) return true;
    return false;
  }

  /** Fraction of the way from a to b where the time crosses `threshold` (exactly one end is within it). */
  crossing(xa: number, ya: number, xb: number, yb: number, threshold: number, aInside: boolean): number {
    const list = this.gather(xa, ya, xb, yb, threshold);
    this.limit = threshold * (1 + 1e-12) + 1e-9;
    let lo = aInside ? 0 : 1, hi = aInside ? 1 : 0;
    for (let k = 0; k < ITERATIONS; k++) {
      const mid = (lo + hi) / 2;
      if (this.inside(list, xa + mid * (xb - xa), ya + mid * (yb - ya), threshold)) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  }
}
