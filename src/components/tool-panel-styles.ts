import { css } from 'lit';

/**
 * Look of the floating tool panels (`plan-measure`, `plan-print`): a card in
 * a map corner with a header, a close button and compact rows. Neutral UI
 * colours only, every one a `--plan-*` property with a fallback.
 */
export const toolPanelStyles = css`
  :host {
    display: block;
  }
  .panel {
    background: var(--plan-surface, #fff);
    border-radius: var(--plan-radius, 6px);
    box-shadow: 0 1px 4px #0003;
    width: var(--plan-tool-width, 300px);
    max-width: calc(100vw - 40px);
    max-height: var(--plan-panel-max-height, 70vh);
    overflow: auto;
    padding: 0.5rem 0.7rem 0.6rem;
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.35rem;
  }
  header h2 {
    font-size: 1rem;
    flex: 1;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0.4rem 0;
  }
  .hint {
    font-size: 0.8em;
    margin: 0.3rem 0;
  }
  .primary {
    background: var(--plan-accent, #8b1e1e);
    border-color: var(--plan-accent, #8b1e1e);
    color: var(--plan-accent-text, #fff);
  }
  .primary:hover {
    background: var(--plan-accent-hover, #6f1717);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 0.92em;
  }
  th,
  td {
    text-align: start;
    padding: 0.12rem 0.2rem;
    border-bottom: 1px solid var(--plan-border, #eceff2);
    font-weight: normal;
  }
  td.num {
    text-align: end;
    white-space: nowrap;
  }
  tr.total th,
  tr.total td {
    font-weight: 600;
  }
  label.field {
    display: grid;
    gap: 0.15rem;
    margin: 0.35rem 0;
    font-size: 0.9em;
  }
  label.field input[type='text'] {
    padding: 0.25rem 0.4rem;
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: var(--plan-radius, 4px);
    width: 100%;
  }
  .status {
    font-size: 0.85em;
    min-height: 1.2em;
  }
  .status.error {
    color: var(--plan-error, #b3261e);
  }
  @media (max-width: 640px) {
    /* Leave most of a phone screen to the map being measured or printed. */
    .panel {
      max-height: var(--plan-panel-max-height-narrow, 45vh);
    }
  }
`;
