// Turning document text into plain text: no markup from the source is trusted or kept.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Tags removed (scripts and styles with their content), entities decoded, spaces collapsed. */
export function plainText(s: string): string {
  return decodeEntities(
    s
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' '),
  )
    .replace(/<\/?[a-z][^>]*>/gi, ' ') // tags that were entity-encoded in the source
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** `<p>` paragraphs (or blank-line separated ones) as plain-text paragraphs. */
export function paragraphsOf(value: string): string[] {
  const chunks = /<p\b/i.test(value) ? value.split(/<\/?p\b[^>]*>|<br\s*\/?>\s*<br\s*\/?>/i) : value.split(/\n\n+/);
  return chunks.map((c) => plainText(c).replace(/\s+/g, ' ')).filter(Boolean);
}
