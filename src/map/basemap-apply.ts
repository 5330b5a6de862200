import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { BASEMAPS } from './basemaps';

const PREFIX = 'basemap/';

export interface BasemapOptions {
  tilesUrl: string;
  lang: Lang;
  basemapKey?: string;
}

/** MapLibre layer ids that belong to the current basemap. */
export function basemapLayers(map: MapLibreMap): string[] {
  return map.getLayersOrder().filter((id) => id.startsWith(PREFIX));
}

/**
 * Replaces the basemap's sources and layers, keeping them under every plan
 * layer. An online basemap that needs a key and has none falls back to the
 * offline basemap. Returns the id actually shown.
 */
export function applyBasemap(map: MapLibreMap, opts: BasemapOptions, id: string): string {
  let def = BASEMAPS.find((b) => b.id === id) ?? BASEMAPS[0];
  if (def.needsKey && !opts.basemapKey) def = BASEMAPS[0];
  for (const layer of basemapLayers(map)) map.removeLayer(layer);
  for (const src of Object.keys(map.getStyle().sources)) if (src.startsWith(PREFIX)) map.removeSource(src);

  const built = def.build({ tilesUrl: opts.tilesUrl, lang: opts.lang, key: opts.basemapKey });
  for (const [src, spec] of Object.entries(built.sources)) map.addSource(PREFIX + src, spec as SourceSpecification);
  const order = map.getLayersOrder();
  const before = order.find((l) => l !== 'background' && !l.startsWith(PREFIX));
  for (const layer of built.layers) {
    const prefixed = { ...layer, id: PREFIX + layer.id } as LayerSpecification & { source?: string };
    if (typeof prefixed.source === 'string') prefixed.source = PREFIX + prefixed.source;
    map.addLayer(prefixed as LayerSpecification, before);
  }
  return def.id;
}
