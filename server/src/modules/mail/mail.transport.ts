// Where mail goes: an SMTP server (SMTP_URL, through nodemailer), or — the embedded default —
// an .eml file per message under $DATA_DIR/mail/, logged, so that `npm start` shows what would be
// sent. A failure throws; the caller records it and retries later (mail.send.ts).
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';

export type MailTransport = {
  send(message: Mail.Options, name: string): Promise<void>;
  close(): void;
};

export function createMailTransport(config: Pick<Config, 'mail' | 'dataDir'>, logger: Logger): MailTransport {
  return config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl) : fileTransport(path.join(config.dataDir, 'mail'), logger);
}

function smtpTransport(url: string): MailTransport {
  // Short timeouts: a job waiting two minutes (nodemailer's default) on a dead server only delays the retry.
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}

function fileTransport(dir: string, logger: Logger): MailTransport {
  const compose = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message, name) {
      const info = await compose.sendMail(message);
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${name}.eml`);
      // Whole or not at all: whoever reads the folder (a person, a test waiting for a link) never
      // finds an .eml with its headers and half its body. A rename within a folder is atomic.
      await fs.writeFile(`${file}.partial`, info.message as Buffer);
      await fs.rename(`${file}.partial`, file);
      logger.info({ module: 'mail', to: message.to, subject: message.subject, file }, 'mail written (no SMTP_URL set)');
    },
    close: () => compose.close(),
  };
}
