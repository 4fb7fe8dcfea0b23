// What one alert mail says: the inbox's summary, a link to its subject in the client, and a
// footer with the preferences page and the one-click unsubscribe link; plain text and HTML
// alternatives of the same words, and the headers of RFC 8058.
import type Mail from 'nodemailer/lib/mailer';
import type { EventRow } from '../../events/index.js';
import type { NotificationKind } from './mail.kinds.js';

export const PREFERENCES_PATH = '/settings/notifications';

const KIND_LABEL: Record<NotificationKind, string> = {
  MENTION: 'mentions',
  THREAD_MESSAGE: 'messages in your pairings’ threads',
  HOST_INVITATION: 'invitations to host',
  HOST_DECISION: 'host decisions',
  REVIEW_DECISION: 'review decisions on your proposals',
  STATUS_CHANGE: 'status changes of your pairings and proposals',
  FOLLOW_UP_DUE: 'follow-ups due',
  ROUND_CLOSING: 'rounds closing',
  MEETING_SOON: 'meetings soon',
};

/** The client page of what the event is about: its pairing, else its proposal, else the inbox. */
export function subjectLink(publicUrl: string, event: Pick<EventRow, 'payload'>): string {
  const { pairingId, proposalId } = event.payload;
  if (typeof pairingId === 'string') return `${publicUrl}/pairings/${pairingId}`;
  if (typeof proposalId === 'string') return `${publicUrl}/proposals/${proposalId}`;
  return `${publicUrl}/inbox`;
}

export type AlertMail = {
  from: string;
  to: { name: string; address: string };
  messageId: string;
  kind: NotificationKind;
  summary: string;
  link: string;
  publicUrl: string;
  unsubscribeUrl: string;
};

export function renderAlert(m: AlertMail): Mail.Options {
  const prefs = `${m.publicUrl}${PREFERENCES_PATH}`;
  const why = `You get this email because ${KIND_LABEL[m.kind]} are set to reach you immediately.`;
  const text = [m.summary, '', `Open in BCN Hub: ${m.link}`, '', '-- ', why, `Email preferences: ${prefs}`, `Unsubscribe from ${KIND_LABEL[m.kind]}: ${m.unsubscribeUrl}`, ''].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif">
<p>${esc(m.summary)}</p>
<p><a href="${esc(m.link)}">Open in BCN Hub</a></p>
<hr><p style="color:#555;font-size:small">${esc(why)}<br>
<a href="${esc(prefs)}">Email preferences</a> · <a href="${esc(m.unsubscribeUrl)}">Unsubscribe from ${esc(KIND_LABEL[m.kind])}</a></p>
</body></html>`;
  return {
    from: m.from,
    to: m.to,
    subject: `[BCN Hub] ${oneLine(m.summary, 140)}`,
    text,
    html,
    messageId: m.messageId,
    headers: {
      'List-Unsubscribe': `<${m.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
}

/** The domain of MAIL_FROM, for Message-IDs. */
export function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'bcn-hub.local';
}

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
