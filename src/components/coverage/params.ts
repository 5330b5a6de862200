/**
 * The parameters of a coverage run, as the panel edits them and as the
 * permalink stores them (`cov=` in the URL hash). `encodeCoverageParams`
 * writes a compact, readable string; `decodeCoverageParams` never trusts
 * it: every field is checked for type, range and length, and anything
 * malformed is dropped field by field (the default stays).
 */

export type AnalysisKind = 'coverage' | 'siting' | 'green' | 'reach';
export type CoverageMode = 'straight' | 'network';
export type TravelMode = 'walk' | 'drive';
export type TierChoice = '5min' | '10min' | '15min' | 'custom';
export type LngLat = [number, number];

/** A layer and, optionally, the `kind` values to keep (all when absent). */
export interface LayerPick {
  layer: string;
  kinds?: string[];
}

/** A polygon layer (all of it, or one feature by id), or a polygon the user drew. */
export interface TargetPick {
  layer?: string;
  feature?: string;
  drawn?: LngLat[];
}

export interface CoverageParams {
  analysis: AnalysisKind;
  facilities: LayerPick[];
  /** What-if facilities placed on the map (or candidate sites for siting). */
  placed: LngLat[];
  mode: CoverageMode;
  travel: TravelMode;
  tier: TierChoice;
  /** 15-minute walking radius, 800–1000 m (GB 50180-2018). */
  radius15: number;
  /** Radius when `tier` is 'custom', m. */
  radius: number;
  /** Network time thresholds (min); for reach the 30/60-minute pair. */
  minutes: number[];
  walkKmh: number;
  roads: string[];
  classProperty?: string;
  /** Drive speed per road class value, km/h. */
  speeds: Record<string, number>;
  target: TargetPick;
  population?: { layer: string; field: string };
  /** New sites to suggest. */
  k: number;
  candidates: 'grid' | 'placed';
  green: string[];
  parks: string[];
  greenRadius: number;
  parkRadius: number;
  origins: string[];
  places: string[];
}

export const DEFAULT_PARAMS: Readonly<CoverageParams> = Object.freeze({
  analysis: 'coverage',
  facilities: [],
  placed: [],
  mode: 'straight',
  travel: 'walk',
  tier: '15min',
  radius15: 1000,
  radius: 1000,
  minutes: [5, 10, 15],
  walkKmh: 4,
  roads: [],
  speeds: {},
  target: {},
  k: 2,
  candidates: 'grid',
  green: [],
  parks: [],
  greenRadius: 300,
  parkRadius: 500,
  origins: [],
  places: [],
} as CoverageParams);

/** A fresh, mutable copy of the defaults. */
export function defaultParams(): CoverageParams {
  return structuredClone(DEFAULT_PARAMS) as CoverageParams;
}

const MAX_TEXT = 6000;
const MAX_LAYERS = 20;
const MAX_POINTS = 100;
const ID = /^[\p{L}\p{N}_.:-]{1,128}$/u;
const FIELD = /^[\p{L}\p{N}_ .()（）-]{1,64}$/u;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const NUMBER = /^-?\d{1,7}(\.\d{1,8})?$/;

export const isSafeId = (v: string): boolean => ID.test(v) && !RESERVED.has(v);

function num(v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined || !NUMBER.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
}

function ids(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  if (v === '') return [];
  // A list where nothing is valid is ignored rather than emptying the choice.
  const ok = [...new Set(v.split(',').slice(0, MAX_LAYERS).filter(isSafeId))];
  return ok.length ? ok : undefined;
}

function points(v: string | undefined, max = MAX_POINTS): LngLat[] | undefined {
  if (v === undefined) return undefined;
  if (v === '') return [];
  const out: LngLat[] = [];
  for (const pair of v.split(',').slice(0, max)) {
    const [a, b, extra] = pair.split('_');
    const lon = num(a, -180, 180);
    const lat = num(b, -85, 85);
    if (lon === undefined || lat === undefined || extra !== undefined) return undefined;
    out.push([lon, lat]);
  }
  return out;
}

