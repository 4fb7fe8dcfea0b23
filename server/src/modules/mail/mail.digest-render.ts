// What a daily digest says: its lines grouped by pairing, then by proposal, then the rest, each
// group with a link into the client; plain text and HTML alternatives of the same words; and the
// footer of every mail (preferences page). A digest mixes kinds, and one-click unsubscribe
// (List-Unsubscribe, RFC 8058) turns one kind off, so the digest carries no List-Unsubscribe
// header: its footer has one unsubscribe link per kind it lists, next to the preferences link.
import type Mail from 'nodemailer/lib/mailer';
import type { NotificationKind } from './mail.kinds.js';
import { esc, KIND_LABEL, PREFERENCES_PATH } from './mail.render.js';

export type DigestGroup = { title: string; link: string; lines: string[] };

export type DigestMail = {
  from: string;
  to: { name: string; address: string };
  messageId: string;
  /** The person's local day, YYYY-MM-DD. */
  localDate: string;
  groups: DigestGroup[];
  publicUrl: string;
  unsubscribe: Array<{ kind: NotificationKind; url: string }>;
};

export function renderDigest(m: DigestMail): Mail.Options {
  const prefs = `${m.publicUrl}${PREFERENCES_PATH}`;
  const count = m.groups.reduce((n, g) => n + g.lines.length, 0);
  const kinds = m.unsubscribe.map((u) => KIND_LABEL[u.kind]).join(', ');
  const why = `You get this daily digest because ${kinds} are set to reach you in it.`;
  const text = [
    `What happened in BCN Hub since your last digest (${count} ${count === 1 ? 'update' : 'updates'}):`,
    '',
    ...m.groups.flatMap((g) => [g.title, `  ${g.link}`, ...g.lines.map((l) => `  - ${l}`), '']),
    '-- ',
    why,
    `Email preferences: ${prefs}`,
    ...m.unsubscribe.map((u) => `Unsubscribe from ${KIND_LABEL[u.kind]}: ${u.url}`),
    '',
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif">
<p>What happened in BCN Hub since your last digest (${count} ${count === 1 ? 'update' : 'updates'}):</p>
${m.groups.map((g) => `<h3><a href="${esc(g.link)}">${esc(g.title)}</a></h3>\n<ul>${g.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`).join('\n')}
<hr><p style="color:#555;font-size:small">${esc(why)}<br>
<a href="${esc(prefs)}">Email preferences</a>${m.unsubscribe.map((u) => ` · <a href="${esc(u.url)}">Unsubscribe from ${esc(KIND_LABEL[u.kind])}</a>`).join('')}</p>
</body></html>`;
  return {
    from: m.from,
    to: m.to,
    subject: `[BCN Hub] Your daily digest for ${m.localDate}: ${count} ${count === 1 ? 'update' : 'updates'}`,
    text,
    html,
    messageId: m.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
