import { expect, test } from 'vitest';
import { FeatureIndex } from './feature-index';

const pt = (id: string, related?: string[]) => ({
  type: 'Feature' as const,
  properties: { id, related },
  geometry: { type: 'Point' as const, coordinates: [111, 34] },
});

test('relations follow related ids and nested composite members, not relations of relations', () => {
  const idx = new FeatureIndex();
  idx.addLayer('towns', { type: 'FeatureCollection', features: [pt('wulichuan', ['road']), pt('zhuyangguan'), pt('tanghe'), pt('road', ['far_town']), pt('far_town')] });
  idx.addCatalogue([
    { id: 'sub_south', group: 'g', type: 'composite', members: ['wulichuan', 'zhuyangguan'], properties: { related: ['tanghe'] } as never },
    { id: 'structure', group: 'g', type: 'composite', members: ['sub_south'], properties: {} as never },
  ]);
  expect(idx.relatedFeatures('sub_south').map((f) => f.feature.properties?.id).sort()).toEqual(['tanghe', 'wulichuan', 'zhuyangguan']);
  expect(idx.relatedFeatures('structure').map((f) => f.feature.properties?.id).sort()).toEqual(['wulichuan', 'zhuyangguan']);
  expect(idx.relatedFeatures('wulichuan').map((f) => f.feature.properties?.id)).toEqual(['road']);
  idx.removeLayer('towns');
  expect(idx.feature('wulichuan')).toBeUndefined();
  expect(idx.has('sub_south')).toBe(true);
});
