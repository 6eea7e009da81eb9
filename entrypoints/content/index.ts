import { runContent } from '../../lib/content/runtime';
import { BUILT_IN_PATTERNS } from '../../lib/sites';
import './highlights.css';

export default defineContentScript({
  // Other sites get the same script registered at run time once the reader grants them (lib/services/site-access).
  matches: [...BUILT_IN_PATTERNS],
  cssInjectionMode: 'manifest',
  main: (ctx) => runContent(ctx),
});
