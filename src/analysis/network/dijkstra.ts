/** Shortest travel times on a {@link RoadNetwork}. */
import type { RoadNetwork } from './graph.js';
import { MinHeap } from './heap.js';

/** A start: a node and the time already spent reaching it (seconds). */
export interface Seed {
  node: number;
  time: number;
  /** Which facility this seed belongs to. */
  source: number;
}

export interface NodeTimes {
  /** Seconds to the nearest source; Infinity when beyond `maxTime` or unreachable. */
  time: Float64Array;
  /** Index of the nearest source, −1 when unreached. */
  source: Int32Array;
}

/**
 * Multi-source Dijkstra: every node gets the time to its nearest source in
 * one pass, stopping at `maxTime` seconds. The same code with one seed is the
 * single-source search.
 */
export function nodeTimes(net: RoadNetwork, seeds: Seed[], maxTime = Infinity, check?: (f: number) => void): NodeTimes {
  const n = net.x.length;
  const time = new Float64Array(n).fill(Infinity);
  const source = new Int32Array(n).fill(-1);
  const heap = new MinHeap(Math.max(16, seeds.length * 2));
  for (const s of seeds) {
    if (s.time < time[s.node] && s.time <= maxTime) {
      time[s.node] = s.time;
      source[s.node] = s.source;
      heap.push(s.time, s.node);
    }
  }
  const { adjStart, adjNode, adjEdge, edgeTime } = net;
  let settled = 0;
  while (heap.size > 0) {
    const t = heap.peekKey();
    const u = heap.pop();
    if (t > time[u]) continue;
    if (check && (++settled & 4095) === 0) check(settled / n);
    for (let k = adjStart[u]; k < adjStart[u + 1]; k++) {
      const v = adjNode[k];
      const tv = t + edgeTime[adjEdge[k]];
      if (tv < time[v] && tv <= maxTime) {
        time[v] = tv;
        source[v] = source[u];
        heap.push(tv, v);
      }
    }
  }
  return { time, source };
}
