/** What the form templates of the coverage panel read and call (implemented by the panel). */
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../../i18n/lang';
import type { LayerChoice } from './layer-choices';
import type { CoverageParams } from './params';
import type { PickMode } from './map-picker';

export interface FormHost {
  readonly lang: Lang;
  readonly params: CoverageParams;
  readonly choices: LayerChoice[];
  /** What map clicks do now. */
  readonly picking: PickMode | null;
  /** Vertices of the polygon being drawn. */
  readonly draft: ReadonlyArray<[number, number]>;
  /** The lines of the given road layers, merged. */
  roadData(ids: string[]): FeatureCollection;
  /** A road class value as the legend names it (e.g. national → 国道). */
  classLabel(ids: string[], value: string): string;
  /** Applies a change the user made (and tells listeners). */
  update(patch: Partial<CoverageParams>): void;
  startPicking(mode: PickMode): void;
  stopPicking(): void;
  addAtCentre(): void;
  removePlaced(index: number): void;
  finishDrawing(): void;
  undoVertex(): void;
}

/** Toggles `value` in a list. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  const rest = list.filter((x) => x !== value);
  return on ? [...rest, value] : rest;
}

/** A number from an input, or undefined when it is empty or not a number within [min, max]. */
export function inputNumber(e: Event, min: number, max: number): number | undefined {
  const v = (e.target as HTMLInputElement).valueAsNumber;
  return Number.isFinite(v) && v >= min && v <= max ? v : undefined;
}
