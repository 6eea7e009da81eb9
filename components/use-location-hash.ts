import { useEffect, useState } from 'preact/hooks';

/**
 * The page's fragment, kept current. The card frame is reused from one quote
 * to the next, and pointing it at `card.html#<new token>` is a fragment
 * navigation: the page does not reload, so it must follow the hash itself.
 */
export function useLocationHash(): string {
  const [hash, setHash] = useState(() => location.hash.slice(1));
  useEffect(() => {
    const follow = () => setHash(location.hash.slice(1));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return hash;
}
