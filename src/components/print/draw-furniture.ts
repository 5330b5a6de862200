/**
 * Canvas drawing of the map furniture a Chinese planning map carries: north
 * arrow, segmented scale bar, legend swatches and wrapped note text. Sizes
 * are in sheet pixels; `k` is the sheet's pixel ratio.
 */
import type { LegendSwatch } from '../legend-model';
import type { ScaleBar } from './scale-bar';
import { sheetFont } from './sheet-font';

type Ctx = CanvasRenderingContext2D;

const INK = '#1d2329';

/**
 * North arrow centred at (x, y): a split needle pointing to grid north of the
 * view (rotated by −bearing when the map is rotated) with 北 / N above it.
 */
export function drawNorthArrow(ctx: Ctx, x: number, y: number, size: number, bearing: number, letter: string): void {
  ctx.save();
  ctx.fillStyle = '#ffffffd9';
  ctx.beginPath();
  ctx.arc(x, y, size * 0.75, 0, Math.PI * 2);
  ctx.fill();
  ctx.translate(x, y);
  ctx.rotate((-bearing * Math.PI) / 180);
  const h = size * 0.55;
  const w = size * 0.2;
  ctx.lineWidth = Math.max(1, size / 30);
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(0, -h);
  ctx.lineTo(w, h * 0.6);
  ctx.lineTo(0, h * 0.25);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.moveTo(0, -h);
  ctx.lineTo(-w, h * 0.6);
  ctx.lineTo(0, h * 0.25);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = sheetFont(size * 0.32, 'bold');
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(letter, 0, -h - size * 0.04);
  ctx.restore();
}

/**
 * Segmented black/white scale bar with its left end at (x, y) (the bar's
 * baseline), tick labels above and the unit after the last label. Returns
 * the box it drew in, so the caller can check it fits.
 */
export function drawScaleBar(ctx: Ctx, x: number, y: number, bar: ScaleBar, unitLabel: string, k: number): { w: number; h: number } {
  const barH = 6 * k;
  const fontPx = 11 * k;
  const seg = bar.pixels / bar.parts;
  ctx.save();
  ctx.font = sheetFont(fontPx);
  const unitW = ctx.measureText(` ${unitLabel}`).width;
  const pad = 6 * k;
  const boxW = bar.pixels + unitW + pad * 2 + 8 * k;
  const boxH = barH + fontPx + pad * 2 + 4 * k;
  ctx.fillStyle = '#ffffffd9';
  ctx.fillRect(x - pad, y - boxH + pad, boxW, boxH);
  for (let i = 0; i < bar.parts; i++) {
    ctx.fillStyle = i % 2 === 0 ? INK : '#ffffff';
    ctx.fillRect(x + i * seg, y - barH, seg, barH);
  }
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(1, k);
  ctx.strokeRect(x, y - barH, bar.pixels, barH);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'bottom';
  ctx.textAlign = 'center';
  // Label every tick for five parts, every other one for four; on a short bar only the ends, so labels never crowd.
  const every = seg < 28 * k ? bar.parts : bar.parts === 4 ? 2 : 1;
  bar.ticks.forEach((t, i) => {
    if (i % every === 0) ctx.fillText(formatTick(t), x + i * seg, y - barH - 2 * k);
  });
  ctx.textAlign = 'left';
  ctx.fillText(unitLabel, x + bar.pixels + unitW * 0.25 + 4 * k, y - barH - 2 * k);
  ctx.restore();
  return { w: boxW, h: boxH };
}

function formatTick(v: number): string {
  return Number.isInteger(v) ? String(v) : String(+v.toFixed(2));
}

/** One legend sample in a w×h box at (x, y), drawn like the map draws the layer. */
export function drawSwatch(ctx: Ctx, s: LegendSwatch, x: number, y: number, w: number, h: number, k: number): void {
  ctx.save();
  if (s.geometry === 'point') {
    ctx.fillStyle = s.color;
    ctx.strokeStyle = s.outline ?? '#ffffff';
    ctx.lineWidth = 1.5 * k;
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, Math.max(3, Math.min(6.5, s.radius)) * k, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  } else if (s.geometry === 'line') {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = Math.max(2, s.width) * k;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(x + 2 * k, y + h / 2);
    ctx.lineTo(x + w - 2 * k, y + h / 2);
    ctx.stroke();
  } else {
    ctx.globalAlpha = s.fillOpacity;
    ctx.fillStyle = s.color;
    ctx.fillRect(x + 1 * k, y + 1 * k, w - 2 * k, h - 2 * k);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = s.outline ?? s.color;
    ctx.lineWidth = 1.5 * k;
    ctx.strokeRect(x + 1 * k, y + 1 * k, w - 2 * k, h - 2 * k);
  }
  ctx.restore();
}

/** The 示意 sample: a hatched box with a dashed outline, as schematic areas are drawn. */
export function drawSchematicSwatch(ctx: Ctx, x: number, y: number, w: number, h: number, k: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x + k, y + k, w - 2 * k, h - 2 * k);
  ctx.clip();
  ctx.strokeStyle = '#6b6b6b';
  ctx.lineWidth = 1 * k;
  for (let d = -h; d < w + h; d += 4 * k) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + h);
    ctx.lineTo(x + d + h, y);
    ctx.stroke();
  }
  ctx.restore();
  ctx.save();
  ctx.strokeStyle = '#555555';
  ctx.lineWidth = 1.5 * k;
  ctx.setLineDash([3 * k, 2 * k]);
  ctx.strokeRect(x + k, y + k, w - 2 * k, h - 2 * k);
  ctx.restore();
}

/** Splits `text` into lines no wider than `width` in the context's current font (CJK breaks anywhere). */
export function wrapText(ctx: Ctx, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Break between CJK characters, and at spaces between Latin words.
  const tokens = text.match(/[\p{Script=Han}\p{P}]|[^\s\p{Script=Han}\p{P}]+|\s+/gu) ?? [];
  for (const tok of tokens) {
    const next = line + tok;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** `text` cut with an ellipsis to fit `width`. */
export function fitText(ctx: Ctx, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}
