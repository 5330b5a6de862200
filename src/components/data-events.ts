/**
 * Events of the data tools (import, export, sketches, styles, projects).
 * All bubble and are composed, like the other workspace events.
 */
import type { UserLayerStyle } from '../io/project/schema';

/** Which data panel is open (`null`: none). */
export type DataPanel = 'import' | 'export' | 'sketch' | 'project' | 'style';

/** `plan-data-panel`: a data panel was opened or closed. */
export interface PlanDataPanelDetail {
  panel: DataPanel | null;
}

/** `plan-open-style` / `plan-open-export`: a component asks the data tools to open the style editor or export for a layer. */
export interface PlanLayerRequestDetail {
  layerId: string;
}

/** `plan-import-done`: an import succeeded; the layers are on the map. */
export interface PlanImportDoneDetail {
  name: string;
  layerIds: string[];
  rasterId?: string;
}

/** `plan-import-error`: an import failed; nothing on the map changed. */
export interface PlanImportErrorDetail {
  name: string;
  code: string;
}

/** `plan-export-done`: files were handed to the browser's download. */
export interface PlanExportDoneDetail {
  layerId: string;
  files: string[];
}

/** `plan-style-change`: the user restyled a layer. */
export interface PlanStyleChangeDetail {
  layerId: string;
  style: UserLayerStyle;
}

/** `plan-sketch-change`: sketches were added, edited or deleted. */
export interface PlanSketchChangeDetail {
  count: number;
}

/** `plan-project-change`: a project file was applied (`imported`) or saved (`exported`). */
export interface PlanProjectChangeDetail {
  action: 'imported' | 'exported';
  layers: number;
}

/** `plan-crs-change`: a CRS was picked. */
export interface PlanCrsChangeDetail {
  id: string;
}

declare global {
  interface HTMLElementEventMap {
    'plan-data-panel': CustomEvent<PlanDataPanelDetail>;
    'plan-open-style': CustomEvent<PlanLayerRequestDetail>;
    'plan-open-export': CustomEvent<PlanLayerRequestDetail>;
    'plan-import-done': CustomEvent<PlanImportDoneDetail>;
    'plan-import-error': CustomEvent<PlanImportErrorDetail>;
    'plan-export-done': CustomEvent<PlanExportDoneDetail>;
    'plan-style-change': CustomEvent<PlanStyleChangeDetail>;
    'plan-sketch-change': CustomEvent<PlanSketchChangeDetail>;
    'plan-project-change': CustomEvent<PlanProjectChangeDetail>;
    'plan-crs-change': CustomEvent<PlanCrsChangeDetail>;
  }
}
