/**
 * Validation of project files: returns every problem with its JSON path,
 * so a broken file is rejected whole with a list a person can read.
 */
import { isWellFormedGeometry } from '../checks/geometry-types';
import { eachPosition } from '../crs/transform';
import type { I18nText } from '../types';
import { PROJECT_FORMAT, PROJECT_VERSION } from './schema';

export interface ProjectProblem {
  path: string;
  text: I18nText;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const COLOR = /^(#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(rgb|rgba|hsl|hsla)\([\d\s.,%/+-]+\))$/i;

class Collector {
  readonly problems: ProjectProblem[] = [];
  add(path: string, zh: string, en: string): void {
    if (this.problems.length < 200) this.problems.push({ path, text: { zh, en } });
  }
  string(o: Obj, key: string, path: string, required = true): void {
    const v = o[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || (required && v.trim() === '')) this.add(`${path}.${key}`, `${key} 必须是非空文本`, `${key} must be a non-empty string`);
  }
  number(o: Obj, key: string, path: string, min: number, max: number, required = false): void {
    const v = o[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) this.add(`${path}.${key}`, `${key} 必须是 ${min}–${max} 之间的数`, `${key} must be a number from ${min} to ${max}`);
  }
}

function checkStyle(c: Collector, style: unknown, path: string): void {
  if (style === undefined) return;
  if (!isObj(style)) return c.add(path, '样式必须是对象', 'style must be an object');
  for (const key of ['color', 'outline']) {
    const v = style[key];
    if (v !== undefined && (typeof v !== 'string' || !COLOR.test(v.trim()))) c.add(`${path}.${key}`, `${key} 不是有效颜色`, `${key} is not a valid colour`);
  }
  c.number(style, 'opacity', path, 0, 1);
  c.number(style, 'fill_opacity', path, 0, 1);
  c.number(style, 'width', path, 0, 100);
  c.number(style, 'radius', path, 0, 100);
  const by = style.color_by;
  if (by !== undefined) {
    if (!isObj(by) || typeof by.property !== 'string' || !isObj(by.values) || typeof by.default !== 'string') c.add(`${path}.color_by`, 'color_by 需要 property、values、default', 'color_by needs property, values and default');
    else for (const [k, v] of Object.entries(by.values)) if (typeof v !== 'string' || !COLOR.test(v)) c.add(`${path}.color_by.values.${k}`, '不是有效颜色', 'not a valid colour');
  }
}

function checkFeatureCollection(c: Collector, fc: unknown, path: string): void {
  if (!isObj(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return c.add(path, '必须是 GeoJSON FeatureCollection', 'must be a GeoJSON FeatureCollection');
  fc.features.forEach((f, i) => {
    const p = `${path}.features[${i}]`;
    if (!isObj(f) || f.type !== 'Feature') return c.add(p, '不是 GeoJSON 要素', 'not a GeoJSON Feature');
    if (f.properties !== null && f.properties !== undefined && !isObj(f.properties)) c.add(`${p}.properties`, 'properties 必须是对象', 'properties must be an object');
    if (f.geometry === null) return;
    if (!isWellFormedGeometry(f.geometry)) return c.add(`${p}.geometry`, '几何结构无效', 'malformed geometry');
    let bad = false;
    eachPosition(f.geometry, (q) => {
      if (!Number.isFinite(q[0]) || !Number.isFinite(q[1]) || Math.abs(q[0]) > 180 || Math.abs(q[1]) > 90) bad = true;
    });
    if (bad) c.add(`${p}.geometry`, '坐标不是有效的经纬度', 'coordinates are not valid longitude/latitude');
  });
}

function checkList(c: Collector, list: unknown, path: string, each: (o: Obj, p: string) => void): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) return c.add(path, '必须是数组', 'must be an array');
  const ids = new Set<string>();
  list.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(item)) return c.add(p, '必须是对象', 'must be an object');
    c.string(item, 'id', p);
    c.string(item, 'name', p);
    if (typeof item.id === 'string') {
      if (ids.has(item.id)) c.add(`${p}.id`, `id “${item.id}” 重复`, `duplicate id "${item.id}"`);
      ids.add(item.id);
    }
    each(item, p);
  });
}

/**
 * Every problem of a parsed project file (empty when it is valid).
 * @example validateProject(JSON.parse(text)).map((p) => `${p.path}: ${p.text.zh}`)
 */
export function validateProject(data: unknown): ProjectProblem[] {
  const c = new Collector();
  if (!isObj(data)) {
    c.add('$', '项目文件必须是 JSON 对象', 'a project file must be a JSON object');
    return c.problems;
  }
  if (data.format !== PROJECT_FORMAT) c.add('$.format', `不是本系统的项目文件（format 应为 ${PROJECT_FORMAT}）`, `not a project file of this app (format must be ${PROJECT_FORMAT})`);
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) c.add('$.version', '缺少有效的版本号', 'missing a valid version');
  else if (data.version > PROJECT_VERSION) c.add('$.version', `项目文件来自更新的版本（${data.version}），请升级本系统`, `the file comes from a newer version (${data.version}); update the app`);
  if (data.settings !== undefined && !isObj(data.settings)) c.add('$.settings', 'settings 必须是对象', 'settings must be an object');
  const view = data.view;
  if (view !== undefined) {
    if (!isObj(view) || !Array.isArray(view.center) || view.center.length !== 2 || !view.center.every((n) => typeof n === 'number' && Number.isFinite(n))) c.add('$.view', 'view.center 必须是 [经度, 纬度]', 'view.center must be [lon, lat]');
    else c.number(view, 'zoom', '$.view', 0, 24, true);
  }
  checkList(c, data.layers, '$.layers', (o, p) => {
    if (typeof o.visible !== 'boolean') c.add(`${p}.visible`, 'visible 必须是 true/false', 'visible must be true/false');
    if (!isObj(o.style)) c.add(`${p}.style`, '缺少样式', 'missing style');
    checkStyle(c, o.style, `${p}.style`);
    checkFeatureCollection(c, o.featureCollection, `${p}.featureCollection`);
  });
  checkList(c, data.sketches, '$.sketches', (o, p) => {
    checkStyle(c, o.style, `${p}.style`);
    checkFeatureCollection(c, o.featureCollection, `${p}.featureCollection`);
  });
  checkList(c, data.results, '$.results', (o, p) => {
    c.string(o, 'analysis', p);
    c.string(o, 'createdAt', p);
    if (!isObj(o.params)) c.add(`${p}.params`, 'params 必须是对象', 'params must be an object');
    if (o.featureCollection !== undefined) checkFeatureCollection(c, o.featureCollection, `${p}.featureCollection`);
    const t = o.table;
    if (t !== undefined && (!isObj(t) || !Array.isArray(t.columns) || !Array.isArray(t.rows) || !t.rows.every(isObj))) c.add(`${p}.table`, 'table 需要 columns 和 rows', 'table needs columns and rows');
  });
  return c.problems;
}
