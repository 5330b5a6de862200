/**
 * Series coefficients of Karney's geodesic solution to order 6 in the third
 * flattening, transcribed from GeographicLib (Geodesic.js, Charles Karney,
 * MIT/X11 licence). See C. F. F. Karney, "Algorithms for geodesics",
 * J. Geodesy 87, 43–55 (2013), https://doi.org/10.1007/s00190-012-0578-z.
 * Licence text: ./LICENSE-GeographicLib.txt.
 */
const sq = (x: number) => x * x;
const hypot = (x: number, y: number) => Math.sqrt(x * x + y * y);

function polyval(n: number, p: ArrayLike<number>, s: number, x: number): number {
  let y = n < 0 ? 0 : p[s++];
  while (--n >= 0) y = y * x + p[s++];
  return y;
}

/**
 * Clenshaw sum: sinp ? Σ c[i] sin(2ix), i = 1..n : Σ c[i] cos((2i+1)x), i = 0..n−1.
 * `len` is the number of used entries of c (c[0] unused for the sine series).
 */
function sinCosSeries(sinp: boolean, sinx: number, cosx: number, c: ArrayLike<number>, len: number): number {
  let k = len;
  let n = k - (sinp ? 1 : 0);
  const ar = 2 * (cosx - sinx) * (cosx + sinx);
  let y0 = n & 1 ? c[--k] : 0;
  let y1 = 0;
  n = Math.floor(n / 2);
  while (n--) {
    y1 = ar * y0 - y1 + c[--k];
    y0 = ar * y1 - y0 + c[--k];
  }
  return sinp ? 2 * sinx * cosx * y0 : cosx * (y0 - y1);
}

const ORDER = 6;
export const TINY = Math.sqrt(Number.MIN_VALUE / Number.EPSILON);

const A1M1F_COEFF = [+1, 4, 64, 0, 256];
const C1F_COEFF = [-1, 6, -16, 32, -9, 64, -128, 2048, +9, -16, 768, +3, -5, 512, -7, 1280, -7, 2048];
const A2M1F_COEFF = [-11, -28, -192, 0, 256];
const C2F_COEFF = [+1, 2, 16, 32, +35, 64, 384, 2048, +15, 80, 768, +7, 35, 512, +63, 1280, +77, 2048];
const A3_COEFF = [-3, 128, -2, -3, 64, -1, -3, -1, 16, +3, -1, -2, 8, +1, -1, 2, +1, 1];
const C3_COEFF = [
  +3, 128, +2, 5, 128, -1, 3, 3, 64, -1, 0, 1, 8, -1, 1, 4,
  +5, 256, +1, 3, 128, -3, -2, 3, 64, +1, -3, 2, 32,
  +7, 512, -10, 9, 384, +5, -9, 5, 192,
  +7, 512, -14, 7, 512,
  +21, 2560,
];
const C4_COEFF = [
  +97, 15015, +1088, 156, 45045, -224, -4784, 1573, 45045,
  -10656, 14144, -4576, -858, 45045, +64, 624, -4576, 6864, -3003, 15015,
  +100, 208, 572, 3432, -12012, 30030, 45045,
  +1, 9009, -2944, 468, 135135, +5792, 1040, -1287, 135135,
  +5952, -11648, 9152, -2574, 135135, -64, -624, 4576, -6864, 3003, 135135,
  +8, 10725, +1856, -936, 225225, -8448, 4992, -1144, 225225,
  -1440, 4160, -4576, 1716, 225225,
  -136, 63063, +1024, -208, 105105, +3584, -3328, 1144, 315315,
  -128, 135135, -2560, 832, 405405,
  +128, 99099,
];

/** (1 − eps)·A1 − 1 → A1 − 1. */
function A1m1f(eps: number): number {
  const p = Math.floor(ORDER / 2);
  const t = polyval(p, A1M1F_COEFF, 0, sq(eps)) / A1M1F_COEFF[p + 1];
  return (t + eps) / (1 - eps);
}

/** Fourier coefficients C1[1..6] (c[0] unused). */
function C1f(eps: number, c: Float64Array): void {
  const eps2 = sq(eps);
  let d = eps;
  let o = 0;
  for (let l = 1; l <= ORDER; ++l) {
    const p = Math.floor((ORDER - l) / 2);
    c[l] = (d * polyval(p, C1F_COEFF, o, eps2)) / C1F_COEFF[o + p + 1];
    o += p + 2;
    d *= eps;
  }
}

