import type { MapController } from '../map/map-controller';

/**
 * On a phone the details open as a bottom sheet over half the map. Keeps the
 * chosen feature in the part of the map left visible: a tapped feature is
 * eased above the sheet at the current zoom; one chosen from search or a
 * list is fitted into that part. With no sheet, the padding goes back to 0.
 */
export function revealAboveSheet(ctrl: MapController, id: string, sheetHeight: number, zoomToIt: boolean): void {
  const map = ctrl.map;
  const f = ctrl.index.feature(id);
  if (!map || !f || sheetHeight <= 0) return;
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      w = Math.min(w, c[0] as number); e = Math.max(e, c[0] as number);
      s = Math.min(s, c[1] as number); n = Math.max(n, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit((f.feature.geometry as GeoJSON.Point | null)?.coordinates);
  if (!Number.isFinite(w)) return;
  const padding = { top: 0, left: 0, right: 0, bottom: sheetHeight };
  if (zoomToIt) {
    map.fitBounds([[w, s], [e, n]], { padding: { top: 40, left: 40, right: 40, bottom: sheetHeight + 40 }, maxZoom: 12.5, duration: 500 });
  } else {
    map.easeTo({ center: [(w + e) / 2, (s + n) / 2], padding, duration: 400 });
  }
}

/** Removes the sheet padding once the sheet is closed. */
export function clearSheetPadding(ctrl: MapController): void {
  const map = ctrl.map;
  if (map && (map.getPadding().bottom ?? 0) > 0) map.easeTo({ padding: { top: 0, left: 0, right: 0, bottom: 0 }, duration: 300 });
}
