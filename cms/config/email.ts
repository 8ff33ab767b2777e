/**
 * Outgoing e-mail (password reset) from the environment:
 *   SMTP_HOST   unset → e-mail off (logged once; nothing is sent, no reset link is printed)
 *   SMTP_PORT   default 587 (465 → implicit TLS unless SMTP_SECURE says otherwise)
 *   SMTP_SECURE true|false, default: port 465 → true
 *   SMTP_USER, SMTP_PASS   optional login
 *   EMAIL_FROM  default "创城宣传管理平台 <no-reply@<SITE_URL host>>"
 */
import { type Env, InvalidEnvError } from './source.ts'

export type EmailEnv =
  | { enabled: false }
  | { enabled: true; host: string; port: number; secure: boolean; user?: string; pass?: string; fromName: string; fromAddress: string }

type Source = Env
const FROM = /^\s*(?:"?([^"<]*)"?\s*)?<([^<>\s@]+@[^<>\s@]+)>\s*$|^\s*([^<>\s@]+@[^<>\s@]+)\s*$/

export function readEmailEnv(source: Source): EmailEnv {
  const host = source.SMTP_HOST?.trim()
  if (!host) return { enabled: false }
  const port = Number(source.SMTP_PORT?.trim() || 587)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new InvalidEnvError('SMTP_PORT', source.SMTP_PORT ?? '', 'an integer 1–65535')
  const secureRaw = source.SMTP_SECURE?.trim().toLowerCase()
  if (secureRaw && secureRaw !== 'true' && secureRaw !== 'false') throw new InvalidEnvError('SMTP_SECURE', secureRaw, 'true or false')
  const siteHost = (() => {
    try {
      return new URL(source.SITE_URL ?? 'http://localhost').hostname
    } catch {
      return 'localhost'
    }
  })()
  const from = source.EMAIL_FROM?.trim() || `创城宣传管理平台 <no-reply@${siteHost}>`
  const match = FROM.exec(from)
  if (!match) throw new InvalidEnvError('EMAIL_FROM', from, 'an address such as "创城办 <no-reply@example.gov.cn>"')
  return {
    enabled: true,
    host,
    port,
    secure: secureRaw ? secureRaw === 'true' : port === 465,
    user: source.SMTP_USER?.trim() || undefined,
    pass: source.SMTP_PASS || undefined,
    fromName: (match[1] ?? '').trim() || '创城宣传管理平台',
    fromAddress: match[2] ?? match[3] ?? '',
  }
}
