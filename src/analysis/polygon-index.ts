/**
 * Point-in-polygon and edge look-ups for a multipolygon with many vertices:
 * edges are bucketed into horizontal bands so each query scans only the
 * edges near its y.
 */
import type { Position } from 'geojson';
import type { MultiCoords } from './planar-ops.js';
import { signedArea2 } from './rings.js';

export class PolygonIndex {
  private readonly bands: number[][] = [];
  private readonly ex0: Float64Array;
  private readonly ey0: Float64Array;
  private readonly ex1: Float64Array;
  private readonly ey1: Float64Array;
  private readonly minY: number;
  private readonly bandH: number;
  private readonly rings: Array<{ ring: Position[]; box: [number, number, number, number] }> = [];

  constructor(m: MultiCoords) {
    const edges: number[] = [];
    let minY = Infinity, maxY = -Infinity;
    for (const poly of m) poly.forEach((ring, ri) => {
      let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
      for (let i = 0; i < ring.length; i++) {
        const p = ring[i];
        const q = ring[(i + 1) % ring.length];
        if (p[0] !== q[0] || p[1] !== q[1]) edges.push(p[0], p[1], q[0], q[1]);
        a = Math.min(a, p[0]); c = Math.max(c, p[0]); b = Math.min(b, p[1]); d = Math.max(d, p[1]);
      }
      minY = Math.min(minY, b);
      maxY = Math.max(maxY, d);
      const ccw = signedArea2(ring) > 0;
      this.rings.push({ ring: ccw === (ri === 0) ? ring : ring.slice().reverse(), box: [a, b, c, d] });
    });
    const n = edges.length / 4;
    this.ex0 = new Float64Array(n); this.ey0 = new Float64Array(n);
    this.ex1 = new Float64Array(n); this.ey1 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.ex0[i] = edges[4 * i]; this.ey0[i] = edges[4 * i + 1];
      this.ex1[i] = edges[4 * i + 2]; this.ey1[i] = edges[4 * i + 3];
    }
    const nb = Math.max(1, Math.min(4096, Math.ceil(Math.sqrt(n) * 2)));
    this.minY = minY;
    this.bandH = maxY > minY ? (maxY - minY) / nb : 1;
    for (let b = 0; b < nb; b++) this.bands.push([]);
    for (let i = 0; i < n; i++) {
      const lo = this.band(Math.min(this.ey0[i], this.ey1[i]));
      const hi = this.band(Math.max(this.ey0[i], this.ey1[i]));
      for (let b = lo; b <= hi; b++) this.bands[b].push(i);
    }
  }

  private band(y: number): number {
    const b = Math.floor((y - this.minY) / this.bandH);
    return Math.max(0, Math.min(this.bands.length - 1, b));
  }

  /** Even-odd containment over all rings (holes excluded). */
  contains(x: number, y: number): boolean {
    if (this.bands.length === 0 || !(y >= this.minY && y <= this.minY + this.bandH * this.bands.length)) return false;
    let inside = false;
    for (const i of this.bands[this.band(y)]) {
      const y0 = this.ey0[i], y1 = this.ey1[i];
      if (y0 > y !== y1 > y) {
        const x0 = this.ex0[i], x1 = this.ex1[i];
        if (x < ((x1 - x0) * (y - y0)) / (y1 - y0) + x0) inside = !inside;
      }
    }
    return inside;
  }

  /** Whether any edge passes through the box (conservative: bounding boxes overlap). */
  edgesCrossBox(minX: number, minY: number, maxX: number, maxY: number): boolean {
    if (this.bands.length === 0) return false;
    const lo = this.band(minY), hi = this.band(maxY);
    for (let b = lo; b <= hi; b++) {
      for (const i of this.bands[b]) {
        if (Math.max(this.ex0[i], this.ex1[i]) < minX || Math.min(this.ex0[i], this.ex1[i]) > maxX) continue;
        if (Math.max(this.ey0[i], this.ey1[i]) < minY || Math.min(this.ey0[i], this.ey1[i]) > maxY) continue;
        return true;
      }
    }
    return false;
  }

  /** Rings whose bounding box meets the box, oriented outer counter-clockwise, holes clockwise. */
  *ringsTouching(minX: number, minY: number, maxX: number, maxY: number): Generator<Position[]> {
    for (const { ring, box } of this.rings) {
      if (box[2] < minX || box[0] > maxX || box[3] < minY || box[1] > maxY) continue;
      yield ring;
    }
  }
}
