import type { PlanMap } from './plan-map';

/**
 * The `<plan-map>` element a workspace component works for: the one named by
 * its `for` attribute, or the `<plan-map>` it sits in (light DOM or shadow
 * root). Used where a component should set an attribute of the map element
 * (language, basemap) rather than only its controller, so the element's
 * attributes stay true.
 */
export function findPlanMap(el: Element, forId?: string): PlanMap | undefined {
  if (forId) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(forId) ?? document.getElementById(forId);
    return target?.localName === 'plan-map' ? (target as PlanMap) : undefined;
  }
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.localName === 'plan-map') return node as PlanMap;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
