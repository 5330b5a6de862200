/**
 * What the export dialog offers: every layer on the map (plan layers from
 * the manifest, imports, sketches, analysis results, other run-time layers)
 * with its features, and the export CRSs with the Gauss-Krüger zones that
 * cover the data suggested first.
 */
import { cgcs2000ZoneForLon, getCrs, listCrs, type CrsInfo } from '../io/crs/registry';
import { isExportCrs } from '../io/export/index';
import type { I18nText } from '../io/types';
import type { MapController } from '../map/map-controller';
import { userLayerData } from './user-layers';

export type LayerSource = 'plan' | 'imported' | 'sketch' | 'analysis' | 'other';

export interface ExportableLayer {
  id: string;
  title: I18nText;
  source: LayerSource;
  count: number;
}

function sourceOf(controller: MapController, id: string, group: string): LayerSource {
  if (!controller.userLayers.has(id)) return 'plan';
  if (group === 'imported') return 'imported';
  if (group === 'analysis') return 'analysis';
  if (id.startsWith('sketches-')) return 'sketch';
  return 'other';
}

/** Features of any layer on the map (WGS84), or undefined. */
export function layerFeatures(controller: MapController, id: string): GeoJSON.FeatureCollection | undefined {
  if (controller.userLayers.has(id)) return userLayerData(controller, id);
  return controller.data?.layers.get(id);
}

/** Every layer that has features, plan layers first (manifest order), then run-time layers. */
export function exportableLayers(controller: MapController): ExportableLayer[] {
  return controller
    .layerSpecs()
    .map((s) => ({ id: s.id, title: s.title, source: sourceOf(controller, s.id, s.group), count: layerFeatures(controller, s.id)?.features.length ?? 0 }))
    .filter((l) => l.count > 0);
}

/** [minLon, minLat, maxLon, maxLat] of a collection, or null. */
export function bboxOf(fc: GeoJSON.FeatureCollection): [number, number, number, number] | null {
  let b: [number, number, number, number] | null = null;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      b = b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)] : [x, y, x, y];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return b;
}

/**
 * Export CRSs for data in `bbox`: WGS 84 and CGCS2000 geographic, then the
 * CGCS2000 3° zone covering the data's centre without and with zone prefix
 * (Lushi: EPSG:4546, EPSG:4525), then the 6° zone; `all` lists every export CRS.
 * @example suggestedExportCrs([110.6, 33.6, 111.3, 34.3]).map((c) => c.id) // ['EPSG:4326', 'EPSG:4490', 'EPSG:4546', 'EPSG:4525', 'EPSG:4508', 'EPSG:4497']
 */
export function suggestedExportCrs(bbox: [number, number, number, number] | null): CrsInfo[] {
  const out: CrsInfo[] = [getCrs(4326)!, getCrs(4490)!];
  if (bbox) {
    const lon = (bbox[0] + bbox[2]) / 2;
    for (const o of [{ zoneWidth: 3 as const, prefix: false }, { zoneWidth: 3 as const, prefix: true }, { zoneWidth: 6 as const, prefix: false }, { zoneWidth: 6 as const, prefix: true }]) {
      const c = cgcs2000ZoneForLon(lon, o);
      if (c && !out.includes(c)) out.push(c);
    }
  }
  return out;
}

/** Every CRS the exporters can write. */
export function exportCrsList(): CrsInfo[] {
  return listCrs().filter((c) => isExportCrs(c.id));
}

/** A file name stem for a layer title (the exporter makes it safe). */
export function exportName(title: string, crs: string): string {
  return crs === 'EPSG:4326' ? title : `${title}_${crs.replace(':', '')}`;
}
