/**
 * What the Share / 嵌入 dialog hands out, as plain functions of the current
 * view: the embed.html URL, an iframe snippet and a script + custom-element
 * snippet. Every value is escaped for an HTML attribute, since the snippets
 * are pasted into other people's pages.
 */
import type { Lang } from '../i18n/lang';

/** The part of the map state a snippet carries. */
export interface EmbedView {
  center: [number, number];
  zoom: number;
  /** Layer and group ids to show (see {@link compactLayers}). */
  layers: string[];
  lang: Lang;
  /** Omitted for the default offline basemap. */
  basemap?: string;
  /** Built-in controls, e.g. `['zoom', 'legend']`. */
  controls: string[];
}

export type SizeId = '400x300' | '600x450' | '800x600' | 'responsive';

export interface SizePreset {
  id: SizeId;
  /** Pixels; absent for `responsive` (full width, 4:3). */
  width?: number;
  height?: number;
}

export const SIZE_PRESETS: readonly SizePreset[] = [
  { id: '400x300', width: 400, height: 300 },
  { id: '600x450', width: 600, height: 450 },
  { id: '800x600', width: 800, height: 600 },
  { id: 'responsive' },
];

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * The `<plan-map>` attributes of a view, in a stable order. Coordinates get
 * 5 decimals (about 1 m), the zoom 2.
 *
 * @example
 * viewAttributes({ center: [111.05, 34.05], zoom: 11, layers: ['zones'], lang: 'zh', controls: ['zoom'] })
 * // [['layers', 'zones'], ['center', '111.05,34.05'], ['zoom', '11'], ['lang', 'zh'], ['controls', 'zoom']]
 */
export function viewAttributes(view: EmbedView): [string, string][] {
  const out: [string, string][] = [
    ['layers', view.layers.join(',')],
    ['center', `${round(view.center[0], 5)},${round(view.center[1], 5)}`],
    ['zoom', String(round(view.zoom, 2))],
    ['lang', view.lang],
  ];
  if (view.basemap && view.basemap !== 'offline') out.push(['basemap', view.basemap]);
  out.push(['controls', view.controls.join(',')]);
  return out;
}

/**
 * embed.html with the view as URL parameters (commas left readable).
 *
 * @example
 * embedPageUrl('https://maps.example/embed.html', view) // 'https://maps.example/embed.html?layers=zones&center=111.05,34.05&…'
 */
export function embedPageUrl(page: string, view: EmbedView): string {
  const url = new URL(page);
  url.search = viewAttributes(view)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`)
    .join('&');
  return url.href;
}

/** `<iframe>` of embed.html at a size preset. */
export function iframeSnippet(src: string, size: SizePreset, title: string): string {
  const box =
    size.width && size.height
      ? `width="${size.width}" height="${size.height}" style="border:0"`
      : 'style="width:100%;aspect-ratio:4/3;border:0"';
  return `<iframe src="${escapeAttr(src)}" ${box} title="${escapeAttr(title)}" loading="lazy" allowfullscreen></iframe>`;
}

/** The widget's `<script>` and a `<plan-map>` element showing the view at a size preset. */
export function scriptSnippet(widgetUrl: string, view: EmbedView, size: SizePreset): string {
  const attrs = viewAttributes(view)
    .map(([k, v]) => `${k}="${escapeAttr(v)}"`)
    .join(' ');
  const style =
    size.width && size.height ? `display:block;width:${size.width}px;height:${size.height}px` : 'display:block;width:100%;aspect-ratio:4/3;--plan-map-height:auto';
  return `<script type="module" src="${escapeAttr(widgetUrl)}"></script>\n<plan-map ${attrs} style="${style}"></plan-map>`;
}

/**
 * The shortest `layers` list for the visible layers: a group's id where all
 * of its layers are visible, single layer ids otherwise, in manifest order.
 *
 * @example
 * compactLayers([{ id: 'a1', group: 'a', visible: true }, { id: 'a2', group: 'a', visible: true }, { id: 'b1', group: 'b', visible: true }, { id: 'b2', group: 'b', visible: false }])
 * // ['a', 'b1']
 */
export function compactLayers(specs: ReadonlyArray<{ id: string; group: string; visible: boolean }>): string[] {
  const out: string[] = [];
  const groupsDone = new Set<string>();
  for (const spec of specs) {
    if (!spec.visible) continue;
    const members = specs.filter((s) => s.group === spec.group);
    if (members.length > 1 && members.every((s) => s.visible)) {
      if (!groupsDone.has(spec.group)) out.push(spec.group);
      groupsDone.add(spec.group);
    } else {
      out.push(spec.id);
    }
  }
  return out;
}
