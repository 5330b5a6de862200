/**
 * Events of the map tools (`plan-toolbar`, `plan-compare`, `plan-measure`,
 * `plan-print`). All bubble and are composed; fire them with `fire()` from
 * ./workspace-events.
 */

/** A tool the toolbar opens; `null` when none is open. */
export type ToolId = 'distance' | 'area' | 'compare' | 'print';
export const TOOL_IDS: readonly ToolId[] = ['distance', 'area', 'compare', 'print'];

export type CompareMode = 'swipe' | 'side';

/** `plan-tool-change`: the user opened or closed a tool (or changed the compare mode) in the toolbar. */
export interface PlanToolChangeDetail {
  tool: ToolId | null;
  /** The compare mode chosen in the toolbar; applies when `tool` is `compare`. */
  compareMode: CompareMode;
}

/** `plan-tool-close`: the user closed a tool from inside it (its close button). */
export interface PlanToolCloseDetail {
  tool: ToolId;
}

/** `plan-compare-change`: the user switched the compare mode or moved the swipe divider. */
export interface PlanCompareChangeDetail {
  mode: CompareMode;
  /** Divider position, 0–100 (% of the width from the left). */
  position: number;
}

/** `plan-compare-view`: the compared maps moved (user pan/zoom); lets the app carry the view back. */
export interface PlanCompareViewDetail {
  center: [number, number];
  zoom: number;
  bearing: number;
}

/** `plan-measure-mode`: the user switched between distance and area inside the measure panel. */
export interface PlanMeasureModeDetail {
  mode: 'distance' | 'area';
}

/** `plan-measure-finish`: a measurement was finished (double-click, Enter or the Finish button). */
export interface PlanMeasureFinishDetail {
  mode: 'distance' | 'area';
  points: [number, number][];
  segments: number[];
  length_m: number;
  area_m2: number;
}

/** `plan-print-done`: a PNG was composed (and downloaded or printed). */
export interface PlanPrintDoneDetail {
  fileName: string;
  width: number;
  height: number;
  action: 'png' | 'print';
}

export function isToolId(v: unknown): v is ToolId {
  return typeof v === 'string' && (TOOL_IDS as readonly string[]).includes(v);
}

export function isCompareMode(v: unknown): v is CompareMode {
  return v === 'swipe' || v === 'side';
}

declare global {
  interface HTMLElementEventMap {
    'plan-tool-change': CustomEvent<PlanToolChangeDetail>;
    'plan-tool-close': CustomEvent<PlanToolCloseDetail>;
    'plan-compare-change': CustomEvent<PlanCompareChangeDetail>;
    'plan-compare-view': CustomEvent<PlanCompareViewDetail>;
    'plan-measure-mode': CustomEvent<PlanMeasureModeDetail>;
    'plan-measure-finish': CustomEvent<PlanMeasureFinishDetail>;
    'plan-print-done': CustomEvent<PlanPrintDoneDetail>;
  }
}
