/**
 * The common second half of every import: clean the features, settle the
 * source CRS (option > file > format default > detection), run the sanity
 * checks, convert to WGS84, check validity and optionally repair.
 * Every `featureIndexes` / `featureIndex` it reports is the position of the
 * feature in the source file (0-based), so the user can find it there.
 */
import type { Geometry, Position } from 'geojson';
import { describeProjected, extentWarning, isSurveyAxisOrder, isSwappedLatLon, looksGeographic, LUSHI_BBOX, LUSHI_NAME, suggestProjectedCrs } from '../checks/coordinates';
import { invalidGeometryWarning, validateFeatures } from '../checks/geometry-validate';
import { normalizeFeatures } from '../checks/geometry-types';
import { repairFeatureCollection } from '../checks/repair';
import { offsetHintFrom } from '../crs/offset-hint';
import { landClassField } from './field-hints';
import { getCrs, type CrsInfo } from '../crs/registry';
import { eachPosition, mapGeometry, toWgs84Fn } from '../crs/transform';
import { CrsMismatchError, CrsUnknownError, EmptyFileError, LooksProjectedError, MalformedFileError, SwappedAxesError, throwIfAborted, UnsupportedGeometryError } from '../errors';
import type { AnyFeature, BBox, CrsSource, I18nText, ImportedLayer, ImportOptions, IoWarning, RepairRecord, WgsFeatureCollection } from '../types';

/** CRS information found in the file itself. */
export interface DeclaredCrs {
  crs: CrsInfo;
  source: CrsSource;
  wkt?: string;
  /** Set when the CRS was built from unusual parameters. */
  custom?: I18nText;
}

/** What a format parser hands to `finalizeLayer`. */
export interface RawLayer {
  name: string;
  format: ImportedLayer['format'];
  features: unknown[];
  declared?: DeclaredCrs | null;
  /** The file names a CRS that could not be recognised. */
  unrecognisedCrs?: { what: I18nText; wkt?: string };
  /** The format defines its CRS (GeoJSON, KML, GPX are WGS84 by specification). */
  formatDefault?: boolean;
  encoding: ImportedLayer['encoding'];
  warnings?: IoWarning[];
  /** Free texts (document names, descriptions) to look at for Amap/Baidu traces. */
  hintTexts?: string[];
}

/** Bounding box of all finite positions, or null. */
export function bboxOfFeatures(features: AnyFeature[]): BBox | null {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    eachPosition(f.geometry, (p) => {
      if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return;
      if (p[0] < b[0]) b[0] = p[0];
      if (p[1] < b[1]) b[1] = p[1];
      if (p[0] > b[2]) b[2] = p[0];
      if (p[1] > b[3]) b[3] = p[1];
    });
  }
  return b[0] === Infinity ? null : b;
}

const swapPos = (p: Position): Position => [p[1], p[0], ...p.slice(2)];
const swapAll = (features: AnyFeature[]) => features.map((f) => ({ ...f, geometry: mapGeometry(f.geometry, swapPos) }));

