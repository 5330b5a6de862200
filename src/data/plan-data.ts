import type { Catalogue, Manifest, ValidationError } from '../manifest/types';
import type { PlanText } from '../manifest/plan-text';

/** Everything the app knows about a plan once loaded: manifest, text, catalogue and layer data. */
export interface PlanData {
  manifest: Manifest;
  plan: PlanText;
  catalogue: Catalogue;
  /** Layer id → features (WGS84). */
  layers: Map<string, GeoJSON.FeatureCollection>;
  /** Where the data was read from (ends with `/`); tiles and FlatGeobuf files are resolved against it. */
  baseUrl: string;
}

/** Thrown when the manifest or catalogue fails validation; carries every problem. */
export class PlanDataError extends Error {
  override name = 'PlanDataError';
  constructor(
    message: string,
    readonly errors: ValidationError[] = [],
  ) {
    super(message);
  }
}

/** Progress of a load: how many of the files are in. */
export interface LoadProgress {
  loaded: number;
  total: number;
}
