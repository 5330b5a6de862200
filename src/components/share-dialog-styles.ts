import { css } from 'lit';

/** Width of the share dialog's preview box; larger embed sizes are shown scaled down. */
export const PREVIEW_WIDTH = 560;

/** Shadow styles of `<plan-share-dialog>` (after the shared uiStyles). */
export const shareDialogStyles = css`
  dialog {
    width: min(640px, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    overflow: auto;
    padding: 0 1rem 1rem;
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: var(--plan-radius, 6px);
    background: var(--plan-surface, #fff);
    color: inherit;
    box-shadow: 0 8px 32px #0004;
  }
  dialog::backdrop {
    background: #0006;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    position: sticky;
    top: 0;
    background: inherit;
    padding: 0.6rem 0 0.3rem;
  }
  h2 {
    margin: 0;
    font-size: 1.1em;
  }
  label,
  legend,
  h3 {
    display: block;
    font-weight: 600;
    font-size: 0.95em;
    margin: 0.8rem 0 0.25rem;
  }
  fieldset {
    border: none;
    margin: 0.6rem 0 0;
    padding: 0;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
  }
  .options label {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-weight: normal;
    margin: 0;
  }
  .row {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
  }
  input[readonly],
  textarea {
    flex: 1;
    min-width: 0;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
    background: var(--plan-code-bg, #f6f7f9);
    border: 1px solid var(--plan-border, #c9ced6);
    border-radius: var(--plan-radius, 4px);
    padding: 0.35rem;
    resize: vertical;
  }
  .hint,
  .intro,
  .note {
    margin: 0 0 0.3rem;
    color: var(--plan-muted, #5b6470);
    font-size: 0.85em;
  }
  .box {
    width: ${PREVIEW_WIDTH}px;
    max-width: 100%;
    overflow: hidden;
    border: 1px dashed var(--plan-border, #c9ced6);
  }
  .box iframe {
    border: 0;
    transform-origin: 0 0;
    display: block;
  }
  [role='status'] {
    min-height: 1.3em;
    margin: 0.5rem 0 0;
    font-size: 0.9em;
  }
`;
