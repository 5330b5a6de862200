/**
 * Colours for user data (imports, sketches): a qualitative palette for
 * categories and a rotating default colour per new layer. These colour the
 * planner's own data, never the plan's (whose colours live in the manifest).
 */

// Tableau 10: distinct, colour-blind-aware, readable on a light basemap.
const BASE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** Colour of categories beyond the palette and of missing values. */
export const OTHER_COLOR = '#9e9e9e';

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/**
 * `n` distinct colours: the base palette, then golden-angle hues.
 * @example palette(3) // ['#4e79a7', '#f28e2b', '#e15759']
 */
export function palette(n: number): string[] {
  const out = BASE.slice(0, n);
  for (let i = out.length; i < n; i++) out.push(hslToHex((i * 137.508) % 360, 0.55, i % 2 ? 0.45 : 0.6));
  return out;
}

/** The default colour of the `i`-th user layer. */
export function layerColor(i: number): string {
  return BASE[((i % BASE.length) + BASE.length) % BASE.length];
}

/**
 * Distinct values of an attribute, most frequent first (ties in first-seen order).
 * @example distinctValues(fc, 'DLMC') // [{ value: '旱地', count: 12 }, …]
 */
export function distinctValues(fc: GeoJSON.FeatureCollection<GeoJSON.Geometry | null>, field: string): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of fc.features) {
    const v = f.properties?.[field];
    if (v === null || v === undefined || v === '') continue;
    const key = String(v);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

/** Categories shown with their own colour; the rest fall into "other". */
export const MAX_CATEGORIES = 20;

/**
 * A categorical colour map for an attribute: the `MAX_CATEGORIES` most frequent values get palette colours.
 * @example categoricalColors(fc, 'type').values // { 医院: '#4e79a7', 卫生院: '#f28e2b' }
 */
export function categoricalColors(fc: GeoJSON.FeatureCollection<GeoJSON.Geometry | null>, field: string): { values: Record<string, string>; other: number } {
  const all = distinctValues(fc, field);
  const shown = all.slice(0, MAX_CATEGORIES);
  const colors = palette(shown.length);
  const values: Record<string, string> = {};
  shown.forEach((d, i) => (values[d.value] = colors[i]));
  return { values, other: all.length - shown.length };
}
