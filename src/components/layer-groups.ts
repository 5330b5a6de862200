import type { GroupSpec, I18nText, LayerSpec } from '../manifest/types';

/** One layer as the layer panel shows it. */
export interface LayerRow {
  spec: LayerSpec;
  visible: boolean;
  opacity: number;
  /** Features passing the status/accuracy filter. */
  count: number;
  /** All features of the layer. */
  total: number;
  schematic: number;
}

export type CheckState = 'true' | 'false' | 'mixed';

/** A group of the plan's own structure with its layers, top of the draw order first. */
export interface LayerGroupView {
  id: string;
  title: I18nText;
  layers: LayerRow[];
  checked: CheckState;
}

export interface FeatureCount {
  count: number;
  total: number;
  /** Features drawn as schematic (示意). */
  schematic: number;
}

/**
 * Groups layers the way the manifest groups them, in manifest order; within
 * a group the layer drawn on top comes first, as in a GIS layer list. Layers
 * whose group the manifest does not name (run-time layers) follow in groups
 * of their own, titled by `extraTitle`.
 *
 * @example
 * groupLayers(manifest.groups, specs, state.order, (id) => state.get(id), counts, USER_GROUP)
 */
export function groupLayers(
  groups: readonly GroupSpec[],
  specs: readonly LayerSpec[],
  order: readonly string[],
  ui: (id: string) => { visible: boolean; opacity: number } | undefined,
  counts: ReadonlyMap<string, FeatureCount>,
  extraTitle: I18nText,
): LayerGroupView[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const byGroup = new Map<string, LayerRow[]>();
  for (const spec of specs) {
    const s = ui(spec.id);
    const c = counts.get(spec.id) ?? { count: 0, total: 0, schematic: 0 };
    const row: LayerRow = { spec, visible: s?.visible ?? spec.visible, opacity: s?.opacity ?? 1, ...c };
    const list = byGroup.get(spec.group) ?? [];
    list.push(row);
    byGroup.set(spec.group, list);
  }
  const known = groups.filter((g) => byGroup.has(g.id));
  const extra = [...byGroup.keys()].filter((id) => !groups.some((g) => g.id === id));
  const all: GroupSpec[] = [...known, ...extra.map((id) => ({ id, title: extraTitle }))];
  return all.map((g) => {
    const layers = (byGroup.get(g.id) ?? []).sort((a, b) => (rank.get(b.spec.id) ?? -1) - (rank.get(a.spec.id) ?? -1));
    return { id: g.id, title: g.title, layers, checked: checkState(layers.map((l) => l.visible)) };
  });
}

/** `true` when all are on, `false` when none, `mixed` otherwise. */
export function checkState(values: readonly boolean[]): CheckState {
  const on = values.filter(Boolean).length;
  return on === 0 ? 'false' : on === values.length ? 'true' : 'mixed';
}

/**
 * Where to put `id` so that it sits directly above or below `targetId` in
 * the draw order (bottom first), expressed as the `beforeId` argument of
 * `LayerState.moveBefore` (the layer `id` ends up just below `beforeId`;
 * `undefined` = on top of everything).
 *
 * @example
 * placeRelative(['a', 'b', 'c'], 'a', 'b', 'above') // 'c'  → order b, a, c
 */
export function placeRelative(order: readonly string[], id: string, targetId: string, where: 'above' | 'below'): string | undefined {
  const rest = order.filter((x) => x !== id);
  const at = rest.indexOf(targetId);
  if (at < 0) return undefined;
  return where === 'below' ? targetId : rest[at + 1];
}

/**
 * The move that swaps a layer with its neighbour inside its group (`up` =
 * drawn later, shown higher in the list), or null when it is already at that
 * end of the group.
 */
export function neighbourMove(
  order: readonly string[],
  groupIds: readonly string[],
  id: string,
  dir: 'up' | 'down',
): { beforeId: string | undefined } | null {
  const inGroup = order.filter((x) => groupIds.includes(x));
  const i = inGroup.indexOf(id);
  if (i < 0) return null;
  const neighbour = inGroup[dir === 'up' ? i + 1 : i - 1];
  if (neighbour === undefined) return null;
  return { beforeId: placeRelative(order, id, neighbour, dir === 'up' ? 'above' : 'below') };
}

/** Counts features per layer, all and those passing the filter. */
export function countFeatures(
  features: Iterable<{ layerId: string; properties: Record<string, unknown> | null | undefined }>,
  passes: (props: Record<string, unknown> | null | undefined) => boolean,
): Map<string, FeatureCount> {
  const out = new Map<string, FeatureCount>();
  for (const f of features) {
    const c = out.get(f.layerId) ?? { count: 0, total: 0, schematic: 0 };
    c.total++;
    if (f.properties?.accuracy === 'schematic') c.schematic++;
    if (passes(f.properties)) c.count++;
    out.set(f.layerId, c);
  }
  return out;
}
