/** Greedy maximal covering with lazy gain updates (gains only shrink, so stale heap entries are re-checked). */
import type { Position } from 'geojson';

export interface Pick {
  index: number;
  /** Demand weight newly covered by this pick (m² of samples, or people). */
  gain: number;
}

/**
 * Chooses up to `k` candidates by largest uncovered demand within `radius`.
 * `covered` is updated in place. Stops early when no candidate adds anything.
 */
export function greedyPicks(demand: { x: number[]; y: number[]; w: number[] }, covered: Uint8Array, cands: Position[],
  radius: number, k: number, check: (f: number) => void): Pick[] {
  const cell = radius;
  const grid = new Map<number, number[]>();
  const key = (gx: number, gy: number) => gx * 1048576 + gy;
  demand.x.forEach((x, i) => {
    const kk = key(Math.floor(x / cell) + 524288, Math.floor(demand.y[i] / cell) + 524288);
    const l = grid.get(kk);
    if (l) l.push(i);
    else grid.set(kk, [i]);
  });
  const r2 = radius * radius;
  const lists: Int32Array[] = cands.map(([cx, cy], c) => {
    if ((c & 63) === 0) check((0.8 * c) / cands.length);
    const out: number[] = [];
    const gx0 = Math.floor((cx - radius) / cell) + 524288, gy0 = Math.floor((cy - radius) / cell) + 524288;
    for (let gx = gx0; gx <= gx0 + 2; gx++) for (let gy = gy0; gy <= gy0 + 2; gy++) {
      for (const i of grid.get(key(gx, gy)) ?? []) {
        const dx = demand.x[i] - cx, dy = demand.y[i] - cy;
        if (dx * dx + dy * dy <= r2) out.push(i);
      }
    }
    return Int32Array.from(out);
  });
  const gainOf = (c: number) => {
    let g = 0;
    for (const i of lists[c]) if (!covered[i]) g += demand.w[i];
    return g;
  };
  const gains = cands.map((_, c) => gainOf(c));
  const picks: Pick[] = [];
  const taken = new Uint8Array(cands.length);
  while (picks.length < k) {
    check(0.8 + (0.2 * picks.length) / k);
    let best = -1;
    // Lazy evaluation: refresh the current leader until it stays the leader.
    for (;;) {
      best = -1;
      for (let c = 0; c < cands.length; c++) if (!taken[c] && (best < 0 || gains[c] > gains[best])) best = c;
      if (best < 0) break;
      const fresh = gainOf(best);
      if (fresh === gains[best]) break;
      gains[best] = fresh;
    }
    if (best < 0 || gains[best] <= 0) break;
    taken[best] = 1;
    picks.push({ index: best, gain: gains[best] });
    for (const i of lists[best]) covered[i] = 1;
  }
  return picks;
}
