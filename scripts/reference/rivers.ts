import { area, bbox, kinks, multiPolygon } from '@turf/turf';
import type { Feature, GeometryCollection, MultiPolygon, Position } from 'geojson';
import { RIVER_RULES, RIVERS_SPEC, VIEW_BOX } from './config';
import { fetchPackage, readPackageJson } from './fetch-package';

const SOURCE = `${RIVERS_SPEC} (code MIT; data © OpenStreetMap contributors, ODbL 1.0)`;

/**
 * Water polygons of the rivers package inside the view box, grouped into one
 * MultiPolygon per river named by RIVER_RULES. The package is OpenStreetMap's
 * reduced river-area polygons: fragments of wide reaches only, no centre lines.
 */
export function extractRivers(): { meta: Record<string, unknown>; features: Feature[] } {
  const pkg = fetchPackage(RIVERS_SPEC);
  const gc = readPackageJson<GeometryCollection>(pkg, 'map.geo.json');
  const [w, s, e, n] = VIEW_BOX;
  const groups = new Map<string, Position[][][]>();
  for (const g of gc.geometries) {
    if (g.type !== 'MultiPolygon' && g.type !== 'Polygon') continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of polys) {
      const [pw, ps, pe, pn] = bbox(multiPolygon([poly]));
      if (pe < w || pw > e || pn < s || ps > n) continue;
      const rule = RIVER_RULES.find((r) => pw >= r.box[0] && ps >= r.box[1] && pe <= r.box[2] && pn <= r.box[3]);
      if (!rule) throw new Error(`water polygon at ${[pw, ps, pe, pn].map((v) => v.toFixed(3))} matches no RIVER_RULES entry; name it or widen a rule`);
      const rounded = poly.map((ring) => ring.map(([x, y]) => [round6(x), round6(y)]));
      if (!groups.has(rule.id)) groups.set(rule.id, []);
      groups.get(rule.id)!.push(rounded);
    }
  }
  const features = RIVER_RULES.filter((r) => groups.has(r.id)).map((r) => {
    const f = multiPolygon(groups.get(r.id)!, {
      id: r.id, name: r.name, name_en: r.name_en,
      kind: 'water_area',
      area_km2: 0,
      name_basis: `named by location: ${r.basis}`,
      accuracy: 'approximate',
      source: SOURCE,
    }) as Feature<MultiPolygon>;
    f.properties!.area_km2 = Math.round(area(f) / 1e4) / 100;
    const bad = kinks(f).features.length;
    if (bad > 0) throw new Error(`${r.name}: ${bad} self-intersection(s) in the source polygons`);
    return f as Feature;
  });
  return {
    meta: {
      source: `${SOURCE}; water areas only, named by location; see layers/SOURCES.md`,
      package_integrity: pkg.integrity,
    },
    features,
  };
}

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;
