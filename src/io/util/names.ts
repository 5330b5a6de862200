/** `dir/路网.shp` → `路网`. */
export function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
}

/** Lower-case extension without the dot. */
export function extension(fileName: string): string {
  return (/\.([^./\\]+)$/.exec(fileName)?.[1] ?? '').toLowerCase();
}

/** A Uint8Array view of bytes that starts at offset 0 of its own buffer (some readers ignore byteOffset). */
export function ownBuffer(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
