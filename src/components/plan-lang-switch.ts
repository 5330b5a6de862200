import { css, html } from 'lit';
import { pick, LANGS, type Lang } from '../i18n/lang';
import { S } from '../i18n/strings/lang-switch';
import { planElement } from './define';
import { findPlanMap } from './map-host';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire, type PlanLangChangeDetail } from './workspace-events';

/**
 * Switches the UI between Chinese (default) and English at run time. It
 * fires `plan-lang-change` (cancelable: the app shell handles it); when
 * nobody cancels, it sets `lang` on its `<plan-map>` (the `for` target or
 * the map it sits in), which tells the controller, and every workspace
 * component re-renders in the new language.
 *
 * @fires plan-lang-change - the user picked a language; `detail: { lang }`
 * @csspart group - the button group
 * @csspart button - one language button
 * @cssprop --plan-accent - background of the active language
 * @cssprop --plan-accent-text - text colour of the active language
 */
@planElement('plan-lang-switch')
export class PlanLangSwitch extends MapConsumer {
  static override styles = [
    uiStyles,
    css`
      :host {
        display: inline-block;
      }
      .group {
        display: inline-flex;
        border: 1px solid var(--plan-lang-border, currentColor);
        border-radius: var(--plan-radius, 4px);
        overflow: hidden;
      }
      button {
        border: none;
        border-radius: 0;
        background: transparent;
        color: inherit;
        padding: 0.15rem 0.55rem;
        min-height: 28px;
      }
      button:hover {
        background: var(--plan-lang-hover, #ffffff22);
      }
      button[aria-pressed='true'] {
        background: var(--plan-lang-active-bg, #fff);
        color: var(--plan-lang-active-text, #8b1e1e);
        font-weight: 600;
      }
      button:focus-visible {
        outline-offset: -3px;
      }
    `,
  ];

  override render() {
    const lang = this.uiLang;
    return html`<div class="group" part="group" role="group" aria-label=${pick(S.label, lang)}>
      ${LANGS.map(
        (l) => html`<button part="button" lang=${l === 'zh' ? 'zh-CN' : 'en'} aria-pressed=${l === lang ? 'true' : 'false'} @click=${() => this.choose(l)}>
          ${pick(S[l], lang)}
        </button>`,
      )}
    </div>`;
  }

  private choose(lang: Lang): void {
    if (lang === this.uiLang) return;
    if (!fire<PlanLangChangeDetail>(this, 'plan-lang-change', { lang }, true)) return;
    const map = findPlanMap(this, this.for);
    if (map) map.lang = lang;
    else this.controller?.setLang(lang);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-lang-switch': PlanLangSwitch;
  }
}
