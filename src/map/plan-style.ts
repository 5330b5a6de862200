import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import type { LayerSpec } from '../manifest/types';
import { FONT_NAME } from './font-faces';

export type { Lang };

/** Name of the hatch image the controller registers for schematic polygons. */
export const HATCH_IMAGE = 'plan-hatch';

/** Source id of a plan layer. */
export const sourceId = (layerId: string): string => `plan/${layerId}`;

/** Prefix shared by every MapLibre layer drawn for one plan layer. */
export const layerPrefix = (layerId: string): string => `plan/${layerId}/`;

/** Metadata key holding the base opacities, so user opacity can multiply them. */
export const OPACITY_KEY = 'plan:opacity';

const SCHEMATIC: ExpressionSpecification = ['==', ['get', 'accuracy'], 'schematic'];
const NOT_SCHEMATIC: ExpressionSpecification = ['!=', ['get', 'accuracy'], 'schematic'];

/**
 * Dash pattern by status: existing lines solid, planned and under-construction
 * dashed, pre-study dotted, following planning-map convention.
 */
const DASH_BY_STATUS: ExpressionSpecification = [
  'match', ['get', 'status'],
  ['规划', '在建'], ['literal', [3, 2]],
  '前期', ['literal', [1, 1.5]],
  ['literal', [1, 0]],
];

/** MapLibre colour expression for a layer's `color` / `color_by`. */
export function colorExpression(spec: LayerSpec): ExpressionSpecification | string {
  const cb = spec.style.color_by;
  if (!cb) return spec.style.color ?? '#555555';
  const pairs = Object.entries(cb.values).flat();
  return ['match', ['to-string', ['get', cb.property]], ...pairs, cb.default] as ExpressionSpecification;
}

/** A size expression for `width_by` / `radius_by`, or the plain number. */
function sizeExpression(by: LayerSpec['style']['width_by'], fallback: number, scale = 1): ExpressionSpecification | number {
  if (!by) return fallback * scale;
  const pairs = Object.entries(by.values).flatMap(([k, v]) => [k, v * scale]);
  return ['match', ['to-string', ['get', by.property]], ...pairs, by.default * scale] as ExpressionSpecification;
}

/**
 * Text for labels: the name in the current language, with a small 示意 /
 * "schematic" line under schematic features so no reader mistakes them for
 * surveyed positions.
 */
export function labelExpression(spec: LayerSpec, lang: Lang): ExpressionSpecification {
  const prop = spec.style.label ?? 'name';
  const name: ExpressionSpecification =
    lang === 'en' && prop === 'name'
      ? ['coalesce', ['get', 'name_en'], ['get', 'name']]
      : ['to-string', ['get', prop]];
  const note = lang === 'en' ? '\n(schematic)' : '\n（示意）';
  return [
    'case', SCHEMATIC,
    ['format', name, {}, note, { 'font-scale': 0.75, 'text-color': '#6b6b6b' }],
    ['format', name, {}],
  ] as ExpressionSpecification;
}

/**
 * Turns one manifest layer into the MapLibre layers that draw it. Every layer
 * shows accuracy the same way: schematic polygons are hatched with a dashed
 * outline, schematic lines sit on a soft blurred band, schematic points are
 * hollow with a blurred halo. Lines are dashed by status when asked.
 *
 * @example
 * planLayerStyles(spec, 'zh').map((l) => l.id) // ['plan/zones/fill', 'plan/zones/hatch', …]
 */
