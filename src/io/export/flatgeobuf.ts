/**
 * FlatGeobuf writer WITH a packed Hilbert R-tree spatial index (the npm
 * package's `serialize` writes none), so files can be read by bbox through
 * HTTP range requests. No DOM: the data build (`npm run data`) runs it in Node.
 *
 * Features are written in Hilbert order of their bbox centres (as GDAL
 * does), so the order of features changes. Feature `id`s are not stored
 * (FlatGeobuf has no id field); keep ids you need in `properties`.
 */
import * as flatbuffers from 'flatbuffers';
import type { Geometry, GeoJsonProperties, Position } from 'geojson';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Column } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { Crs } from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { buildFeature, type IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import { eachPosition, mapGeometry } from '../crs/transform';
import type { WgsFeatureCollection } from '../types';
import { buildPackedRTree, DEFAULT_NODE_SIZE, extentOf, hilbertOrder, type Box } from './packed-rtree';

const MAGIC = new Uint8Array([0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x00]);

export interface WriteFlatGeobufOptions {
  /** EPSG code written to the header (default 4326). Coordinates must already be in that CRS. */
  crsCode?: number;
  /** Layer name in the header. */
  name?: string;
  title?: string;
  description?: string;
  /** R-tree fan-out; 0 writes no index. Default 16. */
  indexNodeSize?: number;
}

/** What `writeFlatGeobufReport` did besides writing. */
export interface FlatGeobufReport {
  bytes: Uint8Array;
  /** Indexes of input features skipped because they had no geometry. */
  skipped: number[];
  columns: { name: string; type: string }[];
}

type Geom = Exclude<Geometry, { type: 'GeometryCollection' }>;

function columnType(values: unknown[]): ColumnType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return ColumnType.String;
  if (present.every((v) => typeof v === 'boolean')) return ColumnType.Bool;
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    const nums = present as number[];
    if (nums.every((v) => Number.isInteger(v) && v >= -2147483648 && v <= 2147483647)) return ColumnType.Int;
    if (nums.every((v) => Number.isSafeInteger(v))) return ColumnType.Long;
    return ColumnType.Double;
  }
  if (present.every((v) => typeof v === 'string')) return ColumnType.String;
  // Mixed or nested values: JSON keeps every value and its type exactly.
  return ColumnType.Json;
}

function columnMeta(name: string, type: ColumnType): ColumnMeta {
  return { name, type, title: null, description: null, width: -1, precision: -1, scale: -1, nullable: true, unique: false, primary_key: false };
}

function bboxOf(geometry: Geometry): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(geometry, (p) => {
    if (p[0] < b[0]) b[0] = p[0];
    if (p[1] < b[1]) b[1] = p[1];
    if (p[0] > b[2]) b[2] = p[0];
    if (p[1] > b[3]) b[3] = p[1];
  });
  return b;
}

function buildHeader(meta: HeaderMeta, opts: WriteFlatGeobufOptions, extent: Box | null, hasZ: boolean): Uint8Array {
  const builder = new flatbuffers.Builder(1024);
  const columnOffsets = (meta.columns ?? []).map((c) => {
    const nameOffset = builder.createString(c.name);
    Column.startColumn(builder);
    Column.addName(builder, nameOffset);
    Column.addType(builder, c.type);
    Column.addNullable(builder, true);
    return Column.endColumn(builder);
  });
  const columnsOffset = columnOffsets.length ? Header.createColumnsVector(builder, columnOffsets) : 0;
  const nameOffset = builder.createString(opts.name ?? 'layer');
  const titleOffset = opts.title ? builder.createString(opts.title) : 0;
  const descriptionOffset = opts.description ? builder.createString(opts.description) : 0;
  const envelopeOffset = extent ? Header.createEnvelopeVector(builder, extent) : 0;
  const orgOffset = builder.createString('EPSG');
  Crs.startCrs(builder);
  Crs.addOrg(builder, orgOffset);
  Crs.addCode(builder, opts.crsCode ?? 4326);
  const crsOffset = Crs.endCrs(builder);
  Header.startHeader(builder);
  Header.addName(builder, nameOffset);
  if (envelopeOffset) Header.addEnvelope(builder, envelopeOffset);
  Header.addGeometryType(builder, meta.geometryType);
  Header.addHasZ(builder, hasZ);
  if (columnsOffset) Header.addColumns(builder, columnsOffset);
  Header.addFeaturesCount(builder, BigInt(meta.featuresCount));
  Header.addIndexNodeSize(builder, meta.indexNodeSize);
  Header.addCrs(builder, crsOffset);
  if (titleOffset) Header.addTitle(builder, titleOffset);
  if (descriptionOffset) Header.addDescription(builder, descriptionOffset);
  builder.finishSizePrefixed(Header.endHeader(builder));
  return builder.asUint8Array();
}

