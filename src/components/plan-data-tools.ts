import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/data-tools';
import type { DataPanel, PlanDataPanelDetail, PlanLayerRequestDetail } from './data-events';
import { planElement } from './define';
import { MapConsumer } from './map-consumer';
import './plan-export';
import './plan-import';
import type { PlanImport } from './plan-import';
import './plan-layer-style';
import './plan-project';
import './plan-sketch';
import type { PlanSketch } from './plan-sketch';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

const BUTTONS: { panel: DataPanel; label: keyof typeof S; hint: keyof typeof S }[] = [
  { panel: 'import', label: 'import', hint: 'importHint' },
  { panel: 'export', label: 'export', hint: 'exportHint' },
  { panel: 'sketch', label: 'sketch', hint: 'sketchHint' },
  { panel: 'project', label: 'project', hint: 'projectHint' },
];
const TITLES: Record<DataPanel, keyof typeof S> = { import: 'importTitle', export: 'exportTitle', sketch: 'sketchTitle', project: 'projectTitle', style: 'styleTitle' };

/**
 * The planner's data tools in one element: toolbar buttons "导入 Import /
 * 导出 Export / 草图 Sketch / 项目 Project" that open `<plan-import>`,
 * `<plan-export>`, `<plan-sketch>`, `<plan-project>` (and
 * `<plan-layer-style>`) in a floating panel, plus a page-wide drop zone:
 * files dropped anywhere on the page are imported. Other components can ask
 * for the style editor or export of a layer with the `plan-open-style` /
 * `plan-open-export` events. Panels stay mounted while closed, so imports
 * keep running and nothing typed is lost.
 *
 * @fires plan-data-panel - a panel was opened or closed; `detail: { panel }`
 * @csspart toolbar - the button row
 * @csspart button - each toolbar button
 * @csspart panel - the floating panel
 * @csspart drop - the drop overlay
 * @cssprop --plan-data-panel-top - distance of the panel from the top of the window (default 56px)
 * @cssprop --plan-data-panel-width - panel width (default 380px)
 * @cssprop --plan-toolbar-bg - button background (default transparent)
 * @cssprop --plan-toolbar-text - button text colour (default inherit)
 */
@planElement('plan-data-tools')
export class PlanDataTools extends MapConsumer {
  static override styles = [
    uiStyles,
    css`
      :host {
        display: inline-block;
        color: var(--plan-toolbar-text, inherit);
      }
      [role='toolbar'] {
        display: flex;
        gap: 4px;
        flex-wrap: nowrap;
      }
      [role='toolbar'] button {
        background: var(--plan-toolbar-bg, transparent);
        border: 1px solid var(--plan-toolbar-border, currentColor);
        color: inherit;
        min-height: 32px;
        white-space: nowrap;
      }
      [role='toolbar'] button[aria-pressed='true'] {
        background: var(--plan-toolbar-pressed-bg, #ffffff33);
        box-shadow: inset 0 0 0 1px currentColor;
        font-weight: 600;
      }
      .panel {
        position: fixed;
        top: var(--plan-data-panel-top, 56px);
        right: 12px;
        z-index: 30;
        width: var(--plan-data-panel-width, 380px);
        max-width: calc(100vw - 24px);
        max-height: calc(100vh - var(--plan-data-panel-top, 56px) - 16px);
        overflow: auto;
        background: var(--plan-surface, #fff);
        color: var(--plan-text, #1d2329);
        border-radius: var(--plan-radius, 6px);
        box-shadow: 0 2px 12px #0004;
        padding: 0.5rem 0.75rem 0.75rem;
      }
      .panel header {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        position: sticky;
        top: -0.5rem;
        background: inherit;
        padding: 0.3rem 0;
        z-index: 1;
      }
      .panel h2 {
        flex: 1;
        font-size: 1.05rem;
      }
      /* The heading takes focus when a panel opens (so screen readers announce it); it is not a control. */
      .panel h2:focus {
        outline: none;
      }
      .drop {
        position: fixed;
        inset: 8px;
        z-index: 40;
        pointer-events: none;
        border: 3px dashed var(--plan-accent, #8b1e1e);
        border-radius: 12px;
        background: #ffffffcc;
        display: grid;
        place-content: center;
        text-align: center;
        color: var(--plan-text, #1d2329);
        font-size: 1.3rem;
      }
      .drop small {
        display: block;
        font-size: 0.8rem;
        margin-top: 0.4rem;
      }
    `,
  ];

