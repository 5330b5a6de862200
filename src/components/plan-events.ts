import type { FeatureClickDetail } from '../map/map-controller';

/** `detail` of `plan-feature-click`: enough for a host page to show the element and cite the plan. */
export interface PlanFeatureDetail {
  id: string;
  name: string;
  name_en: string;
  layer: string;
  status?: string;
  accuracy?: string;
  /** The plan line and the verbatim quote, e.g. `{ plan_ref: 'L179', quote: '…' }`. */
  citation: { plan_ref?: string; quote?: string };
  lngLat: [number, number];
}

export function featureClickDetail(d: FeatureClickDetail): PlanFeatureDetail {
  const p = d.feature.properties ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    id: d.id,
    name: str(p.name) ?? d.id,
    name_en: str(p.name_en) ?? '',
    layer: d.layerId,
    status: str(p.status),
    accuracy: str(p.accuracy),
    citation: { plan_ref: str(p.plan_ref), quote: str(p.quote) },
    lngLat: d.lngLat,
  };
}

/** `detail` of `plan-view-change`. */
export interface PlanViewDetail {
  center: [number, number];
  zoom: number;
  bearing: number;
}

// Typed `addEventListener` on any element: the events bubble and cross shadow roots.
declare global {
  interface HTMLElementEventMap {
    'plan-ready': CustomEvent<Record<string, never>>;
    'plan-feature-click': CustomEvent<PlanFeatureDetail>;
    'plan-view-change': CustomEvent<PlanViewDetail>;
    'plan-layer-visibility': CustomEvent<{ id: string; visible: boolean }>;
    'plan-error': CustomEvent<{ message: string }>;
  }
}
