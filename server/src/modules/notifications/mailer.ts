import nodemailer from 'nodemailer';
import type { Email } from './email-templates';

export type Mailer = { send: (to: string, email: Email) => Promise<void>; close: () => void };

/** SMTP through nodemailer (`SMTP_URL`, e.g. smtp://user:pass@mail.example:587); pooled connections. */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  // Pooling is a URL option (`?pool=true`); a plain URL opens one connection per message.
  return {
    async send(to, email) {
      await transport.sendMail({ to, subject: email.subject, text: email.text });
    },
    close: () => transport.close(),
  };
}
