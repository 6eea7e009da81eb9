import { render, type ComponentChild } from 'preact';

/** Renders an extension page's app into its #app element; a page without one is a build mistake worth a loud error. */
export function mountApp(app: ComponentChild): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('Verbatim: this page has no #app element to render into');
  render(app, root);
}
