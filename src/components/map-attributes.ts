import { isLang, type Lang } from '../i18n/lang';

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
