import { isLang, type Lang } from '../i18n/lang';
import { ACCURACIES, STATUSES, type Accuracy, type Status } from '../manifest/types';

/**
 * The app state kept in the URL hash, so a link reopens the same map:
 *
 * `#map=<zoom>/<lat>/<lng>/<bearing>&layers=a,b&op=a:50&sel=id&cmp=swipe&lang=en&bm=osm&st=现状,规划&acc=approximate&cov=<coverage>`
 *
 * Parsing never trusts the URL: every value is checked for type, range and
 * length; ids must look like ids and, when the known ids are given, exist;
 * anything else is dropped silently, field by field. Values are only ever
 * used as data (never as HTML or object keys of plain objects).
 */
export interface PermalinkState {
  view?: { center: [number, number]; zoom: number; bearing: number };
  /** Visible layers (all others hidden). */
  layers?: string[];
  /** Layer opacities other than 1, 0–1. */
  opacity?: Map<string, number>;
  selected?: string;
  compare?: CompareMode;
  lang?: Lang;
  basemap?: string;
  statuses?: Status[];
  accuracies?: Accuracy[];
  /** The coverage panel's parameters, as its own encoding (validated by `decodeCoverageParams`). */
  coverage?: string;
}

export type CompareMode = 'swipe' | 'side';
export const COMPARE_MODES: readonly CompareMode[] = ['swipe', 'side'];

/** What the data knows; without it only the syntax of ids is checked. */
export interface KnownIds {
  layers?: ReadonlySet<string>;
  element?: (id: string) => boolean;
  basemaps?: ReadonlySet<string>;
}

const MAX_HASH = 16_000;
const MAX_PARAM = 4_000;
const MAX_ID = 128;
const MAX_LIST = 500;
const ID = /^[\p{L}\p{N}_.:-]+$/u;

/** True for a plausible element or layer id. */
export function isId(v: string): boolean {
  return v.length > 0 && v.length <= MAX_ID && ID.test(v) && v !== '__proto__' && v !== 'constructor' && v !== 'prototype';
}

function num(v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined || v.length > 32 || !/^-?\d+(\.\d+)?$/.test(v)) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function list(v: string | null): string[] {
  if (!v || v.length > MAX_PARAM) return [];
  return v.split(',').slice(0, MAX_LIST).map((s) => s.trim()).filter(Boolean);
}

/**
 * Reads a hash (or query string). Unknown, malformed or hostile values are
 * left out; the result holds only what is safe to apply.
 *
 * @example
 * parsePermalink('#map=10/34.05/111.04/0&lang=en').lang // 'en'
 * parsePermalink('#map=NaN/1e999/x&sel=<script>').view  // undefined
 */
export function parsePermalink(hash: string, known: KnownIds = {}): PermalinkState {
  const out: PermalinkState = {};
  if (typeof hash !== 'string' || hash.length > MAX_HASH) return out;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^[#?]/, ''));
  } catch {
    return out;
  }
  const get = (k: string) => {
    const v = params.get(k);
    return v !== null && v.length <= MAX_PARAM ? v : null;
  };
  const layerOk = (id: string) => isId(id) && (!known.layers || known.layers.has(id));

  const m = get('map')?.split('/');
  if (m && (m.length === 3 || m.length === 4)) {
    const zoom = num(m[0], 0, 24);
    const lat = num(m[1], -85.06, 85.06);
    const lng = num(m[2], -180, 180);
    const bearing = m.length === 4 ? num(m[3], -360, 360) : 0;
    if (zoom !== undefined && lat !== undefined && lng !== undefined && bearing !== undefined) {
      out.view = { center: [lng, lat], zoom, bearing };
    }
  }
  if (params.has('layers')) {
    // An empty list means "all off"; a list where nothing is valid is ignored rather than blanking the map.
    const raw = list(get('layers'));
    const ok = [...new Set(raw.filter(layerOk))];
    if (raw.length === 0 || ok.length > 0) out.layers = ok;
  }
  const op = new Map<string, number>();
  for (const pair of list(get('op'))) {
    const [id, pct] = pair.split(':');
    const n = num(pct, 0, 100);
    if (id && layerOk(id) && n !== undefined) op.set(id, Math.round(n) / 100);
  }
  if (op.size) out.opacity = op;
  const sel = get('sel');
  if (sel && isId(sel) && (!known.element || known.element(sel))) out.selected = sel;
  const cmp = get('cmp');
  if (cmp && (COMPARE_MODES as readonly string[]).includes(cmp)) out.compare = cmp as CompareMode;
  const lang = get('lang');
  if (isLang(lang)) out.lang = lang;
  const bm = get('bm');
  if (bm && isId(bm) && (!known.basemaps || known.basemaps.has(bm))) out.basemap = bm;
  if (params.has('st')) out.statuses = validList(list(get('st')), STATUSES);
  if (params.has('acc')) out.accuracies = validList(list(get('acc')), ACCURACIES);
  const cov = get('cov');
  if (cov) out.coverage = cov;
  if (!out.statuses) delete out.statuses;
  if (!out.accuracies) delete out.accuracies;
  return out;
}

/** The allowed values of `raw`; an empty list stays empty ("none"), a list with nothing valid is ignored. */
function validList<T extends string>(raw: string[], allowed: readonly T[]): T[] | undefined {
  const ok = [...new Set(raw)].filter((s): s is T => (allowed as readonly string[]).includes(s));
  return raw.length === 0 || ok.length > 0 ? ok : undefined;
}

const round = (n: number, d: number) => Number(n.toFixed(d));

/**
 * Writes the state as a hash (without `#`); fields left undefined are not
 * written, so an old link keeps working when fields are added.
 *
 * @example
 * serializePermalink({ view: { center: [111.04, 34.05], zoom: 10, bearing: 0 }, lang: 'en' }) // 'map=10/34.05/111.04/0&lang=en'
 */
export function serializePermalink(s: PermalinkState): string {
  const parts: string[] = [];
  const enc = (v: string) => encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':');
  if (s.view) {
    const { center, zoom, bearing } = s.view;
    parts.push(`map=${round(zoom, 2)}/${round(center[1], 5)}/${round(center[0], 5)}/${round(bearing, 1)}`);
  }
  if (s.layers) parts.push(`layers=${enc(s.layers.filter(isId).join(','))}`);
  if (s.opacity?.size) {
    const op = [...s.opacity].filter(([id, o]) => isId(id) && o < 1).map(([id, o]) => `${id}:${Math.round(o * 100)}`);
    if (op.length) parts.push(`op=${enc(op.join(','))}`);
  }
  if (s.selected && isId(s.selected)) parts.push(`sel=${enc(s.selected)}`);
  if (s.compare) parts.push(`cmp=${s.compare}`);
  if (s.lang) parts.push(`lang=${s.lang}`);
  if (s.basemap && isId(s.basemap)) parts.push(`bm=${enc(s.basemap)}`);
  if (s.statuses && s.statuses.length < STATUSES.length) parts.push(`st=${enc(s.statuses.join(','))}`);
  if (s.accuracies && s.accuracies.length < ACCURACIES.length) parts.push(`acc=${enc(s.accuracies.join(','))}`);
  if (s.coverage) parts.push(`cov=${encodeURIComponent(s.coverage)}`);
  return parts.join('&');
}
