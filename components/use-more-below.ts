import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the frame's content goes on below what is in view: a card held to its
 * maximum height would otherwise end mid-section with nothing to say it scrolls.
 */
export function useMoreBelow(): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const update = () => {
      const root = document.documentElement;
      setMore(root.scrollHeight - (window.scrollY + window.innerHeight) > 4);
    };
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  return more;
}
