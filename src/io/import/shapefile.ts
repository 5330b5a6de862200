/**
 * Zipped Shapefile import: .shp geometry through shpjs (coordinates as
 * stored; we reproject ourselves), .dbf through our own reader (for
 * GBK/UTF-8), .prj through the WKT matcher, .cpg honoured. Every .shp in the
 * zip becomes one layer.
 */
import { unzipSync } from 'fflate';
import { parseShp } from 'shpjs';
import { SIZE_LIMITS } from '../checks/limits';
import { wktToCrs } from '../crs/wkt-match';
import { FileTooLargeError, MalformedFileError, MissingShapefilePartError, TruncatedFileError, UnsupportedFormatError, UnsupportedGeometryError } from '../errors';
import type { ImportOptions, IoWarning } from '../types';
import { newSanitizeStats } from '../util/safe-properties';
import { detectEncoding, decodeText, isAscii } from '../util/text-encoding';
import { baseName, extension } from '../util/names';
import { readDbf } from './dbf-reader';
import { isShapefileMain } from './detect-format';
import type { RawLayer } from './finalize-layer';

const PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg', 'kml']);

/** fflate decodes names without the zip UTF-8 flag as Latin-1; Chinese Windows zips them in GBK. */
function fixZipName(name: string): string {
  if (![...name].some((c) => c.charCodeAt(0) > 0x7f) || [...name].some((c) => c.charCodeAt(0) > 0xff)) return name;
  const bytes = Uint8Array.from([...name].map((c) => c.charCodeAt(0)));
  return isAscii(bytes) ? name : decodeText(bytes, detectEncoding(bytes).name);
}

/** Unzips only the parts we read, refusing archives that would inflate beyond the limit. */
export function unzipParts(bytes: Uint8Array, fileName: string, maxBytes = SIZE_LIMITS.zipUncompressed): Map<string, Uint8Array> {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        const wanted = !/(^|\/)(__MACOSX\/|\._)/.test(f.name) && PARTS.has(extension(f.name));
        if (wanted) total += f.originalSize;
        return wanted;
      },
    });
  } catch (e) {
    throw new TruncatedFileError('ZIP', { zh: `压缩包无法解压（${(e as Error).message}）`, en: `the zip cannot be unpacked (${(e as Error).message})` }, { cause: e });
  }
  if (total > maxBytes) {
    throw new FileTooLargeError(fileName, total, maxBytes, { zh: '压缩包解压后太大，请只打包需要的图层。', en: 'The zip inflates to too much data; zip only the layers you need.' });
  }
  return new Map(Object.entries(entries).map(([k, v]) => [fixZipName(k), v]));
}

