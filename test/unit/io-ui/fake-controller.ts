/**
 * A map controller without a map, for the io-ui tests: the same user-layer
 * API and layer state as `MapController`, so the work registry,
 * persistence and project code run unchanged in Node.
 */
import type { LayerSpec } from '../../../src/manifest/types';
import type { MapController } from '../../../src/map/map-controller';
import { LayerState } from '../../../src/map/layer-state';

export class FakeController extends EventTarget {
  readonly userLayers = new Map<string, LayerSpec>();
  readonly userLayerData = new Map<string, GeoJSON.FeatureCollection>();
  state = new LayerState([]);
  map = undefined;
  basemapId = 'offline';
  /** Every addUserLayer call, in order (to see re-adds after a style change). */
  readonly added: { spec: LayerSpec; fc: GeoJSON.FeatureCollection }[] = [];

  addUserLayer(spec: LayerSpec, fc: GeoJSON.FeatureCollection): void {
    if (this.userLayers.has(spec.id)) this.removeUserLayer(spec.id);
    this.userLayers.set(spec.id, spec);
    this.userLayerData.set(spec.id, fc);
    this.state.add(spec.id, spec.visible);
    this.added.push({ spec, fc });
    this.changed();
  }

  removeUserLayer(id: string): void {
    if (!this.userLayers.has(id)) return;
    this.userLayers.delete(id);
    this.userLayerData.delete(id);
    this.state.remove(id);
    this.changed();
  }

  setLayerOpacity(id: string, opacity: number): void {
    this.state.setOpacity(id, opacity);
    this.changed();
  }

  setLayerVisible(id: string, visible: boolean): void {
    this.state.setVisible(id, visible);
    this.changed();
  }

  moveLayerBefore(id: string, beforeId: string | undefined): void {
    if (this.state.moveBefore(id, beforeId)) this.changed();
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

export function fakeController(): FakeController & MapController {
  return new FakeController() as unknown as FakeController & MapController;
}
