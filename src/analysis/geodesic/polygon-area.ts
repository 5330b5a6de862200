/**
 * Area and perimeter of a ring of geodesic edges, following GeographicLib's
 * PolygonArea (Charles Karney, MIT/X11 licence): sum S12 of each edge with a
 * compensated accumulator, count prime-meridian crossings, reduce modulo the
 * ellipsoid's area.
 * Licence text: ./LICENSE-GeographicLib.txt.
 */
import { Accumulator, angDiff, angNormalize } from './geo-math.js';
import { GRS80, type Geodesic } from './geodesic-inverse.js';

const dd = { d: 0, e: 0 };

/** 1 or −1 when the edge crosses the prime meridian eastwards or westwards, else 0. */
function transit(lon1: number, lon2: number): number {
  angDiff(lon1, lon2, dd);
  const lon12 = dd.d;
  lon1 = angNormalize(lon1);
  lon2 = angNormalize(lon2);
  if (lon12 > 0 && ((lon1 < 0 && lon2 >= 0) || (lon1 > 0 && lon2 === 0))) return 1;
  return lon12 < 0 && lon1 >= 0 && lon2 < 0 ? -1 : 0;
}

/** Positions as [lon, lat, …]; a closing duplicate of the first position is ignored. */
type Ring = ReadonlyArray<ReadonlyArray<number>>;

function openLength(ring: Ring): number {
  let n = ring.length;
  if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) n--;
  return n;
}

/**
 * Signed area of a ring with geodesic edges, m²: positive counter-clockwise,
 * in (−area0/2, area0/2].
 */
export function ringArea(ring: Ring, geod: Geodesic = GRS80): number {
  const n = openLength(ring);
  if (n < 3) return 0;
  const acc = new Accumulator();
  let crossings = 0;
  for (let i = 0; i < n; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % n];
    geod.inverse(p[1], p[0], q[1], q[0]);
    acc.add(geod.S12);
    crossings += transit(p[0], q[0]);
  }
  const area0 = geod.area0;
  acc.remainder(area0);
  if (crossings & 1) acc.add((acc.s < 0 ? 1 : -1) * (area0 / 2));
  // The sum is clockwise-positive; flip to the counter-clockwise convention.
  acc.s = -acc.s;
  acc.t = -acc.t;
  if (acc.s > area0 / 2) acc.add(-area0);
  else if (acc.s <= -area0 / 2) acc.add(+area0);
  return 0 + acc.s;
}

/** Geodesic length of a path (not closed), metres. */
export function pathLength(path: Ring, geod: Geodesic = GRS80): number {
  const acc = new Accumulator();
  for (let i = 1; i < path.length; i++) {
    geod.inverse(path[i - 1][1], path[i - 1][0], path[i][1], path[i][0]);
    acc.add(geod.s12);
  }
  return acc.s;
}
