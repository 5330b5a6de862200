/** Shared loading for the layer tests: validates `layers/` once per test file. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature } from 'geojson';
import { readLayerFile } from '../../../scripts/read-layers';
import { validateAll, type ValidationResult } from '../../../src/manifest/validate-all';
import type { CatalogueEntry } from '../../../src/manifest/types';

let cached: Promise<ValidationResult> | undefined;

export function loadLayers(): Promise<ValidationResult> {
  cached ??= validateAll(readLayerFile);
  return cached;
}

export interface Mapped {
  layer: string;
  feature: Feature;
  props: Record<string, unknown>;
}

/** Every mapped feature with its layer id, and the catalogue entries by id. */
export async function elements(): Promise<{ mapped: Map<string, Mapped>; catalogue: Map<string, CatalogueEntry> }> {
  const { loaded } = await loadLayers();
  if (!loaded) throw new Error('layers/ could not be loaded');
  const mapped = new Map<string, Mapped>();
  for (const [layer, fc] of loaded.data) {
    for (const feature of fc.features) mapped.set(String(feature.properties!.id), { layer, feature, props: feature.properties! });
  }
  const catalogue = new Map(loaded.catalogue.entries.map((e) => [e.id, e]));
  return { mapped, catalogue };
}

/** Township seats from the reference file, by id without the `seat_` prefix. */
export function seats(): Map<string, [number, number]> {
  const fc = JSON.parse(readFileSync(resolve('layers/reference/township-seats.geojson'), 'utf8')) as {
    features: Array<{ properties: { id: string }; geometry: { coordinates: [number, number] } }>;
  };
  return new Map(fc.features.map((f) => [f.properties.id.replace(/^seat_/, ''), f.geometry.coordinates]));
}

/** `../shared/plan/inventory.md` seen from the project root (absent in some CI set-ups). */
export const INVENTORY = resolve('..', 'shared', 'plan', 'inventory.md');
export const hasInventory = existsSync(INVENTORY);