export function planLayerStyles(spec: LayerSpec, lang: Lang): LayerSpecification[] {
  const source = sourceId(spec.id);
  const id = (variant: string) => `${layerPrefix(spec.id)}${variant}`;
  const color = colorExpression(spec);
  const s = spec.style;
  const zoom = { ...(s.minzoom !== undefined && { minzoom: s.minzoom }), ...(s.maxzoom !== undefined && { maxzoom: s.maxzoom }) };
  const visibility = spec.visible ? 'visible' : 'none';
  const base = { source, ...zoom, layout: { visibility } } as const;
  const meta = (opacity: Record<string, number>) => ({ metadata: { [OPACITY_KEY]: opacity, 'plan:layer': spec.id } });
  const width = s.width ?? 2;
  const w = (scale = 1, add = 0): ExpressionSpecification | number => {
    const e = sizeExpression(s.width_by, width, scale);
    return add === 0 ? e : typeof e === 'number' ? e + add : (['+', e, add] as ExpressionSpecification);
  };
  const out: LayerSpecification[] = [];

  if (spec.geometry === 'polygon') {
    const fo = s.fill_opacity ?? 0.35;
    // Nearly clear fills mark extents such as "the whole county": a dozen of them stack on the same
    // outline, and full-strength hatching would black the county out. Their dashed outline and 示意 label remain.
    const ho = fo < 0.1 ? 0.1 : 0.5;
    out.push(
      { ...base, id: id('fill'), type: 'fill', filter: NOT_SCHEMATIC, paint: { 'fill-color': color, 'fill-opacity': fo }, ...meta({ 'fill-opacity': fo }) },
      { ...base, id: id('fill-schematic'), type: 'fill', filter: SCHEMATIC, paint: { 'fill-color': color, 'fill-opacity': fo * 0.6 }, ...meta({ 'fill-opacity': fo * 0.6 }) },
      { ...base, id: id('hatch'), type: 'fill', filter: SCHEMATIC, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ho }, ...meta({ 'fill-opacity': ho }) },
      { ...base, id: id('outline'), type: 'line', filter: NOT_SCHEMATIC, paint: { 'line-color': s.outline ?? color, 'line-width': width }, ...meta({ 'line-opacity': 1 }) },
      {
        ...base, id: id('outline-schematic'), type: 'line', filter: SCHEMATIC,
        paint: { 'line-color': s.outline ?? color, 'line-width': width, 'line-dasharray': [2, 1.5] }, ...meta({ 'line-opacity': 1 }),
      },
    );
  } else if (spec.geometry === 'line') {
    out.push(
      {
        ...base, id: id('band'), type: 'line', filter: SCHEMATIC,
        layout: { ...base.layout, 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': color, 'line-width': w(5), 'line-blur': w(3), 'line-opacity': 0.22 }, ...meta({ 'line-opacity': 0.22 }),
      },
      {
        ...base, id: id('casing'), type: 'line', filter: NOT_SCHEMATIC,
        layout: { ...base.layout, 'line-join': 'round' },
        paint: { 'line-color': s.outline ?? '#ffffff', 'line-width': w(1, 2) }, ...meta({ 'line-opacity': 1 }),
      },
      {
        ...base, id: id('line'), type: 'line',
        layout: { ...base.layout, 'line-join': 'round' },
        paint: {
          'line-color': color, 'line-width': w(),
          ...((s.dash_by_status ?? true) && { 'line-dasharray': DASH_BY_STATUS }),
        },
        ...meta({ 'line-opacity': 1 }),
      },
    );
  } else {
    const r = (scale = 1) => sizeExpression(s.radius_by, s.radius ?? 5, scale);
    out.push(
      {
        ...base, id: id('halo'), type: 'circle', filter: SCHEMATIC,
        paint: { 'circle-color': color, 'circle-radius': r(2.4), 'circle-blur': 1, 'circle-opacity': 0.35 }, ...meta({ 'circle-opacity': 0.35 }),
      },
      {
        ...base, id: id('circle'), type: 'circle',
        paint: {
          'circle-color': ['case', SCHEMATIC, '#ffffff', color] as ExpressionSpecification,
          'circle-radius': r(),
          'circle-stroke-color': ['case', SCHEMATIC, color, s.outline ?? '#ffffff'] as ExpressionSpecification,
          'circle-stroke-width': ['case', SCHEMATIC, 2.5, 1.5] as ExpressionSpecification,
          'circle-opacity': 1,
          'circle-stroke-opacity': 1,
        },
        ...meta({ 'circle-opacity': 1, 'circle-stroke-opacity': 1 }),
      },
    );
  }

  if (s.label) {
    out.push({
      ...base,
      id: id('label'),
      type: 'symbol',
      minzoom: Math.max(s.label_minzoom ?? 0, s.minzoom ?? 0),
      layout: {
        visibility,
        'text-field': labelExpression(spec, lang),
        'text-font': [FONT_NAME],
        'text-size': spec.geometry === 'point' ? 13 : 12,
        'text-optional': true,
        ...(spec.geometry === 'line'
          ? { 'symbol-placement': 'line', 'text-max-angle': 30 }
          : spec.geometry === 'point'
            ? { 'text-anchor': 'top', 'text-offset': [0, 0.9], 'text-max-width': 8 }
            : { 'text-max-width': 8 }),
      },
      paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': 1 },
      ...meta({ 'text-opacity': 1 }),
    });
  }
  return out;
}

/** The label layer id of a plan layer, if it has labels. */
export function isLabelLayer(mapLayerId: string): boolean {
  return mapLayerId.endsWith('/label');
}
