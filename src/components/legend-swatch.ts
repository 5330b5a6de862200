import { html, svg } from 'lit';
import type { LegendSwatch } from './legend-model';

const W = 28;
const H = 16;

/** A legend sample drawn like the map draws the layer (colours come from the swatch, i.e. the manifest). */
export function swatchSvg(s: LegendSwatch) {
  let body;
  if (s.geometry === 'point') {
    body = svg`<circle cx=${W / 2} cy=${H / 2} r=${Math.max(3, Math.min(6.5, s.radius))} fill=${s.color} stroke=${s.outline ?? '#ffffff'} stroke-width="1.5"></circle>`;
  } else if (s.geometry === 'line') {
    body = svg`<line x1="2" y1=${H / 2} x2=${W - 2} y2=${H / 2} stroke=${s.color} stroke-width=${Math.max(2, s.width)} stroke-linecap="round"></line>`;
  } else {
    body = svg`<rect x="2" y="2" width=${W - 4} height=${H - 4} rx="1.5" fill=${s.color} fill-opacity=${s.fillOpacity} stroke=${s.outline ?? s.color} stroke-width="1.5"></rect>`;
  }
  return html`<svg class="swatch" width=${W} height=${H} viewBox="0 0 ${W} ${H}" aria-hidden="true">${body}</svg>`;
}

/** Neutral samples for the fixed explanation of schematic drawing and status dashes. */
export function explainSvg(kind: 'area' | 'line' | 'point' | 'solid-point' | 'solid' | 'dashed' | 'dotted') {
  let body;
  switch (kind) {
    case 'area':
      body = svg`<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" class="ex-stroke" stroke-width="1.2"></line></pattern></defs>
        <rect x="2" y="2" width=${W - 4} height=${H - 4} fill="url(#hatch)" fill-opacity="0.6" class="ex-stroke" stroke-width="1.5" stroke-dasharray="3 2"></rect>`;
      break;
    case 'line':
      body = svg`<line x1="3" y1=${H / 2} x2=${W - 3} y2=${H / 2} class="ex-stroke" stroke-opacity="0.22" stroke-width="10" stroke-linecap="round"></line>
        <line x1="3" y1=${H / 2} x2=${W - 3} y2=${H / 2} class="ex-stroke" stroke-width="2"></line>`;
      break;
    case 'point':
      body = svg`<circle cx=${W / 2} cy=${H / 2} r="7" class="ex-fill" fill-opacity="0.25"></circle>
        <circle cx=${W / 2} cy=${H / 2} r="4" fill="#ffffff" class="ex-stroke" stroke-width="2"></circle>`;
      break;
    case 'solid-point':
      body = svg`<circle cx=${W / 2} cy=${H / 2} r="4.5" class="ex-fill" stroke="#ffffff" stroke-width="1.5"></circle>`;
      break;
    default: {
      const dash = kind === 'dashed' ? '5 3' : kind === 'dotted' ? '1.5 2.5' : '';
      body = svg`<line x1="2" y1=${H / 2} x2=${W - 2} y2=${H / 2} class="ex-stroke" stroke-width="2.5" stroke-dasharray=${dash}></line>`;
    }
  }
  return html`<svg class="swatch" width=${W} height=${H} viewBox="0 0 ${W} ${H}" aria-hidden="true">${body}</svg>`;
}
