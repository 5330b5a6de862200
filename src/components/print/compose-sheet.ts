/**
 * Lays out and draws the map sheet: title over the map, double frame, north
 * arrow and scale bar on the map, legend beside it, notes (sources, 示意,
 * 审图号) and date under it. Everything is drawn on one canvas at the map's
 * device-pixel resolution, so the PNG and the print view are the same image.
 */
import type { LegendLayer } from '../legend-model';
import { drawNorthArrow, drawScaleBar, drawSchematicSwatch, drawSwatch, fitText, wrapText } from './draw-furniture';
import { scaleBar, type ScaleBar } from './scale-bar';
import { sheetFont } from './sheet-font';

export interface SheetInput {
  /** The captured map image (device pixels). */
  map: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the capture; furniture scales with it. */
  pixelRatio: number;
  /** Ground metres per CSS pixel at the view's centre latitude. */
  metresPerCssPixel: number;
  bearing: number;
  title: string;
  /** Legend blocks (labels already in the sheet language), or null for no legend. */
  legend: { title: string; rows: { label: string; swatch: LegendLayer['rows'][number]['swatch'] }[] }[] | null;
  /** Text of the 示意 legend row, when some visible feature is schematic. */
  schematicRow?: string;
  legendTitle: string;
  north: string;
  unit: { m: string; km: string };
  /** Note lines under the map (sources, 示意 note); wrapped to the sheet width. */
  notes: string[];
  /** 审图号 line, when given. */
  review?: string;
  date: string;
}

export interface SheetLayout {
  width: number;
  height: number;
  map: { x: number; y: number; w: number; h: number };
  legend?: { x: number; y: number; w: number; h: number; columns: number };
  scale: ScaleBar;
  northArrow: { x: number; y: number; size: number };
}

const INK = '#1d2329';

interface LegendItem {
  kind: 'header' | 'row' | 'schematic';
  text: string;
  swatch?: LegendLayer['rows'][number]['swatch'];
}

