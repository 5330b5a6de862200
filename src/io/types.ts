/**
 * Shared types of the import / export core (`src/io`).
 *
 * Everything here is plain data so that it can cross a Web Worker boundary
 * (structured clone) and be stored in IndexedDB unchanged.
 */
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import type { I18nText } from '../manifest/types';

export type { I18nText };

/** [minLon, minLat, maxLon, maxLat] (or [minX, minY, maxX, maxY] in a projected CRS). */
export type BBox = [number, number, number, number];

/** A GeoJSON FeatureCollection in WGS84 lon/lat (RFC 7946). */
export type WgsFeatureCollection = FeatureCollection<Geometry | null, GeoJsonProperties>;
export type AnyFeature = Feature<Geometry | null, GeoJsonProperties>;

/** Formats `importFile` understands. */
export type ImportFormat = 'geojson' | 'flatgeobuf' | 'shapefile' | 'kml' | 'gpx' | 'csv';

/** Text encodings a caller may force (any WHATWG label also works). */
export type TextEncodingName = 'utf-8' | 'gbk' | 'gb18030' | (string & {});

/** Where the chosen text encoding came from. */
export type EncodingSource = 'option' | 'cpg' | 'bom' | 'ldid' | 'detected' | 'ascii' | 'fixed';

/** Where the source CRS came from. */
export type CrsSource =
  | 'option'
  | 'prj-authority'
  | 'prj-parameters'
  | 'prj-proj4'
  | 'geojson-crs'
  | 'flatgeobuf-header'
  | 'format-default'
  | 'assumed-wgs84'
  | 'response-header';

/** A non-fatal finding, shown to the user next to the imported layer. */
export interface IoWarning {
  /** Stable machine code, e.g. `OUTSIDE_REFERENCE_AREA`. */
  code: string;
  text: I18nText;
  /** Indexes (into the imported FeatureCollection, before repair) of the features concerned. */
  featureIndexes?: number[];
  details?: Record<string, unknown>;
}

/** One thing `repair` changed in one feature. */
export interface RepairAction {
  kind:
    | 'dropped-non-finite-coordinates'
    | 'removed-duplicate-points'
    | 'closed-ring'
    | 'dropped-degenerate-ring'
    | 'dropped-degenerate-part'
    | 'fixed-self-intersection'
    | 'dropped-empty-feature';
  /** Polygon / line part index inside a Multi* geometry. */
  part?: number;
  /** Ring index inside a polygon (0 = exterior). */
  ring?: number;
  /** How many points / crossings were involved. */
  count?: number;
  text: I18nText;
}

/** Everything repaired in one feature (index into the pre-repair collection). */
export interface RepairRecord {
  featureIndex: number;
  /** The feature's `id`, or a `name`/`id`-like property, when it has one. */
  featureLabel?: string;
  actions: RepairAction[];
}

/** The CRS the data arrived in, after detection. */
export interface SourceCrs {
  /** `EPSG:4525`, `GCJ02`, `BD09`, or `WKT` for an unmatched custom definition. */
  id: string;
  name: I18nText;
  source: CrsSource;
  /** True when the datum shift to WGS84 is only approximate (Xi'an 1980, Beijing 1954). */
  approximateDatum: boolean;
  /** The WKT as found in the .prj, when there was one. */
  wkt?: string;
}

/** Hint that coordinates might be in the Chinese offset systems GCJ-02 or BD-09. */
export interface OffsetHint {
  suspected: 'GCJ02' | 'BD09';
  /** Why we think so (field names, document names). Coordinates alone cannot tell. */
  reason: I18nText;
  evidence: string[];
}

/** One imported layer, always in WGS84. */
export interface ImportedLayer {
  name: string;
  format: ImportFormat | 'ogc-features';
  featureCollection: WgsFeatureCollection;
  sourceCrs: SourceCrs;
  /** Text encoding used for attributes (`null` for binary formats without text choice). */
  encoding: { name: string; source: EncodingSource } | null;
  warnings: IoWarning[];
  repairs: RepairRecord[];
  /** Set when the attributes look like Amap/Baidu data: ask the user whether to convert. */
  offsetHint?: OffsetHint;
  /** WGS84 bbox of the imported features, or null when there are none. */
  bbox: BBox | null;
  /** Attribute names in first-seen order (useful for styling pickers). */
  fields: string[];
  /** The land-class attribute (YDYHFLMC, DLMC, 地类名称…) when there is one: offer the 用地用海 colour theme. */
  landClassField?: string;
}

export interface ImportResult {
  layers: ImportedLayer[];
}

/** Progress of a long import. */
export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'checking' | 'done';
  loadedBytes?: number;
  totalBytes?: number;
  features?: number;
}

/** CSV / TSV options. */
export interface CsvOptions {
  /** Column holding longitude / easting (overrides detection). */
  x?: string;
  /** Column holding latitude / northing (overrides detection). */
  y?: string;
  /** Column holding "lng,lat" pairs (e.g. Amap `location`). */
  xy?: string;
  /** Field delimiter; detected from the header line when omitted. */
  delimiter?: string;
  /** Turn columns whose every value is a plain decimal number into numbers (default true). */
  inferTypes?: boolean;
  /** Keep the coordinate columns as attributes too (default true). */
  keepCoordinateColumns?: boolean;
}

/** Options of `importFile` and friends. All optional. */
export interface ImportOptions {
  /** Force the source CRS: `EPSG:4525`, `4546`, `GCJ02`, `BD09`… */
  crs?: string | number;
  /** Force the text encoding of .dbf / CSV attributes. */
  encoding?: TextEncodingName;
  csv?: CsvOptions;
  /** Swap x and y of every coordinate before anything else (fixes lat/lon order). */
  swapXY?: boolean;
  /** Repair invalid geometry (close rings, drop degenerate parts, fix self-intersections). */
  repair?: boolean;
  /** Reference area for the "far outside" check; `null` disables it. Default: Lushi County. */
  referenceBbox?: BBox | null;
  referenceName?: I18nText;
  /** Layer name (defaults to the file name without extension). */
  layerName?: string;
  /** Override the documented size limits (bytes). */
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** DOMParser constructor for KML/GPX where there is no global one (Node tests). */
  domParser?: new () => { parseFromString(text: string, type: string): Document };
}

/** A file as the UI hands it over (after `await file.arrayBuffer()`). */
export interface InputFile {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
}

/** A file produced by an export. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  warnings: IoWarning[];
}
