/**
 * Payload's e-mail adapter on nodemailer (SMTP settings from cms/config/email.ts). Payload's own
 * @payloadcms/email-nodemailer is published only up to 3.90.1 with an exact peer dependency on
 * payload 3.90.1, which does not install beside payload 3.90.2; this is the same thin glue.
 * Without SMTP settings e-mail is off: one log line at start, and a refused send is logged with
 * its recipient and subject only (never the body, which may hold a password-reset token). With SMTP,
 * a message is sent in the background (a failure is logged the same way).
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import type { EmailEnv } from '../config/email.ts'

export function emailAdapter(env: EmailEnv): EmailAdapter {
  return ({ payload }) => {
    if (!env.enabled) {
      payload.logger.info('邮件未配置（SMTP_HOST 未设置），找回密码邮件不会发出 / e-mail is off: set SMTP_HOST to send password-reset mail')
      return {
        name: 'off',
        defaultFromAddress: 'no-reply@localhost',
        defaultFromName: '创城宣传管理平台',
        sendEmail: async (message) => {
          payload.logger.warn(
            `邮件未发送（未配置 SMTP）/ e-mail not sent (no SMTP): to ${String(message.to)}, “${String(message.subject)}”`,
          )
          return { sent: false }
        },
      }
    }
    const transport = nodemailer.createTransport({
      host: env.host,
      port: env.port,
      secure: env.secure,
      auth: env.user ? { user: env.user, pass: env.pass } : undefined,
      connectionTimeout: 10_000,
    })
    return {
      name: 'smtp',
      defaultFromAddress: env.fromAddress,
      defaultFromName: env.fromName,
      // Handed to the SMTP server after the answer: a forgot-password request for a registered address
      // must not take longer, nor fail when the mail server is down, where one for an unknown address
      // answers at once (either would tell which addresses have accounts). A failed send is logged.
      sendEmail: async (message) => {
        transport
          .sendMail({ from: { name: env.fromName, address: env.fromAddress }, ...message })
          .catch((error: unknown) =>
            payload.logger.error(
              `邮件发送失败 / e-mail not sent: to ${String(message.to)}, “${String(message.subject)}”: ${error instanceof Error ? error.message : String(error)}`,
            ),
          )
        return { queued: true }
      },
    }
  }
}
