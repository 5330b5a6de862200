/**
 * Gathers what the sheet shows from the map controller: visible layers'
 * legend (the manifest's own colours and labels, via the legend model the
 * `<plan-legend>` uses), scale at the centre latitude, bearing, the
 * manifest attribution, the basemap credits and the 示意 note.
 */
import { pick, type Lang } from '../../i18n/lang';
import { fmt } from '../../i18n/strings/format';
import { S } from '../../i18n/strings/plan-print';
import type { LayerSpec } from '../../manifest/types';
import type { MapController } from '../../map/map-controller';
import { legendModel } from '../legend-model';
import type { SheetInput } from './compose-sheet';
import { metresPerPixel } from './scale-bar';
import { sheetDate } from './sheet-text';

export interface SheetOptions {
  title: string;
  review?: string;
  legend: boolean;
  lang: Lang;
  date: Date;
}

/** Everything but the map image. */
export function sheetInput(ctrl: MapController, opts: SheetOptions): Omit<SheetInput, 'map' | 'pixelRatio'> {
  const map = ctrl.map!;
  const lang = opts.lang;
  const specs = (ctrl.state?.visibleIds() ?? [])
    .slice()
    .reverse()
    .map((id) => ctrl.layerSpec(id))
    .filter((s): s is LayerSpec => !!s);
  const shares = new Map<string, { schematic: number; total: number }>();
  for (const [, f] of ctrl.index.allFeatures()) {
    const s = shares.get(f.layerId) ?? { schematic: 0, total: 0 };
    s.total++;
    if (f.feature.properties?.accuracy === 'schematic') s.schematic++;
    shares.set(f.layerId, s);
  }
  const model = legendModel(specs, shares);
  const legend = opts.legend
    ? model.map((l) => ({ title: pick(l.title, lang), rows: l.rows.map((r) => ({ label: pick(r.label, lang), swatch: r.swatch })) }))
    : null;
  const attribution = ctrl.data ? pick(ctrl.data.manifest.attribution, lang) : '';
  const basemap = basemapCredits(ctrl);
  const notes = [
    fmt(S.source, lang, { v: attribution }),
    ...(basemap ? [basemap] : []),
    pick(S.schematicNote, lang) + (lang === 'zh' ? '。' : '.'),
  ];
  const c = map.getCenter();
  return {
    metresPerCssPixel: metresPerPixel(c.lat, map.getZoom()),
    bearing: map.getBearing(),
    title: opts.title,
    legend,
    schematicRow: model.some((l) => l.schematic !== 'none') ? pick(S.schematic, lang) : undefined,
    legendTitle: pick(S.legend, lang),
    north: pick(S.north, lang),
    unit: lang === 'zh' ? { m: '米', km: '公里' } : { m: 'm', km: 'km' },
    notes,
    review: opts.review?.trim() ? fmt(S.review, lang, { v: opts.review.trim() }) : undefined,
    date: fmt(S.date, lang, { v: sheetDate(opts.date, lang) }),
  };
}

/** The attribution of every source on the map (basemap tiles), as plain text, de-duplicated. */
export function basemapCredits(ctrl: MapController): string {
  const map = ctrl.map;
  if (!map) return '';
  const seen = new Set<string>();
  for (const id of Object.keys(map.getStyle()?.sources ?? {})) {
    const a = (map.getSource(id) as { attribution?: string } | undefined)?.attribution;
    if (a) seen.add(htmlToText(a));
  }
  return [...seen].filter(Boolean).join('; ');
}

/** Attributions may hold links; the sheet needs their text only (parsed inertly, never inserted). */
function htmlToText(s: string): string {
  const doc = new DOMParser().parseFromString(s, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
