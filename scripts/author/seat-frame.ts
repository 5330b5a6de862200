/**
 * The schematic county-seat frame shared by several sections: the Luo River
 * through the town and the five functional zones (L184), laid out in the
 * arrangement their names give. Distances are km from the county government
 * point (east +, north +). Nothing here is surveyed; the plan's figure 4
 * (L185) that showed the zones is missing.
 *
 *            西城 (west)   老城 (old town)   东城 (east)   产业聚集区 → 东扩区
 *   ~~~~~~~~~~~~~~~~~~~~~~~~~~ 洛河 Luo River ~~~~~~~~~~~~~~~~~~~~~~~~~~~
 *                        南部新城区 (south of the river)
 */
import type { Geometry } from 'geojson';
import { block, cs, hull, line, type LonLat } from './geo';

/** Schematic course of the Luo River through the county seat, west → east. */
export const LUO_TOWN: LonLat[] = [cs(-6, -1.2), cs(-3, -1.1), cs(0, -1.0), cs(3, -0.9), cs(6, -0.6), cs(9.5, -0.3)];
export const luoTown = (): Geometry => line(LUO_TOWN);

/** Same course shifted north (+) or south (−) by `dy` km: banks, trails, strips. */
export const luoShift = (dy: number, from = 0, to = LUO_TOWN.length): LonLat[] =>
  LUO_TOWN.slice(from, to).map(([x, y]) => [x, y + dy / 110.574] as LonLat);

/** Polygon strip between two offsets of the town Luo course (km, south negative). */
export function luoStrip(south: number, north: number, from = 0, to = LUO_TOWN.length): Geometry {
  const a = luoShift(north, from, to);
  const b = luoShift(south, from, to).reverse();
  const ring = [...a, ...b, a[0]].map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
  return { type: 'Polygon', coordinates: [ring] };
}

export const ZONE = {
  old: block(-1.2, -0.6, 1.0, 1.3),
  west: block(-4.9, -0.7, -1.5, 1.6),
  east: block(1.3, -0.5, 3.9, 1.8),
  industry: block(4.2, -0.3, 7.4, 2.0),
  industryEast: block(7.7, -0.1, 10.2, 2.2),
  south: block(-3.0, -4.0, 2.6, -1.5),
};

export const ZONE_BASIS = {
  old: '老城 (old town): drawn at the county government, north of the Luo River, as the historic core.',
  west: '西城 (west town): drawn west of the old town, as its name says.',
  east: '东城 (east town): drawn east of the old town, as its name says.',
  industry: '产业聚集区: the name gives no direction; drawn east of 东城 because the plan speaks of the zone’s 东扩区 (eastern extension, L119), which implies an eastern edge to grow from. Position not given in the plan.',
  south: '南部新城区: drawn south of the Luo River, as its name (southern new town) and the plan’s 跨河发展 / 洛南 (south of the Luo) wording say.',
};

const COMMON = ' Schematic block in a diagram of the county seat (the plan’s figure 4, L185, is missing); not a boundary.';
export const zoneBasis = (k: keyof typeof ZONE_BASIS): string => ZONE_BASIS[k] + COMMON;

/** Envelope of the five zones, widened by `km` (county-seat planning area, the town as a whole). */
export const seatEnvelope = (km: number): Geometry =>
  hull([cs(-4.9, -4.0), cs(7.4, -4.0), cs(7.4, 2.0), cs(-4.9, 1.6)], km);