const round = (n: number) => Number(n.toFixed(5));
const pts = (list: LngLat[]) => list.map(([x, y]) => `${round(x)}_${round(y)}`).join(',');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const ANALYSIS: Record<string, AnalysisKind> = { c: 'coverage', s: 'siting', g: 'green', r: 'reach' };
const TIERS: Record<string, TierChoice> = { '5': '5min', '10': '10min', '15': '15min', c: 'custom' };
const key = <T extends string>(table: Record<string, T>, v: T) => Object.keys(table).find((k) => table[k] === v)!;

/**
 * Writes params as `a=c;f=public-points~hub~health;t=15;tg=zones-five` —
 * fields equal to the defaults are left out. The string is plain text: the
 * permalink URL-encodes it as the value of `cov`.
 *
 * @example
 * encodeCoverageParams({ ...defaultParams(), analysis: 'siting', k: 3 }) // 'a=s;k=3'
 */
export function encodeCoverageParams(p: CoverageParams): string {
  const d = DEFAULT_PARAMS;
  const out: string[] = [];
  const put = (k: string, v: string) => out.push(`${k}=${v}`);
  if (p.analysis !== d.analysis) put('a', key(ANALYSIS, p.analysis));
  if (p.facilities.length) put('f', p.facilities.filter((f) => isSafeId(f.layer)).map((f) => [f.layer, ...(f.kinds ?? []).filter(isSafeId)].join('~')).join(','));
  if (p.placed.length) put('p', pts(p.placed));
  if (p.mode !== d.mode || p.travel !== d.travel) put('m', p.mode === 'straight' ? `s${p.travel === 'drive' ? 'd' : ''}` : p.travel === 'drive' ? 'nd' : 'nw');
  if (p.tier !== d.tier) put('t', key(TIERS, p.tier));
  if (p.radius15 !== d.radius15) put('r15', String(p.radius15));
  if (p.radius !== d.radius) put('r', String(p.radius));
  if (!same(p.minutes, d.minutes)) put('min', p.minutes.join(','));
  if (p.walkKmh !== d.walkKmh) put('w', String(p.walkKmh));
  if (p.roads.length) put('rd', p.roads.filter(isSafeId).join(','));
  if (p.classProperty && FIELD.test(p.classProperty)) put('cp', p.classProperty);
  const speeds = Object.entries(p.speeds).filter(([c]) => isSafeId(c));
  if (speeds.length) put('sp', speeds.map(([c, v]) => `${c}~${v}`).join(','));
  if (p.target.drawn?.length) put('td', pts(p.target.drawn));
  else if (p.target.layer && isSafeId(p.target.layer)) put('tg', p.target.feature && isSafeId(p.target.feature) ? `${p.target.layer}~${p.target.feature}` : p.target.layer);
  if (p.population && isSafeId(p.population.layer) && FIELD.test(p.population.field)) put('pop', `${p.population.layer}~${p.population.field}`);
  if (p.k !== d.k) put('k', String(p.k));
  if (p.candidates !== d.candidates) put('cand', p.candidates === 'placed' ? 'p' : 'g');
  if (p.green.length) put('gr', p.green.filter(isSafeId).join(','));
  if (p.parks.length) put('pk', p.parks.filter(isSafeId).join(','));
  if (p.greenRadius !== d.greenRadius) put('grr', String(p.greenRadius));
  if (p.parkRadius !== d.parkRadius) put('pkr', String(p.parkRadius));
  if (p.origins.length) put('o', p.origins.filter(isSafeId).join(','));
  if (p.places.length) put('pl', p.places.filter(isSafeId).join(','));
  return out.join(';');
}

/**
 * Reads what `encodeCoverageParams` wrote. Unknown keys and malformed,
 * out-of-range or over-long values are ignored one by one; the result is
 * always complete (defaults fill the gaps). Values are data only: ids are
 * checked against a strict pattern, never used as HTML or object keys of
 * plain objects (speeds go into a null-prototype object).
 *
 * @example
 * decodeCoverageParams('a=s;k=3').k        // 3
 * decodeCoverageParams('k=1e9;t=<x>').k   // 2 (the default)
 */
