/**
 * The swipe divider's position: the share of the width, 0–100, from the left
 * edge at which the right-hand map starts. Keys change it like any ARIA
 * slider; a pointer sets it directly.
 */

/**
 * The position after a key press, or `undefined` when the key does not move
 * the divider: ←/↓ and →/↑ by `step`, PageDown/PageUp by 10 steps' worth
 * (at least 10), Home to 0, End to 100.
 *
 * @example
 * dividerKey(50, 'ArrowLeft', 2) // 48
 */
export function dividerKey(position: number, key: string, step = 2): number | undefined {
  const big = Math.max(10, step * 5);
  const delta: Record<string, number> = { ArrowLeft: -step, ArrowDown: -step, ArrowRight: step, ArrowUp: step, PageDown: -big, PageUp: big };
  if (key === 'Home') return 0;
  if (key === 'End') return 100;
  if (!(key in delta)) return undefined;
  return clampPosition(position + delta[key]);
}

/** The position of a pointer at `clientX` over an element spanning `left`…`left + width`. */
export function pointerPosition(clientX: number, left: number, width: number): number {
  if (!(width > 0)) return 50;
  return clampPosition(Math.round(((clientX - left) / width) * 1000) / 10);
}

/** Clamps to 0–100; non-numbers become 50 (the middle). */
export function clampPosition(v: number): number {
  if (!Number.isFinite(v)) return 50;
  return Math.min(100, Math.max(0, Math.round(v * 10) / 10));
}
