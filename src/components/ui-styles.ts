import { css } from 'lit';

/**
 * Look shared by the workspace components: neutral UI chrome (never plan
 * colours), a visible focus ring on every control and buttons that read as
 * buttons. Every value is a `--plan-*` custom property with a fallback, so a
 * host page can theme all components at once.
 *
 * Custom properties read here: `--plan-font`, `--plan-text`, `--plan-muted`,
 * `--plan-surface`, `--plan-border`, `--plan-accent`, `--plan-accent-text`,
 * `--plan-focus`, `--plan-radius`, `--plan-hover`, `--plan-note-bg`.
 */
export const uiStyles = css`
  :host {
    font-family: var(--plan-font, system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif);
    color: var(--plan-text, #1d2329);
    font-size: var(--plan-font-size, 14px);
    line-height: 1.45;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--plan-focus, #1a5fd0);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    background: var(--plan-button-bg, #f3f4f6);
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: var(--plan-radius, 4px);
    padding: 0.2em 0.6em;
    min-height: 28px;
  }
  button:hover {
    background: var(--plan-hover, #e6e9ee);
  }
  button:disabled {
    cursor: default;
    opacity: 0.45;
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    min-height: 0;
    color: var(--plan-link, #1a5fd0);
    text-decoration: underline;
    text-underline-offset: 2px;
    text-align: start;
  }
  button.icon {
    padding: 0;
    width: 28px;
    height: 28px;
    display: inline-grid;
    place-items: center;
    line-height: 1;
  }
  input,
  select {
    font: inherit;
    color: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    accent-color: var(--plan-accent, #8b1e1e);
    width: 16px;
    height: 16px;
    margin: 0;
  }
  input[type='range'] {
    accent-color: var(--plan-accent, #8b1e1e);
  }
  .muted {
    color: var(--plan-muted, #5c6670);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .badge {
    display: inline-block;
    font-size: 0.78em;
    line-height: 1.3;
    padding: 0 0.4em;
    border-radius: 3px;
    border: 1px solid var(--plan-border, #c9ced6);
    color: var(--plan-muted, #5c6670);
    white-space: nowrap;
  }
  .badge.schematic {
    border-style: dashed;
    color: var(--plan-schematic-text, #7a4b00);
    border-color: var(--plan-schematic-border, #b8860b);
    background: var(--plan-schematic-bg, #fff8e6);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
