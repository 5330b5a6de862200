import { css } from 'lit';

/** Styles of `<plan-compare>`: stacked panes (swipe) or two columns (side), divider, labels. */
export const compareStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--plan-compare-height, 100%);
    min-height: 240px;
    overflow: hidden;
    background: var(--plan-surface, #fff);
    --pos: 50%;
  }
  .stage {
    position: absolute;
    inset: 0;
  }
  .pane {
    position: absolute;
    inset: 0;
  }
  .pane plan-map {
    position: absolute;
    inset: 0;
    height: 100%;
    --plan-map-height: 100%;
  }
  .swipe .pane-right {
    clip-path: inset(0 0 0 var(--pos));
  }
  .side .pane-left {
    right: calc(50% + 1px);
  }
  .side .pane-right {
    left: calc(50% + 1px);
  }
  .side::after {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(50% - 1px);
    width: 2px;
    background: var(--plan-compare-divider, #1d2329);
  }
  .divider {
    position: absolute;
    top: 0;
    bottom: 0;
    left: var(--pos);
    width: 24px;
    margin-left: -12px;
    z-index: 3;
    cursor: ew-resize;
    touch-action: none;
    display: grid;
    place-items: center;
  }
  .divider::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: 11px;
    width: 2px;
    background: var(--plan-compare-divider, #1d2329);
    box-shadow: 0 0 0 1px #ffffffaa;
  }
  .handle {
    position: relative;
    width: 28px;
    height: 40px;
    border-radius: 6px;
    background: var(--plan-surface, #fff);
    border: 2px solid var(--plan-compare-divider, #1d2329);
    display: grid;
    place-items: center;
    font-size: 12px;
    line-height: 1;
    user-select: none;
  }
  .divider:focus-visible {
    outline: none;
  }
  .divider:focus-visible .handle {
    outline: 3px solid var(--plan-focus, #1a5fd0);
    outline-offset: 2px;
  }
  .label {
    position: absolute;
    top: 10px;
    z-index: 4;
    padding: 0.15rem 0.6rem;
    border-radius: 4px;
    background: var(--plan-compare-label-bg, #1d2329e6);
    color: var(--plan-compare-label-text, #fff);
    font-weight: 600;
    white-space: nowrap;
    pointer-events: none;
  }
  .swipe .label-left {
    right: calc(100% - var(--pos) + 16px);
  }
  .swipe .label-right {
    left: calc(var(--pos) + 16px);
  }
  .side .label-left {
    left: 25%;
    transform: translateX(-50%);
  }
  .side .label-right {
    left: 75%;
    transform: translateX(-50%);
  }
  .bar {
    position: absolute;
    left: 10px;
    /* Below the side labels, so a divider near the left edge never hides the left label. */
    top: 46px;
    z-index: 5;
    display: flex;
    gap: 6px;
    align-items: center;
    background: var(--plan-surface, #fff);
    border-radius: var(--plan-radius, 6px);
    box-shadow: 0 1px 4px #0003;
    padding: 4px;
  }
`;
