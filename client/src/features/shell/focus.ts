// After a navigation inside the app, focus moves to the new page's main heading, so keyboard and
// screen-reader users start reading the new screen instead of being left on <body>.
import { useEffect } from 'react';
import { useLocation } from 'react-router';

const WAIT_MS = 5_000;

export function useFocusHeadingOnNavigation(): void {
  const { pathname, key } = useLocation();
  // The page the browser loaded (react-router's "default" entry) keeps the browser's own starting
  // point, so the skip link comes first; every later navigation moves focus.
  const initial = key === 'default';
  useEffect(() => {
    if (initial) return;
    const main = document.getElementById('content');
    if (!main) return;
    // Where focus was when the new page rendered (the link that was followed, or <body>). If the
    // person moves it while the page loads (into the search box, say), the heading must not take
    // it back from under their typing.
    const before = document.activeElement;
    const movedByUser = (): boolean => {
      const now = document.activeElement;
      return !!now && now !== before && now !== document.body;
    };
    const focus = (): boolean => {
      if (movedByUser()) return true;
      const h1 = main.querySelector('h1');
      if (!h1) return false;
      h1.setAttribute('tabindex', '-1');
      h1.focus();
      return true;
    };
    if (focus()) return;
    // The page may still be loading its data: wait for its heading to appear.
    const observer = new MutationObserver(() => { if (focus()) observer.disconnect(); });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => { observer.disconnect(); clearTimeout(timer); };
  }, [pathname, initial]);
}
