import { clientNetwork, type LimitRule } from './sharedLimits.ts'

/**
 * Who is counted for failed sign-ins and password-reset requests (pure; cms/auth/loginThrottle.ts
 * stores the counts in the database through cms/limits/sharedLimits.ts, so every API process
 * shares them). Client addresses are counted by network (cms/domain/sharedLimits.ts: IPv4 as is,
 * IPv6 by /64).
 *
 * Sign-ins are limited per network and per account + network, never per account alone: a stranger's
 * failures fill the stranger's own buckets, so the owner signing in from their own address is never
 * refused because of them. Across all networks an account is only watched (`accountWatch`: the
 * operators are told once a window fills), because any refusal keyed on the account alone is a
 * lever to lock its owner out.
 */
const MINUTE = 60_000

export const LOGIN_RULES = {
  /** Failed sign-ins from one network, whatever the accounts. */
  network: { name: 'login-network', windowMs: 15 * MINUTE, max: 30 },
  /** Failed sign-ins for one account from one network. */
  accountNetwork: { name: 'login-account-network', windowMs: 15 * MINUTE, max: 10 },
  /** Failed sign-ins for one account from all networks: never refuses, the last slot raises a warning. */
  accountWatch: { name: 'login-account-watch', windowMs: 60 * MINUTE, max: 100 },
} as const satisfies Record<string, LimitRule>

export const RESET_RULES = {
  /** Password-reset requests from one network (any e-mail, registered or not). */
  network: { name: 'reset-network', windowMs: 60 * MINUTE, max: 10 },
  /** Password-reset requests for one e-mail address (registered or not, so a refusal reveals nothing). */
  email: { name: 'reset-email', windowMs: 60 * MINUTE, max: 3 },
} as const satisfies Record<string, LimitRule>

/** Account keys ignore case and surrounding spaces, as Payload's login does. */
export const accountKey = (login: unknown): string => (typeof login === 'string' ? login.trim().toLowerCase() : '')

/** One limit a request counts against: the rule and the subject it counts for. */
export type Claim = { rule: LimitRule; subject: string }

export type LoginAttempt = { account: string; network: string }

/**
 * The attempt a sign-in request makes, or null when it carries no e-mail or no password: Payload
 * refuses those (400) without looking at any password, so they are not guesses and not counted.
 */
export function loginAttemptOf(data: unknown, clientIp: string): LoginAttempt | null {
  const { email, password } = (data ?? {}) as { email?: unknown; password?: unknown }
  const account = accountKey(email)
  if (!account || typeof password !== 'string' || password.trim() === '') return null
  return { account, network: clientNetwork(clientIp) }
}

/** What a sign-in attempt counts against, in the order they are taken (the wider limit first). */
export function loginClaims(attempt: LoginAttempt): { refusing: Claim[]; watch: Claim } {
  return {
    refusing: [
      { rule: LOGIN_RULES.network, subject: attempt.network },
      { rule: LOGIN_RULES.accountNetwork, subject: `${attempt.account}|${attempt.network}` },
    ],
    watch: { rule: LOGIN_RULES.accountWatch, subject: attempt.account },
  }
}

/** What a password-reset request counts against: its network, then the e-mail it names. */
export function resetClaims(email: unknown, clientIp: string): Claim[] {
  return [
    { rule: RESET_RULES.network, subject: clientNetwork(clientIp) },
    { rule: RESET_RULES.email, subject: accountKey(email) },
  ]
}

/** "N 分钟 / N minute(s)": how a wait in seconds is told to a person (at least one minute). */
export const waitMinutes = (retryAfterSeconds: number): number => Math.max(1, Math.ceil(retryAfterSeconds / 60))
