/** Test helper: the plan's own layers from `layers/` as a {@link LayerSource}, plus user layers. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { LayerSpec, Manifest } from '../../manifest/types';
import type { LayerSource } from './layer-choices';

export function planSource(user: Array<{ spec: Partial<LayerSpec> & { id: string; geometry: LayerSpec['geometry'] }; fc: FeatureCollection }> = []): LayerSource {
  const root = new URL('../../../layers/', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as Manifest;
  const data = new Map<string, FeatureCollection>();
  for (const l of manifest.layers) data.set(l.id, JSON.parse(readFileSync(new URL(l.data, root), 'utf8')) as FeatureCollection);
  const userSpecs: LayerSpec[] = user.map(({ spec }) => ({
    group: 'imported', title: { zh: spec.id, en: spec.id }, data: `${spec.id}.geojson`, style: { color: '#888' }, legend: [], visible: true, ...spec,
  }));
  for (const u of user) data.set(u.spec.id, u.fc);
  return {
    specs: () => [...manifest.layers, ...userSpecs],
    data: (id) => data.get(id),
    isUser: (id) => user.some((u) => u.spec.id === id),
  };
}
