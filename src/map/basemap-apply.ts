import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import type { ResolvedTiles } from './basemap-style';
import { BASEMAPS, type BasemapDefinition } from './basemaps';

const PREFIX = 'basemap/';

export interface BasemapOptions {
  tiles: ResolvedTiles;
  lang: Lang;
  basemapKey?: string;
}

/** MapLibre layer ids that belong to the current basemap. */
export function basemapLayers(map: MapLibreMap): string[] {
  return map.getLayersOrder().filter((id) => id.startsWith(PREFIX));
}

/**
 * Replaces the basemap's sources and layers, keeping them under every plan
 * layer. An online basemap that cannot be built (a Tianditu basemap without
 * a key) falls back to the offline basemap; the error is returned so the UI
 * can say why.
 */
export function applyBasemap(map: MapLibreMap, opts: BasemapOptions, id: string): { id: string; error?: Error } {
  const wanted = BASEMAPS.find((b) => b.id === id);
  let def: BasemapDefinition = wanted ?? BASEMAPS[0];
  let error: Error | undefined = wanted ? undefined : new Error(`Unknown basemap "${id}"; showing the offline basemap.`);
  const buildOpts = { ...opts.tiles, lang: opts.lang, key: opts.basemapKey };
  let built;
  try {
    built = def.build(buildOpts);
  } catch (e) {
    error = e as Error;
    def = BASEMAPS[0];
    built = def.build(buildOpts);
  }
  for (const layer of basemapLayers(map)) map.removeLayer(layer);
  for (const src of Object.keys(map.getStyle().sources)) if (src.startsWith(PREFIX)) map.removeSource(src);

  for (const [src, spec] of Object.entries(built.sources)) map.addSource(PREFIX + src, spec as SourceSpecification);
  const order = map.getLayersOrder();
  const before = order.find((l) => l !== 'background' && !l.startsWith(PREFIX));
  for (const layer of built.layers) {
    const prefixed = { ...layer, id: PREFIX + layer.id } as LayerSpecification & { source?: string };
    if (typeof prefixed.source === 'string') prefixed.source = PREFIX + prefixed.source;
    map.addLayer(prefixed as LayerSpecification, before);
  }
  return { id: def.id, error };
}
