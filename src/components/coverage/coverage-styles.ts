import { css } from 'lit';

/**
 * Look of `<plan-coverage-panel>`: neutral chrome from the shared
 * `--plan-*` properties, plus its own `--plan-coverage-*` ones.
 */
export const coverageStyles = css`
  :host {
    display: block;
  }
  .panel {
    background: var(--plan-surface, #fff);
    padding: var(--plan-coverage-padding, 0.5rem 0.7rem 0.7rem);
    max-width: var(--plan-coverage-width, 100%);
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 0.2rem;
  }
  h3 {
    font-size: 0.92rem;
    margin: 0.6rem 0 0.25rem;
  }
  p {
    margin: 0.25rem 0;
  }
  .muted {
    color: var(--plan-muted, #5f6b7a);
  }
  .small,
  .hint {
    font-size: 0.82em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  .presets button {
    font-size: 0.88em;
  }
  fieldset {
    border: 1px solid var(--plan-border, #dde1e6);
    border-radius: var(--plan-radius, 4px);
    margin: 0.45rem 0;
    padding: 0.3rem 0.5rem 0.45rem;
    min-width: 0;
  }
  legend,
  .subhead {
    font-weight: 600;
    font-size: 0.88em;
  }
  .subhead {
    margin-top: 0.35rem;
  }
  ul.checklist,
  ul.kinds,
  ol.placed-list,
  ol.gaps,
  ol.sites {
    list-style: none;
    margin: 0.15rem 0;
    padding: 0;
  }
  ul.checklist.scroll {
    max-height: var(--plan-coverage-list-height, 11em);
    overflow: auto;
  }
  ul.checklist label,
  ul.kinds label {
    display: flex;
    gap: 0.35rem;
    align-items: center;
    padding: 0.08rem 0;
    font-size: 0.9em;
  }
  ul.kinds {
    margin-inline-start: 1.4rem;
  }
  ol.placed-list li,
  ol.gaps li,
  ol.sites li {
    display: flex;
    justify-content: space-between;
    gap: 0.4rem;
    align-items: center;
    font-size: 0.88em;
    padding: 0.08rem 0;
    border-bottom: 1px solid var(--plan-border, #eceff2);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    margin: 0.3rem 0;
  }
  label.field {
    display: grid;
    gap: 0.12rem;
    margin: 0.3rem 0;
    font-size: 0.9em;
  }
  label.field.inline {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  select,
  input[type='number'] {
    padding: 0.15rem 0.3rem;
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: var(--plan-radius, 4px);
    background: var(--plan-surface, #fff);
    max-width: 100%;
  }
  input[type='number'] {
    width: 5.5em;
  }
  button[aria-pressed='true'] {
    background: var(--plan-accent, #8b1e1e);
    color: var(--plan-accent-text, #fff);
  }
  .primary {
    background: var(--plan-accent, #8b1e1e);
    border-color: var(--plan-accent, #8b1e1e);
    color: var(--plan-accent-text, #fff);
  }
  .warn {
    background: var(--plan-warn-bg, #fff4e5);
    border-inline-start: 3px solid var(--plan-warn, #b26a00);
    padding: 0.25rem 0.4rem;
    font-size: 0.85em;
  }
  .error {
    color: var(--plan-error, #b3261e);
  }
  progress {
    flex: 1;
    height: 0.8rem;
    accent-color: var(--plan-coverage-progress, var(--plan-accent, #8b1e1e));
  }
  .headline {
    font-size: 0.95em;
  }
  .headline strong {
    font-size: 1.5em;
    color: var(--plan-coverage-headline, #1a7340);
    margin-inline-end: 0.25rem;
  }
  svg.chart {
    display: block;
    margin: 0.3rem 0;
    max-width: 340px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 0.85em;
  }
  th,
  td {
    text-align: start;
    padding: 0.12rem 0.2rem;
    border-bottom: 1px solid var(--plan-border, #eceff2);
    font-weight: normal;
    vertical-align: top;
  }
  thead th {
    color: var(--plan-muted, #5f6b7a);
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  tr.level th,
  tr.all th {
    font-weight: 600;
  }
  .indent {
    padding-inline-start: 0.6rem;
  }
  table.speeds input {
    width: 4.5em;
  }
  caption {
    text-align: start;
    font-size: 0.88em;
    font-weight: 600;
  }
  .scroll-x {
    overflow-x: auto;
  }
  td.reach-near {
    background: #d9f0d3;
  }
  td.reach-far {
    background: #fee8c8;
  }
  td.reach-none {
    background: #fbd5d0;
  }
  details.method p {
    font-size: 0.82em;
    color: var(--plan-muted, #4a5562);
  }
  details.method summary {
    cursor: pointer;
    font-size: 0.88em;
    font-weight: 600;
  }
`;
