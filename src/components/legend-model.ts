import type { GeometryKind, I18nText, LayerSpec, LayerStyle } from '../manifest/types';

/** How to draw one legend sample, taken from the layer's own style. */
export interface LegendSwatch {
  geometry: GeometryKind;
  color: string;
  /** Outline (polygons) or casing (points) colour, when the style sets one. */
  outline?: string;
  /** Polygon fill opacity, raised to a legible minimum. */
  fillOpacity: number;
  width: number;
  radius: number;
}

export interface LegendRow {
  label: I18nText;
  swatch: LegendSwatch;
}

export interface LegendLayer {
  id: string;
  title: I18nText;
  rows: LegendRow[];
  /** Share of the layer's features drawn as schematic (示意). */
  schematic: 'none' | 'some' | 'all';
}

/** Fill opacity below which a swatch would be invisible on a white panel. */
const MIN_SWATCH_FILL = 0.2;

/**
 * The colour a legend row stands for: its `value` in `color_by`, else the
 * layer's single `color`, else the `color_by` default.
 *
 * @example
 * entryColor({ color_by: { property: 'kind', values: { main: '#c0392b' }, default: '#777' } }, 'main') // '#c0392b'
 */
export function entryColor(style: LayerStyle, value?: string): string {
  const cb = style.color_by;
  if (cb) return (value !== undefined ? cb.values[value] : undefined) ?? style.color ?? cb.default;
  return style.color ?? '#777777';
}

/**
 * Legend of the given layers (pass the visible ones, top of the draw order
 * first): one block per layer, one row per manifest legend entry, every
 * colour read from the layer style.
 *
 * @example
 * legendModel([spec], new Map([[spec.id, { schematic: 2, total: 4 }]]))[0].schematic // 'some'
 */
export function legendModel(
  specs: readonly LayerSpec[],
  shares: ReadonlyMap<string, { schematic: number; total: number }> = new Map(),
): LegendLayer[] {
  return specs.map((spec) => {
    const s = spec.style;
    const swatch = (value?: string): LegendSwatch => ({
      geometry: spec.geometry,
      color: entryColor(s, value),
      outline: s.outline,
      fillOpacity: Math.max(MIN_SWATCH_FILL, s.fill_opacity ?? 0.35),
      width: Math.min(6, s.width ?? 2),
      radius: Math.min(8, s.radius ?? 5),
    });
    const rows = spec.legend.length ? spec.legend.map((e) => ({ label: e.label, swatch: swatch(e.value) })) : [{ label: spec.title, swatch: swatch() }];
    const share = shares.get(spec.id);
    const schematic = !share || share.schematic === 0 ? 'none' : share.schematic >= share.total ? 'all' : 'some';
    return { id: spec.id, title: spec.title, rows, schematic };
  });
}
