/**
 * Project export / import. `importProject` is all-or-nothing: it returns a
 * complete, validated, sanitised `Project` or throws `ProjectFileError`
 * listing every problem; it never touches the map or the store, so the
 * caller applies the result in one step (`ProjectStore.replaceProject`).
 */
import { ProjectFileError } from '../errors';
import { sanitizeValue } from '../util/safe-properties';
import { PROJECT_FORMAT, PROJECT_VERSION, type Project } from './schema';
import { validateProject, type ProjectProblem } from './validate';

/** Project files above this size are refused (the browser would struggle). */
export const PROJECT_MAX_BYTES = 200 * 1024 * 1024;

function fail(problems: ProjectProblem[]): never {
  const list = problems.slice(0, 5).map((p) => `${p.path}: `);
  throw new ProjectFileError('PROJECT_INVALID',
    { zh: `项目文件有 ${problems.length} 处问题，未导入任何内容：${problems.slice(0, 3).map((p, i) => list[i] + p.text.zh).join('；')}`, en: `The project file has ${problems.length} problem(s); nothing was imported: ${problems.slice(0, 3).map((p, i) => list[i] + p.text.en).join('; ')}` },
    { zh: '请使用本系统“导出项目”生成的文件；当前图层保持不变。', en: 'Use a file made by this app\'s "export project"; the current layers are unchanged.' },
    { details: { problems } });
}

/**
 * Serialises a project as UTF-8 JSON bytes (stamps `format`, `version`, `savedAt`).
 * @example download(exportProject({ ...project, view: map.getView() }), '卢氏规划项目.json')
 */
export function exportProject(project: Omit<Project, 'format' | 'version' | 'savedAt'> & Partial<Pick<Project, 'savedAt'>>, opts: { space?: number } = {}): Uint8Array {
  const out = { savedAt: new Date().toISOString(), ...project, format: PROJECT_FORMAT, version: PROJECT_VERSION };
  const problems = validateProject(out);
  if (problems.length) fail(problems);
  return new TextEncoder().encode(JSON.stringify(out, null, opts.space));
}

/**
 * Parses and validates a project file. Throws `ProjectFileError` (code
 * `PROJECT_INVALID`, `PROJECT_NOT_JSON` or `PROJECT_TOO_LARGE`) with
 * `details.problems`.
 */
export function importProject(input: Uint8Array | string): Project {
  const size = typeof input === 'string' ? input.length : input.length;
  if (size > PROJECT_MAX_BYTES) {
    throw new ProjectFileError('PROJECT_TOO_LARGE', { zh: '项目文件太大（超过 200 MB）。', en: 'The project file is too large (over 200 MB).' }, { zh: '请删除不需要的图层后重新导出。', en: 'Remove unneeded layers and export it again.' });
  }
  let data: unknown;
  try {
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ProjectFileError('PROJECT_NOT_JSON', { zh: '项目文件不是有效的 JSON。', en: 'The project file is not valid JSON.' }, { zh: '文件可能已损坏；当前图层保持不变。', en: 'The file may be damaged; the current layers are unchanged.' }, { cause: e });
  }
  const problems = validateProject(data);
  if (problems.length) fail(problems);
  const clean = sanitizeValue(data) as Record<string, unknown>;
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: typeof clean.savedAt === 'string' ? clean.savedAt : new Date().toISOString(),
    ...(clean.app ? { app: clean.app as Project['app'] } : {}),
    ...(clean.view ? { view: clean.view as Project['view'] } : {}),
    settings: (clean.settings ?? {}) as Project['settings'],
    layers: (clean.layers ?? []) as Project['layers'],
    sketches: (clean.sketches ?? []) as Project['sketches'],
    results: (clean.results ?? []) as Project['results'],
  };
}
