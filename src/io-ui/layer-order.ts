/**
 * The draw order of the planner's own layers (imports, sketches, results),
 * kept with the project: the panel lets users reorder them, and a reload or
 * a project opened elsewhere must not undo that. Plan layers keep the
 * manifest's order, so only run-time layers are stored.
 */
import type { JsonValue } from '../io/project/schema';
import type { MapController } from '../map/map-controller';

/** Project setting holding the run-time layer ids, bottom first. */
export const ORDER_SETTINGS_KEY = 'layerOrder';

/** Run-time layer ids in their current draw order, bottom first. */
export function userLayerOrder(controller: MapController): string[] {
  return controller.state?.order.filter((id) => controller.userLayers.has(id)) ?? [];
}

/**
 * Puts the run-time layers named in a stored order back in that order, on top
 * of the others (where run-time layers are added anyway). Unknown ids and
 * non-string values are skipped: the setting comes from a file.
 */
export function restoreUserLayerOrder(controller: MapController, saved: JsonValue | undefined): void {
  if (!Array.isArray(saved)) return;
  for (const id of saved) {
    if (typeof id === 'string' && controller.userLayers.has(id)) controller.moveLayerBefore(id, undefined);
  }
}
