import { kinks } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { GeometryKind } from './types';

const TYPES: Record<GeometryKind, string[]> = {
  point: ['Point', 'MultiPoint'],
  line: ['LineString', 'MultiLineString'],
  polygon: ['Polygon', 'MultiPolygon'],
};

/**
 * Problems with one geometry, as plain sentences: wrong kind, bad
 * coordinates, too few positions, unclosed or self-intersecting rings.
 *
 * @example
 * geometryProblems({ type: 'Point', coordinates: [500000, 3770000] }, 'point')
 * // ['position [500000, 3770000] is not longitude/latitude in degrees (WGS84) …']
 */
export function geometryProblems(geometry: unknown, kind: GeometryKind): string[] {
  if (typeof geometry !== 'object' || geometry === null) return ['has no geometry'];
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (!TYPES[kind].includes(String(g.type))) {
    return [`geometry type ${JSON.stringify(g.type)} does not match the layer's geometry "${kind}" (expected ${TYPES[kind].join(' or ')})`];
  }
  const problems: string[] = [];
  const c = g.coordinates;
  switch (g.type) {
    case 'Point':
      checkPosition(c, problems);
      break;
    case 'MultiPoint':
      checkList(c, 1, problems, (p) => checkPosition(p, problems));
      break;
    case 'LineString':
      checkLine(c, problems);
      break;
    case 'MultiLineString':
      checkList(c, 1, problems, (l) => checkLine(l, problems));
      break;
    case 'Polygon':
      checkPolygon(c, problems);
      break;
    case 'MultiPolygon':
      checkList(c, 1, problems, (poly) => checkPolygon(poly, problems));
      break;
  }
  return problems;
}

function checkList(v: unknown, min: number, problems: string[], each: (item: unknown) => void): void {
  if (!Array.isArray(v) || v.length < min) {
    problems.push(`coordinates must be an array of at least ${min} item(s)`);
    return;
  }
  v.forEach(each);
}

function checkPosition(p: unknown, problems: string[]): boolean {
  if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    problems.push(`position ${JSON.stringify(p)} must be [longitude, latitude] numbers`);
    return false;
  }
  const [x, y] = p as number[];
  if (Math.abs(x) > 180 || Math.abs(y) > 90) {
    problems.push(`position [${x}, ${y}] is not longitude/latitude in degrees (WGS84); projected metres must be converted first`);
    return false;
  }
  return true;
}

function checkLine(v: unknown, problems: string[]): void {
  if (!Array.isArray(v) || v.length < 2) {
    problems.push('a line needs at least 2 positions');
    return;
  }
  v.forEach((p) => checkPosition(p, problems));
}

function checkPolygon(v: unknown, problems: string[]): void {
  if (!Array.isArray(v) || v.length < 1) {
    problems.push('a polygon needs at least one ring');
    return;
  }
  let ok = true;
  v.forEach((ring, r) => {
    const which = r === 0 ? 'outer ring' : `hole ${r}`;
    if (!Array.isArray(ring) || ring.length < 4) {
      problems.push(`${which} needs at least 4 positions (3 corners and the closing position)`);
      ok = false;
      return;
    }
    if (!ring.every((p) => checkPosition(p, problems))) {
      ok = false;
      return;
    }
    const a = ring[0] as Position;
    const b = ring[ring.length - 1] as Position;
    if (a[0] !== b[0] || a[1] !== b[1]) {
      problems.push(`${which} is not closed: its last position must repeat the first [${a[0]}, ${a[1]}]`);
      ok = false;
    }
  });
  if (!ok) return;
  const k = kinks({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: v as Position[][] } } as Feature<Polygon>);
  if (k.features.length > 0) {
    const at = k.features[0].geometry.coordinates.map((n) => Number(n.toFixed(6)));
    problems.push(`polygon intersects itself at [${at.join(', ')}] (${k.features.length} crossing(s))`);
  }
}
