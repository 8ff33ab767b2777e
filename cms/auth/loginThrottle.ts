/**
 * The process-wide login throttle (cms/domain/loginThrottle.ts) and what the hooks need around it.
 * In memory: one server process serves the site, admin and API (cms/server.ts). Payload's own
 * lockout (auth.maxLoginAttempts in Users) persists the per-account lock in the database as well.
 */
import { APIError, type PayloadRequest } from 'payload'
import { type LoginAttempt, LoginThrottle } from '../domain/loginThrottle.ts'

export const loginThrottle = new LoginThrottle()

/** Set by cms/server.ts from the socket address (a client's own value is overwritten). */
export const CLIENT_IP_HEADER = 'x-real-ip'

export function clientIp(req: Pick<PayloadRequest, 'headers'>): string {
  return req.headers?.get(CLIENT_IP_HEADER)?.trim() || 'unknown'
}

export function loginAttemptOf(req: Pick<PayloadRequest, 'headers'>, login: unknown): LoginAttempt {
  const { email, username } = (login ?? {}) as { email?: unknown; username?: unknown }
  return { account: typeof email === 'string' && email ? email : typeof username === 'string' ? username : '', ip: clientIp(req) }
}

/** HTTP 429 with a bilingual message; `Retry-After` travels in req.responseHeaders (REST and GraphQL both merge it). */
export class TooManyLoginAttempts extends APIError<{ retryAfterSeconds: number }> {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
    super(
      `登录失败次数过多，请 ${minutes} 分钟后再试。 / Too many failed sign-in attempts: try again in ${minutes} minute(s).`,
      429,
      { retryAfterSeconds },
      true,
    )
    this.name = 'TooManyLoginAttempts'
  }
}

export function setRetryAfter(req: PayloadRequest, seconds: number): void {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(seconds))
  req.responseHeaders = headers
}
