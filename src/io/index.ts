/**
 * Public API of the import / export core. See src/io/README.md.
 * The UI imports from here; modules inside `src/io` import each other directly.
 */
export * from './types';
export * from './errors';
export { importFile, detectFormat } from './import/index';
export { importStream, type StreamSource } from './import/stream-import';
export { ImportWorkerClient, createImportWorkerClient, type ImportTask, type WorkerInput, type WorkerLike } from './import/worker-client';
export { detectCoordinateColumns } from './import/csv-columns';
export { landClassField } from './import/field-hints';
export { SIZE_LIMITS } from './checks/limits';
export { LUSHI_BBOX, LUSHI_NAME } from './checks/coordinates';
export { validateFeatures, invalidGeometryWarning, type FeatureProblem } from './checks/geometry-validate';
export { repairFeatureCollection, repairGeometry } from './checks/repair';
export { listCrs, getCrs, parseCrsId, cgcs2000ZoneForLon, type CrsInfo } from './crs/registry';
export { wktToCrs } from './crs/wkt-match';
export { crsToPrj } from './crs/wkt-write';
export { exportLayer, exportGeoJson, exportCsv, exportShapefile, writeFlatGeobuf, toCsv, toCsvString, isExportCrs, type ExportFormat, type ExportOptions, type CsvColumn } from './export/index';
export { fetchOgcFeatures, type OgcFeaturesOptions } from './remote/ogc-features';
export { importFromUrl } from './remote/url-import';
export { fetchFlatGeobufBbox } from './remote/flatgeobuf-bbox';
export { xyzSource, wmtsSource, wmsSource, rasterSourceFromUrl, type RasterDescriptor, type RasterSourceSpec } from './remote/raster';
export { validateHttpUrl } from './remote/url';
export { exportProject, importProject, PROJECT_MAX_BYTES } from './project/project-file';
export { ProjectStore } from './project/project-store';
export { validateProject, type ProjectProblem } from './project/validate';
export * from './project/schema';
