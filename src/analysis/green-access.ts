/** The "300米见绿、500米见园" preset (plan line L194): access to green space and to parks. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { projectedCoverage } from './coverage-union.js';
import type { AnyGeoJSON } from './geojson-input.js';
import { join, schematicNote, weightingNote } from './method-notes.js';
import { intersectMulti } from './planar-ops.js';
import { populationCovered, type PopulationResult } from './population.js';
import { stage, type MethodNote, type RunOptions } from './run-options.js';
import type { PopulationOptions } from './straight-coverage.js';
import { measureAgainstTarget, prepareTarget, schematicCount } from './target-measure.js';

export interface GreenAccessOptions extends RunOptions, PopulationOptions {
  /** Distance to any green space, m (default 300). */
  greenRadius?: number;
  /** Distance to a park, m (default 500). */
  parkRadius?: number;
  steps?: number;
}

interface Part {
  coveredArea: number;
  share: number;
  population: PopulationResult | null;
  covered: Feature<MultiPolygon, { area_m2: number }>;
  gaps: FeatureCollection<Polygon, { area_m2: number; rank: number }>;
}

export interface GreenAccessResult {
  /** Within `greenRadius` of any green space. */
  green: Part;
  /** Within `parkRadius` of a park. */
  park: Part;
  /** Both at once: the check "300米见绿、500米见园" passes here; its gaps are where it fails. */
  both: Part;
  targetArea: number;
  weighting: 'area' | 'population';
  method: MethodNote;
}

/**
 * Share of the built-up area within 300 m of any green space and within
 * 500 m of a park (distances from the edge of polygons, straight line).
 * `parks` defaults to `greenSpaces`.
 *
 * @example
 * const r = greenAccess(greenSpaces, parks, builtUpArea);
 * r.both.share;               // share meeting "300米见绿、500米见园"
 * r.both.gaps.features.length; // places that fail it
 */
export function greenAccess(greenSpaces: AnyGeoJSON, parks: AnyGeoJSON | null, builtUp: AnyGeoJSON, options: GreenAccessOptions = {}): GreenAccessResult {
  const greenRadius = options.greenRadius ?? 300;
  const parkRadius = options.parkRadius ?? 500;
  const steps = options.steps ?? 64;
  const parkLayer = parks ?? greenSpaces;
  const frame = prepareTarget(builtUp, [greenSpaces, parkLayer]);
  const g = projectedCoverage(greenSpaces, { radius: greenRadius, steps }, frame.proj, stage(options, 0, 0.4));
  const p = projectedCoverage(parkLayer, { radius: parkRadius, steps }, frame.proj, stage(options, 0.4, 0.8));
  const property = options.populationProperty ?? 'population';
  const part = (cov: typeof g.coverage): Part => {
    const m = measureAgainstTarget(frame, cov);
    return {
      coveredArea: m.coveredArea, share: m.share, covered: m.covered, gaps: m.gaps,
      population: options.population ? populationCovered(m.coveredLonLat, options.population, { property, within: frame.targetLonLat }) : null,
    };
  };
  const green = part(g.coverage);
  const park = part(p.coverage);
  const both = part(intersectMulti(g.coverage, p.coverage));
  stage(options, 0.8, 1)(1);
  return {
    green, park, both,
    targetArea: frame.targetArea,
    weighting: options.population ? 'population' : 'area',
    method: join(
      {
        zh: `“300米见绿、500米见园”检查：建成区内距任一绿地边界直线 ${greenRadius} 米以内、且距公园边界 ${parkRadius} 米以内的范围占比（椭球面测地距离与面积）。直线距离未考虑阻隔，实际可达性更差。`,
        en: `"Green within 300 m, park within 500 m" check: the share of the built-up area within ${greenRadius} m (straight line) of any green space's edge and within ${parkRadius} m of a park's edge (geodesic distances and areas). Straight lines ignore barriers, so real access is worse.`,
      },
      weightingNote(!!options.population, property),
      schematicNote(schematicCount([greenSpaces, parks])),
    ),
  };
}
