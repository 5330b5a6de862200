import { css } from 'lit';

/** Styles of `<plan-catalogue>`. */
export const catalogueStyles = css`
  :host {
    display: block;
  }
  .panel {
    background: var(--plan-surface, #fff);
  }
  .title {
    font-size: 1rem;
    margin-bottom: 0.2rem;
  }
  .intro {
    font-size: 0.85em;
    margin: 0 0 0.4rem;
  }
  .tools {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    margin-bottom: 0.4rem;
  }
  input[type='search'] {
    width: 100%;
    padding: 0.3rem 0.45rem;
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: var(--plan-radius, 4px);
  }
  .types {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .types button {
    font-size: 0.85em;
    border-radius: 999px;
  }
  .types button[aria-pressed='true'] {
    background: var(--plan-accent, #8b1e1e);
    border-color: var(--plan-accent, #8b1e1e);
    color: var(--plan-accent-text, #fff);
  }
  .group {
    border-top: 1px solid var(--plan-border, #e4e7eb);
    padding: 0.15rem 0;
  }
  .disclosure,
  .entry-head {
    background: none;
    border: none;
    width: 100%;
    text-align: start;
    display: flex;
    align-items: baseline;
    gap: 0.3rem;
    padding: 0.2rem 0.2rem;
  }
  .disclosure {
    font-weight: 600;
  }
  .n {
    font-weight: 400;
    font-size: 0.85em;
    margin-inline-start: auto;
  }
  .chev {
    display: inline-block;
    width: 1em;
    flex: none;
    color: var(--plan-muted, #5c6670);
  }
  .entries {
    margin-left: 0.8rem;
  }
  .ename {
    flex: 1;
  }
  .badge.type-composite {
    border-color: var(--plan-composite, #6b4fa0);
    color: var(--plan-composite, #6b4fa0);
  }
  .badge.type-indicator {
    border-style: dotted;
  }
  .details {
    margin: 0 0 0.5rem 1.4rem;
    font-size: 0.92em;
  }
  .details p {
    margin: 0.25rem 0;
  }
  blockquote {
    margin: 0.2rem 0;
    padding: 0.3rem 0.5rem;
    background: var(--plan-quote-bg, #f7f5ef);
    border-left: 3px solid var(--plan-border, #c9ced6);
  }
  .ref {
    font-size: 0.8em;
    color: var(--plan-muted, #5c6670);
    margin-right: 0.2rem;
  }
  .unspecified {
    color: var(--plan-warn-text, #7a4b00);
  }
  .members-title {
    font-size: 0.9em;
    margin-top: 0.4rem;
  }
  .tree,
  .tree ul {
    margin: 0.1rem 0 0.1rem 0;
    padding-left: 0.9rem;
    border-left: 1px dotted var(--plan-border, #c9ced6);
  }
  .tree {
    border-left: none;
    padding-left: 0;
  }
  .node {
    margin: 0.1rem 0;
  }
  .node .kind {
    font-size: 0.8em;
    margin-left: 0.3rem;
  }
  .pin {
    margin-right: 0.2rem;
    text-decoration: none;
    display: inline-block;
  }
  .node.entry > button {
    color: var(--plan-muted-link, #4a5561);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin-top: 0.4rem;
  }
  .actions button {
    font-size: 0.9em;
  }
`;
