import { html, nothing } from 'lit';
import { pick, type Lang } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/inspector';
import { quoteInContext, refLine, type PlanText } from '../manifest/plan-text';
import { idList, text } from './element-info';

/**
 * The citation block: the `plan_ref` line in full with the quote marked
 * inside it, then every `see_also` line (folded). All text bindings: plan
 * text and quotes are never parsed as HTML.
 */
export function sourceView(plan: PlanText | undefined, props: Record<string, unknown>, lang: Lang) {
  const ref = text(props.plan_ref);
  const quote = text(props.quote);
  const n = refLine(ref);
  const ctx = plan && ref ? quoteInContext(plan, ref, quote) : null;
  const seeAlso = idList(props.see_also).filter((r) => r !== ref);
  if (!ref && !quote) return nothing;
  return html`<section class="source" part="source" aria-labelledby="src-h">
    <h3 id="src-h">${pick(S.source, lang)} <span class="ref">${ref}${n !== undefined ? html` · ${fmt(S.sourceLine, lang, { n })}` : nothing}</span></h3>
    ${ctx
      ? html`<p class="para" lang="zh">${ctx.before}${ctx.quote ? html`<mark part="quote">${ctx.quote}</mark>` : nothing}${ctx.after}</p>
          ${!ctx.quote && quote ? html`<p class="muted">“${quote}” ${pick(S.quoteNotFound, lang)}</p>` : nothing}`
      : html`<p class="para"><mark part="quote">${quote}</mark></p>
          ${ref ? html`<p class="muted">${pick(S.noLine, lang)}</p>` : nothing}`}
    ${seeAlso.length
      ? html`<div class="see-also">
          <h4>${pick(S.seeAlso, lang)}</h4>
          ${seeAlso.map((r) => {
            const line = plan && refLine(r) !== undefined ? plan.lines.get(refLine(r)!) : undefined;
            return html`<details>
              <summary>${r}${line ? html` <span class="muted">${line.slice(0, 28)}${line.length > 28 ? '…' : ''}</span>` : nothing}</summary>
              <p class="para" lang="zh">${line ?? pick(S.noLine, lang)}</p>
            </details>`;
          })}
        </div>`
      : nothing}
  </section>`;
}
