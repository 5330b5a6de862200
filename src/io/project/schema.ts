/**
 * The project file format (version 1): everything a planner made in the
 * browser — imported layers with their styles, sketches, analysis results
 * and settings, and the map view — in one JSON file that moves the work to
 * another browser. Geometry is always WGS84 GeoJSON.
 *
 * ```json
 * { "format": "lushi-plan-map-project", "version": 1, "savedAt": "2025-01-01T00:00:00.000Z",
 *   "view": { "center": [111.05, 34.05], "zoom": 11 },
 *   "settings": { "coverage": { "radius_m": 500 } },
 *   "layers": [{ "id": "imp-1", "name": "地类图斑", "visible": true, "style": { "color": "#e07b39" }, "featureCollection": { … } }],
 *   "sketches": [{ "id": "sk-1", "name": "草图", "featureCollection": { … } }],
 *   "results": [{ "id": "res-1", "name": "500米见园", "analysis": "coverage", "params": { … }, "createdAt": "…", "featureCollection": { … } }] }
 * ```
 */
import type { WgsFeatureCollection } from '../types';

export const PROJECT_FORMAT = 'lushi-plan-map-project';
export const PROJECT_VERSION = 1;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Map view to restore. */
export interface ProjectView {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  /** Basemap id chosen by the user. */
  basemap?: string;
}

/** The style a user gave an imported layer or sketch. */
export interface UserLayerStyle {
  /** CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb()/rgba()/hsl()). */
  color?: string;
  /** Layer opacity 0–1. */
  opacity?: number;
  fill_opacity?: number;
  width?: number;
  radius?: number;
  outline?: string;
  /** Categorical colours by an attribute. */
  color_by?: { property: string; values: Record<string, string>; default: string };
  /** A named colour theme, e.g. `ydyh` (用地用海) for land classes. */
  theme?: string;
  /** Attribute shown as label. */
  label?: string;
}

/** Where an imported layer came from (for the layer panel's info). */
export interface LayerOrigin {
  fileName?: string;
  url?: string;
  format?: string;
  crs?: string;
  encoding?: string;
}

export interface ProjectLayer {
  id: string;
  name: string;
  visible: boolean;
  style: UserLayerStyle;
  featureCollection: WgsFeatureCollection;
  origin?: LayerOrigin;
  createdAt?: string;
}

export interface ProjectSketch {
  id: string;
  name: string;
  featureCollection: WgsFeatureCollection;
  style?: UserLayerStyle;
  updatedAt?: string;
}

/** A saved analysis result: parameters, plus a layer and/or a table. */
export interface ProjectResult {
  id: string;
  name: string;
  /** Which analysis produced it, e.g. `coverage`, `zone-area`. */
  analysis: string;
  params: { [key: string]: JsonValue };
  createdAt: string;
  featureCollection?: WgsFeatureCollection;
  table?: { columns: { key: string; title: string }[]; rows: { [key: string]: JsonValue }[] };
}

export interface Project {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  savedAt: string;
  app?: { name: string; version: string };
  view?: ProjectView;
  /** Analysis settings and UI preferences (plan layer visibility, language…). */
  settings: { [key: string]: JsonValue };
  layers: ProjectLayer[];
  sketches: ProjectSketch[];
  results: ProjectResult[];
}

/** An empty project. */
export function emptyProject(): Project {
  return { format: PROJECT_FORMAT, version: PROJECT_VERSION, savedAt: new Date().toISOString(), settings: {}, layers: [], sketches: [], results: [] };
}
