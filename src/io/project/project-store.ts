/**
 * IndexedDB persistence of the user's work (imported layers, sketches,
 * analysis results, view, settings) so that it survives reloads. Every
 * write is validated first and `replaceProject` swaps everything in one
 * transaction: it all lands or nothing changes.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { ProjectFileError, StorageError } from '../errors';
import { sanitizeValue } from '../util/safe-properties';
import { PROJECT_FORMAT, PROJECT_VERSION, type JsonValue, type Project, type ProjectLayer, type ProjectResult, type ProjectSketch, type ProjectView } from './schema';
import { validateProject } from './validate';

type Positioned<T> = T & { position: number };

interface PlanMapDB extends DBSchema {
  layers: { key: string; value: Positioned<ProjectLayer> };
  sketches: { key: string; value: Positioned<ProjectSketch> };
  results: { key: string; value: Positioned<ProjectResult> };
  meta: { key: string; value: { key: string; value: JsonValue } };
}

type ListStore = 'layers' | 'sketches' | 'results';
const STORES = ['layers', 'sketches', 'results', 'meta'] as const;

function storageError(e: unknown): Error {
  if (e instanceof ProjectFileError) return e;
  if (e instanceof Error && e.name === 'QuotaExceededError') {
    return new StorageError('STORAGE_FULL', { zh: '浏览器存储空间已满，最近的更改未保存。', en: 'Browser storage is full; the latest change was not saved.' },
      { zh: '请先“导出项目”备份，再删除不需要的图层或分析结果。', en: 'Export the project as a backup first, then delete unneeded layers or results.' }, { cause: e });
  }
  return new StorageError('STORAGE_FAILED', { zh: `浏览器存储出错（${e instanceof Error ? e.message : String(e)}）。`, en: `Browser storage failed (${e instanceof Error ? e.message : String(e)}).` },
    { zh: '请“导出项目”备份你的工作；隐私模式下浏览器可能不允许保存。', en: 'Export the project to keep your work; private browsing may not allow saving.' }, { cause: e });
}

/** Validates one item by wrapping it in a minimal project. */
function check(store: ListStore, item: unknown): void {
  const problems = validateProject({ format: PROJECT_FORMAT, version: PROJECT_VERSION, [store]: [item] });
  if (problems.length) {
    throw new ProjectFileError('ITEM_INVALID', { zh: `无法保存：${problems[0].path} ${problems[0].text.zh}`, en: `Cannot save: ${problems[0].path} ${problems[0].text.en}` },
      { zh: '数据没有被保存，已保存的内容不变。', en: 'Nothing was saved; stored work is unchanged.' }, { details: { problems } });
  }
}

const strip = <T>({ position: _p, ...rest }: Positioned<T>): T => rest as T;

export class ProjectStore {
  private constructor(private readonly db: IDBPDatabase<PlanMapDB>) {}

  /**
   * Opens (or creates) the database. Needs `indexedDB` (browsers; `fake-indexeddb` in Node tests).
   * @example const store = await ProjectStore.open();
   */
  static async open(name = 'lushi-plan-map'): Promise<ProjectStore> {
    try {
      const db = await openDB<PlanMapDB>(name, 1, {
        upgrade(d) {
          for (const s of ['layers', 'sketches', 'results'] as const) d.createObjectStore(s, { keyPath: 'id' });
          d.createObjectStore('meta', { keyPath: 'key' });
        },
      });
      return new ProjectStore(db);
    } catch (e) {
      throw storageError(e);
    }
  }

  private async put<S extends ListStore>(store: S, item: PlanMapDB[S]['value'] extends Positioned<infer T> ? T : never): Promise<void> {
    check(store, item);
    try {
      const tx = this.db.transaction(store, 'readwrite');
      const existing = await tx.store.get((item as { id: string }).id);
      let position = existing?.position;
      if (position === undefined) position = (await tx.store.getAll()).reduce((m, r) => Math.max(m, r.position + 1), 0);
      await tx.store.put({ ...(sanitizeValue(item) as object), position } as PlanMapDB[S]['value']);
      await tx.done;
    } catch (e) {
      throw storageError(e);
    }
  }

