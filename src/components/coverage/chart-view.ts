/**
 * A small inline-SVG bar chart of the share covered per level and per type
 * (no charting library). Text goes through Lit bindings only.
 */
import { html, svg, type TemplateResult } from 'lit';
import { formatShare } from '../../analysis/index';
import type { Bar } from './result-rows';
import { COVERAGE_COLORS } from './result-layers';

const W = 300;
const LABEL_W = 118;
const VALUE_W = 44;
const ROW = 20;
const BAR_H = 13;
const TOP = 14;

const COLORS: Record<Bar['section'], string> = {
  level: COVERAGE_COLORS.covered,
  type: COVERAGE_COLORS.service,
  all: COVERAGE_COLORS.site,
  gap: COVERAGE_COLORS.gap,
};

/** Cuts a label to what fits the label column (CJK counts double). */
export function fitLabel(s: string, max = 16): string {
  let width = 0;
  let out = '';
  for (const ch of s) {
    width += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
    if (width > max) return `${out}…`;
    out += ch;
  }
  return out;
}

export function barChart(bars: Bar[], title: string): TemplateResult {
  const plot = W - LABEL_W - VALUE_W;
  const h = TOP + bars.length * ROW + 4;
  const x = (share: number) => LABEL_W + plot * Math.min(1, Math.max(0, share));
  return html`<svg class="chart" part="chart" viewBox="0 0 ${W} ${h}" width="100%" role="img" aria-label=${title}>
    <title>${title}</title>
    ${[0, 0.5, 1].map(
      (t) => svg`<line x1=${x(t)} x2=${x(t)} y1=${TOP - 3} y2=${h - 2} stroke="#c9ced6" stroke-width="1" stroke-dasharray=${t === 0 ? '' : '2 2'}></line>
        <text x=${x(t)} y=${TOP - 5} font-size="9" text-anchor="middle" fill="#5f6b7a">${t * 100}%</text>`,
    )}
    ${bars.map((b, i) => {
      const y = TOP + i * ROW;
      return svg`<g class="bar" data-section=${b.section}>
        <title>${b.label}: ${formatShare(b.share)}</title>
        <text x=${LABEL_W - 4} y=${y + BAR_H - 2} font-size="11" text-anchor="end" fill="#1d2329">${fitLabel(b.label)}</text>
        <rect x=${LABEL_W} y=${y} width=${plot} height=${BAR_H} fill="#eef0f3"></rect>
        <rect x=${LABEL_W} y=${y} width=${Math.max(0, x(b.share) - LABEL_W)} height=${BAR_H} fill=${COLORS[b.section]}></rect>
        <text x=${W - VALUE_W + 4} y=${y + BAR_H - 2} font-size="11" fill="#1d2329">${formatShare(b.share)}</text>
      </g>`;
    })}
  </svg>`;
}
