/**
 * Text decoding for attribute tables (.dbf, CSV) that may be UTF-8 or the
 * Chinese legacy code pages GBK / GB18030 (code page 936, what Chinese
 * Windows, ArcGIS and Excel write by default).
 */
import type { EncodingSource, TextEncodingName } from '../types';

export interface ChosenEncoding {
  /** WHATWG encoding name: `utf-8`, `gbk`, `gb18030`, `windows-1252`… */
  name: string;
  source: EncodingSource;
}

/** Normalises a user / .cpg / option label to a WHATWG encoding name, or null when unknown. */
export function normalizeEncodingLabel(label: string): string | null {
  const raw = label.trim().replace(/^\uFEFF/, '');
  const upper = raw.toUpperCase().replace(/[\s_]+/g, '');
  if (['UTF-8', 'UTF8', '65001', 'CP65001'].includes(upper)) return 'utf-8';
  if (['GBK', 'CP936', '936', 'ANSI936', 'GB2312', 'EUC-CN', 'MS936', 'WINDOWS-936'].includes(upper)) return 'gbk';
  if (['GB18030', '54936', 'CP54936'].includes(upper)) return 'gb18030';
  if (/^\d+$/.test(upper)) {
    const cp = `windows-${upper}`;
    return isSupportedEncoding(cp) ? new TextDecoder(cp).encoding : null;
  }
  return isSupportedEncoding(raw) ? new TextDecoder(raw).encoding : null;
}

function isSupportedEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** True when every byte is < 0x80. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function decodesStrictly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Guesses UTF-8 vs GBK. Valid UTF-8 wins (Chinese GBK text is practically
 * never valid UTF-8: its trail bytes are rarely 0x80–0xBF in the right
 * pattern); otherwise GBK/GB18030 when that decodes strictly; otherwise
 * UTF-8 with replacement characters.
 */
export function detectEncoding(bytes: Uint8Array): { name: string; source: EncodingSource; certain: boolean } {
  if (isAscii(bytes)) return { name: 'utf-8', source: 'ascii', certain: true };
  if (decodesStrictly(bytes, 'utf-8')) return { name: 'utf-8', source: 'detected', certain: true };
  if (decodesStrictly(bytes, 'gb18030')) return { name: 'gbk', source: 'detected', certain: true };
  return { name: 'utf-8', source: 'detected', certain: false };
}

/** Strips a UTF-8 / UTF-16 byte-order mark and reports the encoding it names. */
export function sniffBom(bytes: Uint8Array): { encoding: string | null; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', offset: 2 };
  return { encoding: null, offset: 0 };
}

/**
 * Picks the encoding for a text attribute source: a forced option first,
 * then a declared one (.cpg, LDID), then a BOM, then detection on `sample`.
 */
export function chooseEncoding(
  sample: Uint8Array,
  forced?: TextEncodingName,
  declared?: { label: string; source: EncodingSource },
): ChosenEncoding {
  if (forced) {
    const name = normalizeEncodingLabel(forced);
    if (name) return { name, source: 'option' };
  }
  if (declared) {
    const name = normalizeEncodingLabel(declared.label);
    if (name) return { name, source: declared.source };
  }
  const bom = sniffBom(sample);
  if (bom.encoding) return { name: bom.encoding, source: 'bom' };
  const guess = detectEncoding(sample);
  return { name: guess.name, source: guess.source };
}

/** Decodes with a WHATWG label; `gbk` decodes as GB18030 (its superset), as browsers do. */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  const label = encoding === 'gbk' ? 'gb18030' : encoding;
  return new TextDecoder(label).decode(bytes);
}
