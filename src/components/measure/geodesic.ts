/**
 * The ellipsoidal measures the measure tool needs, taken from the analysis
 * module (GRS80 / CGCS2000, GeographicLib's algorithms). One adapter so the
 * tool has a single import to repoint when `src/analysis/index.ts` exists.
 * Turf's spherical `area`/`length` are deliberately not used: they are off by
 * up to ~0.5 % at Lushi's latitude.
 */
import { pathLength } from '../../analysis/geodesic/polygon-area';
import { geodesicArea, geodesicLength } from '../../analysis/geodesic-measure';

export { geodesicArea, geodesicLength };

/** Geodesic distance between two [lon, lat] positions, metres. */
export function segmentLength(a: readonly number[], b: readonly number[]): number {
  return pathLength([a, b]);
}
