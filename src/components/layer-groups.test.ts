import { describe, expect, test } from 'vitest';
import type { LayerSpec } from '../manifest/types';
import { checkState, countFeatures, groupLayers, neighbourMove, placeRelative } from './layer-groups';

const spec = (id: string, group: string): LayerSpec => ({
  id,
  group,
  title: { zh: id, en: id },
  geometry: 'point',
  data: `${id}.geojson`,
  style: { color: '#000000' },
  legend: [],
  visible: true,
});

describe('layer panel model', () => {
  const groups = [
    { id: 'g1', title: { zh: '一', en: 'One' } },
    { id: 'g2', title: { zh: '二', en: 'Two' } },
  ];
  const specs = [spec('a', 'g2'), spec('b', 'g1'), spec('c', 'g1'), spec('u', 'user')];
  const order = ['b', 'a', 'c', 'u'];
  const ui = (id: string) => ({ visible: id !== 'c', opacity: 1 });

  test('groups follow manifest order, layers top-of-draw-order first, unknown groups last', () => {
    const view = groupLayers(groups, specs, order, ui, new Map(), { zh: '用户', en: 'User' });
    expect(view.map((g) => g.id)).toEqual(['g1', 'g2', 'user']);
    expect(view[0].layers.map((l) => l.spec.id)).toEqual(['c', 'b']);
    expect(view[2].title.zh).toBe('用户');
  });

  test('group check state is true, false or mixed', () => {
    const view = groupLayers(groups, specs, order, ui, new Map(), { zh: '', en: '' });
    expect(view.map((g) => g.checked)).toEqual(['mixed', 'true', 'true']);
    expect(checkState([])).toBe('false');
    expect(checkState([false, false])).toBe('false');
  });

  test('placeRelative gives the beforeId for LayerState.moveBefore', () => {
    expect(placeRelative(['a', 'b', 'c'], 'a', 'b', 'above')).toBe('c');
    expect(placeRelative(['a', 'b', 'c'], 'a', 'c', 'above')).toBeUndefined();
    expect(placeRelative(['a', 'b', 'c'], 'c', 'a', 'below')).toBe('a');
  });

  test('neighbourMove swaps within the group, skipping layers of other groups', () => {
    // g1 = b, c with a (g2) drawn between them.
    expect(neighbourMove(order, ['b', 'c'], 'b', 'up')).toEqual({ beforeId: 'u' });
    expect(neighbourMove(order, ['b', 'c'], 'c', 'down')).toEqual({ beforeId: 'b' });
    expect(neighbourMove(order, ['b', 'c'], 'c', 'up')).toBeNull();
    expect(neighbourMove(order, ['b', 'c'], 'b', 'down')).toBeNull();
  });

  test('feature counts follow the filter and count schematic features', () => {
    const counts = countFeatures(
      [
        { layerId: 'a', properties: { status: '规划', accuracy: 'schematic' } },
        { layerId: 'a', properties: { status: '现状', accuracy: 'approximate' } },
        { layerId: 'b', properties: { status: '规划' } },
      ],
      (p) => p?.status !== '规划',
    );
    expect(counts.get('a')).toEqual({ count: 1, total: 2, schematic: 1 });
    expect(counts.get('b')).toEqual({ count: 0, total: 1, schematic: 0 });
  });
});