/** Draws the sheet; returns the canvas and where each piece went (for tests and the preview). */
export function composeSheet(input: SheetInput): { canvas: HTMLCanvasElement; layout: SheetLayout } {
  const k = input.pixelRatio;
  const M = 28 * k;
  const F = 6 * k;
  const titleH = 62 * k;
  const mapW = input.map.width;
  const mapH = input.map.height;
  const probe = document.createElement('canvas').getContext('2d')!;

  // Legend: flow headers and rows into as many columns as the map height needs.
  const items: LegendItem[] = [];
  for (const block of input.legend ?? []) {
    items.push({ kind: 'header', text: block.title });
    for (const r of block.rows) items.push({ kind: 'row', text: r.label, swatch: r.swatch });
  }
  if (input.legend && input.schematicRow) items.push({ kind: 'schematic', text: input.schematicRow });
  const rowH = 20 * k;
  const headH = 24 * k;
  const legendTitleH = 34 * k;
  const colW = Math.min(290 * k, Math.max(150 * k, legendWidth(probe, items, k)));
  const avail = mapH + 2 * F - legendTitleH - 12 * k;
  const columns: LegendItem[][] = [[]];
  let used = 0;
  for (const it of items) {
    const h = it.kind === 'header' ? headH : rowH;
    if (used + h > avail && columns[columns.length - 1].length > 0) {
      columns.push([]);
      used = 0;
    }
    columns[columns.length - 1].push(it);
    used += h;
  }
  const hasLegend = input.legend !== null && items.length > 0;
  const legendW = hasLegend ? columns.length * colW + 16 * k : 0;
  const gap = hasLegend ? 14 * k : 0;

  const width = Math.round(M * 2 + F * 2 + mapW + gap + legendW);
  probe.font = sheetFont(12.5 * k);
  const noteLines = input.notes.flatMap((n) => wrapText(probe, n, width - 2 * M));
  const lineH = 19 * k;
  const footerH = 14 * k + lineH * (noteLines.length + 1);
  const height = Math.round(M + titleH + mapH + 2 * F + footerH + M * 0.6);

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  // Title.
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = sheetFont(28 * k, 'bold');
  ctx.fillText(fitText(ctx, input.title, width - 2 * M), width / 2, M + titleH / 2 - 4 * k);

  // Map in a double frame: thin inner line on the map edge, thick outer line F outside it.
  const map = { x: M + F, y: M + titleH + F, w: mapW, h: mapH };
  ctx.drawImage(input.map, map.x, map.y);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1 * k;
  ctx.strokeRect(map.x - 0.5 * k, map.y - 0.5 * k, mapW + k, mapH + k);
  ctx.lineWidth = 3 * k;
  ctx.strokeRect(map.x - F, map.y - F, mapW + 2 * F, mapH + 2 * F);

  // North arrow (top right) and scale bar (bottom left), inside the map frame.
  const size = 46 * k;
  const northArrow = { x: map.x + mapW - size * 0.95, y: map.y + size * 1.0, size };
  drawNorthArrow(ctx, northArrow.x, northArrow.y, size, input.bearing, input.north);
  const scale = scaleBar(input.metresPerCssPixel / k, Math.min(200 * k, mapW / 3));
  drawScaleBar(ctx, map.x + 16 * k, map.y + mapH - 16 * k, scale, scale.unit === 'km' ? input.unit.km : input.unit.m, k);

  // Legend beside the map, framed like it.
  let legend: SheetLayout['legend'];
  if (hasLegend) {
    legend = { x: map.x + mapW + F + gap, y: map.y - F, w: legendW, h: mapH + 2 * F, columns: columns.length };
    ctx.lineWidth = 1.5 * k;
    ctx.strokeRect(legend.x, legend.y, legend.w, legend.h);
    ctx.font = sheetFont(18 * k, 'bold');
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(input.legendTitle, legend.x + legend.w / 2, legend.y + legendTitleH / 2 + 2 * k);
    columns.forEach((col, c) => {
      let y = legend!.y + legendTitleH;
      const x = legend!.x + 8 * k + c * colW;
      for (const it of col) y += drawLegendItem(ctx, it, x, y, colW - 8 * k, k, it.kind === 'header' ? headH : rowH);
    });
  }

  // Footer: 审图号 and date on the first line, then the notes.
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = sheetFont(12.5 * k);
  let y = map.y + mapH + F + 10 * k;
  ctx.textAlign = 'left';
  if (input.review) ctx.fillText(input.review, M, y);
  ctx.textAlign = 'right';
  ctx.fillText(input.date, width - M, y);
  ctx.textAlign = 'left';
  ctx.fillStyle = '#3d444b';
  for (const line of noteLines) {
    y += lineH;
    ctx.fillText(line, M, y);
  }
  return { canvas, layout: { width, height, map, legend, scale, northArrow } };
}

function legendWidth(ctx: CanvasRenderingContext2D, items: LegendItem[], k: number): number {
  let w = 0;
  for (const it of items) {
    ctx.font = sheetFont((it.kind === 'header' ? 13 : 12) * k, it.kind === 'header' ? 'bold' : 'normal');
    w = Math.max(w, ctx.measureText(it.text).width + (it.kind === 'header' ? 8 * k : 40 * k));
  }
  return w + 12 * k;
}

function drawLegendItem(ctx: CanvasRenderingContext2D, it: LegendItem, x: number, y: number, w: number, k: number, h: number): number {
  ctx.save();
  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  if (it.kind === 'header') {
    ctx.font = sheetFont(13 * k, 'bold');
    ctx.fillText(fitText(ctx, it.text, w), x, y + h / 2 + 2 * k);
  } else {
    const sw = 28 * k;
    const sh = 14 * k;
    if (it.kind === 'schematic') drawSchematicSwatch(ctx, x + 4 * k, y + (h - sh) / 2, sw, sh, k);
    else if (it.swatch) drawSwatch(ctx, it.swatch, x + 4 * k, y + (h - sh) / 2, sw, sh, k);
    ctx.font = sheetFont(12 * k);
    ctx.fillText(fitText(ctx, it.text, w - sw - 12 * k), x + sw + 10 * k, y + h / 2);
  }
  ctx.restore();
  return h;
}
