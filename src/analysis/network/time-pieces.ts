/**
 * Travel time along the roads as straight segments carrying pieces on which
 * time changes linearly, and the exact time to reach any point from them on
 * foot.
 *
 * The model (the same for the grid and for single points): a point q is
 * reached at
 *
 *   T(q) = min over road points p with |q − p| ≤ maxAccess of  τ(p) + |q − p| / walk
 *
 * where τ(p) is the travel time along the network to p. On an edge (a, b) of
 * length L travelled at speed v, a point at distance s from a has
 * τ = min(τa + s/v, τb + (L − s)/v), and from a facility snapped onto the
 * edge at s₀, τ = access + |s − s₀|/v — so a facility in the middle of a
 * long edge is reached along that edge, not via its far ends. Each term of
 * these minima is one piece. The walk from a facility to its road is a
 * segment too (walking speed, time 0 at the facility).
 */
import type { RoadNetwork } from './graph.js';
import type { EdgeStart } from './snap.js';

/** A facility's walk to the road, projected: from (fx, fy) at time 0 to its snap point (sx, sy). */
export interface AccessLeg {
  fx: number;
  fy: number;
  sx: number;
  sy: number;
}

/**
 * Segments and their pieces in structure-of-arrays form. Segment i runs from
 * (ax, ay) along the unit vector (ux, uy); its pieces are first[i] ≤ j <
 * first[i + 1]. Piece j covers offsets [lo, hi] (projected units) and has
 * time t0 at lo, changing by k seconds per unit (k < 0: falling). Only the
 * parts reached by `maxTime` are kept.
 */
export interface TimePieces {
  segments: number;
  ax: Float64Array;
  ay: Float64Array;
  ux: Float64Array;
  uy: Float64Array;
  /** Hull of the segment's pieces, projected offsets. */
  from: Float64Array;
  to: Float64Array;
  /** Smallest time on the segment. */
  tMin: Float64Array;
  first: Int32Array;
  lo: Float64Array;
  hi: Float64Array;
  t0: Float64Array;
  k: Float64Array;
  /** Where the best road point sits from the foot of the perpendicular, per unit of distance from the road (±Infinity: an end). */
  g: Float64Array;
  /** Walking speed, projected units per second. */
  walk: number;
  /** Longest walk off the road, projected units. */
  reach: number;
}

class Builder {
  seg = 0;
  part = 0;
  readonly s: Float64Array[];
  readonly p: Float64Array[];
  readonly first: Int32Array;
  constructor(maxSegments: number, readonly maxTime: number) {
    this.s = Array.from({ length: 7 }, () => new Float64Array(maxSegments));
    this.p = Array.from({ length: 4 }, () => new Float64Array(2 * maxSegments));
    this.first = new Int32Array(maxSegments + 1);
  }
  /** Segment a→b with rising time from a (tA) and from b (tB), and a start at offset fraction f with time tF (NaN: none). */
  add(ax: number, ay: number, bx: number, by: number, secondsPerUnit: number, tA: number, tB: number, f = NaN, tF = NaN): void {
    const len = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
    const k = secondsPerUnit, T = this.maxTime;
    const start = this.part;
    let from = Infinity, to = -Infinity, tMin = Infinity;
    const piece = (lo: number, hi: number, t0: number, slope: number) => {
      if (!(hi >= lo)) return;
      const [pl, ph, pt, pk] = this.p;
      pl[this.part] = lo; ph[this.part] = hi; pt[this.part] = t0; pk[this.part] = slope;
      this.part++;
      from = Math.min(from, lo); to = Math.max(to, hi);
      tMin = Math.min(tMin, slope >= 0 ? t0 : t0 + slope * (hi - lo));
    };
    // Each piece keeps only the stretch reached by maxTime.
    if (tA <= T) piece(0, Math.min(len, (T - tA) / k), tA, k);
    if (tB <= T) { const lo = Math.max(0, len - (T - tB) / k); piece(lo, len, tB + k * (len - lo), -k); }
    if (tF <= T) {
      const s0 = f * len, r = (T - tF) / k;
      const lo = Math.max(0, s0 - r);
      piece(lo, s0, tF + k * (s0 - lo), -k);
      piece(s0, Math.min(len, s0 + r), tF, k);
    }
    if (this.part === start) return;
    const [sx, sy, su, sv, sf, st, sm] = this.s;
    const i = this.seg++;
    sx[i] = ax; sy[i] = ay;
    su[i] = len > 0 ? (bx - ax) / len : 1; sv[i] = len > 0 ? (by - ay) / len : 0;
    sf[i] = from; st[i] = to; sm[i] = tMin;
    this.first[i] = start;
    this.first[i + 1] = this.part;
  }
}

/**
 * Segments for node times (from the multi-source search), starts in the
 * middle of edges, and the facilities' walks to the road. Times above
 * `maxTime` are dropped: no threshold needs them.
 */
