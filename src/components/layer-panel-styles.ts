import { css } from 'lit';

/** Styles of `<plan-layer-panel>` (kept apart so the element file stays readable). */
export const layerPanelStyles = css`
  :host {
    display: block;
    /* Inside <plan-map> the corner boxes pass clicks through to the map; the panel itself takes them. */
    pointer-events: auto;
  }
  .panel {
    background: var(--plan-surface, #fff);
  }
  :host([compact]) .panel {
    border-radius: var(--plan-radius, 6px);
    box-shadow: 0 1px 4px #0003;
    max-width: min(320px, calc(100vw - 40px));
  }
  :host([compact]) .body {
    max-height: var(--plan-panel-max-height, 60vh);
    overflow: auto;
    padding: 0 0.5rem 0.5rem;
    width: 300px;
    max-width: 100%;
  }
  .toggle {
    border: none;
    background: var(--plan-surface, #fff);
    padding: 0.35rem 0.7rem;
    font-weight: 600;
    width: 100%;
    text-align: start;
  }
  .title {
    font-size: 1rem;
    margin: 0 0 0.4rem;
  }
  .hint {
    font-size: 0.8em;
    margin: 0.25rem 0 0.4rem;
  }
  :host([compact]) .hint {
    display: none;
  }
  .disclosure {
    background: none;
    border: none;
    padding: 0.15rem 0.2rem;
    text-align: start;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
    min-width: 0;
  }
  .chev {
    display: inline-block;
    width: 1em;
    color: var(--plan-muted, #5c6670);
  }
  .filter {
    border: 1px solid var(--plan-border, #dde1e6);
    border-radius: var(--plan-radius, 4px);
    padding: 0.2rem 0.4rem;
    margin-bottom: 0.3rem;
  }
  .filter .badge.active {
    border-color: var(--plan-accent, #8b1e1e);
    color: var(--plan-accent, #8b1e1e);
    font-weight: 400;
  }
  fieldset {
    border: none;
    margin: 0.2rem 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.35rem;
  }
  legend {
    font-size: 0.82em;
    color: var(--plan-muted, #5c6670);
    padding: 0;
    margin-bottom: 0.15rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: 999px;
    padding: 0.1rem 0.5rem 0.1rem 0.35rem;
    font-size: 0.88em;
    cursor: pointer;
    background: var(--plan-surface, #fff);
  }
  .chip:has(input:checked) {
    background: var(--plan-chip-on, #f6eeee);
  }
  .dash {
    width: 18px;
    border-top: 2px solid var(--plan-sample, #555);
  }
  .dash.status-dashed {
    border-top-style: dashed;
  }
  .dash.status-dotted {
    border-top-style: dotted;
  }
  .acc {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--plan-sample, #555);
  }
  .acc-approximate {
    background: var(--plan-sample, #555);
    box-shadow: 0 0 0 2px var(--plan-surface, #fff), 0 0 0 3px var(--plan-sample, #555);
  }
  .acc-schematic {
    background: var(--plan-surface, #fff);
    border: 2px solid var(--plan-sample, #555);
    box-shadow: 0 0 4px 2px #5556;
  }
  .reset {
    margin: 0.2rem 0;
    font-size: 0.85em;
  }
  .group {
    border-top: 1px solid var(--plan-border, #e4e7eb);
    padding: 0.2rem 0;
  }
  .group-header {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .group-header .disclosure {
    flex: 1;
  }
  .gcount {
    font-size: 0.8em;
  }
  .layers {
    margin: 0.1rem 0 0.2rem 0.7rem;
  }
  .layer {
    border-radius: var(--plan-radius, 4px);
    border-top: 2px solid transparent;
    border-bottom: 2px solid transparent;
  }
  .layer.drop-above {
    border-top-color: var(--plan-drop, #1a5fd0);
  }
  .layer.drop-below {
    border-bottom-color: var(--plan-drop, #1a5fd0);
  }
  .layer.dragging {
    opacity: 0.5;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.1rem 0.1rem;
  }
  .row:hover {
    background: var(--plan-hover, #f1f3f5);
  }
  .grip {
    cursor: grab;
    color: var(--plan-muted, #9aa3ab);
    font-size: 0.75em;
    letter-spacing: -2px;
    user-select: none;
  }
  .lname {
    flex: 1;
    min-width: 0;
    cursor: pointer;
  }
  .layer.off .lname {
    color: var(--plan-muted, #5c6670);
  }
  .count {
    font-size: 0.8em;
    color: var(--plan-muted, #5c6670);
    font-variant-numeric: tabular-nums;
  }
  .count.filtered {
    color: var(--plan-accent, #8b1e1e);
  }
  .settings {
    background: none;
    border-color: transparent;
    width: 26px;
    height: 26px;
    min-height: 0;
    color: var(--plan-muted, #5c6670);
  }
  .settings[aria-expanded='true'] {
    border-color: var(--plan-border, #c9ced6);
    background: var(--plan-hover, #f1f3f5);
  }
  .settings-body {
    margin: 0.1rem 0 0.35rem 1.6rem;
    padding: 0.3rem 0.4rem;
    border-left: 2px solid var(--plan-border, #dde1e6);
    font-size: 0.9em;
  }
  .desc {
    margin: 0 0 0.3rem;
  }
  .opacity {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .opacity input {
    flex: 1;
    min-width: 80px;
  }
  output {
    width: 3em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .move {
    display: flex;
    gap: 0.3rem;
    margin-top: 0.3rem;
  }
  .move button {
    font-size: 0.9em;
  }
  .catalogue-link {
    border-top: 1px solid var(--plan-border, #e4e7eb);
    padding-top: 0.4rem;
    margin-top: 0.2rem;
  }
  .catalogue-button {
    width: 100%;
    text-align: start;
  }
`;
