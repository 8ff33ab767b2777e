/**
 * The login and password-reset throttles (rules in cms/domain/loginThrottle.ts), counted in the
 * database (cms/limits/sharedLimits.ts) so every API process shares them, and what the hooks need
 * around them: the client address, the 429 errors and their Retry-After header.
 */
import { APIError, type Payload, type PayloadRequest } from 'payload'
import { LOGIN_RULES, type LoginAttempt, loginClaims, waitMinutes } from '../domain/loginThrottle.ts'
import { type HeldSlot, takeAll } from '../limits/claims.ts'
import { giveBack, resetSubject, takeSlot } from '../limits/sharedLimits.ts'

/** Set by publisher/server.ts from the socket address (a client's own value is overwritten). */
export const CLIENT_IP_HEADER = 'x-real-ip'

export function clientIp(req: { headers?: { get: (name: string) => string | null } }): string {
  return req.headers?.get(CLIENT_IP_HEADER)?.trim() || 'unknown'
}

/** HTTP 429 with a bilingual message; `Retry-After` travels in req.responseHeaders (REST and GraphQL both merge it). */
export class TooManyLoginAttempts extends APIError<{ retryAfterSeconds: number }> {
  constructor(retryAfterSeconds: number) {
    const minutes = waitMinutes(retryAfterSeconds)
    super(
      `登录失败次数过多，请 ${minutes} 分钟后再试。 / Too many failed sign-in attempts: try again in ${minutes} minute(s).`,
      429,
      { retryAfterSeconds },
      true,
    )
    this.name = 'TooManyLoginAttempts'
  }
}

/** HTTP 429 for password-reset requests; the same answer whether or not the e-mail has an account. */
export class TooManyResetRequests extends APIError<{ retryAfterSeconds: number }> {
  constructor(retryAfterSeconds: number) {
    const minutes = waitMinutes(retryAfterSeconds)
    super(
      `重设密码的请求过多，请 ${minutes} 分钟后再试。 / Too many password-reset requests: try again in ${minutes} minute(s).`,
      429,
      { retryAfterSeconds },
      true,
    )
    this.name = 'TooManyResetRequests'
  }
}

export function setRetryAfter(req: PayloadRequest, seconds: number): void {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(seconds))
  req.responseHeaders = headers
}

type Db = Pick<Payload, 'count' | 'create' | 'delete' | 'secret' | 'logger'>

export type LoginStart = { allowed: true; held: HeldSlot[] } | { allowed: false; retryAfterSeconds: number }

/**
 * Count a sign-in attempt as a failure before its password is checked (a crash or a slow check in
 * between must not give a free guess), or refuse it when its network or its account + network is
 * full. The account's watch counts too; the attempt that fills it logs one warning.
 */
export async function startLoginAttempt(payload: Db, attempt: LoginAttempt, now = Date.now()): Promise<LoginStart> {
  const claims = loginClaims(attempt)
  const verdict = await takeAll(payload, claims.refusing, now)
  if (!verdict.allowed) return verdict
  const watch = await takeSlot(payload, claims.watch.rule, claims.watch.subject, now)
  if (!watch.allowed) return verdict
  if (watch.slot === claims.watch.rule.max - 1)
    payload.logger.warn(
      `账号 ${attempt.account} 一小时内登录失败已达 ${claims.watch.rule.max} 次（来自多个地址，每个地址仍各自限流）/ account ${attempt.account} has ${claims.watch.rule.max} failed sign-ins within an hour from several networks (each network is still limited on its own)`,
    )
  return { allowed: true, held: [...verdict.held, { ...claims.watch, slot: watch.slot, at: now }] }
}

/**
 * The password was right: the attempt's own slots are given back, and the account's earlier
 * failures from this network are forgotten (the network's count of other failures stays).
 */
export async function finishLogin(payload: Db, held: readonly HeldSlot[]): Promise<void> {
  for (const slot of held) {
    if (slot.rule.name === LOGIN_RULES.accountNetwork.name) await resetSubject(payload, slot.rule, slot.subject, slot.at)
    else await giveBack(payload, slot.rule, slot.subject, slot.slot, slot.at)
  }
}
