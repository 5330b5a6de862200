/**
 * Shared frame for coverage analyses: one local projection for facilities and
 * target, the dissolved target, and measuring a coverage polygon against it
 * with exact geodesic areas.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { bboxOf, collectPolygons, type AnyGeoJSON } from './geojson-input.js';
import { polygonArea } from './geodesic-measure.js';
import { LocalProjection } from './local-projection.js';
import { differenceMulti, intersectMulti, projectMulti, unionAll, unprojectMulti, type MultiCoords } from './planar-ops.js';

export interface TargetFrame {
  proj: LocalProjection;
  /** Dissolved target, projected. */
  target: MultiCoords;
  /** Dissolved target, lon/lat. */
  targetLonLat: MultiCoords;
  /** Geodesic area of the dissolved target, m². */
  targetArea: number;
}

export function multiArea(m: MultiCoords): number {
  let a = 0;
  for (const p of m) a += polygonArea(p);
  return a;
}

/** Projects and dissolves the target (overlapping target features count once). */
export function prepareTarget(target: AnyGeoJSON, others: Array<AnyGeoJSON | null | undefined>, projection?: LocalProjection): TargetFrame {
  const { polygons } = collectPolygons(target, 'target');
  const proj = projection ?? LocalProjection.forBounds(bboxOf([target, ...others])!);
  const projected = projectMulti(proj, polygons);
  const dissolved = polygons.length > 1 ? unionAll(projected.map((p) => [p])) : projected;
  const targetLonLat = polygons.length > 1 ? unprojectMulti(proj, dissolved) : polygons;
  return { proj, target: dissolved, targetLonLat, targetArea: multiArea(targetLonLat) };
}

export interface TargetMeasure {
  covered: Feature<MultiPolygon, { area_m2: number }>;
  gaps: FeatureCollection<Polygon, { area_m2: number; rank: number }>;
  coveredLonLat: MultiCoords;
  coveredArea: number;
  gapArea: number;
  share: number;
}

/** Covered part and gaps of the target for a projected coverage polygon. */
export function measureAgainstTarget(frame: TargetFrame, coverage: MultiCoords): TargetMeasure {
  const inside = unprojectMulti(frame.proj, intersectMulti(frame.target, coverage));
  const gapPolys = unprojectMulti(frame.proj, differenceMulti(frame.target, coverage));
  const coveredArea = multiArea(inside);
  const gapFeatures = gapPolys
    .map((p) => ({ type: 'Feature' as const, properties: { area_m2: polygonArea(p), rank: 0 }, geometry: { type: 'Polygon' as const, coordinates: p } }))
    .filter((f) => f.properties.area_m2 > 1e-6)
    .sort((a, b) => b.properties.area_m2 - a.properties.area_m2);
  gapFeatures.forEach((f, i) => (f.properties.rank = i + 1));
  const gapArea = gapFeatures.reduce((s, f) => s + f.properties.area_m2, 0);
  return {
    covered: { type: 'Feature', properties: { area_m2: coveredArea }, geometry: { type: 'MultiPolygon', coordinates: inside } },
    gaps: { type: 'FeatureCollection', features: gapFeatures },
    coveredLonLat: inside,
    coveredArea,
    gapArea,
    share: frame.targetArea > 0 ? Math.min(1, coveredArea / frame.targetArea) : 0,
  };
}

/** Count of features marked `accuracy: 'schematic'` (示意) — the method note warns about them. */
export function schematicCount(layers: Array<AnyGeoJSON | null | undefined>): number {
  let n = 0;
  for (const l of layers) {
    if (l?.type === 'FeatureCollection') n += l.features.filter((f) => f.properties?.accuracy === 'schematic').length;
    else if (l?.type === 'Feature' && l.properties?.accuracy === 'schematic') n++;
  }
  return n;
}
