import { isLang, type Lang } from '../i18n/lang';
import { BASEMAPS } from '../map/basemaps';

/**
 * Parsers for `<plan-map>` attributes. Each returns `undefined` for an
 * invalid value and reports why through `warn`, so a typo in a host page
 * never breaks the map.
 */
export type Warn = (message: string) => void;

const defaultWarn: Warn = (m) => console.warn(`<plan-map>: ${m}`);

/** `"111.05,34.05"` → `[111.05, 34.05]`. */
export function parseCenter(v: string | null | undefined, warn: Warn = defaultWarn): [number, number] | undefined {
  if (v == null || v === '') return undefined;
  const parts = v.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n)) || Math.abs(parts[0]) > 180 || Math.abs(parts[1]) > 85) {
    warn(`ignored center="${v}": expected "longitude,latitude" in degrees, e.g. "111.05,34.05"`);
    return undefined;
  }
  return [parts[0], parts[1]];
}

export function parseZoom(v: string | null | undefined, warn: Warn = defaultWarn): number | undefined {
  if (v == null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 22) {
    warn(`ignored zoom="${v}": expected a number from 0 to 22`);
    return undefined;
  }
  return n;
}

export function parseLang(v: string | null | undefined, warn: Warn = defaultWarn): Lang | undefined {
  if (v == null || v === '') return undefined;
  if (!isLang(v)) {
    warn(`ignored lang="${v}": expected "zh" or "en"`);
    return undefined;
  }
  return v;
}

/** Comma-separated ids; unknown ids are dropped with a warning once `known` is available. */
export function parseList(v: string | null | undefined): string[] | undefined {
  if (v == null) return undefined;
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function filterKnown(ids: string[], known: ReadonlySet<string>, what: string, warn: Warn = defaultWarn): string[] {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) warn(`ignored unknown ${what}: ${unknown.join(', ')}`);
  return ids.filter((id) => known.has(id));
}

export const CONTROLS = ['zoom', 'scale', 'fullscreen', 'layers', 'legend', 'basemap', 'attribution'] as const;
export type Control = (typeof CONTROLS)[number];

export function parseControls(v: string | null | undefined, warn: Warn = defaultWarn): Control[] | undefined {
  const list = parseList(v);
  if (!list) return undefined;
  return filterKnown(list, new Set(CONTROLS), 'controls', warn) as Control[];
}

/** A basemap id from {@link BASEMAPS}; anything else is ignored. */
export function parseBasemap(v: string | null | undefined, warn: Warn = defaultWarn): string | undefined {
  if (v == null || v === '') return undefined;
  if (!BASEMAPS.some((b) => b.id === v)) {
    warn(`ignored basemap="${v}": expected one of ${BASEMAPS.map((b) => b.id).join(', ')}`);
    return undefined;
  }
  return v;
}

/**
 * `interactive` is on unless the attribute says `false`, `0` or `no`, so
 * `<plan-map interactive>` and `<plan-map>` are interactive and
 * `<plan-map interactive="false">` is a still picture.
 */
export const interactiveConverter = {
  fromAttribute: (v: string | null): boolean => v === null || !/^(false|0|no|off)$/i.test(v.trim()),
  toAttribute: (v: boolean): string => (v ? '' : 'false'),
};

/** `zoom` as a number; an invalid value becomes `undefined` (the view is left alone) after a warning. */
export const zoomConverter = {
  fromAttribute: (v: string | null): number | undefined => parseZoom(v),
  toAttribute: (v: number | undefined): string | undefined => (v === undefined ? undefined : String(v)),
};

/** A URL attribute (`src`, `tiles`) made absolute against the page; `undefined` when it cannot be parsed. */
export function resolveUrl(v: string | null | undefined, what: string, warn: Warn = defaultWarn): string | undefined {
  if (v == null || v === '') return undefined;
  try {
    return new URL(v, document.baseURI).href;
  } catch {
    warn(`ignored ${what}="${v}": not a URL`);
    return undefined;
  }
}

/**
 * The layer ids a `layers` attribute asks for: layer ids and group ids
 * (`"structure,zones"` = every layer of those groups). Unknown ids are
 * dropped with one warning.
 */
export function expandLayers(
  ids: string[],
  specs: ReadonlyArray<{ id: string; group: string }>,
  warn: Warn = defaultWarn,
): string[] {
  const out = new Set<string>();
  const unknown: string[] = [];
  for (const id of ids) {
    const hits = specs.filter((s) => s.id === id || s.group === id);
    if (hits.length === 0) unknown.push(id);
    for (const s of hits) out.add(s.id);
  }
  if (unknown.length > 0) warn(`ignored unknown layers: ${unknown.join(', ')}`);
  return [...out];
}
