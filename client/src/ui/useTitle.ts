// Names the browser tab (and what screen readers announce on navigation) after the screen.
import { useEffect } from 'react';

export function useTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · BCN Hub` : 'BCN Hub';
  }, [title]);
}
