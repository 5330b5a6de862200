/** Zone statistics: area of each feature, share of a reference area, overlaps between two layers. */
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Position } from 'geojson';
import { polygonArea } from './geodesic-measure.js';
import { bboxOf, eachGeometry, polygonsOf, type AnyGeoJSON } from './geojson-input.js';
import { LocalProjection } from './local-projection.js';
import { join } from './method-notes.js';
import { intersectMulti, multiBBox, projectMulti, unprojectMulti, type MultiCoords } from './planar-ops.js';
import { stage, type MethodNote, type RunOptions } from './run-options.js';
import { multiArea, prepareTarget } from './target-measure.js';
import { collectPolygons } from './geojson-input.js';

export interface ZoneRow {
  /** Index of the feature in its layer. */
  index: number;
  id: string;
  name: string;
  area_m2: number;
  /** Area inside the reference (equals area_m2 without a reference). */
  inside_m2: number;
  /** inside_m2 / reference area; null without a reference. */
  share: number | null;
}

export interface ZoneAreasResult {
  rows: ZoneRow[];
  total_m2: number;
  referenceArea: number | null;
  method: MethodNote;
}

interface Zone { index: number; props: GeoJsonProperties; polys: Position[][][] }

function zonesOf(layer: AnyGeoJSON, what: string): Zone[] {
  collectPolygons(layer, what);
  const zones: Zone[] = [];
  eachGeometry(layer, (g, props, index) => {
    const polys = polygonsOf(g);
    if (polys.length === 0) return;
    const last = zones[zones.length - 1];
    if (last && last.index === index) last.polys.push(...polys);
    else zones.push({ index, props, polys: [...polys] });
  });
  return zones;
}

const label = (z: Zone, key: string) => String(z.props?.[key] ?? z.props?.id ?? `#${z.index + 1}`);

const ZONE_NOTE: MethodNote = {
  zh: '各要素面积为 CGCS2000（GRS80）椭球面测地面积；占比以参照范围（已合并重叠部分）的面积为分母，只计参照范围内的部分。',
  en: 'Feature areas are geodesic on the CGCS2000 (GRS80) ellipsoid; shares use the (dissolved) reference area as denominator and count only the part inside it.',
};

/**
 * Area of each polygon feature and, with a reference (the county, the
 * planning area), the share of the reference it takes up.
 *
 * @example
 * const r = zoneAreas(fiveZones, { reference: planningArea });
 * r.rows.map((z) => `${z.name}: ${formatArea(z.area_m2)} (${formatShare(z.share ?? 0)})`);
 */
export function zoneAreas(layer: AnyGeoJSON, opts: RunOptions & { reference?: AnyGeoJSON; nameProperty?: string } = {}): ZoneAreasResult {
  const zones = zonesOf(layer, 'zone layer');
  const frame = opts.reference ? prepareTarget(opts.reference, [layer]) : null;
  const rows = zones.map((z, k): ZoneRow => {
    stage(opts, 0, 1)(k / zones.length);
    const area = z.polys.reduce((s, p) => s + polygonArea(p), 0);
    let inside = area;
    if (frame) inside = multiArea(unprojectMulti(frame.proj, intersectMulti(projectMulti(frame.proj, z.polys), frame.target)));
    return { index: z.index, id: String(z.props?.id ?? z.index), name: label(z, opts.nameProperty ?? 'name'), area_m2: area, inside_m2: inside, share: frame ? inside / frame.targetArea : null };
  });
  stage(opts, 0, 1)(1);
  return { rows, total_m2: rows.reduce((s, r) => s + r.area_m2, 0), referenceArea: frame?.targetArea ?? null, method: ZONE_NOTE };
}

export interface OverlapRow {
  a: number;
  b: number;
  aName: string;
  bName: string;
  area_m2: number;
  /** Overlap as a share of feature a's area, and of b's. */
  shareOfA: number;
  shareOfB: number;
}

export interface OverlapResult {
  rows: OverlapRow[];
  /** The overlap polygons, with the row's fields as properties. */
  overlaps: FeatureCollection<MultiPolygon, Omit<OverlapRow, never>>;
  method: MethodNote;
}

/**
 * Which features of layer A intersect which of layer B, and by how much —
 * e.g. functional zones against an ecological protection area.
 *
 * @example
 * const r = layerOverlaps(fiveZones, ecoProtection, { nameProperty: 'name' });
 * r.rows[0]; // → { aName: '老城区', bName: '生态保护红线', area_m2: 152000, shareOfA: 0.04, … }
 */
export function layerOverlaps(a: AnyGeoJSON, b: AnyGeoJSON, opts: RunOptions & { nameProperty?: string } = {}): OverlapResult {
  const za = zonesOf(a, 'layer A');
  const zb = zonesOf(b, 'layer B');
  const proj = LocalProjection.forBounds(bboxOf([a, b])!);
  const prep = (z: Zone) => {
    const m: MultiCoords = projectMulti(proj, z.polys);
    return { z, m, box: multiBBox(m), area: z.polys.reduce((s, p) => s + polygonArea(p), 0) };
  };
  const pa = za.map(prep), pb = zb.map(prep);
  const key = opts.nameProperty ?? 'name';
  const rows: OverlapRow[] = [];
  const features: Array<Feature<MultiPolygon, OverlapRow>> = [];
  pa.forEach((x, i) => {
    stage(opts, 0, 1)(i / pa.length);
    for (const y of pb) {
      if (x.box[2] < y.box[0] || y.box[2] < x.box[0] || x.box[3] < y.box[1] || y.box[3] < x.box[1]) continue;
      const inter = unprojectMulti(proj, intersectMulti(x.m, y.m));
      const area = multiArea(inter);
      if (area <= 1e-6) continue;
      const row = { a: x.z.index, b: y.z.index, aName: label(x.z, key), bName: label(y.z, key), area_m2: area, shareOfA: area / x.area, shareOfB: area / y.area };
      rows.push(row);
      features.push({ type: 'Feature', properties: row, geometry: { type: 'MultiPolygon', coordinates: inter } });
    }
  });
  stage(opts, 0, 1)(1);
  return {
    rows,
    overlaps: { type: 'FeatureCollection', features },
    method: join(ZONE_NOTE, {
      zh: '叠加分析按两图层要素逐对求交。示意范围的叠加结果只表示规划关系，不代表实测面积。',
      en: 'Overlaps intersect every pair of features of the two layers. Overlaps of schematic areas show planning relations, not surveyed areas.',
    }),
  };
}
