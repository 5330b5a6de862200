/**
 * Class decorator like Lit's `@customElement`, but a second definition of
 * the same tag (the widget script included twice on one page) is skipped
 * instead of throwing.
 */
export function planElement(tag: string) {
  return (cls: CustomElementConstructor): void => {
    if (!customElements.get(tag)) customElements.define(tag, cls);
  };
}
