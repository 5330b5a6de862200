/** Coverage of a target by network isochrones (walk or drive), per time threshold. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AnyGeoJSON } from './geojson-input.js';
import { join, weightingNote } from './method-notes.js';
import { buildNetwork, type NetworkOptions, type RoadNetwork } from './network/graph.js';
import { networkIsochrones, type IsochroneOptions } from './network/isochrones.js';
import { multiBBox } from './planar-ops.js';
import { populationCovered, type PopulationResult } from './population.js';
import { stage, type MethodNote } from './run-options.js';
import type { PopulationOptions } from './straight-coverage.js';
import { measureAgainstTarget, prepareTarget } from './target-measure.js';

export interface NetworkCoverageOptions extends IsochroneOptions, PopulationOptions {
  /** Used when `network` is a line layer rather than a built {@link RoadNetwork}. */
  network?: NetworkOptions;
}

export interface CoverageLevel {
  minutes: number;
  covered: Feature<MultiPolygon, { area_m2: number }>;
  gaps: FeatureCollection<Polygon, { area_m2: number; rank: number }>;
  coveredArea: number;
  gapArea: number;
  share: number;
  population: PopulationResult | null;
}

export interface NetworkCoverageResult {
  /** Isochrones (not clipped), largest first, for drawing as bands. */
  isochrones: FeatureCollection<MultiPolygon, { minutes: number; area_m2: number }>;
  /** One entry per threshold, ascending. */
  levels: CoverageLevel[];
  targetArea: number;
  weighting: 'area' | 'population';
  facilityCount: number;
  unsnapped: number;
  method: MethodNote;
}

function isNetwork(x: unknown): x is RoadNetwork {
  return typeof x === 'object' && x !== null && 'adjStart' in x;
}

/**
 * Share of the target within T minutes of the nearest facility along the
 * road network, for each T, with gaps and (optionally) covered population.
 * Pass a built network to reuse it across runs (e.g. kept in a Worker).
 *
 * @example
 * const r = networkCoverage(clinics, roads, countySeat, { minutes: [5, 10, 15], network: { mode: 'walk' } });
 * r.levels.map((l) => [l.minutes, l.share]); // → [[5, 0.21], [10, 0.55], [15, 0.78]]
 */
export function networkCoverage(facilities: AnyGeoJSON, network: RoadNetwork | AnyGeoJSON, target: AnyGeoJSON,
  options: NetworkCoverageOptions = {}): NetworkCoverageResult {
  stage(options, 0, 0)(0);
  const net = isNetwork(network) ? network : buildNetwork(network, options.network);
  const frame = prepareTarget(target, [facilities], net.proj);
  const box = multiBBox(frame.target);
  const iso = networkIsochrones(net, facilities, { ...options, box: options.box ?? box, onProgress: stage(options, 0.05, 0.6) });
  const check = stage(options, 0.6, 1);
  const property = options.populationProperty ?? 'population';
  const levels = iso.projected.map((poly, k): CoverageLevel => {
    check(k / iso.projected.length);
    const m = measureAgainstTarget(frame, poly);
    return {
      minutes: iso.minutes[k],
      covered: m.covered,
      gaps: m.gaps,
      coveredArea: m.coveredArea,
      gapArea: m.gapArea,
      share: m.share,
      population: options.population
        ? populationCovered(m.coveredLonLat, options.population, { property, within: frame.targetLonLat })
        : null,
    };
  });
  check(1);
  return {
    isochrones: iso.isochrones,
    levels,
    targetArea: frame.targetArea,
    weighting: options.population ? 'population' : 'area',
    facilityCount: iso.facilityCount,
    unsnapped: iso.unsnapped,
    method: join(iso.method, weightingNote(!!options.population, property)),
  };
}