function resolveCrs(raw: RawLayer, options: ImportOptions, bbox: BBox, reference: BBox | null): { crs: CrsInfo; source: CrsSource; warnings: IoWarning[] } {
  const warnings: IoWarning[] = [];
  let crs: CrsInfo | undefined;
  let source: CrsSource | undefined;
  if (options.crs !== undefined) {
    crs = getCrs(options.crs);
    if (!crs) throw new CrsUnknownError({ zh: `不支持的坐标系代码 ${options.crs}`, en: `unsupported CRS code ${options.crs}` });
    source = 'option';
  } else if (raw.declared) {
    ({ crs, source } = raw.declared);
  } else if (raw.unrecognisedCrs) {
    const best = looksGeographic(bbox) ? undefined : suggestProjectedCrs(bbox, reference)[0];
    throw new CrsUnknownError(raw.unrecognisedCrs.what, { retryWith: best ? { crs: best.crs.id } : undefined, details: { wkt: raw.unrecognisedCrs.wkt } });
  }
  const geographicValues = looksGeographic(bbox);
  if (!crs || crs.kind !== 'projected') {
    if (isSwappedLatLon(bbox, reference)) {
      throw new SwappedAxesError({
        zh: `坐标的第一个数在 ${bbox[0].toFixed(2)}–${bbox[2].toFixed(2)}，第二个数在 ${bbox[1].toFixed(2)}–${bbox[3].toFixed(2)}：看起来纬度写在了经度前面。`,
        en: `The first numbers run ${bbox[0].toFixed(2)}–${bbox[2].toFixed(2)} and the second ${bbox[1].toFixed(2)}–${bbox[3].toFixed(2)}: latitude seems to come before longitude.`,
      }, { details: { bbox } });
    }
    if (!geographicValues) {
      const suggestions = suggestProjectedCrs(bbox, reference);
      const best = suggestions[0];
      const what = describeProjected(bbox);
      const choose: I18nText = best
        ? { zh: `请选择坐标系，例如 ${best.crs.id}（${best.crs.name.zh}）。`, en: `Choose a CRS such as ${best.crs.id} (${best.crs.name.en}).` }
        : { zh: '请手动选择数据的投影坐标系。', en: 'Choose the projected CRS of the data by hand.' };
      throw new LooksProjectedError({ zh: `${what.zh}。`, en: `${what.en[0].toUpperCase()}${what.en.slice(1)}.` }, choose, {
        retryWith: best ? { crs: best.crs.id } : undefined,
        details: { bbox, suggestions: suggestions.map((s) => ({ crs: s.crs.id, name: s.crs.name, center: s.center, distanceKm: Math.round(s.distanceKm) })) },
      });
    }
    if (!crs) {
      crs = getCrs(4326)!;
      source = raw.formatDefault ? 'format-default' : 'assumed-wgs84';
      if (!raw.formatDefault) {
        warnings.push({ code: 'CRS_ASSUMED_WGS84', text: { zh: '文件没有说明坐标系；坐标是经纬度，已按 WGS 84 处理。如来自高德/百度地图，请选择 GCJ-02/BD-09。', en: 'The file names no CRS; the coordinates are degrees and were read as WGS 84. If they come from Amap/Baidu, choose GCJ-02/BD-09.' } });
      }
    }
  } else if (geographicValues) {
    throw new CrsMismatchError(
      { zh: `坐标系是投影坐标（${crs.name.zh}），但坐标看起来是经纬度。`, en: `The CRS is projected (${crs.name.en}) but the coordinates look like degrees.` },
      { zh: '请改选 WGS 84（EPSG:4326）或 CGCS2000（EPSG:4490）。', en: 'Choose WGS 84 (EPSG:4326) or CGCS2000 (EPSG:4490) instead.' },
      { retryWith: { crs: 'EPSG:4326' }, details: { bbox, crs: crs.id } });
  }
  if (crs.approximateDatum) {
    warnings.push({ code: 'DATUM_APPROXIMATE', text: { zh: `${crs.name.zh} 到 WGS 84 的转换只是近似的（误差可达数十米）。精确套合需要当地的七参数。`, en: `The conversion from ${crs.name.en} to WGS 84 is approximate (errors up to tens of metres). Exact alignment needs local 7-parameter transformation values.` } });
  }
  if (raw.declared?.custom && source !== 'option') warnings.push({ code: 'CRS_CUSTOM', text: raw.declared.custom });
  return { crs, source: source!, warnings };
}

