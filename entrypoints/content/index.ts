import { runContent } from '../../lib/content/runtime';
import { BUILT_IN_PATTERNS } from '../../lib/sites';
import './highlights.css';
import highlightRules from './highlights.css?raw';

export default defineContentScript({
  // Other sites get the same script registered at run time once the reader grants them (lib/services/site-access).
  matches: [...BUILT_IN_PATTERNS],
  // In frames only the stylesheet matters: the top frame's scan reaches same-origin frames and paints there.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manifest',
  main: (ctx) => (window === window.top ? runContent(ctx, highlightRules) : undefined),
});
