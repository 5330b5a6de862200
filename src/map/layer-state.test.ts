import { describe, expect, test } from 'vitest';
import { LayerState } from './layer-state';

const make = () => new LayerState([{ id: 'a', visible: true }, { id: 'b', visible: false }, { id: 'c', visible: true }]);

describe('LayerState', () => {
  test('visibility and opacity changes report whether anything changed', () => {
    const s = make();
    expect(s.setVisible('b', true)).toBe(true);
    expect(s.setVisible('b', true)).toBe(false);
    expect(s.setVisible('zzz', true)).toBe(false);
    expect(s.visibleIds()).toEqual(['a', 'b', 'c']);
    expect(s.setOpacity('a', 0.5)).toBe(true);
    expect(s.setOpacity('a', 1.7)).toBe(true);
    expect(s.get('a')?.opacity).toBe(1);
    expect(s.setOpacity('a', 1)).toBe(false);
    expect(s.setOpacity('a', Number.NaN)).toBe(false);
    s.setOpacity('a', -1);
    expect(s.get('a')?.opacity).toBe(0);
  });

  test('layers move within bounds and before another layer', () => {
    const s = make();
    expect(s.move('a', 1)).toBe(true);
    expect(s.order).toEqual(['b', 'a', 'c']);
    expect(s.move('c', 5)).toBe(false);
    expect(s.move('b', -1)).toBe(false);
    expect(s.moveBefore('c', 'b')).toBe(true);
    expect(s.order).toEqual(['c', 'b', 'a']);
    expect(s.moveBefore('c', undefined)).toBe(true);
    expect(s.order).toEqual(['b', 'a', 'c']);
  });

  test('the status/accuracy filter becomes an expression only when it hides something', () => {
    const s = make();
    expect(s.filterExpression()).toBeNull();
    s.filter = { statuses: new Set(['现状']), accuracies: s.filter.accuracies };
    expect(s.filterExpression()).toEqual(['all', ['any', ['!', ['has', 'status']], ['in', ['get', 'status'], ['literal', ['现状']]]]]);
    expect(s.passes({ status: '规划', accuracy: 'schematic' })).toBe(false);
    expect(s.passes({ status: '现状', accuracy: 'schematic' })).toBe(true);
    expect(s.passes({ name: 'imported' } as never)).toBe(true);
  });
});
