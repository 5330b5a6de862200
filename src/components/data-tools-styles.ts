import { css } from 'lit';

/**
 * Look shared by the data tools' panels (import, export, sketch, style,
 * project): compact sections, message boxes for errors and warnings, and a
 * progress bar. Neutral UI colours only, every one a `--plan-*` property
 * with a fallback.
 */
export const dataToolStyles = css`
  :host {
    display: block;
  }
  section {
    margin: 0.5rem 0;
  }
  h3 {
    font-size: 0.95rem;
    margin: 0.6rem 0 0.3rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    margin: 0.35rem 0;
  }
  .grow {
    flex: 1;
    min-width: 8em;
  }
  label.choice {
    display: flex;
    gap: 0.45rem;
    align-items: baseline;
    margin: 0.25rem 0;
  }
  label.choice > input {
    flex: none;
  }
  fieldset {
    border: 1px solid var(--plan-border, #dde1e6);
    border-radius: var(--plan-radius, 4px);
    margin: 0.4rem 0;
    padding: 0.2rem 0.6rem 0.4rem;
  }
  label.field {
    display: grid;
    gap: 0.15rem;
    margin: 0.35rem 0;
    font-size: 0.9em;
  }
  input[type='text'],
  input[type='url'],
  input[type='search'],
  select,
  textarea {
    padding: 0.25rem 0.4rem;
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: var(--plan-radius, 4px);
    background: var(--plan-surface, #fff);
    max-width: 100%;
  }
  textarea {
    font: inherit;
    width: 100%;
    min-height: 3em;
  }
  .primary {
    background: var(--plan-accent, #8b1e1e);
    border-color: var(--plan-accent, #8b1e1e);
    color: var(--plan-accent-text, #fff);
  }
  .primary:hover {
    background: var(--plan-accent-hover, #6f1717);
  }
  .hint {
    font-size: 0.82em;
    color: var(--plan-muted, #5c6670);
    margin: 0.25rem 0;
  }
  .msg {
    border-radius: var(--plan-radius, 4px);
    padding: 0.4rem 0.55rem;
    margin: 0.4rem 0;
    font-size: 0.9em;
    border: 1px solid;
  }
  .msg p {
    margin: 0.15rem 0;
  }
  .msg .other {
    font-size: 0.85em;
    opacity: 0.8;
  }
  .msg.error {
    background: var(--plan-error-bg, #fdecea);
    border-color: var(--plan-error-border, #e5a39c);
    color: var(--plan-error, #8c1d18);
  }
  .msg.warn {
    background: var(--plan-warn-bg, #fff8e6);
    border-color: var(--plan-warn-border, #e6c36a);
    color: var(--plan-warn, #6b4a00);
  }
  .msg.ok {
    background: var(--plan-ok-bg, #edf7ee);
    border-color: var(--plan-ok-border, #9ccc9f);
    color: var(--plan-ok, #1e5b24);
  }
  progress {
    width: 100%;
    height: 10px;
    accent-color: var(--plan-accent, #8b1e1e);
  }
  ul.list > li {
    border-bottom: 1px solid var(--plan-border, #eceff2);
    padding: 0.3rem 0;
  }
  ul.bullets {
    list-style: disc;
    padding-inline-start: 1.2em;
  }
  details > summary {
    cursor: pointer;
    font-size: 0.9em;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border: 1px solid #0004;
    vertical-align: -0.1em;
    margin-inline-end: 0.3em;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
`;
