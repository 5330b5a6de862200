import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/** What a drawing tool (measure, sketch) does with the pointer and the keyboard while it is active. */
export interface DrawingHandlers {
  click: (e: MapMouseEvent) => void;
  dblclick: (e: MapMouseEvent) => void;
  mousemove: (e: MapMouseEvent) => void;
  keydown: (e: KeyboardEvent) => void;
}

/**
 * Takes the map's pointer for a drawing tool: clicks and double clicks add
 * points instead of selecting or zooming, the cursor becomes a crosshair,
 * and a centred crosshair marks where the keyboard adds a point.
 * `holdPointer` is the controller's hold, so plan features are not selected
 * meanwhile. Returns the function that gives everything back.
 */
export function grabDrawingInput(map: MapLibreMap, h: DrawingHandlers, holdPointer?: () => () => void): () => void {
  const dblZoomWasOn = map.doubleClickZoom.isEnabled();
  map.doubleClickZoom.disable();
  const release = holdPointer?.();
  map.on('click', h.click);
  map.on('dblclick', h.dblclick);
  map.on('mousemove', h.mousemove);
  map.getCanvasContainer().addEventListener('keydown', h.keydown);
  map.getCanvas().style.cursor = 'crosshair';
  const mark = crosshair();
  map.getContainer().appendChild(mark);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    map.off('click', h.click);
    map.off('dblclick', h.dblclick);
    map.off('mousemove', h.mousemove);
    map.getCanvasContainer().removeEventListener('keydown', h.keydown);
    if (dblZoomWasOn) map.doubleClickZoom.enable();
    release?.();
    mark.remove();
    // After map.remove() there is no canvas style left to reset.
    if (map.style && map.getCanvas()) map.getCanvas().style.cursor = '';
  };
}

/** Clicks closer than this (CSS px) to the previous vertex are the second click of a double-click. */
const SAME_POINT_PX = 4;

/** True when a click lands on the last vertex: the second click of a double-click, not a new point. */
export function repeatsLastPoint(map: MapLibreMap, last: [number, number] | undefined, e: MapMouseEvent): boolean {
  if (!last) return false;
  const q = map.project(last);
  return Math.hypot(q.x - e.point.x, q.y - e.point.y) < SAME_POINT_PX;
}

/** What the keyboard does in a drawing tool. */
export interface DrawingKeys {
  /** Enter */
  finish: () => void;
  /** Escape */
  cancel: () => void;
  /** Backspace: remove the last point. */
  undo: () => void;
  /** Space: add the point under the centre crosshair. */
  addCentre: () => void;
}

/** The shared key bindings of the drawing tools, as a keydown handler. */
export function drawingKeyHandler(keys: DrawingKeys): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter') keys.finish();
    else if (e.key === 'Escape') keys.cancel();
    else if (e.key === 'Backspace') keys.undo();
    else if (e.key === ' ') keys.addCentre();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
}

function crosshair(): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('aria-hidden', 'true');
  el.className = 'plan-crosshair';
  Object.assign(el.style, {
    position: 'absolute', left: '50%', top: '50%', width: '22px', height: '22px', margin: '-11px 0 0 -11px', pointerEvents: 'none', zIndex: '1',
    background: 'linear-gradient(#1d2329,#1d2329) center/2px 100% no-repeat, linear-gradient(#1d2329,#1d2329) center/100% 2px no-repeat', opacity: '0.7',
  });
  return el;
}
