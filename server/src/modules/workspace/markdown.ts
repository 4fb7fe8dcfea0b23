// Message bodies are stored as written (markdown) and rendered on read. Raw HTML is never
// passed through (html: false escapes it), and markdown-it's link check drops javascript:,
// vbscript:, file: and most data: URLs, so no script reaches another user.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

// Links open outside the app and give the target no handle on it.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'nofollow noopener noreferrer');
  tokens[idx].attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(body: string): string {
  return md.render(body);
}

/** `@someone@example.org` tokens in a body, lower-cased, each once. */
export function mentionedEmails(body: string): string[] {
  const found = body.matchAll(/(?<![\w@])@([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g);
  return [...new Set([...found].map((m) => m[1].toLowerCase()))];
}

/** The start of a body as plain text, for an inbox line: markup dropped, whitespace folded. */
export function excerptOf(body: string, max = 80): string {
  const text = md
    .parseInline(body, {})
    .flatMap((t) => t.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'code_inline' || t.type === 'softbreak' || t.type === 'hardbreak')
    .map((t) => (t.type.endsWith('break') ? ' ' : t.content))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
