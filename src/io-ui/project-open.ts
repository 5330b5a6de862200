/**
 * Project files in and out of the browser. Opening is all-or-nothing: the
 * file is parsed and validated whole, then stored in IndexedDB in one
 * transaction, and only then put on the map; any error leaves the current
 * work exactly as it was.
 */
import { exportProject, importProject } from '../io/project/project-file';
import type { ProjectView } from '../io/project/schema';
import type { MapController } from '../map/map-controller';
import { persistenceFor } from './persistence';
import { applyWorkState, capturedLayersOf, projectToWork, workToProject } from './project-io';
import { workFor } from './user-work';

export interface OpenedProject {
  layers: number;
  sketches: number;
  results: number;
  droppedRasters: number;
}

function currentView(controller: MapController): ProjectView | undefined {
  const map = controller.map;
  if (!map) return undefined;
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch(), basemap: controller.basemapId };
}

/**
 * The planner's work as project file bytes (UTF-8 JSON).
 * @example downloadBlob(new Blob([projectFileBytes(ctrl)]), '项目.json')
 */
export function projectFileBytes(controller: MapController): Uint8Array {
  const p = persistenceFor(controller);
  const project = workToProject(workFor(controller), { view: currentView(controller), captured: p ? p.capturedLayers() : capturedLayersOf(controller) });
  return exportProject({ ...project, app: { name: 'lushi-plan-map', version: '0.1.0' } });
}

/**
 * Opens a project file in place of the current work. Throws
 * `ProjectFileError` (bad file) or `StorageError` (could not store) and then
 * changes nothing.
 */
export async function openProjectFile(controller: MapController, bytes: Uint8Array): Promise<OpenedProject> {
  const project = importProject(bytes);
  const state = projectToWork(project);
  const p = persistenceFor(controller);
  if (p) await p.replaceWithProject(project, state);
  else applyWorkState(controller, state);
  if (project.view && controller.map) controller.map.jumpTo({ center: project.view.center, zoom: project.view.zoom, bearing: project.view.bearing ?? 0, pitch: project.view.pitch ?? 0 });
  return { layers: project.layers.length, sketches: project.sketches.reduce((n, s) => n + s.featureCollection.features.length, 0), results: project.results.length, droppedRasters: state.droppedRasters };
}
