import { svg, type SVGTemplateResult } from 'lit';

/**
 * Line icons of the toolbar (20×20, stroke = currentColor), drawn here so
 * the app needs no icon font or network request.
 */
const wrap = (body: SVGTemplateResult) =>
  svg`<svg class="icon" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const ICONS = {
  distance: wrap(svg`<path d="M3 15 L8 7 L12 12 L17 4"/><circle cx="3" cy="15" r="1.4"/><circle cx="8" cy="7" r="1.4"/><circle cx="12" cy="12" r="1.4"/><circle cx="17" cy="4" r="1.4"/>`),
  area: wrap(svg`<path d="M4 6 L12 3 L17 9 L13 17 L4 14 Z" fill="currentColor" fill-opacity="0.15"/>`),
  compare: wrap(svg`<rect x="2.5" y="3.5" width="15" height="13" rx="1"/><path d="M10 2 V18"/><path d="M7 8 L5.5 10 L7 12 M13 8 L14.5 10 L13 12"/>`),
  swipe: wrap(svg`<rect x="2.5" y="3.5" width="15" height="13" rx="1"/><path d="M11 3.5 V16.5" stroke-width="2.4"/>`),
  side: wrap(svg`<rect x="2" y="4" width="7" height="12" rx="1"/><rect x="11" y="4" width="7" height="12" rx="1"/>`),
  print: wrap(svg`<path d="M5.5 8 V3 H14.5 V8"/><rect x="2.5" y="8" width="15" height="6.5" rx="1"/><path d="M5.5 12.5 H14.5 V17 H5.5 Z"/>`),
};
