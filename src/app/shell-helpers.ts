import { isCompareMode, isToolId, type CompareMode, type ToolId } from '../components/tool-events';

/** Which tool the shell shows over the map. */
export interface ToolState {
  tool: ToolId | null;
  compareMode?: CompareMode;
}

/** The focused element, followed down through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | undefined {
  let el = root.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : undefined;
}

/**
 * Follows the tool events of workspace-B's elements (toolbar, compare,
 * measure) and reports the tool the shell should show. Event details are
 * checked, since they may come from any element on the page.
 */
export function onToolEvents(host: HTMLElement, set: (t: ToolState) => void): void {
  let current: ToolState = { tool: null };
  const update = (t: ToolState) => {
    current = t;
    set(t);
  };
  host.addEventListener('plan-tool-change', (e) => {
    const d = e.detail;
    const tool = isToolId(d?.tool) ? d.tool : null;
    update({ tool, compareMode: isCompareMode(d?.compareMode) ? d.compareMode : undefined });
  });
  host.addEventListener('plan-tool-close', (e) => {
    const measure = (t: unknown) => t === 'distance' || t === 'area';
    if (current.tool === e.detail?.tool || (measure(current.tool) && measure(e.detail?.tool))) update({ tool: null });
  });
  host.addEventListener('plan-measure-mode', (e) => {
    const mode = e.detail?.mode;
    if (mode === 'distance' || mode === 'area') update({ tool: mode });
  });
  host.addEventListener('plan-compare-change', (e) => {
    if (isCompareMode(e.detail?.mode)) update({ tool: 'compare', compareMode: e.detail.mode });
  });
}
