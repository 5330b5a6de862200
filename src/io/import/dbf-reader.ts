/**
 * dBase (.dbf) attribute table reader with the encoding rules Chinese data
 * needs: a forced encoding wins, then the .cpg file, then the language
 * driver byte (LDID 0x4D/0x7A = code page 936), then detection over the
 * field names and text values (valid UTF-8, else GBK).
 */
import { TruncatedFileError, MalformedFileError } from '../errors';
import type { EncodingSource, IoWarning, TextEncodingName } from '../types';
import { emptyRecord, safeSet, type SanitizeStats } from '../util/safe-properties';
import { chooseEncoding, decodeText, type ChosenEncoding } from '../util/text-encoding';

export interface DbfField {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

export interface DbfTable {
  fields: DbfField[];
  records: Record<string, unknown>[];
  encoding: ChosenEncoding;
  warnings: IoWarning[];
}

const LDID_936 = new Set([0x4d, 0x7a]);
const ascii = (b: Uint8Array) => String.fromCharCode(...b).replace(/\0+$/, '').trim();

function readValue(type: string, raw: Uint8Array, encoding: string): unknown {
  switch (type) {
    case 'C':
      return decodeText(raw, encoding).replace(/[\0 ]+$/, '');
    case 'N':
    case 'F': {
      const s = ascii(raw);
      if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
      return Number(s);
    }
    case 'I':
      return raw.length === 4 ? new DataView(raw.buffer, raw.byteOffset, 4).getInt32(0, true) : null;
    case 'L': {
      const c = ascii(raw).toUpperCase();
      return c === 'Y' || c === 'T' ? true : c === 'N' || c === 'F' ? false : null;
    }
    case 'D': {
      const s = ascii(raw);
      return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : null;
    }
    default:
      return decodeText(raw, encoding).replace(/[\0 ]+$/, '').trim();
  }
}

/**
 * Reads a .dbf file.
 * @param opts.encoding forced encoding (user choice)
 * @param opts.cpg contents of the .cpg file, when the zip has one
 */
export function readDbf(bytes: Uint8Array, opts: { encoding?: TextEncodingName; cpg?: string; stats?: SanitizeStats } = {}): DbfTable {
  if (bytes.length < 33) throw new TruncatedFileError('DBF', { zh: '属性表文件头不完整', en: 'the attribute table header is incomplete' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numRecords = view.getUint32(4, true);
  const headerLen = view.getUint16(8, true);
  const recLen = view.getUint16(10, true);
  const ldid = bytes[29];
  if (headerLen < 33 || recLen < 1) throw new MalformedFileError('DBF', { zh: '属性表文件头无效', en: 'invalid attribute table header' });
  if (bytes.length < headerLen) throw new TruncatedFileError('DBF', { zh: '字段定义不完整', en: 'the field definitions are incomplete' });

  const rawFields: { nameBytes: Uint8Array; type: string; length: number; decimals: number }[] = [];
  for (let o = 32; o + 32 <= headerLen && bytes[o] !== 0x0d; o += 32) {
    const nameRaw = bytes.subarray(o, o + 11);
    const end = nameRaw.indexOf(0);
    rawFields.push({ nameBytes: nameRaw.subarray(0, end < 0 ? 11 : end), type: String.fromCharCode(bytes[o + 11]).toUpperCase(), length: bytes[o + 16], decimals: bytes[o + 17] });
  }

  const available = Math.floor((bytes.length - headerLen) / recLen);
  if (available < numRecords) {
    throw new TruncatedFileError('DBF', { zh: `属性表只有 ${available} 条完整记录（应有 ${numRecords} 条）`, en: `the attribute table has only ${available} of ${numRecords} records` }, { details: { available, numRecords } });
  }

  // Sample for detection: field names plus text cells (first 1 MB of them).
  const parts: Uint8Array[] = rawFields.map((f) => f.nameBytes);
  let sampled = 0;
  for (let r = 0; r < numRecords && sampled < 1 << 20; r++) {
    let o = headerLen + r * recLen + 1;
    for (const f of rawFields) {
      if (f.type === 'C' || f.type === 'M') {
        parts.push(bytes.subarray(o, o + f.length));
        sampled += f.length;
      }
      o += f.length;
    }
  }
  const sample = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let so = 0;
  for (const p of parts) {
    sample.set(p, so);
    so += p.length + 1; // a 0x00 gap so pairs never straddle two cells
  }
  const declared: { label: string; source: EncodingSource } | undefined = opts.cpg?.trim()
    ? { label: opts.cpg, source: 'cpg' }
    : LDID_936.has(ldid) ? { label: 'gbk', source: 'ldid' } : undefined;
  const encoding = chooseEncoding(sample, opts.encoding, declared);
  const warnings: IoWarning[] = [];
  if (opts.cpg?.trim() && encoding.source !== 'cpg' && encoding.source !== 'option') {
    warnings.push({ code: 'CPG_UNKNOWN', text: { zh: `无法识别 .cpg 中的编码“${opts.cpg.trim()}”，已自动检测为 ${encoding.name}。`, en: `The .cpg encoding "${opts.cpg.trim()}" is unknown; detected ${encoding.name} instead.` } });
  }
  if (encoding.name === 'utf-8' && encoding.source !== 'option') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sample);
    } catch {
      warnings.push({ code: 'ENCODING_MISMATCH', text: { zh: '属性表声明为 UTF-8，但内容不是有效的 UTF-8，中文可能是乱码：请尝试指定 GBK 编码重新导入。', en: 'The table is declared UTF-8 but is not valid UTF-8; Chinese text may be garbled: try re-importing with the GBK encoding.' }, details: { retryWith: { encoding: 'gbk' } } });
    }
  }

  const seen = new Map<string, number>();
  const fields: DbfField[] = rawFields.map((f, i) => {
    let name = decodeText(f.nameBytes, encoding.name).trim() || `FIELD_${i + 1}`;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    if (n > 0) name = `${name}_${n + 1}`;
    return { name, type: f.type, length: f.length, decimals: f.decimals };
  });

  const records: Record<string, unknown>[] = [];
  let deleted = 0;
  for (let r = 0; r < numRecords; r++) {
    let o = headerLen + r * recLen;
    if (bytes[o] === 0x2a) deleted++;
    o++;
    const rec = emptyRecord();
    for (const f of fields) {
      safeSet(rec, f.name, readValue(f.type, bytes.subarray(o, o + f.length), encoding.name), opts.stats);
      o += f.length;
    }
    records.push(rec);
  }
  if (deleted) {
    warnings.push({ code: 'DBF_DELETED_RECORDS', text: { zh: `属性表中有 ${deleted} 条记录标记为已删除，仍按原样导入。`, en: `${deleted} record(s) are flagged as deleted in the table; they were imported as they are.` } });
  }
  return { fields, records, encoding, warnings };
}
