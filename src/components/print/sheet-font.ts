/**
 * The sheet's font: the same bundled Noto Sans SC subsets the map labels use
 * (src/map/font-faces.ts), registered under a family of our own so the PNG
 * never falls back to whatever CJK font the computer has (or has not).
 * Only the subsets covering the sheet's text are downloaded.
 */
import { fontFaces } from '../../map/font-faces';

export const SHEET_FAMILY = 'Plan Sheet Noto Sans SC';

/** CSS font shorthand for canvas text in the sheet family. */
export function sheetFont(px: number, weight: 'normal' | 'bold' = 'normal'): string {
  return `${weight} ${Math.round(px * 10) / 10}px "${SHEET_FAMILY}", "Noto Sans SC", sans-serif`;
}

let registered = false;

function register(): void {
  if (registered || typeof FontFace === 'undefined') return;
  registered = true;
  for (const faces of Object.values(fontFaces())) {
    for (const face of Array.isArray(faces) ? faces : [faces]) {
      const f = typeof face === 'string' ? { url: face } : face;
      const range = (f as { 'unicode-range'?: string[] })['unicode-range'];
      document.fonts.add(new FontFace(SHEET_FAMILY, `url("${f.url}") format("woff2")`, range ? { unicodeRange: range.join(',') } : {}));
    }
  }
}

/** Registers the faces once and loads the ones `text` needs; resolves when they can be drawn. */
export async function loadSheetFont(text: string): Promise<void> {
  register();
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.all([document.fonts.load(sheetFont(16), text), document.fonts.load(sheetFont(16, 'bold'), text)]);
}
