/**
 * Named errors of the import / export core.
 *
 * Every error carries a stable `code`, a bilingual `text` (what went wrong)
 * and a bilingual `hint` (what the user can do). `retryWith` holds import
 * options that would most likely succeed (for a one-click "try again with
 * EPSG:4525" button). `error.message` is the English text, for logs.
 */
import type { I18nText, ImportOptions } from './types';

/** Plain-data form of an `IoError`, for postMessage and logs. */
export interface SerializedIoError {
  name: string;
  code: string;
  text: I18nText;
  hint: I18nText;
  retryWith?: Partial<ImportOptions>;
  details?: Record<string, unknown>;
}

interface IoErrorInit {
  retryWith?: Partial<ImportOptions>;
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** Base class of every error thrown by `src/io`. */
export class IoError extends Error {
  override name = 'IoError';
  readonly code: string;
  readonly text: I18nText;
  readonly hint: I18nText;
  readonly retryWith?: Partial<ImportOptions>;
  readonly details?: Record<string, unknown>;

  constructor(code: string, text: I18nText, hint: I18nText, init: IoErrorInit = {}) {
    super(text.en, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.text = text;
    this.hint = hint;
    this.retryWith = init.retryWith;
    this.details = init.details;
  }

  /** Plain data for postMessage / logging. */
  toJSON(): SerializedIoError {
    return { name: this.name, code: this.code, text: this.text, hint: this.hint, retryWith: this.retryWith, details: this.details };
  }
}

/** Anything that stops an import. Nothing has been applied when it is thrown. */
export class ImportError extends IoError {
  override name = 'ImportError';
}

export class EmptyFileError extends ImportError {
  override name = 'EmptyFileError';
  constructor(fileName: string, init?: IoErrorInit) {
    super('EMPTY_FILE',
      { zh: `文件“${fileName}”是空的，或不含任何要素。`, en: `The file "${fileName}" is empty or contains no features.` },
      { zh: '请检查导出时是否选中了要素，然后重新导出。', en: 'Check that features were selected when the file was exported, then export it again.' }, init);
  }
}

export class UnsupportedFormatError extends ImportError {
  override name = 'UnsupportedFormatError';
  constructor(fileName: string, init?: IoErrorInit) {
    super('UNSUPPORTED_FORMAT',
      { zh: `无法识别文件“${fileName}”的格式。`, en: `The format of "${fileName}" is not recognised.` },
      { zh: '支持 GeoJSON、FlatGeobuf、压缩的 Shapefile（.zip，含 .shp/.shx/.dbf/.prj）、KML、GPX 和 CSV/TSV。', en: 'Supported: GeoJSON, FlatGeobuf, zipped Shapefile (.zip with .shp/.shx/.dbf/.prj), KML, GPX and CSV/TSV.' }, init);
  }
}

export class MalformedFileError extends ImportError {
  override name = 'MalformedFileError';
  constructor(format: string, problem: I18nText, init?: IoErrorInit) {
    super('MALFORMED_FILE',
      { zh: `${format} 文件内容有误：${problem.zh}`, en: `The ${format} file is malformed: ${problem.en}` },
      { zh: '文件可能已损坏或不完整，请从原软件重新导出。', en: 'The file may be damaged or incomplete; export it again from the original software.' }, init);
  }
}

export class TruncatedFileError extends ImportError {
  override name = 'TruncatedFileError';
  constructor(format: string, problem: I18nText, init?: IoErrorInit) {
    super('TRUNCATED_FILE',
      { zh: `${format} 文件不完整（被截断）：${problem.zh}`, en: `The ${format} file is truncated: ${problem.en}` },
      { zh: '下载或复制可能中断了，请重新获取完整文件。', en: 'The download or copy was probably interrupted; fetch the complete file again.' }, init);
  }
}

export class MissingShapefilePartError extends ImportError {
  override name = 'MissingShapefilePartError';
  constructor(layer: string, missing: string[], init?: IoErrorInit) {
    super('MISSING_SHAPEFILE_PART',
      { zh: `Shapefile“${layer}”缺少 ${missing.join('、')} 文件。`, en: `The Shapefile "${layer}" is missing its ${missing.join(', ')} file.` },
      { zh: '请把同名的 .shp、.shx、.dbf、.prj（及 .cpg）一起压缩成一个 .zip 再导入。', en: 'Zip the .shp, .shx, .dbf, .prj (and .cpg) files of the same name together and import the .zip.' },
      { ...init, details: { ...init?.details, missing } });
  }
}

export class CrsUnknownError extends ImportError {
  override name = 'CrsUnknownError';
  constructor(what: I18nText, init?: IoErrorInit) {
    super('CRS_UNKNOWN',
      { zh: `无法识别坐标系：${what.zh}`, en: `Unknown coordinate reference system: ${what.en}` },
      { zh: '请在导入时手动选择坐标系（例如 CGCS2000 3度带 中央经线111°E：EPSG:4546）。', en: 'Choose the coordinate system by hand when importing (e.g. CGCS2000 3-degree GK CM 111E: EPSG:4546).' }, init);
  }
}

export class LooksProjectedError extends ImportError {
  override name = 'LooksProjectedError';
  constructor(text: I18nText, hint: I18nText, init?: IoErrorInit) {
    super('LOOKS_PROJECTED', text, hint, init);
  }
}

export class CrsMismatchError extends ImportError {
  override name = 'CrsMismatchError';
  constructor(text: I18nText, hint: I18nText, init?: IoErrorInit) {
    super('CRS_MISMATCH', text, hint, init);
  }
}

export class SwappedAxesError extends ImportError {
  override name = 'SwappedAxesError';
  constructor(text: I18nText, init?: IoErrorInit) {
    super('AXES_SWAPPED', text,
      { zh: '经纬度顺序似乎颠倒了（纬度在前）。请选择“交换 X/Y”后重新导入。', en: 'Latitude and longitude seem to be in the wrong order. Re-import with "swap X/Y".' },
      { ...init, retryWith: { swapXY: true, ...init?.retryWith } });
  }
}

export class FileTooLargeError extends ImportError {
  override name = 'FileTooLargeError';
  constructor(fileName: string, bytes: number, limit: number, hint: I18nText, init?: IoErrorInit) {
    const mb = (n: number) => (n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0);
    super('FILE_TOO_LARGE',
      { zh: `文件“${fileName}”有 ${mb(bytes)} MB，超过浏览器中的上限 ${mb(limit)} MB。`, en: `"${fileName}" is ${mb(bytes)} MB, above the ${mb(limit)} MB limit for the browser.` },
      hint, { ...init, details: { ...init?.details, bytes, limit } });
  }
}

export class UnsupportedGeometryError extends ImportError {
  override name = 'UnsupportedGeometryError';
  constructor(types: string[], init?: IoErrorInit) {
    super('UNSUPPORTED_GEOMETRY',
      { zh: `没有可用的几何：只包含不支持的类型（${types.join('、')}）。`, en: `No usable geometry: only unsupported types (${types.join(', ')}).` },
      { zh: '请在 GIS 软件中把几何集合拆分为点、线或面后再导入。', en: 'Split geometry collections into points, lines or polygons in a GIS, then import again.' }, init);
  }
}

export class CsvColumnsError extends ImportError {
  override name = 'CsvColumnsError';
  constructor(text: I18nText, headers: string[], init?: IoErrorInit) {
    super('CSV_COLUMNS', text,
      { zh: '请手动选择经度（X）列和纬度（Y）列。', en: 'Pick the longitude (X) and latitude (Y) columns by hand.' },
      { ...init, details: { ...init?.details, headers } });
  }
}

export class ImportCancelledError extends ImportError {
  override name = 'ImportCancelledError';
  constructor(init?: IoErrorInit) {
    super('CANCELLED', { zh: '导入已取消。', en: 'The import was cancelled.' }, { zh: '没有任何图层被更改。', en: 'No layer was changed.' }, init);
  }
}

/** Remote source problems: bad URL, HTTP status, CORS. */
export class RemoteSourceError extends ImportError {
  override name = 'RemoteSourceError';
}

/** Export problems (unsupported CRS, nothing to export, …). */
export class ExportError extends IoError {
  override name = 'ExportError';
}

/** A project file that cannot be applied. `details.problems` lists every problem. */
export class ProjectFileError extends IoError {
  override name = 'ProjectFileError';
}

/** IndexedDB problems (storage full, blocked, unavailable). */
export class StorageError extends IoError {
  override name = 'StorageError';
}

/** Throws `ImportCancelledError` when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelledError();
}

const CLASSES: Record<string, new (...args: never[]) => IoError> = {
  ImportError, EmptyFileError, UnsupportedFormatError, MalformedFileError, TruncatedFileError,
  MissingShapefilePartError, CrsUnknownError, LooksProjectedError, CrsMismatchError, SwappedAxesError,
  FileTooLargeError, UnsupportedGeometryError, CsvColumnsError, ImportCancelledError, RemoteSourceError,
  ExportError, ProjectFileError, StorageError,
};

/** Rebuilds a thrown error (same class, code, texts) from its `toJSON()` form, e.g. after postMessage. */
export function errorFromJSON(data: SerializedIoError): IoError {
  const Ctor = (CLASSES[data.name] ?? IoError) as unknown as { prototype: IoError };
  const error = Object.create(Ctor.prototype) as IoError;
  const base = new IoError(data.code, data.text, data.hint, { retryWith: data.retryWith, details: data.details });
  Object.assign(error, base, { name: data.name, message: data.text.en, stack: base.stack });
  return error;
}

/** Turns anything thrown by a parser into an `ImportError` (so the UI never sees a raw crash). */
export function asImportError(error: unknown, format: string): ImportError {
  if (error instanceof ImportError) return error;
  if (error instanceof Error && error.name === 'AbortError') return new ImportCancelledError({ cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new MalformedFileError(format, { zh: message, en: message }, { cause: error });
}