  /** The open panel (`import`, `export`, `sketch`, `project`, `style`), or null. */
  @property({ reflect: true, converter: { fromAttribute: (v: string | null) => (v as DataPanel | null) || null } }) panel: DataPanel | null = null;
  /** Do not turn the page into a drop zone. */
  @property({ type: Boolean, attribute: 'no-drop' }) noDrop = false;

  @state() private dragging = false;
  @state() private styleLayer = '';
  @state() private exportLayer = '';
  @query('plan-import') private importEl?: PlanImport;
  @query('plan-sketch') private sketchEl?: PlanSketch;
  private dragTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('dragover', this.onDragOver);
    addEventListener('drop', this.onDrop);
    addEventListener('plan-open-style', this.onOpenStyle);
    addEventListener('plan-open-export', this.onOpenExport);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('dragover', this.onDragOver);
    removeEventListener('drop', this.onDrop);
    removeEventListener('plan-open-style', this.onOpenStyle);
    removeEventListener('plan-open-export', this.onOpenExport);
  }

  /** Opens a panel (or closes with null). */
  open(panel: DataPanel | null): void {
    if (panel === this.panel) return;
    if (this.panel === 'sketch') this.sketchEl?.stopDrawing();
    this.panel = panel;
    fire<PlanDataPanelDetail>(this, 'plan-data-panel', { panel });
    if (panel) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.panel[data-panel=${panel}] h2`)?.focus());
  }

  /** Imports files as if they had been dropped. */
  async importFiles(files: File[]): Promise<void> {
    this.open('import');
    await this.updateComplete;
    await this.importEl?.importFiles(files);
  }

  override render() {
    const lang = this.uiLang;
    const p = this.panel;
    const card = (panel: DataPanel, body: unknown) => html`<div part="panel" class="panel" data-panel=${panel} role="dialog" aria-modal="false" aria-labelledby=${`title-${panel}`} ?hidden=${p !== panel} @keydown=${this.onPanelKey}>
      <header><h2 id=${`title-${panel}`} tabindex="-1">${pick(S[TITLES[panel]], lang)}</h2>
        <button class="icon" aria-label=${pick(S.close, lang)} title=${pick(S.close, lang)} @click=${() => this.open(null)}>×</button></header>
      ${body}</div>`;
    return html`
      <div part="toolbar" role="toolbar" aria-label=${pick(S.toolbar, lang)}>
        ${BUTTONS.map((b) => html`<button part="button" data-panel=${b.panel} aria-pressed=${p === b.panel ? 'true' : 'false'} title=${pick(S[b.hint], lang)}
          @click=${() => this.open(p === b.panel ? null : b.panel)}>${pick(S[b.label], lang)}</button>`)}
      </div>
      ${card('import', html`<plan-import></plan-import>`)}
      ${card('export', html`<plan-export .layerId=${this.exportLayer}></plan-export>`)}
      ${card('sketch', html`<plan-sketch></plan-sketch>`)}
      ${card('project', html`<plan-project></plan-project>`)}
      ${card('style', html`<plan-layer-style .layerId=${this.styleLayer}></plan-layer-style>`)}
      ${this.dragging ? html`<div part="drop" class="drop" aria-hidden="true">${pick(S.drop, lang)}<small>${pick(S.dropFormats, lang)}</small></div>` : nothing}
    `;
  }

  private onPanelKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    const from = this.panel;
    this.open(null);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[role=toolbar] button[data-panel=${from}]`)?.focus());
  };

  private onOpenStyle = (e: Event): void => {
    this.styleLayer = (e as CustomEvent<PlanLayerRequestDetail>).detail.layerId;
    this.open('style');
  };

  private onOpenExport = (e: Event): void => {
    this.exportLayer = (e as CustomEvent<PlanLayerRequestDetail>).detail.layerId;
    this.open('export');
  };

  private hasFiles(e: DragEvent): boolean {
    return !this.noDrop && !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  }

  private onDragOver = (e: DragEvent): void => {
    if (!this.hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
    this.dragging = true;
    clearTimeout(this.dragTimer);
    this.dragTimer = setTimeout(() => (this.dragging = false), 300);
  };

  private onDrop = (e: DragEvent): void => {
    if (!this.hasFiles(e)) return;
    e.preventDefault();
    clearTimeout(this.dragTimer);
    this.dragging = false;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) void this.importFiles(files);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-data-tools': PlanDataTools;
  }
}
