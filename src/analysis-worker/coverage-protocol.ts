/**
 * Messages between the coverage panel (main thread) and the coverage worker.
 * Everything here is structured-cloneable: plain GeoJSON, numbers, strings.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LifeCircleTier, MethodNote, PopulationResult, ReachRow, TravelMode } from '../analysis/index';

export interface I18nText {
  zh: string;
  en: string;
}

/** Straight-line reach: a GB 50180-2018 tier or a radius in metres. */
export interface RadiusSpec {
  tier?: LifeCircleTier;
  /** Overrides `tier`. */
  radius?: number;
  /** 800–1000 m (default 1000). */
  fifteenMinuteRadius?: number;
}

/** How to build a road network. The worker keeps built networks by `key`. */
export interface NetworkSpec {
  mode: TravelMode;
  walkSpeedKmh: number;
  classProperty?: string;
  /** km/h per class value (drive). */
  speeds?: Record<string, number>;
}

export interface NetworkInput {
  /** Same key ⇒ same lines and options: the worker reuses the network it built. */
  key: string;
  lines: FeatureCollection;
  options: NetworkSpec;
}

export interface PopulationInput {
  layer: FeatureCollection;
  property: string;
}

/** One analysis run. `typeProperty` names the facility property used for the per-type table. */
export type CoverageRequest =
  | { kind: 'straight'; facilities: FeatureCollection; target: FeatureCollection; reach: RadiusSpec; typeProperty?: string; population?: PopulationInput | null }
  | { kind: 'network'; facilities: FeatureCollection; target: FeatureCollection; network: NetworkInput; minutes: number[]; typeProperty?: string; population?: PopulationInput | null }
  | { kind: 'green'; green: FeatureCollection; parks: FeatureCollection | null; target: FeatureCollection; greenRadius?: number; parkRadius?: number; population?: PopulationInput | null }
  | { kind: 'reach'; origins: FeatureCollection; places: FeatureCollection; network: NetworkInput; minutes: number[] }
  | { kind: 'siting'; existing: FeatureCollection | null; target: FeatureCollection; reach: RadiusSpec; k: number; candidates?: FeatureCollection | null; population?: PopulationInput | null };

export type CoverageKind = CoverageRequest['kind'];

/** Covered area, gap area and share of the target (and population when weighted). */
export interface AreaStat {
  coveredArea: number;
  gapArea: number;
  share: number;
  population: PopulationResult | null;
}

/** A row of the main table: a tier, a time threshold, green/park/both, or before/after siting. */
export interface OutcomeLevel extends AreaStat {
  key: string;
  label: I18nText;
}

/** Coverage by one facility type. */
export interface OutcomeType extends AreaStat {
  type: string;
  count: number;
}

export type GapFeatures = FeatureCollection<Polygon, { area_m2: number; rank: number }>;

/** The normalised result of any run, as the panel draws and tabulates it. */
export interface CoverageOutcome {
  kind: CoverageKind;
  method: MethodNote;
  targetArea: number;
  weighting: 'area' | 'population';
  facilityCount: number;
  /** Facilities too far from any road (network runs). */
  unsnapped: number;
  levels: OutcomeLevel[];
  /** Per facility type (empty when there is one type or none). */
  types: OutcomeType[];
  /** Covered by every type at once (when `types` is filled). */
  allTypes: (AreaStat & { missing: string[] }) | null;
  /** Covered part of the target for the headline level. */
  covered: FeatureCollection<MultiPolygon, { area_m2: number }>;
  /** Gaps of the headline level, largest first (`rank` 1…). */
  gaps: GapFeatures;
  /** Isochrone bands (`band` = minutes) or the unclipped service area (`band` = 'service' | 'green' | 'park'). */
  bands: FeatureCollection<MultiPolygon, { band: string; area_m2: number }>;
  /** Suggested new sites (siting). */
  sites: FeatureCollection<Point, { rank: number; share_after: number }>;
  /** Places with their best time (reach): `minutes` (null = unreachable) and `band` ('30', '60', 'none'). */
  places: FeatureCollection<Point, Record<string, unknown>>;
  reach: { origins: string[]; places: string[]; minutes: number[]; rows: ReachRow[] } | null;
  siting: { steps: Array<AreaStat & { picks: number }>; stoppedEarly: boolean; candidateCount: number } | null;
  /** Wall time of the run in the worker, ms. */
  elapsedMs: number;
  /** True when a road network from an earlier run was reused. */
  networkReused: boolean;
}

/** A named analysis error after postMessage. */
export interface SerializedError {
  name: string;
  /** Stable kebab-case code, e.g. `empty-target`, `abort`, `internal`. */
  code: string;
  message: string;
  zh: string;
}

export type WorkerRequest =
  | { type: 'run'; id: number; request: CoverageRequest }
  | { type: 'cancel'; id: number }
  | { type: 'clear-networks' }
  /** Runs a tiny analysis so the first real run does not pay for the JIT's cold start. */
  | { type: 'warm-up' };

export type WorkerResponse =
  | { type: 'progress'; id: number; fraction: number; stage: 'network' | 'analysis' }
  | { type: 'result'; id: number; outcome: CoverageOutcome }
  | { type: 'error'; id: number; error: SerializedError };
