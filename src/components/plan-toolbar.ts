import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/plan-toolbar';
import { planElement } from './define';
import { MapConsumer } from './map-consumer';
import { ICONS } from './toolbar/icons';
import { isCompareMode, isToolId, type CompareMode, type PlanToolChangeDetail, type ToolId } from './tool-events';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

/** A button of the toolbar: a tool, or a compare mode shown while compare is on. */
type Key = ToolId | `mode-${CompareMode}`;

/**
 * The map tools: measure distance, measure area, compare (swipe or side by
 * side) and print / export image. Each button toggles its tool (one tool at a
 * time) and shows its state with `aria-pressed`; while compare is on, two more
 * buttons pick the compare mode. A WAI-ARIA toolbar: one Tab stop, ←/→,
 * Home/End move between buttons, Enter/Space press. The element only reports
 * what the user chose; the app opens the tool (`<plan-measure>`,
 * `<plan-compare>`, `<plan-print>`) and sets `tool` back when a tool closes.
 * Labels follow the bound map's language (context or `for`).
 *
 * @fires plan-tool-change - a tool was opened or closed, or the compare mode changed; `detail: { tool, compareMode }`
 * @csspart toolbar - the button row
 * @csspart button - every button
 * @cssprop --plan-toolbar-bg - button background (default transparent)
 * @cssprop --plan-toolbar-text - button text colour (default inherit)
 * @cssprop --plan-toolbar-pressed-bg - pressed button background (default #ffffff33)
 * @cssprop --plan-focus - focus ring colour
 */
@planElement('plan-toolbar')
export class PlanToolbar extends MapConsumer {
  static override styles = [
    uiStyles,
    css`
      :host {
        display: inline-block;
        color: var(--plan-toolbar-text, inherit);
      }
      [role='toolbar'] {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        align-items: center;
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        background: var(--plan-toolbar-bg, transparent);
        border: 1px solid var(--plan-toolbar-border, currentColor);
        color: inherit;
        white-space: nowrap;
        min-height: 32px;
      }
      button:hover {
        background: var(--plan-toolbar-hover-bg, #ffffff22);
      }
      button[aria-pressed='true'] {
        background: var(--plan-toolbar-pressed-bg, #ffffff33);
        box-shadow: inset 0 0 0 1px currentColor;
        font-weight: 600;
      }
      :focus-visible {
        outline: 2px solid var(--plan-focus, #ffd34d);
      }
      .modes {
        display: inline-flex;
        gap: 2px;
        padding-inline-start: 2px;
        border-inline-start: 1px dotted currentColor;
      }
      .modes button {
        font-size: 0.9em;
        min-height: 28px;
      }
      @media (max-width: 640px) {
        .text {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
          white-space: nowrap;
        }
      }
    `,
  ];

  /** The open tool (`distance`, `area`, `compare`, `print`), or null. Set it when a tool closes elsewhere. */
  @property({
    reflect: true,
    converter: { fromAttribute: (v: string | null) => (isToolId(v) ? v : null), toAttribute: (v: ToolId | null) => v ?? null },
  })
  tool: ToolId | null = null;

  /** The compare mode used when compare is on. */
  @property({
    attribute: 'compare-mode',
    reflect: true,
    converter: { fromAttribute: (v: string | null) => (isCompareMode(v) ? v : 'swipe') },
  })
  compareMode: CompareMode = 'swipe';

  /** The button that holds the toolbar's Tab stop. */
  @state() private focusKey: Key = 'distance';

  override render() {
    const lang = this.uiLang;
    const keys = this.keys();
    const stop = keys.includes(this.focusKey) ? this.focusKey : keys[0];
    const btn = (key: Key, icon: TemplateResult, label: string, hint: string, pressed: boolean) =>
      html`<button
        part="button"
        data-tool=${key}
        tabindex=${key === stop ? 0 : -1}
        aria-pressed=${pressed ? 'true' : 'false'}
        aria-label=${label}
        title=${hint}
        @click=${() => this.press(key)}
        @focus=${() => (this.focusKey = key)}
      >
        ${icon}<span class="text">${label}</span>
      </button>`;
    const compareOn = this.tool === 'compare';
    return html`<div role="toolbar" part="toolbar" aria-label=${pick(S.label, lang)} @keydown=${this.onKey}>
      ${btn('distance', ICONS.distance, pick(S.distance, lang), pick(S.distanceHint, lang), this.tool === 'distance')}
      ${btn('area', ICONS.area, pick(S.area, lang), pick(S.areaHint, lang), this.tool === 'area')}
      ${btn('compare', ICONS.compare, pick(S.compare, lang), pick(S.compareHint, lang), compareOn)}
      ${compareOn
        ? html`<span class="modes" role="group" aria-label=${pick(S.compareMode, lang)}>
            ${btn('mode-swipe', ICONS.swipe, pick(S.swipe, lang), pick(S.swipe, lang), this.compareMode === 'swipe')}
            ${btn('mode-side', ICONS.side, pick(S.side, lang), pick(S.side, lang), this.compareMode === 'side')}
          </span>`
        : nothing}
      ${btn('print', ICONS.print, pick(S.print, lang), pick(S.printHint, lang), this.tool === 'print')}
    </div>`;
  }

  private keys(): Key[] {
    return this.tool === 'compare' ? ['distance', 'area', 'compare', 'mode-swipe', 'mode-side', 'print'] : ['distance', 'area', 'compare', 'print'];
  }

  private press(key: Key): void {
    if (key === 'mode-swipe' || key === 'mode-side') {
      const mode: CompareMode = key === 'mode-swipe' ? 'swipe' : 'side';
      if (mode === this.compareMode) return;
      this.compareMode = mode;
    } else {
      this.tool = this.tool === key ? null : key;
    }
    fire<PlanToolChangeDetail>(this, 'plan-tool-change', { tool: this.tool, compareMode: this.compareMode });
  }

  private onKey = (e: KeyboardEvent): void => {
    const keys = this.keys();
    const at = Math.max(0, keys.indexOf(this.focusKey));
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (at + 1) % keys.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (at - 1 + keys.length) % keys.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? keys.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    this.focusKey = keys[next];
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`[data-tool="${keys[next]}"]`)?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-toolbar': PlanToolbar;
  }
}
