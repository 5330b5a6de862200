/**
 * Geometry repair: drops non-finite coordinates and repeated points, closes
 * rings, drops rings and parts that are too small to exist, and resolves
 * self-intersections by a polygon union of the part with itself (polyclip,
 * through Turf). Every change is reported per feature, so the user can see
 * exactly what happened to their data.
 */
import { featureCollection, polygon as turfPolygon, union } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { AnyFeature, RepairAction, RepairRecord, WgsFeatureCollection } from '../types';
import { countSelfIntersections } from './self-intersections';

const finite = (p: Position) => p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const samePos = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function partLabel(part: number | undefined, ring?: number): { zh: string; en: string } {
  const p = part === undefined ? { zh: '', en: '' } : { zh: `第${part + 1}部分`, en: `part ${part + 1}, ` };
  if (ring === undefined) return { zh: p.zh, en: p.en.replace(/, $/, '') };
  return ring === 0 ? { zh: `${p.zh}外环`, en: `${p.en}outer ring` } : { zh: `${p.zh}第${ring}个内环`, en: `${p.en}hole ${ring}` };
}

function action(kind: RepairAction['kind'], where: { part?: number; ring?: number }, count?: number): RepairAction {
  const at = partLabel(where.part, where.ring);
  const t: Record<RepairAction['kind'], { zh: string; en: string }> = {
    'dropped-non-finite-coordinates': { zh: `删除了${at.zh}中 ${count} 个无效坐标`, en: `removed ${count} non-numeric coordinate(s) from ${at.en || 'the geometry'}` },
    'removed-duplicate-points': { zh: `删除了${at.zh}中 ${count} 个重复点`, en: `removed ${count} repeated point(s) from ${at.en || 'the geometry'}` },
    'closed-ring': { zh: `闭合了${at.zh}`, en: `closed ${at.en}` },
    'dropped-degenerate-ring': { zh: `删除了点数不足的${at.zh}`, en: `dropped ${at.en}: too few points` },
    'dropped-degenerate-part': { zh: `删除了点数不足的${at.zh || '几何'}`, en: `dropped ${at.en || 'the geometry'}: too few points` },
    'fixed-self-intersection': { zh: `修复了${at.zh || '面'}的 ${count} 处自相交`, en: `fixed ${count} self-intersection(s) in ${at.en || 'the polygon'}` },
    'dropped-empty-feature': { zh: '几何修复后为空，已删除该要素', en: 'nothing valid was left; the feature was dropped' },
  };
  return { kind, ...where, ...(count === undefined ? {} : { count }), text: t[kind] };
}

function cleanPoints(points: Position[], where: { part?: number; ring?: number }, actions: RepairAction[]): Position[] {
  const ok = points.filter(finite);
  if (ok.length < points.length) actions.push(action('dropped-non-finite-coordinates', where, points.length - ok.length));
  const dedup = ok.filter((p, i) => i === 0 || !samePos(p, ok[i - 1]));
  if (dedup.length < ok.length) actions.push(action('removed-duplicate-points', where, ok.length - dedup.length));
  return dedup;
}

/** Repairs one polygon part; returns 0…n valid polygons. */
function repairPolygon(rings: Position[][], part: number | undefined, actions: RepairAction[]): Position[][][] {
  const kept: Position[][] = [];
  for (let r = 0; r < rings.length; r++) {
    let ring = cleanPoints(rings[r], { part, ring: r }, actions);
    if (ring.length > 0 && !samePos(ring[0], ring[ring.length - 1])) {
      ring = [...ring, ring[0].slice()];
      actions.push(action('closed-ring', { part, ring: r }));
    }
    if (ring.length < 4) {
      if (r === 0) {
        actions.push(action('dropped-degenerate-part', { part }));
        return [];
      }
      actions.push(action('dropped-degenerate-ring', { part, ring: r }));
      continue;
    }
    kept.push(ring);
  }
  if (kept.length === 0) return [];
  const crossings = countSelfIntersections(kept);
  if (crossings === 0) return [kept];
  const poly = turfPolygon(kept);
  const fixed = union(featureCollection([poly, poly]));
  actions.push(action('fixed-self-intersection', { part }, crossings));
  if (!fixed) return [];
  return fixed.geometry.type === 'Polygon' ? [fixed.geometry.coordinates] : fixed.geometry.coordinates;
}

/** Repairs a geometry; `geometry` is null when nothing valid is left. */
export function repairGeometry(g: Geometry): { geometry: Geometry | null; actions: RepairAction[] } {
  const actions: RepairAction[] = [];
  let geometry: Geometry | null = g;
  switch (g.type) {
    case 'Point':
      geometry = finite(g.coordinates) ? g : null;
      if (!geometry) actions.push(action('dropped-non-finite-coordinates', {}, 1));
      break;
    case 'MultiPoint': {
      const pts = cleanPointsKeepOrder(g.coordinates, actions);
      geometry = pts.length ? { type: 'MultiPoint', coordinates: pts } : null;
      break;
    }
    case 'LineString': {
      const line = cleanPoints(g.coordinates, {}, actions);
      if (line.length < 2) actions.push(action('dropped-degenerate-part', {}));
      geometry = line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
      break;
    }
    case 'MultiLineString': {
      const lines: Position[][] = [];
      g.coordinates.forEach((l, part) => {
        const line = cleanPoints(l, { part }, actions);
        if (line.length >= 2) lines.push(line);
        else actions.push(action('dropped-degenerate-part', { part }));
      });
      geometry = lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
      break;
    }
    case 'Polygon': {
      const polys = repairPolygon(g.coordinates, undefined, actions);
      geometry = polys.length === 0 ? null : polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
      break;
    }
    case 'MultiPolygon': {
      const polys = g.coordinates.flatMap((p, part) => repairPolygon(p, part, actions));
      geometry = polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
      break;
    }
    case 'GeometryCollection':
      break;
  }
  return { geometry: actions.length ? geometry : g, actions };
}

function cleanPointsKeepOrder(points: Position[], actions: RepairAction[]): Position[] {
  const ok = points.filter(finite);
  if (ok.length < points.length) actions.push(action('dropped-non-finite-coordinates', {}, points.length - ok.length));
  return ok;
}

function labelOf(f: AnyFeature): string | undefined {
  if (f.id !== undefined) return String(f.id);
  const p = f.properties ?? {};
  for (const k of ['name', 'NAME', '名称', 'id', 'ID', 'BSM', 'OBJECTID', 'FID']) if (p[k] !== undefined && p[k] !== null) return String(p[k]);
  return undefined;
}

/**
 * Repairs every feature and reports per feature what was changed. Features
 * left without any valid geometry are dropped (and reported).
 * @example const { featureCollection, repairs } = repairFeatureCollection(fc);
 */
export function repairFeatureCollection(fc: WgsFeatureCollection): { featureCollection: WgsFeatureCollection; repairs: RepairRecord[] } {
  const features: AnyFeature[] = [];
  const repairs: RepairRecord[] = [];
  fc.features.forEach((f, featureIndex) => {
    if (!f.geometry) {
      features.push(f);
      return;
    }
    const { geometry, actions } = repairGeometry(f.geometry);
    if (actions.length === 0) {
      features.push(f);
      return;
    }
    if (!geometry) actions.push(action('dropped-empty-feature', {}));
    else features.push({ ...f, geometry });
    const featureLabel = labelOf(f);
    repairs.push({ featureIndex, ...(featureLabel === undefined ? {} : { featureLabel }), actions });
  });
  return { featureCollection: { type: 'FeatureCollection', features }, repairs };
}
