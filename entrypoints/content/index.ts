import { runContent } from '../../lib/content/runtime';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  cssInjectionMode: 'manifest',
  main: (ctx) => runContent(ctx),
});
