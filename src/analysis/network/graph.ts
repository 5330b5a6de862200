/**
 * A routable graph from any line layer. Vertices that coincide become nodes;
 * lines that cross without a shared vertex are joined at the crossing unless
 * `splitCrossings` is false (set it false for street data with bridges).
 */
import type { GeoJsonProperties, Position } from 'geojson';
import { EmptyNetworkError, InvalidParameterError } from '../errors.js';
import { bboxOf, eachGeometry, type AnyGeoJSON } from '../geojson-input.js';
import { LocalProjection } from '../local-projection.js';
import { splitAtCrossings, type Segment } from './noding.js';
import { CLASS_PROPERTIES, DEFAULT_DRIVE_SPEEDS, NO_WALK_CLASSES } from './speeds.js';

export type TravelMode = 'walk' | 'drive';

export interface NetworkOptions {
  mode?: TravelMode;
  /** Walking speed, km/h (default 4). Also used off-road in drive mode. */
  walkSpeedKmh?: number;
  /** Property holding the road class; default the first of class, highway, road_class, kind, grade, 等级. */
  classProperty?: string;
  /** km/h per road class for `drive`, merged over {@link DEFAULT_DRIVE_SPEEDS}. */
  speeds?: Record<string, number>;
  /** Numeric km/h property that overrides the class table when present. */
  speedProperty?: string;
  /** Drive speed for unknown classes, km/h (default 30). */
  defaultSpeedKmh?: number;
  /** Join lines where they cross (default true). */
  splitCrossings?: boolean;
  /** Projection to use (to share one with a target); default centred on the lines. */
  projection?: LocalProjection;
}

export interface RoadNetwork {
  proj: LocalProjection;
  mode: TravelMode;
  /** Walking speed, m/s. */
  walkSpeed: number;
  x: Float64Array;
  y: Float64Array;
  edgeU: Int32Array;
  edgeV: Int32Array;
  /** Metres. */
  edgeLength: Float64Array;
  /** Seconds. */
  edgeTime: Float64Array;
  adjStart: Int32Array;
  adjNode: Int32Array;
  adjEdge: Int32Array;
  /** Lines marked `accuracy: 'schematic'`. */
  schematicLines: number;
}

function speedFor(props: GeoJsonProperties, opts: NetworkOptions, walk: number): number {
  const key = opts.classProperty ?? CLASS_PROPERTIES.find((k) => props?.[k] !== undefined);
  const cls = key ? String(props?.[key] ?? '') : '';
  if (opts.mode !== 'drive') return NO_WALK_CLASSES.includes(cls) ? 0 : walk;
  const own = opts.speedProperty ? Number(props?.[opts.speedProperty]) : NaN;
  if (own > 0) return own / 3.6;
  const table = { ...DEFAULT_DRIVE_SPEEDS, ...opts.speeds };
  const v = cls in table ? table[cls] : (opts.defaultSpeedKmh ?? 30);
  return v / 3.6;
}

/**
 * Builds a routable network from lines (LineString / MultiLineString).
 *
 * @example
 * const net = buildNetwork(roads, { mode: 'drive', speeds: { 国道: 60 } });
 * net.x.length; // nodes
 */
export function buildNetwork(lines: AnyGeoJSON, opts: NetworkOptions = {}): RoadNetwork {
  const walkKmh = opts.walkSpeedKmh ?? 4;
  if (!(walkKmh > 0)) {
    throw new InvalidParameterError(`Walking speed must be above 0 km/h, got ${walkKmh}.`, `步行速度必须大于 0 公里/小时，当前为 ${walkKmh}。`);
  }
  const walk = walkKmh / 3.6;
  const box = bboxOf([lines]);
  if (!box) throw new EmptyNetworkError();
  const proj = opts.projection ?? LocalProjection.forBounds(box);
  const segs: Segment[] = [];
  let schematicLines = 0;
  const addLine = (coords: Position[], speed: number) => {
    for (let i = 1; i < coords.length; i++) {
      const a = proj.forward(coords[i - 1][0], coords[i - 1][1]);
      const b = proj.forward(coords[i][0], coords[i][1]);
      if (a[0] !== b[0] || a[1] !== b[1]) segs.push({ ax: a[0], ay: a[1], bx: b[0], by: b[1], speed });
    }
  };
  eachGeometry(lines, (g, props) => {
    if (g.type !== 'LineString' && g.type !== 'MultiLineString') return;
    if (props?.accuracy === 'schematic') schematicLines++;
    const speed = speedFor(props, opts, walk);
    if (!(speed > 0)) return;
    if (g.type === 'LineString') addLine(g.coordinates, speed);
    else g.coordinates.forEach((l) => addLine(l, speed));
  });
  if (segs.length === 0) throw new EmptyNetworkError();
  const pieces = opts.splitCrossings === false ? segs : splitAtCrossings(segs);
  return assemble(pieces, proj, opts.mode ?? 'walk', walk, schematicLines);
}

function assemble(segs: Segment[], proj: LocalProjection, mode: TravelMode, walk: number, schematicLines: number): RoadNetwork {
  const ids = new Map<string, number>();
  const xs: number[] = [];
  const ys: number[] = [];
  // Millimetre keys: coincident vertices of different lines become one node.
  const node = (x: number, y: number) => {
    const k = `${Math.round(x * 1000)},${Math.round(y * 1000)}`;
    let id = ids.get(k);
    if (id === undefined) {
      id = xs.length;
      ids.set(k, id);
      xs.push(x);
      ys.push(y);
    }
    return id;
  };
  const m = segs.length;
  const edgeU = new Int32Array(m), edgeV = new Int32Array(m);
  const edgeLength = new Float64Array(m), edgeTime = new Float64Array(m);
  let e = 0;
  for (const s of segs) {
    const u = node(s.ax, s.ay), v = node(s.bx, s.by);
    if (u === v) continue;
    const len = Math.hypot(s.bx - s.ax, s.by - s.ay) / proj.scale((s.ax + s.bx) / 2, (s.ay + s.by) / 2);
    edgeU[e] = u; edgeV[e] = v; edgeLength[e] = len; edgeTime[e] = len / s.speed;
    e++;
  }
  const n = xs.length;
  const deg = new Int32Array(n + 1);
  for (let i = 0; i < e; i++) { deg[edgeU[i] + 1]++; deg[edgeV[i] + 1]++; }
  for (let i = 0; i < n; i++) deg[i + 1] += deg[i];
  const adjStart = deg.slice();
  const fill = deg.slice(0, n);
  const adjNode = new Int32Array(2 * e), adjEdge = new Int32Array(2 * e);
  for (let i = 0; i < e; i++) {
    adjNode[fill[edgeU[i]]] = edgeV[i]; adjEdge[fill[edgeU[i]]++] = i;
    adjNode[fill[edgeV[i]]] = edgeU[i]; adjEdge[fill[edgeV[i]]++] = i;
  }
  return {
    proj, mode, walkSpeed: walk,
    x: Float64Array.from(xs), y: Float64Array.from(ys),
    edgeU: edgeU.slice(0, e), edgeV: edgeV.slice(0, e), edgeLength: edgeLength.slice(0, e), edgeTime: edgeTime.slice(0, e),
    adjStart, adjNode, adjEdge, schematicLines,
  };
}