export function timePieces(net: RoadNetwork, times: Float64Array, starts: readonly EdgeStart[], legs: readonly AccessLeg[],
  maxTime: number, maxAccess: number): TimePieces {
  const m = net.edgeU.length;
  const b = new Builder(m + starts.length + legs.length, maxTime);
  const startsOn = new Map<number, EdgeStart[]>();
  for (const s of starts) (startsOn.get(s.edge) ?? startsOn.set(s.edge, []).get(s.edge)!).push(s);
  let cx = 0, cy = 0, n = 0;
  for (let e = 0; e < m; e++) {
    const u = net.edgeU[e], v = net.edgeV[e];
    const own = startsOn.get(e);
    if (!(times[u] <= maxTime) && !(times[v] <= maxTime) && !own) continue;
    const ax = net.x[u], ay = net.y[u], bx = net.x[v], by = net.y[v];
    const k = net.edgeTime[e] / Math.max(1e-9, Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay)));
    b.add(ax, ay, bx, by, k, times[u], times[v], own?.[0].t, own?.[0].time);
    // Further starts on the same edge get their own copy of it.
    for (let i = 1; i < (own?.length ?? 0); i++) b.add(ax, ay, bx, by, k, Infinity, Infinity, own![i].t, own![i].time);
    cx += ax; cy += ay; n++;
  }
  const scale = n > 0 ? net.proj.scale(cx / n, cy / n) : 1;
  const walk = net.walkSpeed * scale;
  for (const l of legs) b.add(l.fx, l.fy, l.sx, l.sy, 1 / walk, 0, Infinity);
  const count = b.seg, parts = b.part;
  const [ax, ay, ux, uy, from, to, tMin] = b.s.map((a) => a.slice(0, count));
  const [lo, hi, t0, k] = b.p.map((a) => a.slice(0, parts));
  const g = new Float64Array(parts);
  for (let j = 0; j < parts; j++) {
    // Minimising t0 + k·s + |q − p(s)|/walk over s: the best s sits c·h/√(1−c²) from the foot of the perpendicular.
    const c = -k[j] * walk;
    g[j] = Math.abs(c) < 1 ? c / Math.sqrt(1 - c * c) : c > 0 ? Infinity : -Infinity;
  }
  return { segments: count, ax, ay, ux, uy, from, to, tMin, first: b.first.slice(0, count + 1), lo, hi, t0, k, g, walk, reach: maxAccess * scale };
}

/**
 * Time to reach projected (qx, qy) from segment i on foot, or Infinity when
 * farther than the access distance. `limit`: give up early (returning
 * Infinity) when the segment cannot beat it.
 */
export function segmentTime(p: TimePieces, i: number, qx: number, qy: number, limit = Infinity): number {
  const dx = qx - p.ax[i], dy = qy - p.ay[i];
  const sq = dx * p.ux[i] + dy * p.uy[i];
  const h2 = Math.max(0, dx * dx + dy * dy - sq * sq);
  const r2 = p.reach * p.reach;
  if (h2 > r2) return Infinity;
  // Lower bound: earliest time plus the walk to the nearest point of the segment.
  const near = sq < p.from[i] ? p.from[i] - sq : sq > p.to[i] ? sq - p.to[i] : 0;
  const d2 = h2 + near * near;
  if (d2 > r2) return Infinity;
  const slack = (limit - p.tMin[i]) * p.walk;
  if (!(slack > 0) || d2 >= slack * slack) return Infinity;
  const w = Math.sqrt(r2 - h2), h = Math.sqrt(h2);
  let best = Infinity;
  for (let j = p.first[i]; j < p.first[i + 1]; j++) {
    const lo = Math.max(p.lo[j], sq - w), hi = Math.min(p.hi[j], sq + w);
    if (lo > hi) continue;
    const g = p.g[j];
    // The objective is convex in s, so the constrained optimum is the free one clamped to [lo, hi].
    let s = g === Infinity ? hi : g === -Infinity ? lo : sq + g * h;
    if (s < lo) s = lo;
    else if (s > hi) s = hi;
    const e = s - sq;
    const t = p.t0[j] + p.k[j] * (s - p.lo[j]) + Math.sqrt(e * e + h2) / p.walk;
    if (t < best) best = t;
  }
  return best;
}

/** Projected box [minX, minY, maxX, maxY] of the segments (without the walk off the road); null when there are none. */
export function piecesBox(p: TimePieces): [number, number, number, number] | null {
  if (p.segments === 0) return null;
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  for (let i = 0; i < p.segments; i++) {
    for (const s of [p.from[i], p.to[i]]) {
      const x = p.ax[i] + s * p.ux[i], y = p.ay[i] + s * p.uy[i];
      if (x < a) a = x;
      if (x > c) c = x;
      if (y < b) b = y;
      if (y > d) d = y;
    }
  }
  return [a, b, c, d];
}
