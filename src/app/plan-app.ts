import { LitElement, css, html } from 'lit';
import '../components/plan-map';
import { planElement } from '../components/define';

/**
 * The full planner's workspace: the map filling the window with the
 * workspace components around it.
 *
 * @cssprop --plan-header-bg - header background
 */
@planElement('plan-app')
export class PlanApp extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      height: 100dvh;
    }
    header {
      padding: 0.4rem 0.8rem;
      background: var(--plan-header-bg, #8b1e1e);
      color: #fff;
      font-size: 1rem;
    }
    h1 {
      margin: 0;
      font-size: 1.05rem;
      font-weight: 600;
    }
    plan-map {
      flex: 1;
      --plan-map-height: auto;
    }
  `;

  override render() {
    return html`
      <header><h1>卢氏县“十四五”规划一张图</h1></header>
      <plan-map controls="zoom,scale,fullscreen,attribution"></plan-map>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-app': PlanApp;
  }
}
