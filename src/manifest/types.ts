/**
 * The layer manifest (`layers/manifest.json`), spec version 1.
 *
 * The manifest is the only place a county's plan is described: which layers
 * exist, how they group, where their data lives and how they look. Swapping in
 * another county means swapping the `layers/` folder, so nothing in `src/`
 * may hard-code a layer id, a colour or a legend label.
 */

/** A string in both UI languages. */
export interface I18nText {
  zh: string;
  en: string;
}

export type GeometryKind = 'point' | 'line' | 'polygon';

/** The plan's own status of an element (DEVELOPERS.md). */
export const STATUSES = ['现状', '规划', '在建', '改扩建', '前期'] as const;
export type Status = (typeof STATUSES)[number];

/** How far the drawn geometry can be trusted. */
export const ACCURACIES = ['surveyed', 'approximate', 'schematic'] as const;
export type Accuracy = (typeof ACCURACIES)[number];

/** Properties shared by mapped features and catalogue entries. */
export interface ElementProperties {
  id: string;
  name: string;
  name_en: string;
  /** Line of the plan text, e.g. `L179`. */
  plan_ref: string;
  /** Verbatim from line `plan_ref`. */
  quote: string;
  status: Status;
  /** The plan's own verb or qualifier when it says more than `status` (e.g. 强化, 争创, 目标). */
  status_note?: string;
  /** Ids of elements the plan relates this one to (members, linked towns, host zone). */
  related?: string[];
  /** Further lines that mention the element, e.g. `["L43", "L152"]`. */
  see_also?: string[];
  /** What the plan leaves unspecified about this element, in Chinese and English. */
  unspecified?: I18nText;
  /** Layer-specific class used by `style.color_by` (e.g. `main`, `sub`, `cluster`). */
  kind?: string;
}

/**
 * Properties every mapped plan feature carries. `quote` must occur verbatim
 * on line `plan_ref` of the plan text.
 */
export interface PlanProperties extends ElementProperties {
  accuracy: Accuracy;
  /** Why the geometry sits where it does. Required unless `accuracy` is `surveyed`. */
  placement_basis?: string;
  [key: string]: unknown;
}

/** Catalogue entries have no geometry, so no accuracy or placement. */
export interface CatalogueProperties extends ElementProperties {
  [key: string]: unknown;
}

/** Colour chosen by a property value. */
export interface ColorBy {
  property: string;
  values: Record<string, string>;
  default: string;
}

/** A number chosen by a property value (line width by road class, radius by point kind). */
export interface NumberBy {
  property: string;
  values: Record<string, number>;
  default: number;
}

/**
 * Declarative look of a layer. The map controller turns it into MapLibre
 * layers, adding the schematic (示意) and status variants itself so that
 * every layer shows accuracy the same way.
 */
export interface LayerStyle {
  /** Single colour (CSS hex) when `color_by` is absent. */
  color?: string;
  color_by?: ColorBy;
  /** Fill opacity for polygons, 0–1. */
  fill_opacity?: number;
  /** Line width (lines, polygon outlines) in pixels. */
  width?: number;
  /** Line width by a property value; overrides `width`. */
  width_by?: NumberBy;
  /** Circle radius for points in pixels. */
  radius?: number;
  /** Radius by a property value; overrides `radius`. */
  radius_by?: NumberBy;
  /** Outline / casing colour. */
  outline?: string;
  /** Dash lines by `status` (planned and pre-study alignments dashed). Default true for lines. */
  dash_by_status?: boolean;
  /** Property shown as a label; omit for no labels. */
  label?: string;
  /** Zoom from which labels show. */
  label_minzoom?: number;
  /** Zoom range in which the layer draws. */
  minzoom?: number;
  maxzoom?: number;
}

/** One legend row. `value` ties it to a `color_by` value; omit it for a single-colour layer. */
export interface LegendEntry {
  value?: string;
  label: I18nText;
}

export interface LayerSpec {
  id: string;
  group: string;
  title: I18nText;
  /** One-line description shown in the layer panel. */
  description?: I18nText;
  geometry: GeometryKind;
  /** GeoJSON file, relative to `layers/`. */
  data: string;
  style: LayerStyle;
  legend: LegendEntry[];
  /** Shown when the app opens. */
  visible: boolean;
}

export interface GroupSpec {
  id: string;
  title: I18nText;
}

/** A reference (basemap) data set, drawn into the offline vector tiles. */
export interface ReferenceSpec {
  id: string;
  title: I18nText;
  /** GeoJSON file, relative to `layers/`. */
  data: string;
  geometry: GeometryKind;
  /** Attribution, also listed in `layers/SOURCES.md`. */
  source: string;
}

export interface ManifestView {
  center: [number, number];
  zoom: number;
  /** [west, south, east, north] the map may not leave. */
  max_bounds?: [number, number, number, number];
}

export interface Manifest {
  spec_version: 1;
  id: string;
  title: I18nText;
  /** Plan text, one `L<n>: ` prefixed line per source line, relative to `layers/`. */
  plan_text: string;
  /** Credit line shown on the map. */
  attribution: I18nText;
  view: ManifestView;
  groups: GroupSpec[];
  layers: LayerSpec[];
  reference: ReferenceSpec[];
  /** JSON file listing unlocated elements and composites, relative to `layers/`. */
  catalogue: string;
}

/** An element the plan names without a location, or a composite that groups others. */
export interface CatalogueEntry {
  id: string;
  group: string;
  /**
   * `unlocated`: the plan gives no location; `composite`: groups `members`
   * (programmes such as 1234工程, structures such as 一主两副); `indicator`: a
   * target with a spatial meaning (forest cover, 15-minute coverage…).
   */
  type: 'unlocated' | 'composite' | 'indicator';
  properties: CatalogueProperties;
  /** Why it has no place on the map (unlocated entries). */
  reason?: I18nText;
  /** Member ids (composites), mapped or unlocated. */
  members?: string[];
  /** Target value as the plan states it (indicators), e.g. { zh: '70.35% → 72.5%以上', en: '…' }. */
  value?: I18nText;
}

export interface Catalogue {
  spec_version: 1;
  entries: CatalogueEntry[];
}

/** One problem found by a validator. `path` names the file and the JSON location. */
export interface ValidationError {
  file: string;
  path: string;
  message: string;
}
