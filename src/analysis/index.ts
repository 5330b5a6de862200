/**
 * Area and coverage analysis — the public entry of `src/analysis/`.
 * Pure functions: GeoJSON (lon/lat, WGS84/CGCS2000) in, GeoJSON or numbers
 * out, options last. Long-running functions take `onProgress` and `signal`.
 */
export { geodesicArea, geodesicLength, polygonArea } from './geodesic-measure.js';
export { convertArea, formatArea, formatLength, formatShare, naturalAreaUnit, SQUARE_METRES_PER } from './units.js';
export type { AreaUnit, FormatOptions } from './units.js';
export { LIFE_CIRCLE_LABELS, LIFE_CIRCLE_RADII, lifeCircleRadius } from './life-circle.js';
export type { LifeCircleTier } from './life-circle.js';
export { zoneAreas, layerOverlaps } from './zone-stats.js';
export type { ZoneAreasResult, ZoneRow, OverlapResult, OverlapRow } from './zone-stats.js';
export { straightLineCoverage } from './straight-coverage.js';
export type { CoverageResult, StraightCoverageOptions, PopulationOptions } from './straight-coverage.js';
export { serviceArea } from './service-area.js';
export { populationCovered } from './population.js';
export type { PopulationResult } from './population.js';
export { buildNetwork } from './network/graph.js';
export type { NetworkOptions, RoadNetwork, TravelMode } from './network/graph.js';
export { DEFAULT_DRIVE_SPEEDS } from './network/speeds.js';
export { networkIsochrones } from './network/isochrones.js';
export type { IsochroneOptions, IsochroneResult } from './network/isochrones.js';
export { networkCoverage } from './network-coverage.js';
export type { CoverageLevel, NetworkCoverageOptions, NetworkCoverageResult } from './network-coverage.js';
export { reachability } from './network/reachability.js';
export type { ReachabilityOptions, ReachabilityResult, ReachRow } from './network/reachability.js';
export { coverageByType } from './facility-types.js';
export type { TypeCoverageOptions, TypeCoverageResult, TypeRow } from './facility-types.js';
export { greenAccess } from './green-access.js';
export type { GreenAccessOptions, GreenAccessResult } from './green-access.js';
export { suggestSites } from './siting.js';
export type { SitingOptions, SitingResult, SitingStep } from './siting.js';
export type { MethodNote, RunOptions } from './run-options.js';
export {
  AbortError, AnalysisError, CoordinateError, EmptyFacilitiesError, EmptyNetworkError, EmptyTargetError,
  GeometryError, InvalidParameterError, NotPolygonError, SnapError,
} from './errors.js';
