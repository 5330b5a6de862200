/**
 * What a sketch measures, as plain data: per-segment geodesic lengths, the
 * total (or perimeter) and, for areas, the ellipsoidal area. Pure, so the
 * numbers the panel shows are unit-tested without a map.
 */
import { geodesicArea, segmentLength } from './geodesic';

export type MeasureMode = 'distance' | 'area';
export type LngLat = [number, number];

export interface MeasureResult {
  mode: MeasureMode;
  /** Vertices as clicked, [lon, lat]. */
  points: LngLat[];
  /** Geodesic length of each edge; for areas the closing edge is last. */
  segments: number[];
  /** Path length (distance) or perimeter (area), metres. */
  length_m: number;
  /** Ellipsoidal area, m² (areas only; 0 until there are 3 points). */
  area_m2: number;
}

/** Fewest points that make a result. */
export function minPoints(mode: MeasureMode): number {
  return mode === 'area' ? 3 : 2;
}

/** The closed ring of an area sketch (first point repeated at the end). */
export function closedRing(points: readonly LngLat[]): LngLat[] {
  return points.length === 0 ? [] : [...points, points[0]];
}

/**
 * Measures a sketch. Distances add up each clicked segment; areas measure the
 * polygon through the points (closing edge included in the perimeter).
 *
 * @example
 * measure([[111, 34], [111.01, 34]], 'distance').length_m // ≈ 923.85
 */
export function measure(points: readonly LngLat[], mode: MeasureMode): MeasureResult {
  const path = mode === 'area' && points.length >= 3 ? closedRing(points) : [...points];
  const segments: number[] = [];
  for (let i = 1; i < path.length; i++) segments.push(segmentLength(path[i - 1], path[i]));
  const length_m = segments.reduce((a, b) => a + b, 0);
  const area_m2 = mode === 'area' && points.length >= 3 ? geodesicArea({ type: 'Polygon', coordinates: [closedRing(points)] }) : 0;
  return { mode, points: points.map((p) => [p[0], p[1]]), segments, length_m, area_m2 };
}

/** The geometry a finished measurement is kept as. */
export function resultGeometry(r: MeasureResult): GeoJSON.LineString | GeoJSON.Polygon {
  return r.mode === 'area'
    ? { type: 'Polygon', coordinates: [closedRing(r.points)] }
    : { type: 'LineString', coordinates: r.points.map((p) => [...p]) };
}

/**
 * The feature a kept measurement becomes: geometry plus `kind`, `length_m`,
 * `area_m2` (areas), `created` (ISO 8601), and an id and name so the layer
 * panel, search and labels can show it.
 */
export function keptFeature(r: MeasureResult, opts: { id: string; name: string; name_en: string; created: Date }): GeoJSON.Feature {
  const props: Record<string, unknown> = {
    id: opts.id,
    name: opts.name,
    name_en: opts.name_en,
    kind: r.mode,
    length_m: round(r.length_m, 3),
    created: opts.created.toISOString(),
  };
  if (r.mode === 'area') props.area_m2 = round(r.area_m2, 3);
  return { type: 'Feature', id: opts.id, geometry: resultGeometry(r), properties: props };
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
