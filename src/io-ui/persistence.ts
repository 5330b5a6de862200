/**
 * Nothing lost: keeps the planner's work (imported layers with their styles,
 * sketches, analysis results, raster overlays, settings, view) in IndexedDB
 * and puts it back on the map after a reload. Also keeps any other run-time
 * layer added through the controller (kept measurements, results of tools
 * that do not use `addResultLayer`) unless excluded.
 *
 * The app calls one line once its `<plan-map>` exists:
 * ```ts
 * bindPersistence(planMap.controller);
 * ```
 */
import { IoError, StorageError } from '../io/errors';
import { ProjectStore } from '../io/project/project-store';
import type { Project, ProjectView } from '../io/project/schema';
import type { MapController } from '../map/map-controller';
import { applyWorkState, capturedLayersOf, capturedToProject, layerToProject, projectToWork, resultToProject, sketchesToProject, workToProject, RASTER_SETTINGS_KEY, type CapturedLayer, type WorkState } from './project-io';
import { ORDER_SETTINGS_KEY, restoreUserLayerOrder, userLayerOrder } from './layer-order';
import { SKETCH_ID, workFor, type UserWork, type WorkChangeDetail, type WorkLayer } from './user-work';

export type PersistenceStatus = 'opening' | 'restoring' | 'saved' | 'saving' | 'error' | 'unavailable';

/** Live handle of the persistence of one map; fires `status` events. */
export class Persistence extends EventTarget {
  status: PersistenceStatus = 'opening';
  error?: IoError;
  store?: ProjectStore;
  /** Resolves once stored work is back on the map (or storage turned out unavailable). */
  readonly ready: Promise<void>;
  private readonly excluded = new Set<string>();
  private readonly captured = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private dirtyBeforeRestore = false;
  private restored = false;
  /** True while this object itself rewrites the work (restore, project import): no echo writes. */
  private applying = false;
  private changeTimer?: ReturnType<typeof setTimeout>;
  private viewTimer?: ReturnType<typeof setTimeout>;
  private readonly saved = new Map<string, string>();
  /** The run-time layer order last stored, ids joined by newlines. */
  private savedOrder = '';
  private readonly work: UserWork;

  constructor(readonly controller: MapController, opts: { dbName?: string; store?: ProjectStore } = {}) {
    super();
    this.work = workFor(controller);
    this.work.addEventListener('work-change', this.onWork);
    controller.addEventListener('change', this.onControllerChange);
    controller.addEventListener('view-change', this.onView);
    this.ready = this.start(opts);
  }

  /** Keeps a run-time layer out of storage (previews, temporary highlights). */
  exclude(layerId: string): void {
    this.excluded.add(layerId);
  }

  /** Resolves when every queued write has finished. */
  flush(): Promise<void> {
    return this.queue;
  }

  dispose(): void {
    this.work.removeEventListener('work-change', this.onWork);
    this.controller.removeEventListener('change', this.onControllerChange);
    this.controller.removeEventListener('view-change', this.onView);
    clearTimeout(this.changeTimer);
    clearTimeout(this.viewTimer);
  }

  /** Replaces what is stored with the current work in one transaction. */
  saveAll(): Promise<void> {
    return this.enqueue(async (store) => {
      await store.replaceProject(workToProject(this.work, { view: this.view(), captured: this.capturedLayers() }));
      this.rememberSaved();
    });
  }

  private async start(opts: { dbName?: string; store?: ProjectStore }): Promise<void> {
    try {
      this.store = opts.store ?? (await ProjectStore.open(opts.dbName));
    } catch (e) {
      this.fail(e, 'unavailable');
      return;
    }
    try {
      await this.controller.whenReady();
    } catch {
      return;
    }
    this.setStatus('restoring');
    try {
      const state = projectToWork(await this.store.loadProject());
      const current = this.work.layers();
      this.applying = true;
      this.work.replaceAll({
        layers: [...state.layers.filter((l) => !this.work.get(l.id)), ...current],
        sketches: [...state.sketches, ...this.work.sketches],
        sketchStyle: state.sketchStyle,
        rasters: [...state.rasters.filter((r) => !this.work.rasters.some((x) => x.id === r.id)), ...this.work.rasters],
        settings: { ...state.settings, ...this.work.settings },
      });
      this.applying = false;
      for (const c of state.captured) {
        if (this.controller.userLayers.has(c.spec.id)) continue;
        this.controller.addUserLayer({ ...c.spec, visible: c.visible }, c.fc);
        this.captured.set(c.spec.id, fingerprintCaptured(c));
      }
      restoreUserLayerOrder(this.controller, state.settings[ORDER_SETTINGS_KEY]);
      this.savedOrder = userLayerOrder(this.controller).join('\n');
      this.restored = true;
      this.rememberSaved();
      this.setStatus('saved');
      if (this.dirtyBeforeRestore) await this.saveAll();
    } catch (e) {
      this.applying = false;
      this.restored = true;
      this.fail(e);
    }
  }

  /**
   * Replaces all stored work with a validated project (one IndexedDB
   * transaction), then the map. If storing fails nothing changes.
   */
  async replaceWithProject(project: Project, state: WorkState): Promise<void> {
    await this.ready;
    if (this.store) {
      this.setStatus('saving');
      try {
        await this.store.replaceProject(project);
      } catch (e) {
        this.fail(e);
        throw this.error;
      }
    }
    this.applying = true;
    try {
      applyWorkState(this.controller, state, this.excluded);
    } finally {
      this.applying = false;
    }
    this.captured.clear();
    for (const c of state.captured) this.captured.set(c.spec.id, fingerprintCaptured(c));
    this.rememberSaved();
    this.setStatus('saved');
  }

