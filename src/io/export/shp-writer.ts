/**
 * Writes the .shp and .shx parts of an ESRI Shapefile (2D shapes: Point,
 * MultiPoint, PolyLine, Polygon, plus Null). Polygon rings are written the
 * Shapefile way round: outer rings clockwise, holes counter-clockwise.
 */
import type { Geometry, Position } from 'geojson';

export type ShapeKind = 'point' | 'multipoint' | 'polyline' | 'polygon';

export const SHAPE_TYPE: Record<ShapeKind, number> = { point: 1, multipoint: 8, polyline: 3, polygon: 5 };

/** The shapefile kind a geometry belongs to, or null (GeometryCollection). */
export function shapeKindOf(g: Geometry): ShapeKind | null {
  switch (g.type) {
    case 'Point': return 'point';
    case 'MultiPoint': return 'multipoint';
    case 'LineString':
    case 'MultiLineString': return 'polyline';
    case 'Polygon':
    case 'MultiPolygon': return 'polygon';
    default: return null;
  }
}

/** Twice the signed area; positive for counter-clockwise rings. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s;
}

function orient(ring: Position[], clockwise: boolean): Position[] {
  const ccw = signedArea(ring) > 0;
  return ccw === clockwise ? ring.slice().reverse() : ring;
}

/** Parts (arrays of points) of a line or polygon geometry, polygons oriented for Shapefile. */
function partsOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString': return [g.coordinates];
    case 'MultiLineString': return g.coordinates;
    case 'Polygon': return g.coordinates.map((r, i) => orient(r, i === 0));
    case 'MultiPolygon': return g.coordinates.flatMap((p) => p.map((r, i) => orient(r, i === 0)));
    default: return [];
  }
}

function pointsOf(g: Geometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint') return g.coordinates;
  return partsOf(g).flat();
}

function bboxOf(points: Position[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    if (p[0] < b[0]) b[0] = p[0];
    if (p[1] < b[1]) b[1] = p[1];
    if (p[0] > b[2]) b[2] = p[0];
    if (p[1] > b[3]) b[3] = p[1];
  }
  return b;
}

function recordContent(g: Geometry | null, kind: ShapeKind): Uint8Array {
  if (!g) return new Uint8Array(4); // shape type 0 = Null
  const type = SHAPE_TYPE[kind];
  if (kind === 'point') {
    const p = pointsOf(g)[0];
    const out = new Uint8Array(20);
    const v = new DataView(out.buffer);
    v.setInt32(0, type, true);
    v.setFloat64(4, p[0], true);
    v.setFloat64(12, p[1], true);
    return out;
  }
  const points = pointsOf(g);
  const box = bboxOf(points);
  const parts = kind === 'multipoint' ? [] : partsOf(g);
  const head = kind === 'multipoint' ? 40 : 44 + 4 * parts.length;
  const out = new Uint8Array(head + 16 * points.length);
  const v = new DataView(out.buffer);
  v.setInt32(0, type, true);
  box.forEach((n, i) => v.setFloat64(4 + 8 * i, n, true));
  if (kind === 'multipoint') {
    v.setInt32(36, points.length, true);
  } else {
    v.setInt32(36, parts.length, true);
    v.setInt32(40, points.length, true);
    let start = 0;
    parts.forEach((part, i) => {
      v.setInt32(44 + 4 * i, start, true);
      start += part.length;
    });
  }
  points.forEach((p, i) => {
    v.setFloat64(head + 16 * i, p[0], true);
    v.setFloat64(head + 16 * i + 8, p[1], true);
  });
  return out;
}

function header(view: DataView, fileBytes: number, type: number, box: [number, number, number, number]): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, fileBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, type, true);
  box.forEach((n, i) => view.setFloat64(36 + 8 * i, Number.isFinite(n) ? n : 0, true));
}

/** Writes .shp and .shx for geometries of one kind (nulls allowed). */
export function writeShpShx(geometries: (Geometry | null)[], kind: ShapeKind): { shp: Uint8Array; shx: Uint8Array } {
  const contents = geometries.map((g) => recordContent(g, kind));
  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * contents.length);
  const sv = new DataView(shp.buffer);
  const xv = new DataView(shx.buffer);
  const box = bboxOf(geometries.flatMap((g) => (g ? pointsOf(g) : [])));
  header(sv, shpLength, SHAPE_TYPE[kind], box);
  header(xv, shx.length, SHAPE_TYPE[kind], box);
  let offset = 100;
  contents.forEach((c, i) => {
    sv.setInt32(offset, i + 1, false);
    sv.setInt32(offset + 4, c.length / 2, false);
    shp.set(c, offset + 8);
    xv.setInt32(100 + 8 * i, offset / 2, false);
    xv.setInt32(104 + 8 * i, c.length / 2, false);
    offset += 8 + c.length;
  });
  return { shp, shx };
}