function A2m1f(eps: number): number {
  const p = Math.floor(ORDER / 2);
  const t = polyval(p, A2M1F_COEFF, 0, sq(eps)) / A2M1F_COEFF[p + 1];
  return (t - eps) / (1 + eps);
}

function C2f(eps: number, c: Float64Array): void {
  const eps2 = sq(eps);
  let d = eps;
  let o = 0;
  for (let l = 1; l <= ORDER; ++l) {
    const p = Math.floor((ORDER - l) / 2);
    c[l] = (d * polyval(p, C2F_COEFF, o, eps2)) / C2F_COEFF[o + p + 1];
    o += p + 2;
    d *= eps;
  }
}

/**
 * Ellipsoid constants, series in the third flattening, and the parts of the
 * solution shared by every inverse problem: lengths and the area term. A base
 * class, so the hot calls are method calls rather than calls across modules.
 */
export abstract class GeodesicCore {
  readonly a: number;
  readonly f: number;
  /** Area of the whole ellipsoid, m². */
  readonly area0: number;
  protected readonly f1: number;
  protected readonly e2: number;
  protected readonly ep2: number;
  protected readonly n: number;
  protected readonly b: number;
  protected readonly c2: number;
  private readonly A3x = new Float64Array(ORDER);
  private readonly C3x = new Float64Array((ORDER * (ORDER - 1)) / 2);
  private readonly C4x = new Float64Array((ORDER * (ORDER + 1)) / 2);
  private readonly C1a = new Float64Array(ORDER + 1);
  private readonly C2a = new Float64Array(ORDER + 1);
  protected readonly C3a = new Float64Array(ORDER);
  private readonly C4a = new Float64Array(ORDER);
  /** Outputs of {@link lengths}: distance / b and reduced length / b. */
  protected ls12b = 0;
  protected lm12b = 0;

  constructor(a: number, f: number) {
    if (!(a > 0) || !(f >= 0 && f < 1)) throw new RangeError('Geodesic: need a > 0 and 0 ≤ f < 1 (oblate ellipsoid)');
    this.a = a;
    this.f = f;
    this.f1 = 1 - f;
    this.e2 = f * (2 - f);
    this.ep2 = this.e2 / sq(this.f1);
    this.n = f / (2 - f);
    this.b = a * this.f1;
    this.c2 = (sq(a) + sq(this.b) * (this.e2 === 0 ? 1 : Math.atanh(Math.sqrt(this.e2)) / Math.sqrt(this.e2))) / 2;
    this.area0 = 4 * Math.PI * this.c2;
    const n = this.n;
    let o = 0;
    let k = 0;
    for (let j = ORDER - 1; j >= 0; --j) {
      const p = Math.min(ORDER - j - 1, j);
      this.A3x[k++] = polyval(p, A3_COEFF, o, n) / A3_COEFF[o + p + 1];
      o += p + 2;
    }
    o = 0;
    k = 0;
    for (let l = 1; l < ORDER; ++l) {
      for (let j = ORDER - 1; j >= l; --j) {
        const p = Math.min(ORDER - j - 1, j);
        this.C3x[k++] = polyval(p, C3_COEFF, o, n) / C3_COEFF[o + p + 1];
        o += p + 2;
      }
    }
    o = 0;
    k = 0;
    for (let l = 0; l < ORDER; ++l) {
      for (let j = ORDER - 1; j >= l; --j) {
        const p = ORDER - j - 1;
        this.C4x[k++] = polyval(p, C4_COEFF, o, n) / C4_COEFF[o + p + 1];
        o += p + 2;
      }
    }
  }

  protected A3f(eps: number): number {
    return polyval(ORDER - 1, this.A3x, 0, eps);
  }

  /** Σ C3[l] sin(2lσ) between σ1 and σ2, C3 evaluated at eps. */
  protected C3sum(eps: number, ssig1: number, csig1: number, ssig2: number, csig2: number): number {
    const c = this.C3a;
    let mult = 1;
    let o = 0;
    for (let l = 1; l < ORDER; ++l) {
      const p = ORDER - l - 1;
      mult *= eps;
      c[l] = mult * polyval(p, this.C3x, o, eps);
      o += p + 1;
    }
    return sinCosSeries(true, ssig2, csig2, c, ORDER) - sinCosSeries(true, ssig1, csig1, c, ORDER);
  }

