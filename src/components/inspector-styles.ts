import { css } from 'lit';

/** Styles of `<plan-inspector>`. */
export const inspectorStyles = css`
  :host {
    display: block;
  }
  .panel {
    background: var(--plan-surface, #fff);
    padding: 0.2rem 0;
  }
  .title {
    font-size: 1rem;
  }
  .top {
    display: flex;
    justify-content: flex-end;
    gap: 0.4rem;
    float: right;
    margin-left: 0.4rem;
  }
  .back {
    font-size: 0.85em;
  }
  h2#heading {
    font-size: 1.15rem;
    line-height: 1.3;
    margin: 0.1rem 0 0;
  }
  .alt-name {
    margin: 0.1rem 0 0.4rem;
    color: var(--plan-muted, #5c6670);
    font-size: 0.9em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.6rem;
    margin: 0.4rem 0;
    font-size: 0.92em;
    clear: both;
  }
  dt {
    color: var(--plan-muted, #5c6670);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .hint {
    font-size: 0.88em;
  }
  .schematic-note {
    margin: 0.4rem 0;
    padding: 0.4rem 0.55rem;
    border: 1px dashed var(--plan-schematic-border, #b8860b);
    background: var(--plan-schematic-bg, #fff8e6);
    color: var(--plan-schematic-text, #5a3800);
    border-radius: var(--plan-radius, 4px);
    font-size: 0.92em;
  }
  .block {
    margin: 0.35rem 0;
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .block.unspecified {
    color: var(--plan-warn-text, #7a4b00);
  }
  h3 {
    font-size: 0.95em;
    margin: 0.7rem 0 0.25rem;
  }
  h4 {
    font-size: 0.88em;
    margin: 0.5rem 0 0.2rem;
  }
  .tree,
  .tree ul {
    padding-left: 0.9rem;
  }
  .tree {
    padding-left: 0;
  }
  .node {
    margin: 0.12rem 0;
  }
  .node .kind {
    font-size: 0.8em;
    margin-left: 0.3rem;
  }
  .pin {
    margin-right: 0.2rem;
    display: inline-block;
  }
  .actions {
    margin: 0.4rem 0;
    display: flex;
    gap: 0.3rem;
    flex-wrap: wrap;
  }
  .source {
    border-top: 1px solid var(--plan-border, #e4e7eb);
    margin-top: 0.6rem;
  }
  .ref {
    font-weight: 400;
    color: var(--plan-muted, #5c6670);
    font-size: 0.9em;
  }
  .para {
    background: var(--plan-quote-bg, #f7f5ef);
    padding: 0.45rem 0.6rem;
    margin: 0.2rem 0;
    border-left: 3px solid var(--plan-border, #c9ced6);
    font-size: 0.92em;
    line-height: 1.65;
  }
  mark {
    background: var(--plan-mark, #ffe58a);
    color: inherit;
    padding: 0 1px;
    border-radius: 2px;
    box-shadow: 0 0 0 1px var(--plan-mark-border, #e0b300) inset;
  }
  details {
    margin: 0.2rem 0;
    font-size: 0.92em;
  }
  summary {
    cursor: pointer;
  }
  .other dt {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
`;