  private onWork = (e: Event): void => {
    if (this.applying) return;
    if (!this.restored) {
      this.dirtyBeforeRestore = true;
      return;
    }
    const d = (e as CustomEvent<WorkChangeDetail>).detail;
    if (d.scope === 'all') void this.saveAll();
    else if (d.scope === 'layer' && d.id) this.saveLayer(d.id, d.removed);
    else if (d.scope === 'sketches') this.saveSketches();
    else this.saveSettings();
  };

  private saveLayer(id: string, removed?: boolean): void {
    const item = this.work.get(id);
    void this.enqueue(async (store) => {
      if (removed || !item) {
        await store.deleteLayer(id);
        await store.deleteResult(id);
        this.saved.delete(id);
        return;
      }
      const live = this.live(item);
      if (item.kind === 'layer') await store.saveLayer(layerToProject(live));
      else await store.saveResult(resultToProject(live));
      this.saved.set(id, fingerprint(live));
    });
  }

  private saveSketches(): void {
    void this.enqueue(async (store) => {
      const [sketch] = sketchesToProject(this.work);
      if (sketch) await store.saveSketch(sketch);
      else await store.deleteSketch(SKETCH_ID);
    });
  }

  private saveSettings(): void {
    const order = userLayerOrder(this.controller);
    this.savedOrder = order.join('\n');
    void this.enqueue((store) => store.saveSettings({ ...this.work.settings, [RASTER_SETTINGS_KEY]: this.work.rasters as never, [ORDER_SETTINGS_KEY]: order }));
  }

  /** Visibility/opacity changed in the layer panel, or someone else's layer appeared or went. */
  private onControllerChange = (): void => {
    if (!this.restored || this.status === 'unavailable') return;
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      for (const item of this.work.layers()) {
        if (this.saved.get(item.id) !== fingerprint(this.live(item))) this.saveLayer(item.id);
      }
      const now = new Map(this.capturedLayers().map((c) => [c.spec.id, c]));
      for (const [id, c] of now) {
        const print = fingerprintCaptured(c);
        if (this.captured.get(id) === print) continue;
        this.captured.set(id, print);
        void this.enqueue((store) => store.saveResult(capturedToProject(c)));
      }
      for (const id of [...this.captured.keys()]) {
        if (now.has(id)) continue;
        this.captured.delete(id);
        void this.enqueue((store) => store.deleteResult(id));
      }
      if (userLayerOrder(this.controller).join('\n') !== this.savedOrder) this.saveSettings();
    }, 400);
  };

  private onView = (): void => {
    if (!this.restored || this.status === 'unavailable') return;
    clearTimeout(this.viewTimer);
    this.viewTimer = setTimeout(() => {
      const view = this.view();
      if (view) void this.enqueue((store) => store.saveView(view));
    }, 1000);
  };

  /** The current map view, as stored in projects. */
  view(): ProjectView | undefined {
    const map = this.controller.map;
    if (!map) return undefined;
    const c = map.getCenter();
    return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch(), basemap: this.controller.basemapId };
  }

  /** Run-time layers someone else added through the controller, minus excluded ones. */
  capturedLayers(): CapturedLayer[] {
    return capturedLayersOf(this.controller, this.excluded);
  }

  private live(item: WorkLayer): WorkLayer {
    const s = this.controller.state?.get(item.id);
    return { ...item, visible: s?.visible ?? item.visible, style: { ...item.style, opacity: s?.opacity ?? item.style.opacity ?? 1 } };
  }

  private rememberSaved(): void {
    this.saved.clear();
    for (const item of this.work.layers()) this.saved.set(item.id, fingerprint(this.live(item)));
  }

  private enqueue(write: (store: ProjectStore) => Promise<void>): Promise<void> {
    const store = this.store;
    if (!store) return Promise.resolve();
    this.setStatus('saving');
    this.queue = this.queue.then(() => write(store)).then(
      () => this.setStatus('saved'),
      (e) => this.fail(e),
    );
    return this.queue;
  }

  private fail(e: unknown, status: PersistenceStatus = 'error'): void {
    this.error = e instanceof IoError ? e : new StorageError('STORAGE_FAILED',
      { zh: `浏览器存储出错（${e instanceof Error ? e.message : String(e)}）。`, en: `Browser storage failed (${e instanceof Error ? e.message : String(e)}).` },
      { zh: '请用“导出项目”备份你的工作。', en: 'Export the project to keep your work.' }, { cause: e });
    this.setStatus(status);
  }

  private setStatus(status: PersistenceStatus): void {
    if (status === 'saved' && this.status === 'error') return;
    this.status = status;
    this.dispatchEvent(new Event('status'));
  }
}

/** What decides whether a layer needs writing again (style, visibility, opacity, data identity). */
function fingerprint(l: WorkLayer): string {
  return JSON.stringify([l.name, l.visible, l.style, l.fc.features.length]);
}

const fcIds = new WeakMap<object, number>();
let nextFc = 1;
function fingerprintCaptured(c: CapturedLayer): string {
  if (!fcIds.has(c.fc)) fcIds.set(c.fc, nextFc++);
  return JSON.stringify([c.spec.style, c.spec.title, c.visible, fcIds.get(c.fc)]);
}

const handles = new WeakMap<MapController, Persistence>();

/**
 * Starts persistence for a map (once; later calls return the same handle).
 * @example bindPersistence(planMap.controller)
 */
export function bindPersistence(controller: MapController, opts: { dbName?: string; store?: ProjectStore } = {}): Persistence {
  let p = handles.get(controller);
  if (!p) {
    p = new Persistence(controller, opts);
    handles.set(controller, p);
  }
  return p;
}

/** The persistence bound to a map, if any. */
export function persistenceFor(controller: MapController | undefined): Persistence | undefined {
  return controller ? handles.get(controller) : undefined;
}
