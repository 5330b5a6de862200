/**
 * Host pages and Content-Security-Policies for the widget's browser tests.
 * The policies are the ones README.md documents (src/embed/csp.ts).
 */
import { crossOriginCsp, sameOriginCsp } from '../../src/embed/csp';

export { crossOriginCsp, sameOriginCsp };

/** A plain host page: the widget's script tag(s) and the given body, no inline script or style. */
export function hostPage(scripts: string[], body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * Installed in every test page: records CSP violations (the page's and any
 * of its frames'), so a test can assert there were none.
 */
export const RECORD_CSP = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;
