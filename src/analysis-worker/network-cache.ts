/**
 * Road networks built in the worker, kept by key (least recently used
 * dropped first). A network holds typed arrays and a proj4 converter, so it
 * is built and kept here and never sent to the main thread.
 */
import { buildNetwork, type RoadNetwork } from '../analysis/index';
import type { NetworkInput } from './coverage-protocol';

export class NetworkCache {
  private readonly nets = new Map<string, RoadNetwork>();
  /** Networks built so far (for tests and diagnostics). */
  builds = 0;

  constructor(private readonly capacity = 4) {}

  has(key: string): boolean {
    return this.nets.has(key);
  }

  /** The cached network for `input.key`, or a newly built one. */
  get(input: NetworkInput): { net: RoadNetwork; reused: boolean } {
    const hit = this.nets.get(input.key);
    if (hit) {
      this.nets.delete(input.key);
      this.nets.set(input.key, hit);
      return { net: hit, reused: true };
    }
    const o = input.options;
    const net = buildNetwork(input.lines, { mode: o.mode, walkSpeedKmh: o.walkSpeedKmh, classProperty: o.classProperty, speeds: o.speeds });
    this.builds++;
    this.nets.set(input.key, net);
    while (this.nets.size > this.capacity) this.nets.delete(this.nets.keys().next().value as string);
    return { net, reused: false };
  }

  clear(): void {
    this.nets.clear();
  }

  get size(): number {
    return this.nets.size;
  }
}
