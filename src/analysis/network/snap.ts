/** Snapping points to the nearest road segment of a {@link RoadNetwork}. */
import type { Position } from 'geojson';
import type { RoadNetwork } from './graph.js';
import type { Seed } from './dijkstra.js';

export interface Snap {
  edge: number;
  /** Position along the edge from edgeU (0) to edgeV (1). */
  t: number;
  /** Straight-line distance from the point to the road, metres. */
  distance: number;
}

/** Uniform grid of edges for nearest-edge queries. */
export class EdgeIndex {
  private readonly grid = new Map<number, number[]>();
  private readonly cell: number;

  constructor(private readonly net: RoadNetwork) {
    const m = net.edgeU.length;
    let total = 0;
    for (let e = 0; e < m; e++) total += net.edgeLength[e];
    this.cell = Math.max(10, (2 * total) / Math.max(1, m));
    for (let e = 0; e < m; e++) {
      const ax = net.x[net.edgeU[e]], ay = net.y[net.edgeU[e]], bx = net.x[net.edgeV[e]], by = net.y[net.edgeV[e]];
      for (let gx = this.g(Math.min(ax, bx)); gx <= this.g(Math.max(ax, bx)); gx++) {
        for (let gy = this.g(Math.min(ay, by)); gy <= this.g(Math.max(ay, by)); gy++) {
          const k = gx * 1048576 + gy;
          const l = this.grid.get(k);
          if (l) l.push(e);
          else this.grid.set(k, [e]);
        }
      }
    }
  }

  private g(v: number): number {
    return Math.floor(v / this.cell) + 524288;
  }

  /** Nearest edge within `maxDistance` metres of projected (x, y), or null. */
  nearest(x: number, y: number, maxDistance: number): Snap | null {
    const { net } = this;
    const k = net.proj.scale(x, y);
    const reach = maxDistance * k;
    let best: Snap | null = null;
    let bestD = reach;
    const seen = new Set<number>();
    for (let gx = this.g(x - reach); gx <= this.g(x + reach); gx++) {
      for (let gy = this.g(y - reach); gy <= this.g(y + reach); gy++) {
        for (const e of this.grid.get(gx * 1048576 + gy) ?? []) {
          if (seen.has(e)) continue;
          seen.add(e);
          const ax = net.x[net.edgeU[e]], ay = net.y[net.edgeU[e]];
          const dx = net.x[net.edgeV[e]] - ax, dy = net.y[net.edgeV[e]] - ay;
          const len2 = dx * dx + dy * dy;
          let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
          t = Math.max(0, Math.min(1, t));
          const d = Math.hypot(ax + t * dx - x, ay + t * dy - y);
          if (d <= bestD) {
            bestD = d;
            best = { edge: e, t, distance: d / k };
          }
        }
      }
    }
    return best;
  }
}

/** Lon/lat positions snapped to the network; null where no road is within `maxDistance`. */
export function snapPositions(net: RoadNetwork, index: EdgeIndex, positions: Position[], maxDistance: number): Array<Snap | null> {
  return positions.map((p) => {
    const [x, y] = net.proj.forward(p[0], p[1]);
    return index.nearest(x, y, maxDistance);
  });
}

/**
 * A start in the middle of an edge: the snap point of a facility, with the
 * time already spent walking to the road. Travel along its own edge runs from
 * here, not from the edge's end nodes.
 */
export interface EdgeStart {
  edge: number;
  /** Position along the edge from edgeU (0) to edgeV (1). */
  t: number;
  /** Seconds spent before reaching the road. */
  time: number;
}

export function edgeStartOf(net: RoadNetwork, snap: Snap): EdgeStart {
  return { edge: snap.edge, t: snap.t, time: snap.distance / net.walkSpeed };
}

/** The two seeds of a snapped start: both ends of its edge, with the walk to the road added. */
export function seedsOf(net: RoadNetwork, snap: Snap, source: number): Seed[] {
  const access = snap.distance / net.walkSpeed;
  const te = net.edgeTime[snap.edge];
  return [
    { node: net.edgeU[snap.edge], time: access + snap.t * te, source },
    { node: net.edgeV[snap.edge], time: access + (1 - snap.t) * te, source },
  ];
}

/**
 * Time (s) to reach a snapped point: the better of its edge's two ends and of
 * any start on the same edge (a facility on the same long road is reached
 * along it, not via the far ends), plus the walk off the road.
 */
export function timeAtSnap(net: RoadNetwork, times: Float64Array, snap: Snap, starts: readonly EdgeStart[] = []): number {
  const te = net.edgeTime[snap.edge];
  let best = Math.min(times[net.edgeU[snap.edge]] + snap.t * te, times[net.edgeV[snap.edge]] + (1 - snap.t) * te);
  for (const s of starts) {
    if (s.edge === snap.edge) best = Math.min(best, s.time + Math.abs(snap.t - s.t) * te);
  }
  return best + snap.distance / net.walkSpeed;
}