  private async list<S extends ListStore>(store: S) {
    const all = await this.db.getAll(store);
    return all.sort((a, b) => a.position - b.position).map((r) => strip(r as Positioned<unknown>));
  }

  saveLayer(layer: ProjectLayer): Promise<void> { return this.put('layers', layer); }
  async listLayers(): Promise<ProjectLayer[]> { return (await this.list('layers')) as ProjectLayer[]; }
  async getLayer(id: string): Promise<ProjectLayer | undefined> {
    const r = await this.db.get('layers', id);
    return r && strip(r);
  }
  deleteLayer(id: string): Promise<void> { return this.db.delete('layers', id).catch((e) => { throw storageError(e); }); }

  saveSketch(sketch: ProjectSketch): Promise<void> { return this.put('sketches', sketch); }
  async listSketches(): Promise<ProjectSketch[]> { return (await this.list('sketches')) as ProjectSketch[]; }
  deleteSketch(id: string): Promise<void> { return this.db.delete('sketches', id).catch((e) => { throw storageError(e); }); }

  saveResult(result: ProjectResult): Promise<void> { return this.put('results', result); }
  async listResults(): Promise<ProjectResult[]> { return (await this.list('results')) as ProjectResult[]; }
  deleteResult(id: string): Promise<void> { return this.db.delete('results', id).catch((e) => { throw storageError(e); }); }

  async saveView(view: ProjectView): Promise<void> {
    await this.db.put('meta', { key: 'view', value: sanitizeValue(view) as JsonValue }).catch((e) => { throw storageError(e); });
  }
  async saveSettings(settings: Project['settings']): Promise<void> {
    await this.db.put('meta', { key: 'settings', value: sanitizeValue(settings) as JsonValue }).catch((e) => { throw storageError(e); });
  }

  /** Everything stored, as a project (ready for `exportProject`). */
  async loadProject(): Promise<Project> {
    const [layers, sketches, results, view, settings] = await Promise.all([
      this.listLayers(), this.listSketches(), this.listResults(), this.db.get('meta', 'view'), this.db.get('meta', 'settings'),
    ]);
    return {
      format: PROJECT_FORMAT, version: PROJECT_VERSION, savedAt: new Date().toISOString(),
      ...(view ? { view: view.value as unknown as ProjectView } : {}),
      settings: (settings?.value ?? {}) as Project['settings'],
      layers, sketches, results,
    };
  }

  /** Replaces all stored work with `project` in one transaction (validated first; all or nothing). */
  async replaceProject(project: Project): Promise<void> {
    const problems = validateProject(project);
    if (problems.length) {
      throw new ProjectFileError('PROJECT_INVALID', { zh: `项目有 ${problems.length} 处问题，未保存。`, en: `The project has ${problems.length} problem(s); nothing was saved.` },
        { zh: '已保存的内容保持不变。', en: 'Stored work is unchanged.' }, { details: { problems } });
    }
    try {
      const tx = this.db.transaction(STORES, 'readwrite');
      await Promise.all(STORES.map((s) => tx.objectStore(s).clear()));
      const puts: Promise<unknown>[] = [];
      project.layers.forEach((l, position) => puts.push(tx.objectStore('layers').put({ ...(sanitizeValue(l) as ProjectLayer), position })));
      project.sketches.forEach((s, position) => puts.push(tx.objectStore('sketches').put({ ...(sanitizeValue(s) as ProjectSketch), position })));
      project.results.forEach((r, position) => puts.push(tx.objectStore('results').put({ ...(sanitizeValue(r) as ProjectResult), position })));
      if (project.view) puts.push(tx.objectStore('meta').put({ key: 'view', value: sanitizeValue(project.view) as JsonValue }));
      puts.push(tx.objectStore('meta').put({ key: 'settings', value: sanitizeValue(project.settings ?? {}) as JsonValue }));
      await Promise.all([...puts, tx.done]);
    } catch (e) {
      throw storageError(e);
    }
  }

  /** Deletes all stored work. */
  async clear(): Promise<void> {
    const tx = this.db.transaction(STORES, 'readwrite');
    await Promise.all([...STORES.map((s) => tx.objectStore(s).clear()), tx.done]);
  }

  close(): void {
    this.db.close();
  }
}
