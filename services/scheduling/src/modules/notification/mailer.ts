import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { SchedulingConfig } from '../../config';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

export type SendMail = (mail: OutgoingMail) => Promise<void>;

/**
 * SMTP when SMTP_URL is set; otherwise every mail becomes an `.eml` file in the outbox
 * folder (`<data dir>/mail-outbox/`), named after its notification, for development.
 */
export function createMailSender(config: SchedulingConfig['mail']): SendMail {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return async (mail) => {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@terugkeer>` });
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return async (mail) => {
    const info = await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@terugkeer>` });
    mkdirSync(config.outboxDir, { recursive: true });
    writeFileSync(join(config.outboxDir, `${mail.id}.eml`), info.message as Buffer);
  };
}