  private C4f(eps: number): void {
    const c = this.C4a;
    let mult = 1;
    let o = 0;
    for (let l = 0; l < ORDER; ++l) {
      const p = ORDER - l - 1;
      c[l] = mult * polyval(p, this.C4x, o, eps);
      o += p + 1;
      mult *= eps;
    }
  }

  /** Sets ls12b (distance / b) when `distance`, lm12b (reduced length / b) when `reduced`. */
  protected lengths(eps: number, sig12: number, ssig1: number, csig1: number, dn1: number,
    ssig2: number, csig2: number, dn2: number, distance: boolean, reduced: boolean): void {
    const { C1a, C2a } = this;
    let A1 = A1m1f(eps);
    C1f(eps, C1a);
    let A2 = 0;
    let m0x = 0;
    if (reduced) {
      A2 = A2m1f(eps);
      C2f(eps, C2a);
      m0x = A1 - A2;
      A2 = 1 + A2;
    }
    A1 = 1 + A1;
    let J12 = 0;
    if (distance) {
      const B1 = sinCosSeries(true, ssig2, csig2, C1a, ORDER + 1) - sinCosSeries(true, ssig1, csig1, C1a, ORDER + 1);
      this.ls12b = A1 * (sig12 + B1);
      if (reduced) {
        const B2 = sinCosSeries(true, ssig2, csig2, C2a, ORDER + 1) - sinCosSeries(true, ssig1, csig1, C2a, ORDER + 1);
        J12 = m0x * sig12 + (A1 * B1 - A2 * B2);
      }
    } else if (reduced) {
      for (let l = 1; l <= ORDER; ++l) C2a[l] = A1 * C1a[l] - A2 * C2a[l];
      J12 = m0x * sig12 + (sinCosSeries(true, ssig2, csig2, C2a, ORDER + 1) - sinCosSeries(true, ssig1, csig1, C2a, ORDER + 1));
    }
    if (reduced) {
      this.lm12b = dn2 * (csig1 * ssig2) - dn1 * (ssig1 * csig2) - csig1 * csig2 * J12;
    }
  }


  /** S12 of a solved line, before the sign fix-up for swapped or mirrored points. */
  protected areaTerm(sbet1: number, cbet1: number, sbet2: number, cbet2: number, salp1: number, calp1: number,
    salp2: number, calp2: number, meridian: boolean, somg12: number, comg12: number, omg12: number): number {
    let S12 = 0;
    const salp0 = salp1 * cbet1;
    const calp0 = hypot(calp1, salp1 * sbet1);
    if (calp0 !== 0 && salp0 !== 0) {
      let ssig1 = sbet1, csig1 = calp1 * cbet1;
      let ssig2 = sbet2, csig2 = calp2 * cbet2;
      const k2 = sq(calp0) * this.ep2;
      const eps = k2 / (2 * (1 + Math.sqrt(1 + k2)) + k2);
      const A4 = sq(this.a) * calp0 * salp0 * this.e2;
      let t = hypot(ssig1, csig1);
      ssig1 /= t; csig1 /= t;
      t = hypot(ssig2, csig2);
      ssig2 /= t; csig2 /= t;
      this.C4f(eps);
      const B41 = sinCosSeries(false, ssig1, csig1, this.C4a, ORDER);
      const B42 = sinCosSeries(false, ssig2, csig2, this.C4a, ORDER);
      S12 = A4 * (B42 - B41);
    }
    if (!meridian && somg12 === 2) {
      somg12 = Math.sin(omg12);
      comg12 = Math.cos(omg12);
    }
    let alp12: number;
    if (!meridian && comg12 > -0.7071 && sbet2 - sbet1 < 1.75) {
      const domg12 = 1 + comg12, dbet1 = 1 + cbet1, dbet2 = 1 + cbet2;
      alp12 = 2 * Math.atan2(somg12 * (sbet1 * dbet2 + sbet2 * dbet1), domg12 * (sbet1 * sbet2 + dbet1 * dbet2));
    } else {
      let salp12 = salp2 * calp1 - calp2 * salp1;
      let calp12 = calp2 * calp1 + salp2 * salp1;
      if (salp12 === 0 && calp12 < 0) {
        salp12 = TINY * calp1;
        calp12 = -1;
      }
      alp12 = Math.atan2(salp12, calp12);
    }
    return S12 + this.c2 * alp12;
  }
}
