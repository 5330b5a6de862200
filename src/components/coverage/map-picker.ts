/**
 * Takes map clicks for the coverage panel: placing what-if facilities
 * (`points`) or drawing the target (`polygon`, double-click or Enter
 * finishes). While it runs it holds the controller's pointer, so a click
 * does not select a plan feature; Esc stops.
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { LngLat } from './params';

export type PickMode = 'points' | 'polygon';

export interface PickerHandlers {
  onPoint(p: LngLat): void;
  /** Polygon mode: double-click or Enter. */
  onFinish(): void;
  /** Esc. */
  onStop(): void;
}

/** A second click this close (CSS px) to the previous one is part of a double-click. */
const SAME_POINT_PX = 4;

export class MapPicker {
  private last?: { x: number; y: number };
  private dblZoomWasOn = false;
  private release?: () => void;

  constructor(
    readonly map: MapLibreMap,
    readonly mode: PickMode,
    private readonly handlers: PickerHandlers,
    private readonly holdPointer?: () => () => void,
  ) {}

  start(): void {
    this.release = this.holdPointer?.();
    this.dblZoomWasOn = this.map.doubleClickZoom.isEnabled();
    if (this.mode === 'polygon') this.map.doubleClickZoom.disable();
    this.map.on('click', this.onClick);
    this.map.on('dblclick', this.onDblClick);
    this.map.getCanvasContainer().addEventListener('keydown', this.onKey);
    this.map.getCanvas().style.cursor = 'crosshair';
  }

  stop(): void {
    this.map.off('click', this.onClick);
    this.map.off('dblclick', this.onDblClick);
    this.map.getCanvasContainer().removeEventListener('keydown', this.onKey);
    if (this.dblZoomWasOn) this.map.doubleClickZoom.enable();
    this.release?.();
    this.release = undefined;
    const canvas = this.map.getCanvas();
    if (canvas) canvas.style.cursor = '';
  }

  /** The map centre, for adding a point from the keyboard. */
  centre(): LngLat {
    const c = this.map.getCenter();
    return [c.lng, c.lat];
  }

  private readonly onClick = (e: MapMouseEvent) => {
    const near = this.last && Math.hypot(this.last.x - e.point.x, this.last.y - e.point.y) < SAME_POINT_PX;
    if (near && this.mode === 'polygon') return;
    this.last = { x: e.point.x, y: e.point.y };
    this.handlers.onPoint([e.lngLat.lng, e.lngLat.lat]);
  };

  private readonly onDblClick = (e: MapMouseEvent) => {
    if (this.mode !== 'polygon') return;
    e.preventDefault();
    this.handlers.onFinish();
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.handlers.onStop();
    else if (e.key === 'Enter' && this.mode === 'polygon') this.handlers.onFinish();
  };
}
