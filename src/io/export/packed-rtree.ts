/**
 * Packed Hilbert R-tree, laid out exactly as FlatGeobuf stores its spatial
 * index: nodes of 40 bytes (minX, minY, maxX, maxY as float64, offset as
 * uint64, little-endian), root first and leaves last. A leaf's offset is the
 * byte offset of its feature in the feature section; an inner node's offset
 * is the index of its first child node.
 */
import { calcTreeSize, generateLevelBounds, NODE_ITEM_BYTE_LEN } from 'flatgeobuf/lib/mjs/packedrtree.js';

/** The default FlatGeobuf node size (fan-out). */
export const DEFAULT_NODE_SIZE = 16;

export type Box = [number, number, number, number];

const HILBERT_MAX = (1 << 16) - 1;

/**
 * Position of (x, y), each 0…65535, along a Hilbert curve (0…2³²−1): nearby
 * points get nearby values, so sorting by it clusters features in space.
 */
export function hilbert(x: number, y: number): number {
  let a = x ^ y;
  let b = 0xffff ^ a;
  let c = 0xffff ^ (x | y);
  let d = x & (y ^ 0xffff);
  let A = a | (b >> 1);
  let B = (a >> 1) ^ a;
  let C = (c >> 1) ^ (b & (d >> 1)) ^ c;
  let D = (a & (c >> 1)) ^ (d >> 1) ^ d;

  a = A; b = B; c = C; d = D;
  A = (a & (a >> 2)) ^ (b & (b >> 2));
  B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
  C ^= (a & (c >> 2)) ^ (b & (d >> 2));
  D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

  a = A; b = B; c = C; d = D;
  A = (a & (a >> 4)) ^ (b & (b >> 4));
  B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
  C ^= (a & (c >> 4)) ^ (b & (d >> 4));
  D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

  a = A; b = B; c = C; d = D;
  C ^= (a & (c >> 8)) ^ (b & (d >> 8));
  D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

  a = C ^ (C >> 1);
  b = D ^ (D >> 1);
  let i0 = x ^ y;
  let i1 = b | (0xffff ^ (i0 | a));
  i0 = (i0 | (i0 << 8)) & 0x00ff00ff;
  i0 = (i0 | (i0 << 4)) & 0x0f0f0f0f;
  i0 = (i0 | (i0 << 2)) & 0x33333333;
  i0 = (i0 | (i0 << 1)) & 0x55555555;
  i1 = (i1 | (i1 << 8)) & 0x00ff00ff;
  i1 = (i1 | (i1 << 4)) & 0x0f0f0f0f;
  i1 = (i1 | (i1 << 2)) & 0x33333333;
  i1 = (i1 | (i1 << 1)) & 0x55555555;
  return ((i1 << 1) | i0) >>> 0;
}

/** Union of boxes; `[Infinity, Infinity, -Infinity, -Infinity]` for none. */
export function extentOf(boxes: Box[]): Box {
  const e: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    if (b[0] < e[0]) e[0] = b[0];
    if (b[1] < e[1]) e[1] = b[1];
    if (b[2] > e[2]) e[2] = b[2];
    if (b[3] > e[3]) e[3] = b[3];
  }
  return e;
}

/** Indexes of `boxes` in Hilbert order of their centres within `extent` (stable). */
export function hilbertOrder(boxes: Box[], extent: Box): number[] {
  const w = extent[2] - extent[0] || 1;
  const h = extent[3] - extent[1] || 1;
  const keys = boxes.map((b) => {
    const x = Math.floor((HILBERT_MAX * ((b[0] + b[2]) / 2 - extent[0])) / w);
    const y = Math.floor((HILBERT_MAX * ((b[1] + b[3]) / 2 - extent[1])) / h);
    return hilbert(x, y);
  });
  return boxes.map((_, i) => i).sort((i, j) => keys[i] - keys[j] || i - j);
}

/**
 * Serialises the tree for leaf boxes already in Hilbert order, with
 * `offsets[i]` the byte offset of feature i in the feature section.
 */
export function buildPackedRTree(leaves: Box[], offsets: number[], nodeSize = DEFAULT_NODE_SIZE): Uint8Array {
  const n = leaves.length;
  const bytes = new Uint8Array(calcTreeSize(n, nodeSize));
  const view = new DataView(bytes.buffer);
  const levels = generateLevelBounds(n, nodeSize);
  const boxes: Box[] = new Array(bytes.length / NODE_ITEM_BYTE_LEN);
  const pointers: number[] = new Array(boxes.length);
  const [leafStart] = levels[0];
  for (let i = 0; i < n; i++) {
    boxes[leafStart + i] = leaves[i];
    pointers[leafStart + i] = offsets[i];
  }
  for (let level = 0; level < levels.length - 1; level++) {
    let [pos, end] = levels[level];
    let parent = levels[level + 1][0];
    while (pos < end) {
      const first = pos;
      const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
      for (let j = 0; j < nodeSize && pos < end; j++, pos++) {
        const b = boxes[pos];
        if (b[0] < box[0]) box[0] = b[0];
        if (b[1] < box[1]) box[1] = b[1];
        if (b[2] > box[2]) box[2] = b[2];
        if (b[3] > box[3]) box[3] = b[3];
      }
      boxes[parent] = box;
      pointers[parent] = first;
      parent++;
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    const o = i * NODE_ITEM_BYTE_LEN;
    const b = boxes[i];
    view.setFloat64(o, b[0], true);
    view.setFloat64(o + 8, b[1], true);
    view.setFloat64(o + 16, b[2], true);
    view.setFloat64(o + 24, b[3], true);
    view.setBigUint64(o + 32, BigInt(pointers[i]), true);
  }
  return bytes;
}
