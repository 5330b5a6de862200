/**
 * The panel's map-click modes: placing what-if points and drawing the
 * target polygon (with its draft drawn live on the map).
 */
import type { MapController } from '../../map/map-controller';
import { MapPicker, type PickMode } from './map-picker';
import { syncDrawn } from './map-sync';
import type { LngLat } from './params';

export interface PickingHost {
  controller(): MapController | undefined;
  /** Re-render the panel. */
  requestUpdate(): void;
  /** A point placed in `points` mode. */
  place(p: LngLat): void;
  /** A polygon finished in `polygon` mode (3 or more vertices). */
  drawn(points: LngLat[]): void;
  /** Drawing stopped without a result: restore what the map showed before. */
  restore(): void;
}

export class CoveragePicking {
  mode: PickMode | null = null;
  draft: LngLat[] = [];
  private picker?: MapPicker;

  constructor(private readonly host: PickingHost) {}

  start(mode: PickMode): void {
    const ctrl = this.host.controller();
    if (!ctrl?.map) return;
    this.stop();
    this.mode = mode;
    this.draft = [];
    this.picker = new MapPicker(ctrl.map, mode, {
      onPoint: (p) => this.add(p),
      onFinish: () => this.finish(),
      onStop: () => this.stop(),
    }, () => ctrl.holdPointer());
    this.picker.start();
    this.host.requestUpdate();
  }

  /** Ends either mode; an unfinished polygon is dropped. */
  stop(): void {
    const wasDrawing = this.mode === 'polygon';
    this.end();
    if (wasDrawing) this.host.restore();
  }

  /** Stops when the controller's map is no longer the one being picked on. */
  check(map: unknown): void {
    if (this.picker && this.picker.map !== map) this.stop();
  }

  add(p: LngLat): void {
    if (this.mode === 'polygon') {
      this.draft = [...this.draft, p];
      this.showDraft();
    } else {
      this.host.place(p);
    }
  }

  /** Adds the map centre (keyboard users pan the map, then press the button). */
  addCentre(): void {
    const c = this.host.controller()?.map?.getCenter();
    if (c) this.add([c.lng, c.lat]);
  }

  undo(): void {
    this.draft = this.draft.slice(0, -1);
    this.showDraft();
  }

  finish(): void {
    if (this.mode !== 'polygon' || this.draft.length < 3) return;
    const points = this.draft;
    this.end();
    this.host.drawn(points);
  }

  private end(): void {
    this.picker?.stop();
    this.picker = undefined;
    this.mode = null;
    this.draft = [];
    this.host.requestUpdate();
  }

  private showDraft(): void {
    const ctrl = this.host.controller();
    if (ctrl) syncDrawn(ctrl, this.draft);
    this.host.requestUpdate();
  }
}
