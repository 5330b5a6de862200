/**
 * The style a planner gives a layer of their own (`UserLayerStyle`, as stored
 * in projects) turned into the manifest-like `LayerSpec` the map controller
 * draws, with its legend. Pure, so it is tested without a map.
 */
import type { UserLayerStyle } from '../io/project/schema';
import { LAND_USE_UNMATCHED, landUseColor, landUseTheme } from '../io/land-use-colors';
import type { GeometryKind, I18nText, LayerSpec, LegendEntry } from '../manifest/types';
import { OTHER_COLOR, categoricalColors, distinctValues } from './palette';

/** A collection whose features may lack geometry (as imported). */
export type AnyCollection = GeoJSON.FeatureCollection<GeoJSON.Geometry | null>;

/** How a layer is coloured: one colour, by category, or the 用地用海 theme. */
export type StyleMode = 'single' | 'category' | 'landuse';

export const LANDUSE_THEME = 'ydyh';
const DEFAULT_FILL = 0.35;
const LANDUSE_FILL = 0.75;

/** Identity of a user layer on the map. */
export interface UserLayerMeta {
  id: string;
  title: I18nText;
  /** `imported`, `user` (sketches) or `analysis`. */
  group: string;
  geometry: GeometryKind;
  description?: I18nText;
  visible?: boolean;
}

/** The mode a stored style is in. */
export function styleMode(style: UserLayerStyle): StyleMode {
  if (style.theme === LANDUSE_THEME) return 'landuse';
  return style.color_by ? 'category' : 'single';
}

/** Default look of a new layer in `color`. */
export function defaultStyle(geometry: GeometryKind, color: string): UserLayerStyle {
  if (geometry === 'polygon') return { color, fill_opacity: DEFAULT_FILL, width: 1.5, opacity: 1 };
  if (geometry === 'line') return { color, width: 2.5, opacity: 1 };
  return { color, radius: 5, opacity: 1 };
}

/**
 * Switches a style to another mode, computing categorical / theme colours from the data.
 * @example withMode(style, fc, 'landuse', 'DLMC').color_by?.values['旱地'] // '#f5f8dc'
 */
export function withMode(style: UserLayerStyle, fc: AnyCollection, mode: StyleMode, field?: string): UserLayerStyle {
  const { color_by: _c, theme: _t, ...rest } = style;
  if (mode === 'single' || !field) return rest;
  if (mode === 'category') {
    const { values } = categoricalColors(fc, field);
    return { ...rest, color_by: { property: field, values, default: OTHER_COLOR } };
  }
  const theme = landUseTheme(distinctValues(fc, field).map((d) => d.value), field);
  // Land-use maps are read by their fill colours: make the fill nearly opaque unless the user chose otherwise.
  const fill = rest.fill_opacity === undefined || rest.fill_opacity === DEFAULT_FILL ? LANDUSE_FILL : rest.fill_opacity;
  return { ...rest, theme: LANDUSE_THEME, color_by: { property: field, values: theme.values, default: LAND_USE_UNMATCHED }, outline: rest.outline ?? '#6b6b6b', fill_opacity: fill };
}

const OTHER_LABEL: I18nText = { zh: '其他', en: 'Other' };
const UNMATCHED_LABEL: I18nText = { zh: '未在用地用海配色表中', en: 'Not in the land-use colour table' };

function legendFor(meta: UserLayerMeta, style: UserLayerStyle, fc?: AnyCollection): LegendEntry[] {
  const by = style.color_by;
  if (!by) return [{ label: meta.title }];
  const landuse = style.theme === LANDUSE_THEME;
  const rows: LegendEntry[] = Object.keys(by.values).map((value) => {
    const cls = landuse ? landUseColor(value, { field: by.property })?.cls : undefined;
    const text = cls && cls.name !== value ? `${value}（${cls.name}）` : value;
    return { value, label: { zh: text, en: text } };
  });
  // The "other" row only when some feature falls into it (or when the data is not known).
  const other = !fc || fc.features.some((f) => !Object.prototype.hasOwnProperty.call(by.values, String(f.properties?.[by.property])));
  if (other) rows.push({ label: landuse ? UNMATCHED_LABEL : OTHER_LABEL });
  return rows;
}

/**
 * The LayerSpec the controller draws for a user layer. With `fc`, the legend
 * lists the "other" row only when some feature falls into it.
 * @example userLayerSpec({ id: 'imp-1', title, group: 'imported', geometry: 'polygon' }, { color: '#4e79a7' })
 */
export function userLayerSpec(meta: UserLayerMeta, style: UserLayerStyle, fc?: AnyCollection): LayerSpec {
  const s = style;
  return {
    id: meta.id,
    group: meta.group,
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    geometry: meta.geometry,
    data: `${meta.id}.geojson`,
    style: {
      // With color_by, no single colour: legend rows without a value then show the default ("other") colour.
      ...(s.color_by
        ? { color_by: { property: s.color_by.property, values: { ...s.color_by.values }, default: s.color_by.default } }
        : { color: s.color ?? '#4e79a7' }),
      ...(s.fill_opacity !== undefined ? { fill_opacity: s.fill_opacity } : {}),
      ...(s.width !== undefined ? { width: s.width } : {}),
      ...(s.radius !== undefined ? { radius: s.radius } : {}),
      ...(s.outline ? { outline: s.outline } : {}),
      ...(s.label ? { label: s.label, label_minzoom: 11 } : {}),
      dash_by_status: false,
    },
    legend: legendFor(meta, s, fc),
    visible: meta.visible ?? true,
  };
}

/** The geometry kind of a feature's geometry, or null. */
export function geometryKind(g: GeoJSON.Geometry | null | undefined): GeometryKind | null {
  if (!g) return null;
  if (g.type === 'Point' || g.type === 'MultiPoint') return 'point';
  if (g.type === 'LineString' || g.type === 'MultiLineString') return 'line';
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return 'polygon';
  return null;
}

/**
 * Splits a collection by geometry kind (the map draws one kind per layer), polygons first.
 * @example splitByGeometry(fc).map((p) => p.geometry) // ['polygon', 'point']
 */
export function splitByGeometry(fc: AnyCollection): { geometry: GeometryKind; fc: GeoJSON.FeatureCollection }[] {
  const parts = new Map<GeometryKind, GeoJSON.Feature[]>();
  for (const f of fc.features) {
    const kind = geometryKind(f.geometry);
    if (!kind) continue;
    const list = parts.get(kind) ?? [];
    list.push(f as GeoJSON.Feature);
    parts.set(kind, list);
  }
  return (['polygon', 'line', 'point'] as const).filter((k) => parts.has(k)).map((geometry) => ({ geometry, fc: { type: 'FeatureCollection', features: parts.get(geometry)! } }));
}
