/** Straight-line (radius) coverage of a target by facilities. */
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import { projectedCoverage } from './coverage-union.js';
import { invalidRadius } from './errors.js';
import type { AnyGeoJSON } from './geojson-input.js';
import { lifeCircleRadius, type LifeCircleTier } from './life-circle.js';
import { join, schematicNote, straightLineNote, weightingNote } from './method-notes.js';
import { unprojectMulti } from './planar-ops.js';
import { populationCovered, type PopulationResult } from './population.js';
import { stage, type MethodNote, type RunOptions } from './run-options.js';
import { measureAgainstTarget, prepareTarget, schematicCount } from './target-measure.js';

export interface PopulationOptions {
  /** Points or polygons (e.g. a grid) with a population attribute. */
  population?: AnyGeoJSON | null;
  /** Name of the population attribute (default 'population'). */
  populationProperty?: string;
}

export interface StraightCoverageOptions extends RunOptions, PopulationOptions {
  /** Radius in metres; overrides `tier`. */
  radius?: number;
  /** GB 50180-2018 tier (default '15min'). */
  tier?: LifeCircleTier;
  /** 15-minute radius within 800–1000 m (default 1000). */
  fifteenMinuteRadius?: number;
  /** Per-facility radius from its properties; overrides `radius` where it returns a number. */
  radiusOf?: (props: GeoJsonProperties) => number | undefined;
  /** Vertices per circle (default 64). */
  steps?: number;
}

export interface CoverageResult {
  /** The covered part of the target. */
  covered: Feature<MultiPolygon, { area_m2: number }>;
  /** Uncovered parts of the target, largest first. */
  gaps: FeatureCollection<Polygon, { area_m2: number; rank: number }>;
  /** The whole service area (not clipped to the target), for drawing. */
  serviceArea: Feature<MultiPolygon, Record<string, never>>;
  targetArea: number;
  coveredArea: number;
  gapArea: number;
  /** coveredArea / targetArea. */
  share: number;
  /** 'population' when a population layer was given; the panel should then lead with `population.share`. */
  weighting: 'area' | 'population';
  population: PopulationResult | null;
  facilityCount: number;
  radius: number;
  method: MethodNote;
}

export function resolveRadius(opts: { radius?: number; tier?: LifeCircleTier; fifteenMinuteRadius?: number }): number {
  if (opts.radius !== undefined) {
    if (!(typeof opts.radius === 'number' && opts.radius > 0 && Number.isFinite(opts.radius))) throw invalidRadius(opts.radius);
    return opts.radius;
  }
  return lifeCircleRadius(opts.tier ?? '15min', { fifteenMinuteRadius: opts.fifteenMinuteRadius });
}

/**
 * Share of `target` within a straight-line radius of any facility, the
 * uncovered gaps, and (with a population layer) the covered population.
 * Facilities may be points, lines, or polygons (measured from their edge).
 *
 * @example
 * const r = straightLineCoverage(schools, countySeat, { tier: '15min' });
 * r.share;            // → 0.83
 * r.gaps.features[0]; // largest uncovered polygon, properties.area_m2
 * r.method.zh;        // what was measured and its limits
 */
export function straightLineCoverage(facilities: AnyGeoJSON, target: AnyGeoJSON, options: StraightCoverageOptions = {}): CoverageResult {
  const radius = resolveRadius(options);
  const steps = options.steps ?? 64;
  stage(options, 0, 0)(0);
  const frame = prepareTarget(target, [facilities]);
  let polygonFacilities = false;
  const spec = {
    steps,
    radius: (props: GeoJsonProperties) => options.radiusOf?.(props) ?? radius,
  };
  const cov = projectedCoverage(facilities, spec, frame.proj, stage(options, 0.05, 0.7));
  const check = stage(options, 0.7, 1);
  const m = measureAgainstTarget(frame, cov.coverage);
  check(0.6);
  const property = options.populationProperty ?? 'population';
  const population = options.population
    ? populationCovered(m.coveredLonLat, options.population, { property, within: frame.targetLonLat })
    : null;
  check(0.9);
  const serviceArea = unprojectMulti(frame.proj, cov.coverage);
  if (facilities.type === 'FeatureCollection') {
    polygonFacilities = facilities.features.some((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  }
  check(1);
  return {
    covered: m.covered,
    gaps: m.gaps,
    serviceArea: { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: serviceArea } },
    targetArea: frame.targetArea,
    coveredArea: m.coveredArea,
    gapArea: m.gapArea,
    share: m.share,
    weighting: population ? 'population' : 'area',
    population,
    facilityCount: cov.facilityCount,
    radius,
    method: join(straightLineNote(radius, steps, polygonFacilities), weightingNote(!!population, property), schematicNote(schematicCount([facilities]))),
  };
}