interface ShapefileGroup {
  name: string;
  shp?: Uint8Array;
  shx?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

function groupParts(files: Map<string, Uint8Array>): ShapefileGroup[] {
  const groups = new Map<string, ShapefileGroup>();
  for (const [path, data] of files) {
    const ext = extension(path) as keyof ShapefileGroup;
    const key = path.slice(0, path.length - ext.length - 1).toLowerCase();
    const g = groups.get(key) ?? { name: baseName(path) };
    g[ext] = data as never;
    groups.set(key, g);
  }
  return [...groups.values()];
}

function readGeometries(shp: Uint8Array, name: string) {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (shp.length < 100 || !isShapefileMain(shp)) throw new MalformedFileError('SHP', { zh: `${name}.shp 不是有效的 Shapefile`, en: `${name}.shp is not a valid shapefile` });
  const declaredLength = view.getInt32(24, false) * 2;
  const shapeType = view.getInt32(32, true);
  if (![0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28].includes(shapeType)) {
    throw new UnsupportedGeometryError([shapeType === 31 ? 'MultiPatch' : `shape type ${shapeType}`]);
  }
  let geometries: ReturnType<typeof parseShp>;
  try {
    geometries = parseShp(shp.slice());
  } catch (e) {
    throw new MalformedFileError('SHP', { zh: `${name}.shp 无法读取（${(e as Error).message}）`, en: `${name}.shp cannot be read (${(e as Error).message})` }, { cause: e });
  }
  if (shp.length < declaredLength) {
    throw new TruncatedFileError('SHP', { zh: `${name}.shp 只有 ${geometries.length} 个完整几何`, en: `${name}.shp holds only ${geometries.length} complete shape(s)` }, { details: { completeFeatures: geometries.length } });
  }
  return geometries;
}

/**
 * Parses a zipped Shapefile (one raw layer per .shp in the zip). Also takes
 * a bare .shp or .dbf only to explain that the other parts are needed.
 */
export function parseShapefileZip(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): RawLayer[] {
  const ext = extension(fileName);
  if (ext === 'shp' || ext === 'dbf' || isShapefileMain(bytes)) {
    const missing = ['.shp', '.shx', '.dbf', '.prj'].filter((p) => p !== `.${ext}`);
    throw new MissingShapefilePartError(baseName(fileName), missing);
  }
  const groups = groupParts(unzipParts(bytes, fileName, options.maxBytes ? Math.max(options.maxBytes, SIZE_LIMITS.zipUncompressed) : undefined));
  const withShp = groups.filter((g) => g.shp);
  if (withShp.length === 0) {
    const orphan = groups.find((g) => g.dbf || g.shx || g.prj);
    if (orphan) throw new MissingShapefilePartError(orphan.name, ['.shp']);
    throw new UnsupportedFormatError(fileName, { details: { reason: 'zip-without-shapefile' } });
  }
  return withShp.map((g) => {
    if (!g.dbf) throw new MissingShapefilePartError(g.name, ['.dbf']);
    const warnings: IoWarning[] = [];
    if (!g.shx) warnings.push({ code: 'SHX_MISSING', text: { zh: `${g.name}.shx 缺失；几何仍可读取，但其他软件可能打不开这个 Shapefile。`, en: `${g.name}.shx is missing; the shapes were still read, but other software may refuse this Shapefile.` } });
    const geometries = readGeometries(g.shp!, g.name);
    const stats = newSanitizeStats();
    const cpg = g.cpg ? new TextDecoder().decode(g.cpg) : undefined;
    const table = readDbf(g.dbf, { encoding: options.encoding, cpg, stats });
    warnings.push(...table.warnings);
    if (table.records.length !== geometries.length) {
      warnings.push({ code: 'SHP_DBF_COUNT_MISMATCH', text: { zh: `${g.name}：几何 ${geometries.length} 个，属性记录 ${table.records.length} 条，数量不一致。`, en: `${g.name}: ${geometries.length} shapes but ${table.records.length} attribute records.` } });
    }
    if (stats.droppedKeys.size) warnings.push({ code: 'UNSAFE_KEYS_DROPPED', text: { zh: `删除了不安全的字段：${[...stats.droppedKeys].join('、')}。`, en: `Unsafe fields were dropped: ${[...stats.droppedKeys].join(', ')}.` } });
    const n = Math.max(geometries.length, table.records.length);
    const features = Array.from({ length: n }, (_, i) => ({ type: 'Feature', geometry: geometries[i] ?? null, properties: table.records[i] ?? {} }));
    const wkt = g.prj ? new TextDecoder().decode(g.prj).trim() : '';
    const match = wkt ? wktToCrs(wkt) : null;
    if (!wkt) warnings.push({ code: 'PRJ_MISSING', text: { zh: `${g.name}.prj 缺失，坐标系由坐标数值推断。`, en: `${g.name}.prj is missing; the CRS was inferred from the coordinate values.` } });
    return {
      name: g.name,
      format: 'shapefile',
      features,
      declared: match ? { crs: match.crs, source: match.source, wkt, custom: match.custom } : null,
      unrecognisedCrs: wkt && !match ? { what: { zh: `.prj 中的“${wkt.slice(0, 80)}”`, en: `"${wkt.slice(0, 80)}" in the .prj` }, wkt } : undefined,
      encoding: { name: table.encoding.name, source: table.encoding.source },
      warnings,
    } satisfies RawLayer;
  });
}
