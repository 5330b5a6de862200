/**
 * Data access for analyses (coverage, areas, population): every run-time
 * layer — imports, sketches, analysis results, kept measurements — with its
 * features, so any of them can serve as facilities, targets, road network
 * or population. Imported layers come back with their attributes as
 * imported (not the map copy with namespaced ids).
 */
import type { JsonValue, ProjectResult, UserLayerStyle } from '../io/project/schema';
import type { WgsFeatureCollection } from '../io/types';
import type { GeometryKind, I18nText } from '../manifest/types';
import type { MapController } from '../map/map-controller';
import { defaultStyle, splitByGeometry } from './layer-spec';
import { newLayerId, workFor } from './user-work';

/** A run-time layer an analysis can use. */
export interface UserLayerInfo {
  id: string;
  title: I18nText;
  group: string;
  geometry: GeometryKind;
  count: number;
}

/**
 * The features of a user layer (WGS84), or undefined for an unknown id.
 * @example const facilities = userLayerData(controller, 'imp-lx2a9f');
 */
export function userLayerData(controller: MapController, id: string): GeoJSON.FeatureCollection | undefined {
  return (workFor(controller).data(id) as GeoJSON.FeatureCollection | undefined) ?? controller.userLayerData.get(id);
}

/** Every user layer on the map, in the controller's order. */
export function userLayerList(controller: MapController): UserLayerInfo[] {
  return [...controller.userLayers.values()].map((spec) => ({
    id: spec.id,
    title: spec.title,
    group: spec.group,
    geometry: spec.geometry,
    count: userLayerData(controller, spec.id)?.features.length ?? 0,
  }));
}

/** An analysis result to show and keep. */
export interface ResultInput {
  /** Reuse an id to replace an earlier result. */
  id?: string;
  name: string;
  /** Which analysis made it, e.g. `coverage`. */
  analysis: string;
  params?: { [key: string]: JsonValue };
  featureCollection?: WgsFeatureCollection;
  table?: ProjectResult['table'];
  style?: UserLayerStyle;
}

/**
 * Adds an analysis result as a map layer (group `analysis`) that persists in
 * IndexedDB and in project files, and can be exported like any layer. A
 * mixed-geometry result becomes one layer per geometry kind. Returns the layer ids.
 * @example addResultLayer(controller, { name: '500米见园', analysis: 'coverage', params: { radius_m: 500 }, featureCollection })
 */
export function addResultLayer(controller: MapController, r: ResultInput): string[] {
  const work = workFor(controller);
  const base = r.id ?? newLayerId('res');
  const createdAt = new Date().toISOString();
  const result = { analysis: r.analysis, params: r.params ?? {}, ...(r.table ? { table: r.table } : {}) };
  const parts = r.featureCollection ? splitByGeometry(r.featureCollection) : [];
  if (parts.length === 0) {
    // A table-only result is kept (project, persistence) without a map layer.
    work.put({ kind: 'result', id: base, name: r.name, group: 'analysis', geometry: 'polygon', style: r.style ?? {}, visible: false, fc: { type: 'FeatureCollection', features: [] }, createdAt, result });
    return [base];
  }
  return parts.map((p, i) => {
    const id = parts.length === 1 ? base : `${base}-${p.geometry}`;
    const name = parts.length === 1 ? r.name : `${r.name}（${p.geometry}）`;
    work.put({ kind: 'result', id, name, group: 'analysis', geometry: p.geometry, style: r.style ?? defaultStyle(p.geometry, i ? '#2a9d8f' : '#e76f51'), visible: true, fc: p.fc as WgsFeatureCollection, createdAt, result });
    return id;
  });
}

/** Removes a user layer of the planner's own (import, result) from the map and from storage. */
export function removeUserWorkLayer(controller: MapController, id: string): void {
  workFor(controller).remove(id);
}
