/** The service area of facilities on its own, without a target. */
import type { Feature, MultiPolygon } from 'geojson';
import { projectedCoverage } from './coverage-union.js';
import { EmptyFacilitiesError } from './errors.js';
import { bboxOf, type AnyGeoJSON } from './geojson-input.js';
import { LocalProjection } from './local-projection.js';
import { unprojectMulti } from './planar-ops.js';
import { stage, type RunOptions } from './run-options.js';
import { resolveRadius } from './straight-coverage.js';
import { multiArea } from './target-measure.js';
import type { LifeCircleTier } from './life-circle.js';

/**
 * Union of everything within a straight-line radius of the facilities
 * (points, lines, or polygons from their edge), with its exact area.
 *
 * @example
 * const a = serviceArea(schools, { radius: 500 });
 * a.properties.area_m2; // m², geodesic
 */
export function serviceArea(facilities: AnyGeoJSON,
  options: RunOptions & { radius?: number; tier?: LifeCircleTier; fifteenMinuteRadius?: number; steps?: number } = {}): Feature<MultiPolygon, { area_m2: number; radius: number }> {
  const radius = resolveRadius(options);
  const box = bboxOf([facilities]);
  if (!box) throw new EmptyFacilitiesError();
  const proj = LocalProjection.forBounds(box);
  const cov = projectedCoverage(facilities, { radius, steps: options.steps }, proj, stage(options, 0, 0.9));
  const coords = unprojectMulti(proj, cov.coverage);
  stage(options, 0.9, 1)(1);
  return { type: 'Feature', properties: { area_m2: multiArea(coords), radius }, geometry: { type: 'MultiPolygon', coordinates: coords } };
}
