/**
 * Turns a composite's flat member list into the tree the plan describes.
 * The catalogue stores 一主两副 as one list (main centre, sub-centres, their
 * towns, the towns they drive or radiate to); the elements' own `related`
 * ids say who belongs to whom. A member hangs under the sibling that names
 * it and has more relations among the siblings than it has itself, so the
 * sub-centre area holds its two towns and its radiated towns, while the two
 * towns (which name each other) stay peers. When a hub and its members all
 * name each other (北部副中心 with 官道口 and 杜关: a triangle, equal
 * counts), the one listed first in the composite is the hub, as composites
 * list a structure before its parts. Nested composites contribute
 * their own members. No ids are hard-coded: another county's catalogue
 * builds its own tree.
 */

/** What the tree needs to know about an id. */
export interface TreeItem {
  /** `feature`: drawn on the map; `entry`: catalogue entry; `missing`: an id nothing defines. */
  kind: 'feature' | 'entry' | 'missing';
  related: readonly string[];
  /** Members of a composite entry. */
  members?: readonly string[];
}

export interface TreeNode {
  id: string;
  kind: TreeItem['kind'];
  children: TreeNode[];
}

/**
 * @example
 * memberTree(['main', 'townA', 'townB'], lookup)
 * // [{ id: 'main', children: [{ id: 'townA' }, { id: 'townB' }] }]  when main relates to both towns
 */
export function memberTree(members: readonly string[], lookup: (id: string) => TreeItem, seen: Set<string> = new Set()): TreeNode[] {
  const siblings = members.filter((m, i) => members.indexOf(m) === i && !seen.has(m));
  const inSet = new Set(siblings);
  const items = new Map(siblings.map((id) => [id, lookup(id)]));
  const links = (id: string) => (items.get(id)?.related ?? []).filter((r) => r !== id && inSet.has(r));
  const degree = new Map(siblings.map((id) => [id, new Set(links(id)).size]));

  const rank = new Map(siblings.map((id, i) => [id, i]));
  const deg = (id: string) => degree.get(id) ?? 0;
  // A strict order (more relations, then listed earlier with at least two), so parents never form a cycle.
  const above = (y: string, x: string) => deg(y) > deg(x) || (deg(y) === deg(x) && deg(y) >= 2 && rank.get(y)! < rank.get(x)!);
  const parent = new Map<string, string>();
  for (const x of siblings) {
    let best: string | undefined;
    for (const y of siblings) {
      if (y === x || !links(y).includes(x) || !above(y, x)) continue;
      if (best === undefined || above(y, best)) best = y;
    }
    if (best !== undefined) parent.set(x, best);
  }

  const inner = new Set([...seen, ...siblings]);
  const build = (id: string): TreeNode => {
    const item = items.get(id)!;
    const children = siblings.filter((c) => parent.get(c) === id).map(build);
    if (item.members?.length) children.push(...memberTree(item.members, lookup, inner));
    return { id, kind: item.kind, children };
  };
  return siblings.filter((id) => !parent.has(id)).map(build);
}

/** Every id in a tree, depth first. */
export function treeIds(nodes: readonly TreeNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...treeIds(n.children)]);
}
