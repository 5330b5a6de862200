import { describe, expect, it } from 'vitest';
import { populationCovered } from '../../../src/analysis/index.js';
import { box, fc, pt } from './helpers.js';

const cells = fc([
  box(111.00, 34.00, 111.01, 34.01, { pop: 100 }),
  box(111.01, 34.00, 111.02, 34.01, { pop: 200 }),
  box(111.00, 34.01, 111.01, 34.02, { pop: 300 }),
  box(111.01, 34.01, 111.02, 34.02, { pop: '400' }),
  box(111.05, 34.05, 111.06, 34.06, { pop: null }),
]);

describe('populationCovered (hand-made 2 × 2 grid)', () => {
  it('counts whole cells inside and splits cut cells by area', () => {
    // Cover: the western column plus the western half of the eastern column.
    const cover = [[[[111.0, 34.0], [111.015, 34.0], [111.015, 34.02], [111.0, 34.02], [111.0, 34.0]]]];
    const r = populationCovered(cover, cells, { property: 'pop' });
    expect(r.total).toBe(1000);
    expect(r.covered).toBeCloseTo(100 + 300 + 0.5 * (200 + 400), 6);
    expect(r.share).toBeCloseTo(0.7, 9);
    expect(r.skipped).toBe(1);
  });

  it('handles a cover with a hole and a non-convex cell', () => {
    const cover = [[
      [[110.99, 33.99], [111.03, 33.99], [111.03, 34.03], [110.99, 34.03], [110.99, 33.99]],
      [[111.0, 34.0], [111.01, 34.0], [111.01, 34.01], [111.0, 34.01], [111.0, 34.0]],
    ]];
    expect(populationCovered(cover, cells, { property: 'pop' }).covered).toBeCloseTo(900, 6);
    const lShape = fc([{ type: 'Feature' as const, properties: { pop: 30 }, geometry: { type: 'Polygon' as const, coordinates: [[[111.0, 34.0], [111.02, 34.0], [111.02, 34.01], [111.01, 34.01], [111.01, 34.02], [111.0, 34.02], [111.0, 34.0]]] } }]);
    const west = [[[[111.0, 34.0], [111.01, 34.0], [111.01, 34.02], [111.0, 34.02], [111.0, 34.0]]]];
    expect(populationCovered(west, lShape, { property: 'pop' }).covered).toBeCloseTo(20, 6);
  });

  it('sums points and limits the total to a target', () => {
    const people = fc([pt(111.005, 34.005, { pop: 10 }), pt(111.015, 34.005, { pop: 20 }), pt(111.5, 34.5, { pop: 70 })]);
    const cover = [[[[111.0, 34.0], [111.01, 34.0], [111.01, 34.01], [111.0, 34.01], [111.0, 34.0]]]];
    const within = [[[[111.0, 34.0], [111.02, 34.0], [111.02, 34.02], [111.0, 34.02], [111.0, 34.0]]]];
    expect(populationCovered(cover, people, { property: 'pop', within })).toMatchObject({ covered: 10, total: 30 });
  });
});
