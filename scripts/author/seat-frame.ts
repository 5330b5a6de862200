/**
 * The schematic county-seat frame shared by several sections: the Luo River
 * through the town and the five functional zones (L184), laid out in the
 * arrangement their names give. Shapes are in km from the county government
 * point (east +, north +). Nothing here is surveyed; the plan's figure 4
 * (L185), which showed the zones, is missing.
 *
 * The Luo runs south-west → north-east through the town (the water areas of
 * layers/reference/rivers.geojson). North-west of it: 西城, 老城, 东城 and the
 * 产业聚集区 further north-east; south-east of it: 南部新城区.
 */
import * as turf from '@turf/turf';
import type { Geometry, LineString, Polygon } from 'geojson';
import { cs, hull, rounded, type LonLat } from './geo';

/**
 * Luo course through the county seat: straight segments through the centres
 * of the four Luo water areas of layers/reference/rivers.geojson (OSM via
 * @geo-maps/earth-rivers-10m, ODbL), extended 2–3 km at both ends.
 */
export const LUO_TOWN: LonLat[] = [[110.99, 34.022], [111.034, 34.032], [111.05, 34.049], [111.073, 34.068], [111.098, 34.075], [111.13, 34.082]];
export const LUO_BASIS = 'Schematic course of the Luo River through the county seat: straight segments through the Luo water areas in layers/reference/rivers.geojson (© OpenStreetMap contributors, ODbL), extended a little at both ends. Not a surveyed course.';

const luoFeature = (from = 0, to = LUO_TOWN.length) => turf.lineString(LUO_TOWN.slice(from, to));

export const luoTown = (from = 0, to = LUO_TOWN.length): Geometry => rounded(luoFeature(from, to).geometry);

/** The town Luo course moved sideways by `km`: positive = north-west bank, negative = south-east bank. */
export function luoShift(km: number, from = 0, to = LUO_TOWN.length): LonLat[] {
  // turf's positive offset is to the right of the direction of travel (south-east here).
  const g = turf.lineOffset(luoFeature(from, to), -km, { units: 'kilometers' }).geometry as LineString;
  return rounded(g).coordinates as LonLat[];
}

/** Polygon strip between two sideways offsets of the town Luo course (km; south-east negative). */
export function luoStrip(a: number, b: number, from = 0, to = LUO_TOWN.length): Polygon {
  const one = luoShift(b, from, to);
  const two = luoShift(a, from, to).reverse();
  return { type: 'Polygon', coordinates: [[...one, ...two, one[0]]] };
}

const poly = (...pts: Array<[number, number]>): Polygon => {
  const ring = pts.map(([x, y]) => cs(x, y));
  return rounded({ type: 'Polygon', coordinates: [[...ring, ring[0]]] });
};

export const ZONE = {
  old: poly([-1.9, -0.6], [-0.6, -0.15], [0.9, -0.05], [1.3, 0.8], [0.9, 2.0], [-1.0, 2.0], [-2.0, 0.8]),
  west: poly([-5.5, -1.5], [-2.3, -1.0], [-2.4, 1.9], [-5.2, 1.9]),
  east: poly([1.2, 2.3], [3.0, 2.5], [4.6, 3.1], [4.4, 4.6], [1.3, 4.5]),
  industry: poly([5.0, 3.0], [7.6, 3.6], [7.6, 5.3], [4.9, 4.6]),
  industryEast: poly([7.9, 3.7], [10.4, 4.2], [10.4, 5.9], [7.9, 5.4]),
  south: poly([-0.8, -3.2], [1.0, -1.2], [2.7, 0.6], [4.3, 0.3], [3.6, -2.6], [0.8, -4.2]),
};

export const ZONE_BASIS = {
  old: '老城 (old town): drawn around the county government, on the north-west bank of the Luo, as the historic core.',
  west: '西城 (west town): drawn west of the old town, as its name says.',
  east: '东城 (east town): drawn east of the old town on the same bank, as its name says.',
  industry: '产业聚集区: the name gives no direction; drawn north-east of 东城 because the plan speaks of the zone’s 东扩区 (eastern extension, L119), which implies an eastern edge to grow from. Position not given in the plan.',
  south: '南部新城区: drawn across the Luo, south-east of the old town, as its name (southern new town) and the plan’s 跨河发展 / 洛南 (south of the Luo) wording say.',
};

const COMMON = ` Schematic shape in a diagram of the county seat (the plan’s figure 4, L185, is missing), placed against the schematic Luo course; not a boundary.`;
export const zoneBasis = (k: keyof typeof ZONE_BASIS): string => ZONE_BASIS[k] + COMMON;

const corners = (): LonLat[] => Object.values(ZONE).flatMap((p) => p.coordinates[0] as LonLat[]);

/** Envelope of the zones widened by `km` (the planning area; the town as a whole). */
export const seatEnvelope = (km: number): Geometry => hull(corners(), km);

/** 南山 (hills south of the town) and 北岭 (ridge north of it), as the name 南山北岭 says. */
export const NANSHAN_BEILING: Geometry = {
  type: 'MultiPolygon',
  coordinates: [poly([-5.5, 2.6], [1.0, 4.6], [0.6, 6.4], [-5.8, 4.4]).coordinates, poly([-3.8, -5.6], [4.2, -3.6], [4.0, -5.4], [-3.6, -7.4]).coordinates],
};
