/**
 * Exact angle helpers for the geodesic solver, transcribed from GeographicLib's
 * Math.js (Charles Karney, MIT/X11 licence). They reduce angles in degrees
 * before converting to radians so that round-off does not grow with |angle|.
 * Licence text: ./LICENSE-GeographicLib.txt.
 */

export const DEGREE = Math.PI / 180;

export function sq(x: number): number {
  return x * x;
}

export function copysign(x: number, y: number): number {
  return Math.abs(x) * (y < 0 || (y === 0 && 1 / y < 0) ? -1 : 1);
}

/** Error-free sum: u + v = s + t exactly. Results go to `out`. */
export function twoSum(u: number, v: number, out: { s: number; t: number }): void {
  const s = u + v;
  let up = s - v;
  let vpp = s - up;
  up -= u;
  vpp -= v;
  out.s = s;
  out.t = s ? 0 - (up + vpp) : s;
}

/** Rounds tiny angles so near-equator points are treated as on the equator. */
export function angRound(x: number): number {
  const z = 1 / 16;
  let y = Math.abs(x);
  y = y < z ? z - (z - y) : y;
  return copysign(y, x);
}

export function remainder(x: number, y: number): number {
  x %= y;
  return x < -y / 2 ? x + y : x < y / 2 ? x : x - y;
}

export function angNormalize(x: number): number {
  const y = remainder(x, 360);
  return Math.abs(y) === 180 ? copysign(180, x) : y;
}

const scratch = { s: 0, t: 0 };

/** y − x reduced to [−180, 180], as d + e with e the rounding error. */
export function angDiff(x: number, y: number, out: { d: number; e: number }): void {
  twoSum(remainder(-x, 360), remainder(y, 360), scratch);
  twoSum(remainder(scratch.s, 360), scratch.t, scratch);
  let d = scratch.s;
  const e = scratch.t;
  if (d === 0 || Math.abs(d) === 180) d = copysign(d, e === 0 ? y - x : -e);
  out.d = d;
  out.e = e;
}

/** sin and cos of x degrees with exact quadrant reduction. */
export function sincosd(x: number, out: { s: number; c: number }): void {
  sincosImpl(x, 0, false, out);
}

/** sin and cos of (x + t) degrees, t a small correction. */
export function sincosde(x: number, t: number, out: { s: number; c: number }): void {
  sincosImpl(x, t, true, out);
}

function sincosImpl(x: number, t: number, round: boolean, out: { s: number; c: number }): void {
  let d = x % 360;
  const q = Math.round(d / 90);
  d = round ? angRound(d - 90 * q + t) : d - 90 * q;
  const r = d * DEGREE;
  let s = Math.sin(r);
  let c = Math.cos(r);
  if (Math.abs(d) === 45) {
    c = Math.sqrt(0.5);
    s = copysign(c, r);
  } else if (Math.abs(d) === 30) {
    c = Math.sqrt(0.75);
    s = copysign(0.5, r);
  }
  let sinx: number;
  let cosx: number;
  switch (q & 3) {
    case 0: sinx = s; cosx = c; break;
    case 1: sinx = c; cosx = -s; break;
    case 2: sinx = -s; cosx = -c; break;
    default: sinx = -c; cosx = s; break;
  }
  cosx += 0;
  if (sinx === 0) sinx = copysign(sinx, x + t);
  out.s = sinx;
  out.c = cosx;
}

/** Positive root k of k⁴ + 2k³ − (x² + y² − 1)k² − 2y²k − y² = 0 (Karney's astroid). */
export function astroid(x: number, y: number): number {
  const p = sq(x);
  const q = sq(y);
  const r = (p + q - 1) / 6;
  if (q === 0 && r <= 0) return 0;
  const S = (p * q) / 4;
  const r2 = sq(r);
  const r3 = r * r2;
  const disc = S * (S + 2 * r3);
  let u = r;
  if (disc >= 0) {
    let T3 = S + r3;
    T3 += T3 < 0 ? -Math.sqrt(disc) : Math.sqrt(disc);
    const T = Math.cbrt(T3);
    u += T + (T !== 0 ? r2 / T : 0);
  } else {
    const ang = Math.atan2(Math.sqrt(-disc), -(S + r3));
    u += 2 * r * Math.cos(ang / 3);
  }
  const v = Math.sqrt(sq(u) + q);
  const uv = u < 0 ? q / (v - u) : u + v;
  const w = (uv - q) / (2 * v);
  return uv / (Math.sqrt(uv + sq(w)) + w);
}

/** Double-double accumulator (GeographicLib's Accumulator), enough for exact polygon sums. */
export class Accumulator {
  s = 0;
  t = 0;
  private readonly u = { s: 0, t: 0 };
  private readonly v = { s: 0, t: 0 };

  add(y: number): void {
    twoSum(y, this.t, this.u);
    twoSum(this.u.s, this.s, this.v);
    const ut = this.u.t;
    this.s = this.v.s;
    this.t = this.v.t;
    if (this.s === 0) this.s = ut;
    else this.t += ut;
  }

  remainder(y: number): void {
    this.s = remainder(this.s, y);
    this.add(0);
  }
}
