/** Coverage per facility type, and the share covered by all required types at once. */
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import { projectedCoverage } from './coverage-union.js';
import { EmptyFacilitiesError } from './errors.js';
import type { AnyGeoJSON } from './geojson-input.js';
import { join, schematicNote, straightLineNote, weightingNote } from './method-notes.js';
import { intersectMulti, type MultiCoords } from './planar-ops.js';
import { populationCovered, type PopulationResult } from './population.js';
import { stage, type MethodNote, type RunOptions } from './run-options.js';
import { resolveRadius, type PopulationOptions } from './straight-coverage.js';
import { measureAgainstTarget, prepareTarget, schematicCount, type TargetFrame } from './target-measure.js';
import type { LifeCircleTier } from './life-circle.js';

export interface TypeCoverageOptions extends RunOptions, PopulationOptions {
  /** Property naming the facility type (default 'type'). */
  typeProperty?: string;
  /** Radius per type in metres; types not listed use `radius` / `tier`. */
  radii?: Record<string, number>;
  radius?: number;
  tier?: LifeCircleTier;
  fifteenMinuteRadius?: number;
  /** Types that must all be within reach (default: every type found). */
  required?: string[];
  steps?: number;
}

export interface TypeRow {
  type: string;
  count: number;
  radius: number;
  coveredArea: number;
  share: number;
  population: PopulationResult | null;
  covered: Feature<MultiPolygon, { area_m2: number }>;
}

export interface TypeCoverageResult {
  types: TypeRow[];
  /** Covered by every required type at once. */
  all: {
    required: string[];
    /** Required types with no facility at all (then `share` is 0). */
    missing: string[];
    coveredArea: number;
    share: number;
    population: PopulationResult | null;
    covered: Feature<MultiPolygon, { area_m2: number }>;
    gaps: FeatureCollection<Polygon, { area_m2: number; rank: number }>;
  };
  targetArea: number;
  weighting: 'area' | 'population';
  method: MethodNote;
}

function byType(facilities: AnyGeoJSON, key: string): Map<string, Feature[]> {
  const groups = new Map<string, Feature[]>();
  const features: Feature[] = facilities.type === 'FeatureCollection' ? facilities.features
    : facilities.type === 'Feature' ? [facilities] : [{ type: 'Feature', properties: {}, geometry: facilities }];
  for (const f of features) {
    if (!f.geometry) continue;
    const t = String((f.properties as GeoJsonProperties)?.[key] ?? '');
    if (!t) continue;
    const list = groups.get(t);
    if (list) list.push(f);
    else groups.set(t, [f]);
  }
  return groups;
}

function pop(frame: TargetFrame, covered: MultiCoords, o: TypeCoverageOptions): PopulationResult | null {
  return o.population ? populationCovered(covered, o.population, { property: o.populationProperty ?? 'population', within: frame.targetLonLat }) : null;
}

/**
 * Straight-line coverage of the target for each facility type (school,
 * clinic, park, market, elderly care, …) and for all required types at once.
 *
 * @example
 * const r = coverageByType(facilities, countySeat, { typeProperty: 'type', radii: { 幼儿园: 300, 小学: 500 }, tier: '15min' });
 * r.types.map((t) => [t.type, t.share]);
 * r.all.share; // share of the county seat that reaches every type
 */
export function coverageByType(facilities: AnyGeoJSON, target: AnyGeoJSON, options: TypeCoverageOptions = {}): TypeCoverageResult {
  const key = options.typeProperty ?? 'type';
  const groups = byType(facilities, key);
  if (groups.size === 0) throw new EmptyFacilitiesError();
  const base = resolveRadius(options);
  const frame = prepareTarget(target, [facilities]);
  const required = options.required ?? [...groups.keys()];
  const missing = required.filter((t) => !groups.has(t));
  const steps = options.steps ?? 64;
  const types: TypeRow[] = [];
  const projected = new Map<string, MultiCoords>();
  let k = 0;
  for (const [type, list] of groups) {
    const radius = options.radii?.[type] ?? base;
    const fc: FeatureCollection = { type: 'FeatureCollection', features: list };
    const cov = projectedCoverage(fc, { radius, steps }, frame.proj, stage(options, k / (groups.size + 1), (k + 0.8) / (groups.size + 1)));
    const m = measureAgainstTarget(frame, cov.coverage);
    projected.set(type, intersectMulti(frame.target, cov.coverage));
    types.push({ type, count: list.length, radius, coveredArea: m.coveredArea, share: m.share, population: pop(frame, m.coveredLonLat, options), covered: m.covered });
    k++;
  }
  let all: MultiCoords = missing.length > 0 ? [] : frame.target;
  for (const t of required) {
    if (all.length === 0) break;
    all = intersectMulti(all, projected.get(t) ?? []);
  }
  const m = measureAgainstTarget(frame, all);
  stage(options, 0, 1)(1);
  const radii = [...new Set(types.map((t) => t.radius))].join('/');
  return {
    types,
    all: { required, missing, coveredArea: m.coveredArea, share: m.share, population: pop(frame, m.coveredLonLat, options), covered: m.covered, gaps: m.gaps },
    targetArea: frame.targetArea,
    weighting: options.population ? 'population' : 'area',
    method: join(
      straightLineNote(Number(radii) || base, steps, false),
      { zh: `按设施类型（字段“${key}”）分别计算；“全部类型”指同时位于每类所需设施服务半径内的范围。`, en: `Computed per facility type (field "${key}"); "all types" is the area within reach of every required type at once.` },
      weightingNote(!!options.population, options.populationProperty ?? 'population'),
      schematicNote(schematicCount([facilities])),
    ),
  };
}
