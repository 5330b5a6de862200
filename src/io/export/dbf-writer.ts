/**
 * dBase III (.dbf) writer for Shapefile attributes, in UTF-8 (with a .cpg
 * saying so) or GBK for old Chinese software. Field names are cut to the
 * format's 10 bytes at a character boundary and made unique; the mapping is
 * returned so the UI can tell the user.
 */
import type { IoWarning } from '../types';
import { encodeGbk } from '../util/gbk-encoder';

export type DbfEncoding = 'utf-8' | 'gbk';

export interface DbfFieldOut {
  /** Name in the .dbf (≤ 10 bytes). */
  name: string;
  /** The attribute it holds. */
  source: string;
  type: 'C' | 'N' | 'L';
  length: number;
  decimals: number;
}

const MAX_C = 254;

function encoder(encoding: DbfEncoding): (s: string) => { bytes: Uint8Array; unmappable: number } {
  if (encoding === 'gbk') return encodeGbk;
  const te = new TextEncoder();
  return (s) => ({ bytes: te.encode(s), unmappable: 0 });
}

/** Longest prefix of `s` whose encoding fits in `max` bytes. */
function fit(s: string, max: number, enc: ReturnType<typeof encoder>): string {
  let out = '';
  for (const ch of s) {
    if (enc(out + ch).bytes.length > max) break;
    out += ch;
  }
  return out;
}

function fieldNames(keys: string[], enc: ReturnType<typeof encoder>): string[] {
  const used = new Set<string>();
  return keys.map((key, i) => {
    let name = fit(key.replace(/\0/g, ''), 10, enc) || `FIELD${i + 1}`;
    for (let n = 1; used.has(name.toUpperCase()); n++) name = fit(key, 10 - `_${n}`.length, enc) + `_${n}`;
    used.add(name.toUpperCase());
    return name;
  });
}

function numberText(v: number, width: number): string {
  let s = String(v);
  if (s.length > width) s = v.toPrecision(15);
  return s.length > width ? v.toExponential(width - 7) : s;
}

function textOf(v: unknown): string {
  return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * Writes a .dbf for the given attribute records (one per shape, same order).
 * @example writeDbf([{ DLMC: '耕地', MJ: 12.5 }], 'gbk')
 */
export function writeDbf(records: Record<string, unknown>[], encoding: DbfEncoding = 'utf-8'): { bytes: Uint8Array; fields: DbfFieldOut[]; warnings: IoWarning[] } {
  const enc = encoder(encoding);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) if (!seen.has(k)) { seen.add(k); keys.push(k); }
  const names = fieldNames(keys, enc);
  let truncated = 0;
  let unmappable = 0;

  const fields: DbfFieldOut[] = keys.map((key, i) => {
    const values = records.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
    if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return { name: names[i], source: key, type: 'L', length: 1, decimals: 0 };
    if (values.length > 0 && values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      const nums = values as number[];
      if (nums.every((v) => Number.isSafeInteger(v) && String(v).length <= 18)) {
        return { name: names[i], source: key, type: 'N', length: Math.max(1, ...nums.map((v) => String(v).length)), decimals: 0 };
      }
      return { name: names[i], source: key, type: 'N', length: 24, decimals: 15 };
    }
    const width = Math.min(MAX_C, Math.max(1, ...values.map((v) => enc(textOf(v)).bytes.length)));
    return { name: names[i], source: key, type: 'C', length: width, decimals: 0 };
  });

  const headerLen = 32 + 32 * fields.length + 1;
  const recLen = 1 + fields.reduce((n, f) => n + f.length, 0);
  const bytes = new Uint8Array(headerLen + recLen * records.length + 1);
  const view = new DataView(bytes.buffer);
  const now = new Date();
  bytes[0] = 0x03;
  bytes[1] = now.getFullYear() - 1900;
  bytes[2] = now.getMonth() + 1;
  bytes[3] = now.getDate();
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLen, true);
  view.setUint16(10, recLen, true);
  bytes[29] = encoding === 'gbk' ? 0x4d : 0x00;
  fields.forEach((f, i) => {
    const o = 32 + 32 * i;
    bytes.set(enc(f.name).bytes.subarray(0, 10), o);
    bytes[o + 11] = f.type.charCodeAt(0);
    bytes[o + 16] = f.length;
    bytes[o + 17] = f.decimals;
  });
  bytes[headerLen - 1] = 0x0d;

  records.forEach((r, ri) => {
    let o = headerLen + ri * recLen;
    bytes.fill(0x20, o, o + recLen);
    o++;
    for (const f of fields) {
      const v = r[f.source];
      let cell: Uint8Array;
      if (f.type === 'L') cell = Uint8Array.of(v === true ? 0x54 : v === false ? 0x46 : 0x3f);
      else if (f.type === 'N') {
        const s = typeof v === 'number' && Number.isFinite(v) ? numberText(v, f.length) : '';
        cell = new TextEncoder().encode(s.padStart(f.length, ' '));
      } else {
        const full = textOf(v);
        const e = enc(full);
        unmappable += e.unmappable;
        if (e.bytes.length > f.length) {
          truncated++;
          cell = enc(fit(full, f.length, enc)).bytes;
        } else cell = e.bytes;
      }
      bytes.set(cell.subarray(0, f.length), o);
      o += f.length;
    }
  });
  bytes[bytes.length - 1] = 0x1a;

  const warnings: IoWarning[] = [];
  const renamed = fields.filter((f) => f.name !== f.source);
  if (renamed.length) {
    warnings.push({ code: 'DBF_FIELDS_RENAMED', text: { zh: `Shapefile 字段名最多 10 字节，${renamed.length} 个字段已改名：${renamed.map((f) => `${f.source}→${f.name}`).join('，')}。`, en: `Shapefile field names are limited to 10 bytes; ${renamed.length} field(s) were renamed: ${renamed.map((f) => `${f.source} → ${f.name}`).join(', ')}.` }, details: { fields: renamed.map((f) => ({ from: f.source, to: f.name })) } });
  }
  if (truncated) warnings.push({ code: 'DBF_TEXT_TRUNCATED', text: { zh: `${truncated} 个文本值超过 254 字节，已截断。`, en: `${truncated} text value(s) exceeded 254 bytes and were cut.` } });
  if (unmappable) warnings.push({ code: 'GBK_UNMAPPABLE', text: { zh: `${unmappable} 个字符无法用 GBK 表示，已写为“?”。请改用 UTF-8。`, en: `${unmappable} character(s) have no GBK code and were written as "?". Use UTF-8 instead.` } });
  return { bytes, fields, warnings };
}