export function decodeCoverageParams(text: unknown): CoverageParams {
  const p = defaultParams();
  if (typeof text !== 'string' || text.length > MAX_TEXT) return p;
  const fields = new Map<string, string>();
  for (const part of text.split(';').slice(0, 64)) {
    const i = part.indexOf('=');
    if (i > 0 && !fields.has(part.slice(0, i))) fields.set(part.slice(0, i), part.slice(i + 1));
  }
  const get = (k: string) => fields.get(k);
  const a = get('a');
  if (a !== undefined && Object.hasOwn(ANALYSIS, a)) p.analysis = ANALYSIS[a];
  const f = get('f');
  if (f) {
    const picks: LayerPick[] = [];
    for (const item of f.split(',').slice(0, MAX_LAYERS)) {
      const [layer, ...kinds] = item.split('~');
      if (!isSafeId(layer)) continue;
      const ok = kinds.slice(0, 50).filter(isSafeId);
      picks.push(ok.length ? { layer, kinds: ok } : { layer });
    }
    p.facilities = picks;
  }
  p.placed = points(get('p')) ?? p.placed;
  const m = get('m');
  if (m && /^(s|sd|nw|nd)$/.test(m)) {
    p.mode = m[0] === 'n' ? 'network' : 'straight';
    p.travel = m.endsWith('d') ? 'drive' : 'walk';
  }
  const t = get('t');
  if (t !== undefined && Object.hasOwn(TIERS, t)) p.tier = TIERS[t];
  p.radius15 = num(get('r15'), 800, 1000) ?? p.radius15;
  p.radius = num(get('r'), 10, 50_000) ?? p.radius;
  const min = get('min')?.split(',').slice(0, 8).map((v) => num(v, 1, 240));
  if (min?.length && min.every((v) => v !== undefined)) p.minutes = [...new Set(min as number[])].sort((x, y) => x - y);
  p.walkKmh = num(get('w'), 0.5, 20) ?? p.walkKmh;
  p.roads = ids(get('rd')) ?? p.roads;
  const cp = get('cp');
  if (cp && FIELD.test(cp) && !RESERVED.has(cp)) p.classProperty = cp;
  const sp = get('sp');
  if (sp) {
    const speeds: Record<string, number> = Object.create(null);
    for (const item of sp.split(',').slice(0, 50)) {
      const [c, v, extra] = item.split('~');
      const n = num(v, 0, 200);
      if (isSafeId(c) && n !== undefined && extra === undefined) speeds[c] = n;
    }
    p.speeds = speeds;
  }
  const drawn = points(get('td'), 200);
  const tg = get('tg');
  if (drawn && drawn.length >= 3) p.target = { drawn };
  else if (tg) {
    const [layer, feature, extra] = tg.split('~');
    if (isSafeId(layer) && extra === undefined && (feature === undefined || isSafeId(feature))) p.target = feature ? { layer, feature } : { layer };
  }
  const pop = get('pop')?.split('~');
  if (pop && pop.length === 2 && isSafeId(pop[0]) && FIELD.test(pop[1]) && !RESERVED.has(pop[1])) p.population = { layer: pop[0], field: pop[1] };
  p.k = num(get('k'), 1, 20) ?? p.k;
  if (!Number.isInteger(p.k)) p.k = DEFAULT_PARAMS.k;
  const cand = get('cand');
  if (cand === 'p' || cand === 'g') p.candidates = cand === 'p' ? 'placed' : 'grid';
  p.green = ids(get('gr')) ?? p.green;
  p.parks = ids(get('pk')) ?? p.parks;
  p.greenRadius = num(get('grr'), 10, 5000) ?? p.greenRadius;
  p.parkRadius = num(get('pkr'), 10, 5000) ?? p.parkRadius;
  p.origins = ids(get('o')) ?? p.origins;
  p.places = ids(get('pl')) ?? p.places;
  return p;
}