/** Turns parsed features into an `ImportedLayer` in WGS84 (see module doc). Throws named `ImportError`s. */
export function finalizeLayer(raw: RawLayer, options: ImportOptions = {}): ImportedLayer {
  throwIfAborted(options.signal);
  options.onProgress?.({ phase: 'checking', features: raw.features.length });
  if (raw.features.length === 0) throw new EmptyFileError(raw.name);
  const normalized = normalizeFeatures(raw.features);
  const warnings: IoWarning[] = [...(raw.warnings ?? []), ...normalized.warnings];
  if (normalized.features.length === 0) {
    if (normalized.unsupportedTypes.length) throw new UnsupportedGeometryError(normalized.unsupportedTypes);
    throw new EmptyFileError(raw.name, { details: { reason: 'no-geometry' } });
  }
  const src = (i: number) => normalized.sourceIndex[i];
  let features = normalized.features;
  if (options.swapXY) {
    features = swapAll(features);
    warnings.push({ code: 'AXES_SWAPPED', text: { zh: '已按要求交换 X/Y。', en: 'X and Y were swapped as requested.' } });
  }
  let bbox = bboxOfFeatures(features);
  if (!bbox) throw new MalformedFileError(raw.format, { zh: '没有任何有效坐标', en: 'no valid coordinates' });
  if (!looksGeographic(bbox) && isSurveyAxisOrder(bbox)) {
    features = swapAll(features);
    bbox = [bbox[1], bbox[0], bbox[3], bbox[2]];
    warnings.push({ code: 'SURVEY_AXIS_ORDER', text: { zh: '坐标按测量习惯 X=北、Y=东 排列，已自动交换为 东、北。', en: 'Coordinates were in surveying order (X = north, Y = east) and were swapped to east, north.' } });
  }
  const reference = options.referenceBbox === undefined ? LUSHI_BBOX : options.referenceBbox;
  const resolved = resolveCrs(raw, options, bbox, reference);
  warnings.push(...resolved.warnings);
  const { crs } = resolved;

  const fn = toWgs84Fn(crs);
  let fc: WgsFeatureCollection = { type: 'FeatureCollection', features: features.map((f) => ({ ...f, geometry: mapGeometry(f.geometry, fn) as Geometry })) };
  const wgsBbox = bboxOfFeatures(fc.features);
  if (!wgsBbox || !looksGeographic(wgsBbox)) {
    throw new CrsMismatchError(
      { zh: `按 ${crs.id} 转换后坐标超出了地球范围。`, en: `Converting from ${crs.id} gives coordinates off the globe.` },
      { zh: '坐标系很可能选错了，请换一个。', en: 'The CRS is most likely wrong; choose another.' }, { details: { crs: crs.id } });
  }
  const outside = extentWarning(wgsBbox, reference, options.referenceName ?? LUSHI_NAME);
  if (outside) warnings.push(outside);

  const fields: string[] = [];
  const seen = new Set<string>();
  for (const f of fc.features) for (const k of Object.keys(f.properties ?? {})) if (!seen.has(k)) { seen.add(k); fields.push(k); }
  const offsetHint = crs.kind === 'offset' || raw.format === 'shapefile' || raw.format === 'flatgeobuf' ? undefined : offsetHintFrom(fields, raw.hintTexts);

  const problems = validateFeatures(fc).map((p) => ({ ...p, featureIndex: src(p.featureIndex) }));
  let repairs: RepairRecord[] = [];
  if (problems.length && options.repair) {
    const repaired = repairFeatureCollection(fc);
    fc = repaired.featureCollection;
    repairs = repaired.repairs.map((r) => ({ ...r, featureIndex: src(r.featureIndex) }));
  } else {
    const w = invalidGeometryWarning(problems);
    if (w) warnings.push(w);
  }
  if (fc.features.length === 0) throw new EmptyFileError(raw.name, { details: { reason: 'all-dropped-by-repair' } });

  return {
    name: options.layerName ?? raw.name,
    format: raw.format,
    featureCollection: fc,
    sourceCrs: { id: crs.id, name: crs.name, source: resolved.source, approximateDatum: crs.approximateDatum, ...(raw.declared?.wkt ? { wkt: raw.declared.wkt } : {}) },
    encoding: raw.encoding,
    warnings,
    repairs,
    ...(offsetHint ? { offsetHint } : {}),
    bbox: bboxOfFeatures(fc.features),
    fields,
    ...(landClassField(fields) ? { landClassField: landClassField(fields) } : {}),
  };
}
