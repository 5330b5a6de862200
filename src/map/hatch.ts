/**
 * An 8×8 RGBA tile with one diagonal grey line, used as `fill-pattern` for
 * schematic polygons so they read as 示意 at a glance.
 */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = (x + y) % size;
      if (d === 0 || d === size - 1) {
        const i = (y * size + x) * 4;
        data[i] = 60;
        data[i + 1] = 60;
        data[i + 2] = 60;
        data[i + 3] = d === 0 ? 200 : 90;
      }
    }
  }
  return { width: size, height: size, data };
}
