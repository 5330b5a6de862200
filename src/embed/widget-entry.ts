/**
 * Entry of the embeddable widget (`dist/embed/plan-map.js`): one ES module
 * that defines `<plan-map>` and the workspace components it can show. Load
 * it with `<script type="module" src="…/embed/plan-map.js"></script>`; every
 * asset (MapLibre's worker, fonts) is resolved against this module's URL.
 * Loading it twice is harmless: elements already defined are skipped.
 */
import './widget-base';
import './workspace-components';

export { PlanMap } from '../components/plan-map';
export type { PlanFeatureDetail } from '../components/plan-events';
// The widget's own MapLibre, for hosts that add popups or markers to `planMap.map`.
export * as maplibregl from 'maplibre-gl';
