import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 400;
/** A page that never stops changing still gets rescanned this often. */
const MAX_WAIT_MS = 2000;

/**
 * Follows pages whose article arrives late or grows ("load more", single-page
 * sites). Mutations are debounced so a page that rewrites itself constantly
 * costs one scan per quiet moment, and our own UI's mutations are ignored.
 */
export function watchForChanges(
  ctx: ContentScriptContext,
  doc: Document,
  isOwnNode: (node: Node) => boolean,
  rescan: () => void,
): void {
  let timer: number | undefined;
  let firstPending = 0;
  const fire = () => {
    timer = undefined;
    firstPending = 0;
    rescan();
  };
  const observer = new MutationObserver((records) => {
    const relevant = records.some(
      (record) => !isOwnNode(record.target) && (record.type === 'characterData' || hasText(record)),
    );
    if (!relevant) return;
    const now = Date.now();
    if (timer !== undefined) clearTimeout(timer);
    if (!firstPending) firstPending = now;
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now));
    timer = ctx.setTimeout(fire, wait);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}

function hasText(record: MutationRecord): boolean {
  const touched = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return touched.some((node) => (node.textContent ?? '').trim().length > 0);
}
