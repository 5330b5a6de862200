import { describe, expect, test } from 'vitest';
import { memberTree, treeIds, type TreeItem, type TreeNode } from './catalogue-tree';

/** The shape of Lushi's 一主两副 data: flat members, relations in `related`. */
const items: Record<string, TreeItem> = {
  main: { kind: 'feature', related: ['drive_a', 'drive_b', 'carrier'] },
  drive_a: { kind: 'feature', related: ['main'] },
  drive_b: { kind: 'feature', related: ['main'] },
  sub_south: { kind: 'feature', related: ['town_w', 'town_z', 'rad_t', 'rad_y'] },
  town_w: { kind: 'feature', related: ['sub_south', 'town_z'] },
  town_z: { kind: 'feature', related: ['sub_south', 'town_w'] },
  rad_t: { kind: 'feature', related: ['sub_south'] },
  rad_y: { kind: 'entry', related: ['sub_south'] },
  cluster: { kind: 'entry', related: [], members: ['c1', 'c2'] },
  c1: { kind: 'feature', related: [] },
  c2: { kind: 'feature', related: [] },
};
const lookup = (id: string): TreeItem => items[id] ?? { kind: 'missing', related: [] };
const shape = (nodes: TreeNode[]): unknown => nodes.map((n) => (n.children.length ? { [n.id]: shape(n.children) } : n.id));

describe('composite member tree', () => {
  test('members hang under the sibling that names them and has more relations', () => {
    const tree = memberTree(['main', 'drive_a', 'drive_b', 'sub_south', 'town_w', 'town_z', 'rad_t', 'rad_y', 'cluster'], lookup);
    expect(shape(tree)).toEqual([
      { main: ['drive_a', 'drive_b'] },
      { sub_south: ['town_w', 'town_z', 'rad_t', 'rad_y'] },
      { cluster: ['c1', 'c2'] },
    ]);
  });

  test('in a triangle of equals, the member listed first is the hub', () => {
    const tri: Record<string, TreeItem> = {
      north: { kind: 'feature', related: ['g', 'd'] },
      g: { kind: 'feature', related: ['north', 'd'] },
      d: { kind: 'feature', related: ['north', 'g'] },
    };
    expect(shape(memberTree(['north', 'g', 'd'], (id) => tri[id]))).toEqual([{ north: ['g', 'd'] }]);
  });

  test('peers that name each other stay peers; unknown ids show as missing', () => {
    const tree = memberTree(['town_w', 'town_z', 'ghost'], lookup);
    expect(shape(tree)).toEqual(['town_w', 'town_z', 'ghost']);
    expect(tree[2].kind).toBe('missing');
  });

  test('cycles through nested composites terminate', () => {
    const cyc: Record<string, TreeItem> = {
      a: { kind: 'entry', related: [], members: ['b'] },
      b: { kind: 'entry', related: [], members: ['a'] },
    };
    const tree = memberTree(['a'], (id) => cyc[id]);
    expect(treeIds(tree)).toEqual(['a', 'b']);
  });

  test('duplicates are listed once', () => {
    expect(treeIds(memberTree(['c1', 'c1', 'c2'], lookup))).toEqual(['c1', 'c2']);
  });
});
