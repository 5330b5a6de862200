import { css } from 'lit';

/** The segmented button group (距离 | 面积, 卷帘 | 并排, 直线 | 路网) shared by the tool panels. */
export const segmentedStyles = css`
  .segmented {
    display: inline-flex;
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: var(--plan-radius, 4px);
    overflow: hidden;
  }
  .segmented button {
    border: none;
    border-radius: 0;
    background: var(--plan-surface, #fff);
  }
  .segmented button[aria-checked='true'],
  .segmented button[aria-pressed='true'] {
    background: var(--plan-accent, #8b1e1e);
    color: var(--plan-accent-text, #fff);
  }
`;
