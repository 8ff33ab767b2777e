/**
 * The password-reset e-mail, in Chinese and English, with an absolute link on SITE_URL's origin (the
 * only origin the admin accepts). The token is valid for an hour.
 */
import type { PayloadRequest } from 'payload'
import { settingsOf } from '../config/fromPayload.ts'

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export const RESET_EXPIRATION_MS = 60 * 60 * 1000

export function resetLink(origin: string, token: string): string {
  return `${origin}/admin/reset/${encodeURIComponent(token)}`
}

export function resetEmailSubject(): string {
  return '重设密码 · 创城宣传管理平台 / Reset your password'
}

/** Payload passes the request: the link's origin is SITE_URL's from the settings the config was built from. */
export function resetEmailHtml(args?: { req?: PayloadRequest; token?: string; user?: { name?: string | null } }): string {
  const origin = args?.req ? settingsOf(args.req.payload).site.siteOrigin : ''
  const link = escapeHtml(resetLink(origin, String(args?.token ?? '')))
  const name = escapeHtml(String(args?.user?.name ?? ''))
  return `<p>${name}，您好：</p>
<p>有人（可能是您本人）请求重设创城宣传管理平台的登录密码。请在 1 小时内打开下面的链接设置新密码：</p>
<p><a href="${link}">${link}</a></p>
<p>如果不是您本人操作，请忽略这封邮件，您的密码不会改变。</p>
<hr><p>Someone (probably you) asked to reset your password. Open the link above within one hour to choose a new one. If it was not you, ignore this e-mail: your password stays the same.</p>`
}
