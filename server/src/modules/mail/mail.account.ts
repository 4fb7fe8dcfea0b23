// Account mail (the account_mail job): an invitation to join, or a password-reset link. It is
// transactional: not governed by preferences and without List-Unsubscribe. The job mints the
// link's token and commits its hash, then sends (modules/account/account-token.ts says why); an
// SMTP failure throws and graphile-worker retries the job with its backoff, which mints a new
// token in place of the unsent one. A link already sent, used, replaced or expired, or a person
// deactivated meanwhile, sends nothing. If the process stops between the SMTP server's accepting
// the mail and `sentAt` being written, the retry sends a second mail with a new link (the first
// link then no longer works).
import { LockMode } from '@mikro-orm/core';
import type Mail from 'nodemailer/lib/mailer';
import type { Context } from '../../context.js';
import { labelledTransaction } from '../../db/raw-sql.js';
import { AccountToken, type AccountTokenPurpose } from '../account/account-token.entity.js';
import { newToken } from '../auth/token.js';
import { User } from '../user/user.entity.js';
import { esc } from './mail.render.js';
import type { MailTransport } from './mail.transport.js';

type AccountMailCtx = Pick<Context, 'em' | 'clock' | 'config'>;

/** The client pages the links open. */
export const ACCOUNT_PATHS: Record<AccountTokenPurpose, string> = { INVITATION: '/accept-invitation', PASSWORD_RESET: '/reset-password' };

export async function sendAccountMail(ctx: AccountMailCtx, transport: MailTransport, tokenId: string): Promise<void> {
  const prepared = await labelledTransaction(ctx.em, async (tx) => {
    const row = await tx.findOne(AccountToken, { id: tokenId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!row || row.sentAt || row.usedAt || row.expiresAt <= ctx.clock.now()) return null;
    const user = await tx.findOne(User, { id: row.user.id }, { populate: ['organization'] });
    if (!user?.active) return null;
    // A new token at each attempt: the one of an attempt that failed never reached anyone.
    const { token, hash } = newToken('');
    row.tokenHash = hash;
    const link = `${ctx.config.mail.publicUrl}${ACCOUNT_PATHS[row.purpose]}?token=${token}`;
    const to = { name: user.name, address: user.email };
    return renderAccountMail(row.purpose, { from: ctx.config.mail.from, to, organization: user.organization.getEntity().name, link, expiresAt: row.expiresAt });
  });
  if (!prepared) return;
  // Sent after the hash has committed, so that the link works as soon as the mail arrives.
  await transport.send(prepared, `${ctx.clock.now().toISOString().replace(/[:.]/g, '-')}-${tokenId}`);
  await ctx.em.fork().nativeUpdate(AccountToken, { id: tokenId }, { sentAt: ctx.clock.now() });
}

type AccountMail = { from: string; to: { name: string; address: string }; organization: string; link: string; expiresAt: Date };

const WORDING: Record<AccountTokenPurpose, (m: AccountMail) => { subject: string; lines: string[]; action: string }> = {
  INVITATION: (m) => ({
    subject: `[BCN Hub] You are invited to join ${m.organization}`,
    lines: [`Hello ${m.to.name},`, `you are invited to join BCN Hub, the APO Bilateral Cooperation between NPOs platform, as a member of ${m.organization}.`, 'Choose your password with the link below. It works once.'],
    action: 'Set your password',
  }),
  PASSWORD_RESET: (m) => ({
    subject: '[BCN Hub] Reset your password',
    lines: [`Hello ${m.to.name},`, 'someone (we hope you) asked to reset the password of your BCN Hub account.', 'Choose a new password with the link below. It works once, and signs you out everywhere else.'],
    action: 'Choose a new password',
  }),
};

export function renderAccountMail(purpose: AccountTokenPurpose, m: AccountMail): Mail.Options {
  const { subject, lines, action } = WORDING[purpose](m);
  const until = `The link is valid until ${m.expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC.`;
  const ignore = purpose === 'PASSWORD_RESET' ? 'If you did not ask for it, ignore this email: your password stays as it is.' : 'If you did not expect it, ignore this email.';
  const text = [...lines, '', `${action}: ${m.link}`, '', until, ignore, ''].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif">
${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}
<p><a href="${esc(m.link)}">${esc(action)}</a></p>
<p style="color:#555;font-size:small">${esc(until)} ${esc(ignore)}</p>
</body></html>`;
  return { from: m.from, to: m.to, subject, text, html, headers: { 'Auto-Submitted': 'auto-generated' } };
}
