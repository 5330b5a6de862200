/**
 * GBK encoder for writing .dbf / CSV files that old Chinese software reads.
 * Browsers only ship decoders for GBK, so the table is built once, lazily, by
 * decoding every two-byte GBK code (lead 0x81–0xFE, trail 0x40–0xFE) in one
 * call and inverting the result. No dependency, ~22 000 entries.
 */
let table: Map<number, number> | null = null;

function buildTable(): Map<number, number> {
  const leads = 0xfe - 0x81 + 1;
  const trails = 0xfe - 0x40 + 1;
  // Each pair is followed by '\n' so a bad pair cannot swallow its neighbour.
  const bytes = new Uint8Array(leads * trails * 3);
  let o = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      bytes[o++] = lead;
      bytes[o++] = trail;
      bytes[o++] = 0x0a;
    }
  }
  const text = new TextDecoder('gbk').decode(bytes).split('\n');
  const map = new Map<number, number>();
  let i = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = text[i++];
      if (ch && ch.length === 1 && ch !== '\uFFFD') {
        const cp = ch.codePointAt(0)!;
        if (!map.has(cp)) map.set(cp, (lead << 8) | trail);
      }
    }
  }
  return map;
}

/** Result of `encodeGbk`: the bytes and how many characters had no GBK code (written as `?`). */
export interface GbkEncoded {
  bytes: Uint8Array;
  unmappable: number;
}

/** Encodes a string as GBK; characters outside GBK become `?`. */
export function encodeGbk(text: string): GbkEncoded {
  table ??= buildTable();
  const out: number[] = [];
  let unmappable = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const code = table.get(cp);
    if (code === undefined) {
      out.push(0x3f);
      unmappable++;
    } else {
      out.push(code >> 8, code & 0xff);
    }
  }
  return { bytes: Uint8Array.from(out), unmappable };
}
