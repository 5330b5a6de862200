/**
 * The map tools of workspace-B (`plan-toolbar`, `plan-compare`,
 * `plan-measure`, `plan-print`) that the shell mounts. A glob rather than
 * static imports, so the app builds whichever of them exist; defining the
 * element is each file's only side effect.
 */
import.meta.glob(
  ['../components/plan-toolbar.ts', '../components/plan-compare.ts', '../components/plan-measure.ts', '../components/plan-print.ts'],
  { eager: true },
);
