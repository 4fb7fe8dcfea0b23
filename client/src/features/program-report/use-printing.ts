// True while the browser prints: the charts then draw at the paper's width (a chart keeps the
// width it had on screen otherwise, and a wide one would be cut at the page's edge). The state
// changes inside `beforeprint`, synchronously, so that the print layout already has it.
import { createContext, useContext, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** About the printable width of A4 or Letter with 1.5 cm margins, in CSS pixels. */
export const PRINT_WIDTH = 640;

export const PrintingContext = createContext(false);
export const usePrintingContext = () => useContext(PrintingContext);

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
