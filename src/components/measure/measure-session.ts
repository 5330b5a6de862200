/**
 * One measuring session on a MapLibre map: takes clicks as vertices, shows a
 * rubber band to the pointer, finishes on double-click or Enter, cancels on
 * Esc, drops the last point on Backspace and, for keyboard users, adds the
 * point under a centre crosshair on Space. It owns the `measure/` sketch
 * layers for as long as it runs.
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { drawingKeyHandler, grabDrawingInput, repeatsLastPoint } from '../../map/drawing-input';
import { measure, minPoints, type LngLat, type MeasureMode, type MeasureResult } from './measure-math';
import { addSketch, removeSketch, rubberFeatures, setSketchData, sketchFeatures } from './sketch-layers';

export interface SessionText {
  /** A segment length; `total` is the sketch's length, so all labels can share its unit. */
  length: (m: number, total: number) => string;
  area: (m2: number) => string;
}

export class MeasureSession {
  points: LngLat[] = [];
  cursor?: LngLat;
  finished = false;
  private releaseInput?: () => void;

  constructor(
    readonly map: MapLibreMap,
    public mode: MeasureMode,
    private readonly opts: {
      color: string;
      text: SessionText;
      /** Called after every change of points or state. */
      onChange: () => void;
      holdPointer?: () => () => void;
    },
  ) {}

  start(): void {
    const map = this.map;
    addSketch(map, this.opts.color);
    this.releaseInput = grabDrawingInput(map, { click: this.onClick, dblclick: this.onDblClick, mousemove: this.onMove, keydown: this.onKey }, this.opts.holdPointer);
    this.redraw();
  }

  stop(): void {
    this.releaseInput?.();
    this.releaseInput = undefined;
    removeSketch(this.map);
  }

  result(): MeasureResult {
    return measure(this.points, this.mode);
  }

  /** True when there are enough points to finish. */
  get complete(): boolean {
    return this.points.length >= minPoints(this.mode);
  }

  setMode(mode: MeasureMode): void {
    this.mode = mode;
    this.clear();
  }

  add(p: LngLat): void {
    if (this.finished) {
      this.points = [];
      this.finished = false;
    }
    this.points = [...this.points, p];
    this.changed();
  }

  /** Adds the point under the crosshair, for keyboard use. */
  addCentre(): void {
    const c = this.map.getCenter();
    this.add([c.lng, c.lat]);
  }

  undo(): void {
    if (this.points.length === 0) return;
    this.points = this.points.slice(0, -1);
    this.finished = false;
    this.changed();
  }

  /** Ends the sketch; returns false (and changes nothing) when it has too few points. */
  finish(): boolean {
    if (!this.complete) return false;
    this.finished = true;
    this.cursor = undefined;
    this.changed();
    return true;
  }

  clear(): void {
    this.points = [];
    this.finished = false;
    this.cursor = undefined;
    this.changed();
  }

  redraw(): void {
    if (!this.map.getSource('measure/sketch')) return;
    const rubber = this.finished ? undefined : this.cursor;
    setSketchData(this.map, sketchFeatures(this.result(), this.opts.text), rubberFeatures(this.points, rubber, this.mode));
  }

  private changed(): void {
    this.redraw();
    this.opts.onChange();
  }

  private readonly onClick = (e: MapMouseEvent) => {
    const last = this.points[this.points.length - 1];
    if (!this.finished && repeatsLastPoint(this.map, last, e)) return;
    this.add([e.lngLat.lng, e.lngLat.lat]);
  };

  private readonly onDblClick = (e: MapMouseEvent) => {
    e.preventDefault();
    this.finish();
  };

  private readonly onMove = (e: MapMouseEvent) => {
    if (this.finished || this.points.length === 0) return;
    this.cursor = [e.lngLat.lng, e.lngLat.lat];
    this.redraw();
  };

  private readonly onKey = drawingKeyHandler({
    finish: () => this.finish(),
    cancel: () => this.clear(),
    undo: () => this.undo(),
    addCentre: () => this.addCentre(),
  });
}
