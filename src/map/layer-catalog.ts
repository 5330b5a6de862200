import type { LayerSpec, LayerStyle } from '../manifest/types';

/**
 * Which layers exist and how they look: the manifest's layers, host style
 * overrides of them, and the run-time layers (imports, sketches, analysis
 * results) with their data. No map here; the controller draws from it.
 */
export class LayerCatalog {
  manifestLayers: readonly LayerSpec[] = [];
  /** Layers added at run time, in addition to the manifest's. */
  readonly userLayers = new Map<string, LayerSpec>();
  /** The FeatureCollection of each run-time layer (analyses read it per layer). */
  readonly userLayerData = new Map<string, GeoJSON.FeatureCollection>();
  /** Host overrides of manifest layer styles, by layer id. */
  readonly styleOverrides = new Map<string, Partial<LayerStyle>>();

  /** A layer by id with any style override applied. */
  spec(id: string): LayerSpec | undefined {
    const spec = this.manifestLayers.find((l) => l.id === id) ?? this.userLayers.get(id);
    return spec && this.styled(spec);
  }

  /** Manifest layers, then run-time layers, with style overrides applied. */
  all(): LayerSpec[] {
    return [...this.manifestLayers, ...this.userLayers.values()].map((l) => this.styled(l));
  }

  styled(spec: LayerSpec): LayerSpec {
    const o = this.userLayers.has(spec.id) ? undefined : this.styleOverrides.get(spec.id);
    return o ? { ...spec, style: { ...spec.style, ...o } } : spec;
  }

  setOverride(id: string, style: Partial<LayerStyle> | undefined): void {
    if (style) this.styleOverrides.set(id, style);
    else this.styleOverrides.delete(id);
  }

  putUserLayer(spec: LayerSpec, fc: GeoJSON.FeatureCollection): void {
    this.userLayers.set(spec.id, spec);
    this.userLayerData.set(spec.id, fc);
  }

  deleteUserLayer(id: string): void {
    this.userLayers.delete(id);
    this.userLayerData.delete(id);
  }
}
