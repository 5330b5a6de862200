import { css } from 'lit';

/** Shadow styles of `<plan-map>` (MapLibre's own CSS is added before them). */
export const planMapStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--plan-map-height, 400px);
    font-family: var(--plan-font, system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif);
    color: var(--plan-text, #1d2329);
    contain: layout;
  }
  #map {
    position: absolute;
    inset: 0;
  }
  .status {
    position: absolute;
    inset: auto 0 0 0;
    margin: auto;
    top: 0;
    width: fit-content;
    height: fit-content;
    max-width: min(90%, 36rem);
    padding: 0.75rem 1rem;
    background: var(--plan-surface, #ffffffee);
    border-radius: 6px;
    box-shadow: 0 1px 4px #0003;
    z-index: 3;
  }
  .status.error {
    border-left: 4px solid #c0392b;
  }
  .status ul {
    max-height: 12rem;
    overflow: auto;
    margin: 0.5rem 0 0;
    padding-left: 1.2rem;
    font-size: 0.85em;
  }
  .corner {
    position: absolute;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 8px;
    max-height: calc(100% - 20px);
    pointer-events: none;
  }
  .corner > *,
  .corner > ::slotted(*) {
    pointer-events: auto;
  }
  .top-left { top: 10px; left: 10px; }
  .top-right { top: 10px; right: 50px; }
  .bottom-left { bottom: 30px; left: 10px; }
  .bottom-right { bottom: 30px; right: 10px; }
`;
