import { css } from 'lit';

/** Layout of `<plan-app>`: header, side panel, map, details; drawers and a bottom sheet on phones. */
export const appStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100vh;
    height: 100dvh;
    font-family: var(--plan-font, system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif);
    color: var(--plan-text, #1d2329);
    font-size: 14px;
    --plan-focus: #1a5fd0;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 2px solid var(--plan-focus, #1a5fd0);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -3rem;
    z-index: 100;
    background: #fff;
    color: #1d2329;
    padding: 0.4rem 0.7rem;
    border-radius: 4px;
  }
  .skip:focus {
    top: 0.4rem;
  }
  header {
    position: relative;
    z-index: 40;
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 0.35rem 0.7rem;
    background: var(--plan-header-bg, #8b1e1e);
    color: var(--plan-header-text, #fff);
    --plan-focus: #ffd54a;
    --plan-text: #1d2329;
  }
  header > * {
    color: var(--plan-header-text, #fff);
  }
  h1 {
    margin: 0;
    font-size: 1.05rem;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    flex: 0 1 auto;
    min-width: 0;
  }
  .short {
    display: none;
  }
  .side-toggle {
    font: inherit;
    font-size: 1.1rem;
    color: inherit;
    background: transparent;
    border: 1px solid #ffffff66;
    border-radius: 4px;
    width: 34px;
    height: 32px;
    cursor: pointer;
    flex: none;
  }
  .side-toggle[aria-expanded='true'] {
    background: #ffffff26;
  }
  .share {
    font: inherit;
    font-size: 0.85rem;
    color: inherit;
    background: transparent;
    border: 1px solid #ffffff66;
    border-radius: 4px;
    height: 32px;
    padding: 0 0.6rem;
    cursor: pointer;
    flex: none;
    white-space: nowrap;
  }
  .share:hover {
    background: #ffffff26;
  }
  plan-search {
    flex: 1 1 240px;
    max-width: 420px;
    color: var(--plan-text, #1d2329);
    margin-inline-start: auto;
  }
  plan-toolbar {
    flex: none;
  }
  plan-lang-switch {
    flex: none;
  }
  .main {
    flex: 1;
    display: flex;
    min-height: 0;
    position: relative;
  }
  .side {
    width: var(--plan-side-width, 330px);
    flex: none;
    display: flex;
    flex-direction: column;
    border-right: 1px solid var(--plan-border, #dde1e6);
    background: var(--plan-surface, #fff);
    min-height: 0;
  }
  [role='tablist'] {
    display: flex;
    border-bottom: 1px solid var(--plan-border, #dde1e6);
    flex: none;
  }
  [role='tab'] {
    flex: 1;
    font: inherit;
    color: var(--plan-muted, #5c6670);
    background: none;
    border: none;
    border-bottom: 3px solid transparent;
    padding: 0.45rem 0.3rem 0.35rem;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--plan-text, #1d2329);
    font-weight: 600;
    border-bottom-color: var(--plan-accent, #8b1e1e);
  }
  [role='tab']:focus-visible {
    outline-offset: -3px;
  }
  .tabpanels {
    flex: 1;
    overflow: auto;
    padding: 0.5rem 0.7rem 1rem;
  }
  plan-layer-panel::part(title),
  plan-feature-list::part(title) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .map-area {
    flex: 1;
    position: relative;
    min-width: 0;
  }
  plan-map {
    position: absolute;
    inset: 0;
    --plan-map-height: auto;
  }
  .overlay-tool {
    position: absolute;
    inset: 0;
    z-index: 5;
  }
  .tool-panel {
    position: absolute;
    top: 10px;
    right: 52px;
    z-index: 6;
    max-height: calc(100% - 20px);
    overflow: auto;
  }
  .details {
    width: var(--plan-details-width, 360px);
    flex: none;
    overflow: auto;
    border-left: 1px solid var(--plan-border, #dde1e6);
    background: var(--plan-surface, #fff);
    padding: 0.5rem 0.8rem 1rem;
  }
  @media (max-width: 760px) {
    header {
      flex-wrap: wrap;
      gap: 0.4rem 0.5rem;
      padding: 0.35rem 0.5rem;
    }
    .long {
      display: none;
    }
    .short {
      display: inline;
    }
    h1 {
      flex: 1 1 auto;
      font-size: 1rem;
    }
    plan-search {
      order: 10;
      flex: 1 1 180px;
      max-width: none;
      margin: 0;
    }
    plan-lang-switch {
      order: 11;
    }
    .side {
      position: absolute;
      z-index: 30;
      top: 0;
      bottom: 0;
      left: 0;
      width: min(88vw, 360px);
      box-shadow: 2px 0 12px #0004;
    }
    .details {
      position: absolute;
      z-index: 25;
      left: 0;
      right: 0;
      bottom: 0;
      width: auto;
      max-height: 55%;
      border-left: none;
      border-top: 1px solid var(--plan-border, #dde1e6);
      border-radius: 10px 10px 0 0;
      box-shadow: 0 -3px 14px #0003;
    }
    .tool-panel {
      right: 8px;
      left: 8px;
    }
  }
`;
