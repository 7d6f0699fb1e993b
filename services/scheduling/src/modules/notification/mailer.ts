import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
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

/**
 * The mail job. The claim is taken before sending, so a mail goes out at most once even
 * if the job runs again; a failed send gives the claim back for the retry.
 */
export async function deliverMail(dataSource: DataSource, send: SendMail, notificationId: string): Promise<boolean> {
  const [claimed]: Record<string, any>[][] = await dataSource.query(
    `UPDATE notifications SET mail_claimed_at = now()
      WHERE id = $1 AND mail_claimed_at IS NULL AND email IS NOT NULL
      RETURNING id, email, title, body`,
    [notificationId],
  );
  const row = claimed[0];
  if (!row) return false;
  try {
    await send({ id: row.id, to: row.email, subject: row.title, text: row.body });
  } catch (error) {
    await dataSource.query(`UPDATE notifications SET mail_claimed_at = NULL WHERE id = $1`, [notificationId]);
    throw error;
  }
  await dataSource.query(`UPDATE notifications SET mailed_at = now() WHERE id = $1`, [notificationId]);
  return true;
}
