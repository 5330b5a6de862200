/**
 * Script of `embed.html`, the page for sites that only accept iframes: one
 * `<plan-map>` filling the frame, configured by URL parameters named like
 * its attributes (see embed-params.ts), plus a link to the full map.
 */
import '../components/plan-map';
import './workspace-components';
import { embedAttributes } from './embed-params';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/embed-page';

const attrs = embedAttributes(new URLSearchParams(location.search), location.href);
const map = document.createElement('plan-map');
for (const [name, value] of Object.entries(attrs)) map.setAttribute(name, value);

const lang = attrs.lang === 'en' ? 'en' : 'zh';
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
const link = document.createElement('a');
// Top right, beside the zoom buttons: the bottom corners hold the legend and the attribution.
link.slot = 'top-right';
link.className = 'full-map';
link.target = '_blank';
link.rel = 'noopener';
link.href = new URL(`./${location.search}`, location.href).href;
link.textContent = pick(S.openFullMap, lang);
map.append(link);
document.body.append(map);
