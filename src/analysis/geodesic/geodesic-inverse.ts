/**
 * The inverse geodesic problem with distance and area (S12), transcribed from
 * GeographicLib's Geodesic.js (Charles Karney, 2011–2022, MIT/X11 licence) and
 * trimmed to what polygon area and length need: oblate ellipsoids, no
 * azimuths, reduced length or scales in the output.
 * Licence text: ./LICENSE-GeographicLib.txt.
 */
import { angDiff, angRound, astroid, copysign, sincosd, sincosde } from './geo-math.js';
import { GeodesicCore, TINY } from './geodesic-series.js';

const TOL0 = Number.EPSILON;
const TOL1 = 200 * TOL0;
const TOL2 = Math.sqrt(TOL0);
const TOLB = TOL0;
const XTHRESH = 1000 * TOL2;
const MAXIT1 = 20;
const MAXIT2 = MAXIT1 + 53 + 10;

const sq = (x: number) => x * x;
// Math.hypot is several times slower in V8; arguments here are sines and cosines, so no overflow.
function hypot(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

export class Geodesic extends GeodesicCore {
  /** Results of the last {@link inverse} call: distance (m) and area to the equator (m²). */
  s12 = 0;
  S12 = 0;

  private readonly etol2: number;
  private readonly sc = { s: 0, c: 0 };
  private readonly dd = { d: 0, e: 0 };
  // Outputs of lambda12() and inverseStart(), kept as fields to avoid allocation.
  private sig12 = 0; private salp1 = 0; private calp1 = 0; private salp2 = 0; private calp2 = 0;
  private dnm = 0; private ssig1 = 0; private csig1 = 0; private ssig2 = 0; private csig2 = 0;
  private eps = 0; private domg12 = 0; private dlam12 = 0;

  constructor(a: number, f: number) {
    super(a, f);
    this.etol2 = (0.1 * TOL2) / Math.sqrt((Math.max(0.001, Math.abs(f)) * Math.min(1, 1 - f / 2)) / 2);
  }

  private inverseStart(sbet1: number, cbet1: number, sbet2: number, cbet2: number,
    lam12: number, slam12: number, clam12: number): void {
    const sbet12 = sbet2 * cbet1 - cbet2 * sbet1;
    const cbet12 = cbet2 * cbet1 + sbet2 * sbet1;
    let sbet12a = sbet2 * cbet1;
    sbet12a += cbet2 * sbet1;
    this.sig12 = -1;
    const shortline = cbet12 >= 0 && sbet12 < 0.5 && cbet2 * lam12 < 0.5;
    let somg12: number;
    let comg12: number;
    if (shortline) {
      let sbetm2 = sq(sbet1 + sbet2);
      sbetm2 /= sbetm2 + sq(cbet1 + cbet2);
      this.dnm = Math.sqrt(1 + this.ep2 * sbetm2);
      const omg12 = lam12 / (this.f1 * this.dnm);
      somg12 = Math.sin(omg12);
      comg12 = Math.cos(omg12);
    } else {
      somg12 = slam12;
      comg12 = clam12;
    }
    this.salp1 = cbet2 * somg12;
    this.calp1 = comg12 >= 0
      ? sbet12 + (cbet2 * sbet1 * sq(somg12)) / (1 + comg12)
      : sbet12a - (cbet2 * sbet1 * sq(somg12)) / (1 - comg12);
    const ssig12 = hypot(this.salp1, this.calp1);
    const csig12 = sbet1 * sbet2 + cbet1 * cbet2 * comg12;
    if (shortline && ssig12 < this.etol2) {
      this.salp2 = cbet1 * somg12;
      this.calp2 = sbet12 - cbet1 * sbet2 * (comg12 >= 0 ? sq(somg12) / (1 + comg12) : 1 - comg12);
      const t = hypot(this.salp2, this.calp2);
      this.salp2 /= t;
      this.calp2 /= t;
      this.sig12 = Math.atan2(ssig12, csig12);
    } else if (Math.abs(this.n) > 0.1 || csig12 >= 0 || ssig12 >= 6 * Math.abs(this.n) * Math.PI * sq(cbet1)) {
      // The zeroth-order spherical estimate is good enough.
    } else {
      const lam12x = Math.atan2(-slam12, -clam12);
      const k2 = sq(sbet1) * this.ep2;
      const eps = k2 / (2 * (1 + Math.sqrt(1 + k2)) + k2);
      const lamscale = this.f * cbet1 * this.A3f(eps) * Math.PI;
      const betscale = lamscale * cbet1;
      const x = lam12x / lamscale;
      const y = sbet12a / betscale;
      if (y > -TOL1 && x > -1 - XTHRESH) {
        this.salp1 = Math.min(1, -x);
        this.calp1 = -Math.sqrt(1 - sq(this.salp1));
      } else {
        const k = astroid(x, y);
        const omg12a = lamscale * ((-x * k) / (1 + k));
        somg12 = Math.sin(omg12a);
        comg12 = -Math.cos(omg12a);
        this.salp1 = cbet2 * somg12;
        this.calp1 = sbet12a - (cbet2 * sbet1 * sq(somg12)) / (1 - comg12);
      }
    }
    if (!(this.salp1 <= 0)) {
      const t = hypot(this.salp1, this.calp1);
      this.salp1 /= t;
      this.calp1 /= t;
    } else {
      this.salp1 = 1;
      this.calp1 = 0;
    }
  }

  /** Returns lam12; sets salp2, calp2, sig12, ssig1..csig2, eps, domg12, dlam12. */
  private lambda12(sbet1: number, cbet1: number, dn1: number, sbet2: number, cbet2: number, dn2: number,
    salp1: number, calp1: number, slam120: number, clam120: number, diffp: boolean): number {
    if (sbet1 === 0 && calp1 === 0) calp1 = -TINY;
    const salp0 = salp1 * cbet1;
    const calp0 = hypot(calp1, salp1 * sbet1);
    let ssig1 = sbet1;
    const somg1 = salp0 * sbet1;
    let csig1 = calp1 * cbet1;
    const comg1 = csig1;
    let t = hypot(ssig1, csig1);
    ssig1 /= t;
    csig1 /= t;
    const salp2 = cbet2 !== cbet1 ? salp0 / cbet2 : salp1;
    const calp2 = cbet2 !== cbet1 || Math.abs(sbet2) !== -sbet1
      ? Math.sqrt(sq(calp1 * cbet1) + (cbet1 < -sbet1 ? (cbet2 - cbet1) * (cbet1 + cbet2) : (sbet1 - sbet2) * (sbet1 + sbet2))) / cbet2
      : Math.abs(calp1);
    let ssig2 = sbet2;
    const somg2 = salp0 * sbet2;
    let csig2 = calp2 * cbet2;
    const comg2 = csig2;
    t = hypot(ssig2, csig2);
    ssig2 /= t;
    csig2 /= t;
    const sig12 = Math.atan2(Math.max(0, csig1 * ssig2 - ssig1 * csig2), csig1 * csig2 + ssig1 * ssig2);
    const somg12 = Math.max(0, comg1 * somg2 - somg1 * comg2);
    const comg12 = comg1 * comg2 + somg1 * somg2;
    const eta = Math.atan2(somg12 * clam120 - comg12 * slam120, comg12 * clam120 + somg12 * slam120);
    const k2 = sq(calp0) * this.ep2;
    const eps = k2 / (2 * (1 + Math.sqrt(1 + k2)) + k2);
    const B312 = this.C3sum(eps, ssig1, csig1, ssig2, csig2);
    const domg12 = -this.f * this.A3f(eps) * salp0 * (sig12 + B312);
    if (diffp) {
      if (calp2 === 0) {
        this.dlam12 = (-2 * this.f1 * dn1) / sbet1;
      } else {
        this.lengths(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2, false, true);
        this.dlam12 = (this.lm12b * this.f1) / (calp2 * cbet2);
      }
    }
    this.salp2 = salp2; this.calp2 = calp2; this.sig12 = sig12;
    this.ssig1 = ssig1; this.csig1 = csig1; this.ssig2 = ssig2; this.csig2 = csig2;
    this.eps = eps; this.domg12 = domg12;
    return eta + domg12;
  }

  /**
   * Solves the inverse problem between (lat1, lon1) and (lat2, lon2), degrees.
   * Sets {@link s12} (m) and {@link S12} (m², area between the geodesic and the equator).
   */
  inverse(lat1: number, lon1: number, lat2: number, lon2: number): void {
    lat1 = Math.abs(lat1) > 90 ? NaN : lat1;
    lat2 = Math.abs(lat2) > 90 ? NaN : lat2;
    lat1 = angRound(lat1);
    lat2 = angRound(lat2);
    angDiff(lon1, lon2, this.dd);
    let lon12 = this.dd.d;
    let lon12s = this.dd.e;
    let lonsign = copysign(1, lon12);
    lon12 *= lonsign;
    lon12s *= lonsign;
    const lam12 = lon12 * (Math.PI / 180);
    sincosde(lon12, lon12s, this.sc);
    const slam12 = this.sc.s;
    const clam12 = this.sc.c;
    lon12s = 180 - lon12 - lon12s;
    const swapp = Math.abs(lat1) < Math.abs(lat2) || Number.isNaN(lat2) ? -1 : 1;
    if (swapp < 0) {
      lonsign *= -1;
      const tmp = lat1;
      lat1 = lat2;
      lat2 = tmp;
    }
    const latsign = copysign(1, -lat1);
    lat1 *= latsign;
    lat2 *= latsign;
    sincosd(lat1, this.sc);
    let sbet1 = this.f1 * this.sc.s;
    let cbet1 = this.sc.c;
    let t = hypot(sbet1, cbet1);
    sbet1 /= t;
    cbet1 /= t;
    cbet1 = Math.max(TINY, cbet1);
    sincosd(lat2, this.sc);
    let sbet2 = this.f1 * this.sc.s;
    let cbet2 = this.sc.c;
    t = hypot(sbet2, cbet2);
    sbet2 /= t;
    cbet2 /= t;
    cbet2 = Math.max(TINY, cbet2);
    if (cbet1 < -sbet1) {
      if (cbet2 === cbet1) sbet2 = copysign(sbet1, sbet2);
    } else if (Math.abs(sbet2) === -sbet1) {
      cbet2 = cbet1;
    }
    const dn1 = Math.sqrt(1 + this.ep2 * sq(sbet1));
    const dn2 = Math.sqrt(1 + this.ep2 * sq(sbet2));
    let sig12 = 0;
    let s12x = 0;
    let salp1 = 0, calp1 = 0, salp2 = 0, calp2 = 0;
    let omg12 = 0;
    let somg12 = 2;
    let comg12 = 0;
    let meridian = lat1 === -90 || slam12 === 0;
    if (meridian) {
      calp1 = clam12; salp1 = slam12;
      calp2 = 1; salp2 = 0;
      const ssig1 = sbet1, csig1 = calp1 * cbet1;
      const ssig2 = sbet2, csig2 = calp2 * cbet2;
      sig12 = Math.atan2(Math.max(0, csig1 * ssig2 - ssig1 * csig2), csig1 * csig2 + ssig1 * ssig2);
      this.lengths(this.n, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2, true, true);
      s12x = this.ls12b;
      let m12x = this.lm12b;
      if (sig12 < TOL2 || m12x >= 0) {
        if (sig12 < 3 * TINY || (sig12 < TOL0 && (s12x < 0 || m12x < 0))) sig12 = m12x = s12x = 0;
        s12x *= this.b;
      } else {
        meridian = false;
      }
    }
    if (!meridian && sbet1 === 0 && (this.f <= 0 || lon12s >= this.f * 180)) {
      calp1 = calp2 = 0;
      salp1 = salp2 = 1;
      s12x = this.a * lam12;
      sig12 = omg12 = lam12 / this.f1;
    } else if (!meridian) {
      this.inverseStart(sbet1, cbet1, sbet2, cbet2, lam12, slam12, clam12);
      sig12 = this.sig12;
      salp1 = this.salp1;
      calp1 = this.calp1;
      if (sig12 >= 0) {
        salp2 = this.salp2;
        calp2 = this.calp2;
        s12x = sig12 * this.b * this.dnm;
        omg12 = lam12 / (this.f1 * this.dnm);
      } else {
        let salp1a = TINY, calp1a = 1, salp1b = TINY, calp1b = -1;
        let tripn = false;
        let tripb = false;
        for (let numit = 0; ; ++numit) {
          const v = this.lambda12(sbet1, cbet1, dn1, sbet2, cbet2, dn2, salp1, calp1, slam12, clam12, numit < MAXIT1);
          const dv = this.dlam12;
          if (tripb || !(Math.abs(v) >= (tripn ? 8 : 1) * TOL0) || numit === MAXIT2) break;
          if (v > 0 && (numit < MAXIT1 || calp1 / salp1 > calp1b / salp1b)) {
            salp1b = salp1; calp1b = calp1;
          } else if (v < 0 && (numit < MAXIT1 || calp1 / salp1 < calp1a / salp1a)) {
            salp1a = salp1; calp1a = calp1;
          }
          if (numit < MAXIT1 && dv > 0) {
            const dalp1 = -v / dv;
            if (Math.abs(dalp1) < Math.PI) {
              const sdalp1 = Math.sin(dalp1), cdalp1 = Math.cos(dalp1);
              const nsalp1 = salp1 * cdalp1 + calp1 * sdalp1;
              if (nsalp1 > 0) {
                calp1 = calp1 * cdalp1 - salp1 * sdalp1;
                salp1 = nsalp1;
                t = hypot(salp1, calp1);
                salp1 /= t; calp1 /= t;
                tripn = Math.abs(v) <= 16 * TOL0;
                continue;
              }
            }
          }
          salp1 = (salp1a + salp1b) / 2;
          calp1 = (calp1a + calp1b) / 2;
          t = hypot(salp1, calp1);
          salp1 /= t; calp1 /= t;
          tripn = false;
          tripb = Math.abs(salp1a - salp1) + (calp1a - calp1) < TOLB || Math.abs(salp1 - salp1b) + (calp1 - calp1b) < TOLB;
        }
        salp2 = this.salp2;
        calp2 = this.calp2;
        sig12 = this.sig12;
        this.lengths(this.eps, sig12, this.ssig1, this.csig1, dn1, this.ssig2, this.csig2, dn2, true, false);
        s12x = this.ls12b * this.b;
        const sdomg12 = Math.sin(this.domg12), cdomg12 = Math.cos(this.domg12);
        somg12 = slam12 * cdomg12 - clam12 * sdomg12;
        comg12 = clam12 * cdomg12 + slam12 * sdomg12;
      }
    }
    this.s12 = 0 + s12x;
    this.S12 = this.areaTerm(sbet1, cbet1, sbet2, cbet2, salp1, calp1, salp2, calp2, meridian, somg12, comg12, omg12) * swapp * lonsign * latsign + 0;
  }

}

/** GRS80 (CGCS2000 uses it; WGS84's flattening differs by 1e-11, far below any map's accuracy). */
export const GRS80 = new Geodesic(6378137, 1 / 298.257222101);
/** WGS84, for comparison with tools that use it. */
export const WGS84 = new Geodesic(6378137, 1 / 298.257223563);
