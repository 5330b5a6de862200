/** Splitting segments where they cross, found through a uniform grid. */

export interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** m/s */
  speed: number;
}

/** Returns the segments cut at every interior crossing with another segment. */
export function splitAtCrossings(segs: Segment[]): Segment[] {
  const n = segs.length;
  let totalLen = 0;
  let minX = Infinity, minY = Infinity;
  for (const s of segs) {
    totalLen += Math.hypot(s.bx - s.ax, s.by - s.ay);
    minX = Math.min(minX, s.ax, s.bx);
    minY = Math.min(minY, s.ay, s.by);
  }
  const cell = Math.max(1, (2 * totalLen) / n);
  const grid = new Map<number, number[]>();
  const key = (gx: number, gy: number) => gx * 1048576 + gy;
  segs.forEach((s, i) => {
    const gx0 = Math.floor((Math.min(s.ax, s.bx) - minX) / cell), gx1 = Math.floor((Math.max(s.ax, s.bx) - minX) / cell);
    const gy0 = Math.floor((Math.min(s.ay, s.by) - minY) / cell), gy1 = Math.floor((Math.max(s.ay, s.by) - minY) / cell);
    for (let gx = gx0; gx <= gx1; gx++) for (let gy = gy0; gy <= gy1; gy++) {
      const k = key(gx, gy);
      const l = grid.get(k);
      if (l) l.push(i);
      else grid.set(k, [i]);
    }
  });
  const cuts: Array<Array<{ t: number; x: number; y: number }>> = Array.from({ length: n }, () => []);
  const tested = new Set<number>();
  for (const list of grid.values()) {
    for (let p = 0; p < list.length; p++) for (let q = p + 1; q < list.length; q++) {
      const i = Math.min(list[p], list[q]), j = Math.max(list[p], list[q]);
      const pk = i * n + j;
      if (tested.has(pk)) continue;
      tested.add(pk);
      const s = segs[i], t = segs[j];
      const rx = s.bx - s.ax, ry = s.by - s.ay, sx = t.bx - t.ax, sy = t.by - t.ay;
      const den = rx * sy - ry * sx;
      if (den === 0) continue;
      const qx = t.ax - s.ax, qy = t.ay - s.ay;
      const u = (qx * sy - qy * sx) / den;
      const v = (qx * ry - qy * rx) / den;
      const eps = 1e-9;
      if (u < -eps || u > 1 + eps || v < -eps || v > 1 + eps) continue;
      // Crossings at an existing endpoint of both are already shared vertices.
      const endU = u <= eps || u >= 1 - eps;
      const endV = v <= eps || v >= 1 - eps;
      if (endU && endV) continue;
      // One point for both pieces, so the node is shared exactly; at a T-junction it is the ending segment's end.
      let x = s.ax + u * rx, y = s.ay + u * ry;
      if (endU) [x, y] = u < 0.5 ? [s.ax, s.ay] : [s.bx, s.by];
      else if (endV) [x, y] = v < 0.5 ? [t.ax, t.ay] : [t.bx, t.by];
      if (!endU) cuts[i].push({ t: u, x, y });
      if (!endV) cuts[j].push({ t: v, x, y });
    }
  }
  const out: Segment[] = [];
  segs.forEach((s, i) => {
    if (cuts[i].length === 0) {
      out.push(s);
      return;
    }
    const pts = [{ t: 0, x: s.ax, y: s.ay }, ...cuts[i].sort((a, b) => a.t - b.t), { t: 1, x: s.bx, y: s.by }];
    for (let k = 1; k < pts.length; k++) {
      const a = pts[k - 1], b = pts[k];
      if (a.x === b.x && a.y === b.y) continue;
      out.push({ ax: a.x, ay: a.y, bx: b.x, by: b.y, speed: s.speed });
    }
  });
  return out;
}
