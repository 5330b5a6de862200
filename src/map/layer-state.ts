import { ACCURACIES, STATUSES, type Accuracy, type Status } from '../manifest/types';

/** What the user has set for one layer. */
export interface LayerUiState {
  visible: boolean;
  /** 0–1, multiplies the style's own opacities. */
  opacity: number;
}

/** Which statuses and accuracies are shown, across all layers. */
export interface FeatureFilter {
  statuses: ReadonlySet<Status>;
  accuracies: ReadonlySet<Accuracy>;
}

export const ALL_STATUSES: ReadonlySet<Status> = new Set(STATUSES);
export const ALL_ACCURACIES: ReadonlySet<Accuracy> = new Set(ACCURACIES);

/**
 * The user's view of the layers: visibility, opacity, draw order and the
 * status/accuracy filter. Pure state, so it can be tested without a map and
 * serialised into a permalink; the map controller applies it to MapLibre.
 */
export class LayerState {
  /** Layer ids in draw order, bottom first. */
  order: string[];
  readonly layers = new Map<string, LayerUiState>();
  filter: FeatureFilter = { statuses: ALL_STATUSES, accuracies: ALL_ACCURACIES };

  constructor(layers: ReadonlyArray<{ id: string; visible: boolean }>) {
    this.order = layers.map((l) => l.id);
    for (const l of layers) this.layers.set(l.id, { visible: l.visible, opacity: 1 });
  }

  has(id: string): boolean {
    return this.layers.has(id);
  }

  get(id: string): LayerUiState | undefined {
    return this.layers.get(id);
  }

  add(id: string, visible = true): void {
    if (this.layers.has(id)) return;
    this.layers.set(id, { visible, opacity: 1 });
    this.order.push(id);
  }

  remove(id: string): void {
    this.layers.delete(id);
    this.order = this.order.filter((x) => x !== id);
  }

  setVisible(id: string, visible: boolean): boolean {
    const s = this.layers.get(id);
    if (!s || s.visible === visible) return false;
    s.visible = visible;
    return true;
  }

  setOpacity(id: string, opacity: number): boolean {
    const s = this.layers.get(id);
    if (!s || !Number.isFinite(opacity)) return false;
    const o = Math.min(1, Math.max(0, opacity));
    if (s.opacity === o) return false;
    s.opacity = o;
    return true;
  }

  /**
   * Moves a layer by `delta` places in draw order (positive = drawn later,
   * on top). Returns false when it cannot move.
   */
  move(id: string, delta: number): boolean {
    const from = this.order.indexOf(id);
    if (from < 0) return false;
    const to = Math.min(this.order.length - 1, Math.max(0, from + delta));
    if (to === from) return false;
    this.order.splice(from, 1);
    this.order.splice(to, 0, id);
    return true;
  }

  /** Places `id` directly below `beforeId` (or on top when `beforeId` is undefined). */
  moveBefore(id: string, beforeId: string | undefined): boolean {
    const from = this.order.indexOf(id);
    if (from < 0 || id === beforeId) return false;
    const next = this.order.filter((x) => x !== id);
    const at = beforeId === undefined ? next.length : next.indexOf(beforeId);
    if (at < 0) return false;
    next.splice(at, 0, id);
    const changed = next.some((x, i) => x !== this.order[i]);
    this.order = next;
    return changed;
  }

  visibleIds(): string[] {
    return this.order.filter((id) => this.layers.get(id)?.visible);
  }

  /** MapLibre filter expression for the status/accuracy filter, or null when everything shows. */
  filterExpression(): unknown[] | null {
    // Imported and analysis features carry no plan status or accuracy; the filter is about the plan's own features.
    const only = (prop: string, values: string[]) => ['any', ['!', ['has', prop]], ['in', ['get', prop], ['literal', values]]];
    const parts: unknown[] = [];
    if (this.filter.statuses.size < ALL_STATUSES.size) parts.push(only('status', [...this.filter.statuses]));
    if (this.filter.accuracies.size < ALL_ACCURACIES.size) parts.push(only('accuracy', [...this.filter.accuracies]));
    return parts.length === 0 ? null : ['all', ...parts];
  }

  /** True when a feature with these properties passes the status/accuracy filter. */
  passes(props: { status?: unknown; accuracy?: unknown } | null | undefined): boolean {
    const status = props?.status as Status | undefined;
    const accuracy = props?.accuracy as Accuracy | undefined;
    const statusOk = status === undefined || this.filter.statuses.has(status);
    const accuracyOk = accuracy === undefined || this.filter.accuracies.has(accuracy);
    return statusOk && accuracyOk;
  }
}
