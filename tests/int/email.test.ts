/** Password reset through a real SMTP server (smtp-server on loopback) and the real Payload. */
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/ports.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

/** The text of a single-part message body, as a mail client would decode it. */
function decodeBody(head: string, body: string): string {
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return body
}

let ctx: TempPayload
let smtp: SMTPServer
const received: { to: string[]; raw: string }[] = []

beforeAll(async () => {
  const port = await freePort()
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8')
      })
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve))
  ctx = await startTempPayload('email', {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: '示范市创城办 <no-reply@example.gov.cn>',
  })
})
afterAll(async () => {
  await ctx.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

describe('password reset e-mail', () => {
  it('should deliver a reset link with a token to the user over SMTP', async () => {
    const user = await makeUser(ctx.payload, 'editor')
    const token = await ctx.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: false })
    expect(typeof token).toBe('string')
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1)
    const [mail] = received
    expect(mail?.to).toEqual([user.email])
    expect(mail?.raw).toContain('no-reply@example.gov.cn')
    const [head = '', body = ''] = (mail?.raw ?? '').split(/\r?\n\r?\n/)
    const html = decodeBody(head, body)
    expect(html).toContain(`${ctx.settings.site.siteOrigin}/admin/reset/${token}`)
    expect(html).toContain('请在 1 小时内打开下面的链接设置新密码')
  })
})
