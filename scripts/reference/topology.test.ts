import { describe, expect, it } from 'vitest';
import { assemble, despike, douglasPeucker, openRing, removeLoops, signedArea, simplifyRun, splitPinches, splitRuns, uniqueRuns, type Pos } from './topology';

describe('cleaning quantised lines', () => {
  it('drops duplicate and closing vertices', () => {
    expect(openRing([[0, 0], [0, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1]]);
  });

  it('removes spikes, also collinear ones and ones uncovered by a removal', () => {
    expect(despike([[0, 0], [1, 0], [2, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1]]);
    expect(despike([[0, 0], [2, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1]]);
  });

  it('cuts a small loop hanging on one vertex', () => {
    expect(removeLoops([[0, 0], [1, 0], [1.5, 0.5], [1.2, 0.6], [1, 0], [2, 0]])).toEqual([[0, 0], [1, 0], [2, 0]]);
  });

  it('simplifies with a tolerance in metres and keeps the ends', () => {
    const line: Pos[] = [[111, 34], [111.01, 34.0002], [111.02, 34]];
    expect(douglasPeucker(line, 40)).toEqual([[111, 34], [111.02, 34]]);
    expect(douglasPeucker(line, 10)).toEqual(line);
  });

  it('splits a ring pinched at one vertex into two parts', () => {
    const figure8: Pos[] = [[0, 0], [1, 0], [1, 1], [0, 0], [-1, 0], [-1, -1]];
    const parts = splitPinches([figure8]);
    expect(parts).toHaveLength(2);
    for (const [outer] of parts) expect(Math.abs(signedArea(outer))).toBeCloseTo(0.5);
  });
});

describe('shared boundaries', () => {
  // Two unit squares side by side share the edge x = 1.
  const a: Pos[][][] = [[[[0, 0], [1, 0], [1, 1], [0, 1]]]];
  const b: Pos[][][] = [[[[1, 0], [2, 0], [2, 1], [1, 1]]]];
  const runs = splitRuns([a, b]);

  it('finds the neighbour across the shared edge', () => {
    const others = runs[0][0][0].map((r) => r.others);
    expect(others).toContain('1');
    expect(others).toContain('');
  });

  it('emits each shared run once and gives both sides the same vertices', () => {
    const shared = uniqueRuns(runs).filter((r) => r.run.others !== '');
    expect(shared).toHaveLength(1);
    const fromA = simplifyRun(runs[0][0][0].find((r) => r.others === '1')!, 40);
    const fromB = simplifyRun(runs[1][0][0].find((r) => r.others === '0')!, 40);
    expect(fromA).toEqual([...fromB].reverse());
  });

  it('reassembles closed polygons', () => {
    const [poly] = assemble(runs[0], 40);
    expect(poly[0][0]).toEqual(poly[0][poly[0].length - 1]);
    expect(Math.abs(signedArea(poly[0].slice(0, -1)))).toBeCloseTo(1);
  });
});