/**
 * Writes a FeatureCollection as FlatGeobuf with a spatial index, and says
 * what it skipped. GeometryCollections and null geometries are skipped.
 */
export function writeFlatGeobufReport(fc: WgsFeatureCollection, opts: WriteFlatGeobufOptions = {}): FlatGeobufReport {
  const skipped: number[] = [];
  const kept: { geometry: Geom; properties: GeoJsonProperties }[] = [];
  fc.features.forEach((f, i) => {
    if (!f.geometry || f.geometry.type === 'GeometryCollection') skipped.push(i);
    else kept.push({ geometry: f.geometry, properties: f.properties });
  });

  let hasZ = kept.length > 0;
  for (const f of kept) eachPosition(f.geometry, (p) => { if (p.length < 3) hasZ = false; });
  const dims = hasZ ? 3 : 2;
  const trim = (p: Position) => p.slice(0, dims);
  const geometries = kept.map((f) => mapGeometry(f.geometry, trim));

  const names: string[] = [];
  const seen = new Set<string>();
  for (const f of kept) for (const k of Object.keys(f.properties ?? {})) if (!seen.has(k)) { seen.add(k); names.push(k); }
  const columns = names.map((n) => columnMeta(n, columnType(kept.map((f) => f.properties?.[n]))));

  const types = new Set(geometries.map((g) => g.type));
  const geometryType = types.size === 1 ? GeometryType[[...types][0] as keyof typeof GeometryType] : GeometryType.Unknown;
  const nodeSize = kept.length === 0 ? 0 : opts.indexNodeSize ?? DEFAULT_NODE_SIZE;
  const meta: HeaderMeta = {
    geometryType, columns, envelope: null, featuresCount: kept.length, indexNodeSize: nodeSize,
    crs: null, title: null, description: null, metadata: null,
  };

  const boxes = geometries.map(bboxOf);
  const extent = kept.length ? extentOf(boxes) : null;
  const order = nodeSize > 0 && extent ? hilbertOrder(boxes, extent) : geometries.map((_, i) => i);

  const featureBuffers: Uint8Array[] = [];
  const offsets: number[] = [];
  let featureBytes = 0;
  for (const i of order) {
    const props: IProperties = {};
    for (const c of columns) {
      const v = kept[i].properties?.[c.name];
      props[c.name] = v === undefined ? null : (v as IProperties[string]);
    }
    const buf = buildFeature(parseGeometry(geometries[i]), props, meta);
    offsets.push(featureBytes);
    featureBuffers.push(buf);
    featureBytes += buf.length;
  }

  const header = buildHeader(meta, opts, extent, hasZ);
  const tree = nodeSize > 0 ? buildPackedRTree(order.map((i) => boxes[i]), offsets, nodeSize) : new Uint8Array(0);
  const out = new Uint8Array(MAGIC.length + header.length + tree.length + featureBytes);
  out.set(MAGIC, 0);
  out.set(header, MAGIC.length);
  out.set(tree, MAGIC.length + header.length);
  let o = MAGIC.length + header.length + tree.length;
  for (const buf of featureBuffers) {
    out.set(buf, o);
    o += buf.length;
  }
  return { bytes: out, skipped, columns: columns.map((c) => ({ name: c.name, type: ColumnType[c.type] })) };
}

/**
 * Writes a FeatureCollection as an indexed FlatGeobuf file.
 * @example await writeFile('public/data/roads.fgb', writeFlatGeobuf(fc));
 */
export function writeFlatGeobuf(fc: WgsFeatureCollection, opts?: WriteFlatGeobufOptions): Uint8Array {
  return writeFlatGeobufReport(fc, opts).bytes;
}
