/**
 * An independent, slow reference for the isochrone model: road points every
 * `step` metres with their travel time, and each sample point of a fine
 * lattice reached if some road point within `maxAccess` gets there in time
 * on foot. Shares only the shortest-path node times with the code under test.
 */
import type { RoadNetwork } from '../../../src/analysis/network/graph.js';
import type { EdgeStart } from '../../../src/analysis/network/snap.js';

export interface RoadPoint { x: number; y: number; t: number }

/** Road points with times τ = min(τa + s/v, τb + (L − s)/v, start + |s − s₀|/v). */
export function roadPoints(net: RoadNetwork, times: Float64Array, starts: EdgeStart[], step: number): RoadPoint[] {
  const out: RoadPoint[] = [];
  for (let e = 0; e < net.edgeU.length; e++) {
    const u = net.edgeU[e], v = net.edgeV[e];
    const n = Math.max(1, Math.ceil(net.edgeLength[e] / step));
    const own = starts.filter((s) => s.edge === e);
    for (let i = 0; i <= n; i++) {
      const f = i / n;
      let t = Math.min(times[u] + f * net.edgeTime[e], times[v] + (1 - f) * net.edgeTime[e]);
      for (const s of own) t = Math.min(t, s.time + Math.abs(f - s.t) * net.edgeTime[e]);
      if (t < Infinity) out.push({ x: net.x[u] + f * (net.x[v] - net.x[u]), y: net.y[u] + f * (net.y[v] - net.y[u]), t });
    }
  }
  return out;
}

/** Area (projected units²) of the lattice points within `seconds`, sampled every `spacing` over `box`. */
export function bruteArea(points: RoadPoint[], walk: number, maxAccess: number, seconds: number,
  box: [number, number, number, number], spacing: number): number {
  const useful = points.filter((p) => p.t <= seconds);
  const cell = maxAccess;
  const hash = new Map<string, RoadPoint[]>();
  for (const p of useful) {
    const k = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    (hash.get(k) ?? hash.set(k, []).get(k)!).push(p);
  }
  let count = 0;
  for (let y = box[1] + spacing / 2; y < box[3]; y += spacing) {
    for (let x = box[0] + spacing / 2; x < box[2]; x += spacing) {
      const gx = Math.floor(x / cell), gy = Math.floor(y / cell);
      let hit = false;
      for (let i = gx - 1; i <= gx + 1 && !hit; i++) for (let j = gy - 1; j <= gy + 1 && !hit; j++) {
        for (const p of hash.get(`${i},${j}`) ?? []) {
          const d = Math.hypot(x - p.x, y - p.y);
          if (d <= maxAccess && p.t + d / walk <= seconds) { hit = true; break; }
        }
      }
      if (hit) count++;
    }
  }
  return count * spacing * spacing;
}
