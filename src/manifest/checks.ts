import type { I18nText, ValidationError } from './types';

/** Collects validation errors for one file, each with a JSON path. */
export class ErrorList {
  readonly errors: ValidationError[] = [];
  constructor(readonly file: string) {}

  add(path: string, message: string): void {
    this.errors.push({ file: this.file, path, message });
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

export function isI18n(v: unknown): v is I18nText {
  return isObject(v) && isNonEmptyString(v.zh) && isNonEmptyString(v.en);
}

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
export function isHexColor(v: unknown): v is string {
  return typeof v === 'string' && HEX.test(v);
}

/** Ids are lower-case, start with a letter and use `_` or `-` as separators. */
const ID = /^[a-z][a-z0-9_-]*$/;
export function isId(v: unknown): v is string {
  return typeof v === 'string' && ID.test(v);
}

/** Reports keys of `obj` that the spec does not define (catches typos such as `visble`). */
export function checkKeys(
  out: ErrorList,
  path: string,
  obj: Record<string, unknown>,
  allowed: readonly string[],
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      out.add(`${path}.${key}`, `unknown key "${key}"; allowed: ${allowed.join(', ')}`);
    }
  }
}

export function checkI18n(out: ErrorList, path: string, v: unknown, required = true): void {
  if (v === undefined && !required) return;
  if (!isI18n(v)) out.add(path, 'must be an object with non-empty "zh" and "en" strings');
}

export function checkNumber(
  out: ErrorList,
  path: string,
  v: unknown,
  min: number,
  max: number,
  required = false,
): void {
  if (v === undefined && !required) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    out.add(path, `must be a number from ${min} to ${max}`);
  }
}
