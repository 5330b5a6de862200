import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../i18n/lang';
import { mapContext } from '../map/map-context';
import type { MapController } from '../map/map-controller';

/**
 * Base class of every workspace component (`plan-layer-panel`,
 * `plan-legend`, …). It finds the map controller either through context —
 * when the component sits inside a `<plan-map>` (slotted or in its shadow
 * root) — or through the `for` attribute naming a `<plan-map>` id elsewhere
 * on the page, and re-renders whenever the controller reports a change.
 */
export class MapConsumer extends LitElement {
  /** Id of a `<plan-map>` to bind to when the component is placed outside it. */
  @property({ attribute: 'for' }) for?: string;

  @consume({ context: mapContext, subscribe: true })
  @state()
  protected contextController?: MapController;

  @state() private forController?: MapController;

  private bound?: MapController;
  private readonly onChange = () => {
    this.requestUpdate();
    this.controllerChanged();
  };

  /** The controller this component is bound to, if any. */
  get controller(): MapController | undefined {
    return this.forController ?? this.contextController;
  }

  /** The language of the bound map (Chinese until bound). */
  get uiLang(): Lang {
    return this.controller?.lang ?? 'zh';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveFor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.bind(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.resolveFor();
    this.bind(this.controller);
  }

  /** Called after the bound controller reports a change; override to refresh derived state. */
  protected controllerChanged(): void {}

  private resolveFor(): void {
    if (!this.for) {
      this.forController = undefined;
      return;
    }
    const target = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) ?? document.getElementById(this.for);
    const ctrl = (target as { controller?: MapController } | null)?.controller;
    if (ctrl) {
      this.forController = ctrl;
      return;
    }
    // The target may not be upgraded or connected yet; try again once plan-map is defined and this frame is done.
    customElements.whenDefined('plan-map').then(() => new Promise(requestAnimationFrame)).then(() => {
      const root = this.getRootNode() as Document | ShadowRoot;
      const el = (root.getElementById?.(this.for ?? '') ?? document.getElementById(this.for ?? '')) as { controller?: MapController } | null;
      if (el?.controller && el.controller !== this.forController) this.forController = el.controller;
    });
  }

  private bind(ctrl: MapController | undefined): void {
    if (ctrl === this.bound) return;
    this.bound?.removeEventListener('change', this.onChange);
    this.bound = ctrl;
    ctrl?.addEventListener('change', this.onChange);
    if (ctrl) queueMicrotask(() => this.controllerChanged());
  }
}
