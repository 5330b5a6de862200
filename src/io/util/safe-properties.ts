/**
 * Attribute hygiene: imported attribute tables come from strangers' files, so
 * their keys must never reach an object's prototype chain. Every attribute
 * object built here has a null prototype; `__proto__` keys are dropped (a
 * null-prototype object could hold one, but the first `Object.assign({}, …)`
 * downstream would turn it into a prototype change).
 */

/** Keys that are dropped from imported attributes. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__']);

/** Counts what `sanitizeValue` dropped, for a warning. */
export interface SanitizeStats {
  droppedKeys: Set<string>;
}

/** A fresh stats accumulator. */
export function newSanitizeStats(): SanitizeStats {
  return { droppedKeys: new Set() };
}

/**
 * Deep-copies a JSON-like value into null-prototype objects, dropping unsafe
 * keys and anything that is not plain data (functions, symbols).
 */
export function sanitizeValue(value: unknown, stats?: SanitizeStats, depth = 0): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (depth > 32) return null;
  if (Array.isArray(value)) return value.map((v) => sanitizeValue(v, stats, depth + 1));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) {
        stats?.droppedKeys.add(key);
        continue;
      }
      out[key] = sanitizeValue((value as Record<string, unknown>)[key], stats, depth + 1);
    }
    return out;
  }
  return null;
}

/** Sanitises a feature's `properties` member into a null-prototype object. */
export function sanitizeProperties(props: unknown, stats?: SanitizeStats): Record<string, unknown> {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) return Object.create(null);
  return sanitizeValue(props, stats) as Record<string, unknown>;
}

/** A null-prototype record, for parsers that build attributes key by key. */
export function emptyRecord<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Assigns `record[key] = value` unless the key is unsafe; returns false when dropped. */
export function safeSet(record: Record<string, unknown>, key: string, value: unknown, stats?: SanitizeStats): boolean {
  if (UNSAFE_KEYS.has(key)) {
    stats?.droppedKeys.add(key);
    return false;
  }
  record[key] = value;
  return true;
}
