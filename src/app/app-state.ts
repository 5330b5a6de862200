import type { Lang } from '../i18n/lang';
import { ALL_ACCURACIES, ALL_STATUSES } from '../map/layer-state';
import type { MapController } from '../map/map-controller';
import { BASEMAPS } from '../map/basemaps';
import type { CompareMode, KnownIds, PermalinkState } from './permalink';

/** App-level state that lives outside the map controller. */
export interface ShellState {
  lang: Lang;
  compare?: CompareMode;
  /** Encoded coverage-panel parameters of the last run. */
  coverage?: string;
}

/** The ids a permalink may name, from the loaded plan (run-time user layers excluded: their data is not in the URL). */
export function knownIds(ctrl: MapController): KnownIds {
  const layers = new Set((ctrl.data?.manifest.layers ?? []).map((l) => l.id));
  return {
    layers,
    element: (id) => ctrl.index.has(id),
    basemaps: new Set(BASEMAPS.map((b) => b.id)),
  };
}

/** What the URL should say now. */
export function captureState(ctrl: MapController, shell: ShellState): PermalinkState {
  const out: PermalinkState = { lang: shell.lang, compare: shell.compare, coverage: shell.coverage };
  const map = ctrl.map;
  const st = ctrl.state;
  if (map) {
    const c = map.getCenter();
    out.view = { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing() };
  }
  if (st && ctrl.data) {
    const manifest = new Set(ctrl.data.manifest.layers.map((l) => l.id));
    out.layers = st.visibleIds().filter((id) => manifest.has(id));
    const op = new Map<string, number>();
    for (const id of st.order) {
      const o = st.get(id)?.opacity ?? 1;
      if (manifest.has(id) && o < 1) op.set(id, o);
    }
    out.opacity = op;
    out.statuses = [...st.filter.statuses];
    out.accuracies = [...st.filter.accuracies];
  }
  if (ctrl.selectedId) out.selected = ctrl.selectedId;
  if (ctrl.options.basemap && ctrl.options.basemap !== 'offline') out.basemap = ctrl.options.basemap;
  return out;
}

/**
 * Applies a parsed permalink to a ready controller: layers, opacities,
 * filter, selection and view. Language, basemap and compare mode belong to
 * the shell and the `<plan-map>` attributes; the caller applies them.
 */
export function applyState(ctrl: MapController, s: PermalinkState): void {
  const st = ctrl.state;
  if (!st || !ctrl.data) return;
  if (s.layers) {
    const on = new Set(s.layers);
    for (const l of ctrl.data.manifest.layers) ctrl.setLayerVisible(l.id, on.has(l.id));
  }
  for (const l of ctrl.data.manifest.layers) ctrl.setLayerOpacity(l.id, s.opacity?.get(l.id) ?? 1);
  if (s.statuses || s.accuracies) {
    ctrl.setFilter({ statuses: new Set(s.statuses ?? ALL_STATUSES), accuracies: new Set(s.accuracies ?? ALL_ACCURACIES) });
  }
  if (s.selected !== ctrl.selectedId) ctrl.select(s.selected ?? null);
  if (s.view && ctrl.map) ctrl.map.jumpTo({ center: s.view.center, zoom: s.view.zoom, bearing: s.view.bearing });
}
