/** The coverage panel's form: the inputs each kind of analysis needs. */
import { html, type TemplateResult } from 'lit';
import type { FormHost } from './form-host';
import { facilitiesView, populationView, targetView } from './form-inputs';
import { analysisSelect, greenView, methodView, reachView, sitingView } from './form-options';

export function formView(h: FormHost): TemplateResult {
  const body = (): TemplateResult => {
    switch (h.params.analysis) {
      case 'coverage':
        return html`${facilitiesView(h)}${methodView(h)}${targetView(h)}${populationView(h)}`;
      case 'siting':
        return html`${facilitiesView(h, true)}${sitingView(h)}${targetView(h)}${populationView(h)}`;
      case 'green':
        return html`${greenView(h)}${targetView(h)}${populationView(h)}`;
      case 'reach':
        return reachView(h);
    }
  };
  return html`${analysisSelect(h)}${body()}`;
}
