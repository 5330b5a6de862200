/**
 * Geometry validity checks: non-finite coordinates, unclosed rings, rings and
 * lines with too few points, self-intersecting polygons. Nothing is changed
 * here; `repair.ts` fixes what is found.
 */
import type { Geometry, Position } from 'geojson';
import type { IoWarning, WgsFeatureCollection } from '../types';
import { countSelfIntersections } from './self-intersections';

export type ProblemKind = 'non-finite-coordinates' | 'unclosed-ring' | 'too-few-points' | 'self-intersection' | 'empty-geometry';

export interface GeometryProblem {
  kind: ProblemKind;
  part?: number;
  ring?: number;
  count?: number;
}

export interface FeatureProblem extends GeometryProblem {
  featureIndex: number;
}

const finite = (p: Position) => p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const samePos = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Number of distinct consecutive positions. */
export function distinctCount(points: Position[]): number {
  let n = 0;
  for (let i = 0; i < points.length; i++) if (i === 0 || !samePos(points[i], points[i - 1])) n++;
  return n;
}

function checkPositions(points: Position[], out: GeometryProblem[], where: { part?: number; ring?: number }): void {
  const bad = points.filter((p) => !finite(p)).length;
  if (bad > 0) out.push({ kind: 'non-finite-coordinates', count: bad, ...where });
}

function checkPolygon(rings: Position[][], out: GeometryProblem[], part?: number): void {
  if (rings.length === 0) {
    out.push({ kind: 'empty-geometry', part });
    return;
  }
  rings.forEach((ring, r) => {
    checkPositions(ring, out, { part, ring: r });
    if (ring.length > 0 && !samePos(ring[0], ring[ring.length - 1])) out.push({ kind: 'unclosed-ring', part, ring: r });
    const distinct = distinctCount(ring) - (ring.length > 1 && samePos(ring[0], ring[ring.length - 1]) ? 1 : 0);
    if (distinct < 3) out.push({ kind: 'too-few-points', part, ring: r, count: distinct });
  });
  const n = countSelfIntersections(rings.filter((r) => r.every(finite)));
  if (n > 0) out.push({ kind: 'self-intersection', part, count: n });
}

function checkLine(points: Position[], out: GeometryProblem[], part?: number): void {
  checkPositions(points, out, { part });
  if (distinctCount(points.filter(finite)) < 2) out.push({ kind: 'too-few-points', part, count: points.length });
}

/** Problems of one geometry (empty list when valid). GeometryCollections are checked member by member. */
export function validateGeometry(g: Geometry): GeometryProblem[] {
  const out: GeometryProblem[] = [];
  switch (g.type) {
    case 'Point':
      checkPositions([g.coordinates], out, {});
      break;
    case 'MultiPoint':
      if (g.coordinates.length === 0) out.push({ kind: 'empty-geometry' });
      checkPositions(g.coordinates, out, {});
      break;
    case 'LineString':
      checkLine(g.coordinates, out);
      break;
    case 'MultiLineString':
      if (g.coordinates.length === 0) out.push({ kind: 'empty-geometry' });
      g.coordinates.forEach((l, i) => checkLine(l, out, i));
      break;
    case 'Polygon':
      checkPolygon(g.coordinates, out);
      break;
    case 'MultiPolygon':
      if (g.coordinates.length === 0) out.push({ kind: 'empty-geometry' });
      g.coordinates.forEach((p, i) => checkPolygon(p, out, i));
      break;
    case 'GeometryCollection':
      for (const m of g.geometries) out.push(...validateGeometry(m));
  }
  return out;
}

/** Every problem of every feature. */
export function validateFeatures(fc: WgsFeatureCollection): FeatureProblem[] {
  const out: FeatureProblem[] = [];
  fc.features.forEach((f, featureIndex) => {
    if (f.geometry) for (const p of validateGeometry(f.geometry)) out.push({ featureIndex, ...p });
  });
  return out;
}

const KIND_TEXT: Record<ProblemKind, { zh: string; en: string }> = {
  'non-finite-coordinates': { zh: '坐标不是有效数字', en: 'non-numeric coordinates' },
  'unclosed-ring': { zh: '面的环未闭合', en: 'unclosed rings' },
  'too-few-points': { zh: '点数太少（线少于2点或环少于3个不同点）', en: 'too few points (lines under 2, rings under 3 distinct)' },
  'self-intersection': { zh: '自相交', en: 'self-intersections' },
  'empty-geometry': { zh: '空几何', en: 'empty geometries' },
};

/** One summary warning for a list of problems (null when there are none). */
export function invalidGeometryWarning(problems: FeatureProblem[]): IoWarning | null {
  if (problems.length === 0) return null;
  const byKind = new Map<ProblemKind, Set<number>>();
  for (const p of problems) {
    if (!byKind.has(p.kind)) byKind.set(p.kind, new Set());
    byKind.get(p.kind)!.add(p.featureIndex);
  }
  const parts = [...byKind].map(([k, s]) => ({ zh: `${KIND_TEXT[k].zh} ${s.size} 个`, en: `${KIND_TEXT[k].en}: ${s.size}` }));
  const features = [...new Set(problems.map((p) => p.featureIndex))];
  return {
    code: 'INVALID_GEOMETRY',
    text: {
      zh: `${features.length} 个要素的几何无效（${parts.map((p) => p.zh).join('，')}）。可选择“修复几何”，修复内容会逐个列出。`,
      en: `${features.length} feature(s) have invalid geometry (${parts.map((p) => p.en).join('; ')}). Choose "repair geometry"; every change is listed per feature.`,
    },
    featureIndexes: features,
    details: { problems: problems.slice(0, 500) },
  };
}
