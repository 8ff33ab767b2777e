import { describe, expect, it } from 'vitest'
import { accountKey, LOGIN_LIMITS, type LoginAttempt, LoginThrottle } from '../../cms/domain/loginThrottle.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 1, 8, 0, 0)
const at = (minutes: number) => T0 + minutes * MINUTE

/** Fail `count` times for these attempts, one a second starting at `start`. */
function fail(throttle: LoginThrottle, attempts: LoginAttempt[], count: number, start = T0): void {
  for (let i = 0; i < count; i++) {
    const attempt = attempts[i % attempts.length] as LoginAttempt
    expect(throttle.attempt(attempt, start + i * 1000).allowed).toBe(true)
  }
}

const admin = { account: 'admin@example.com', ip: '10.0.0.1' }

describe('LoginThrottle defaults', () => {
  it('should allow 10 failures per account and 30 per IP in 15 minutes', () => {
    expect(LOGIN_LIMITS).toMatchObject({ windowMs: 15 * MINUTE, maxPerAccount: 10, maxPerIp: 30 })
  })
})

describe('accountKey', () => {
  it.each([
    ['Admin@Example.com ', 'admin@example.com'],
    ['  editor@example.com', 'editor@example.com'],
    [undefined, ''],
    [42, ''],
  ])('should key %j as %j', (login, expected) => {
    expect(accountKey(login)).toBe(expected)
  })
})

describe('per account', () => {
  it.each([
    // failures so far, minutes later, allowed?, retry-after seconds when refused
    [9, 0, true, undefined],
    [10, 0, false, 15 * 60 - 9],
    [10, 14, false, 60 - 9],
    [10, 15, true, undefined],
    [10, 16, true, undefined],
  ] as const)('should answer after %i failures and %i more minutes: allowed=%s, retry after %s s', (failures, later, allowed, retry) => {
    const throttle = new LoginThrottle()
    fail(throttle, [admin], failures)
    const verdict = throttle.attempt(admin, T0 + (failures - 1) * 1000 + later * MINUTE)
    expect(verdict.allowed).toBe(allowed)
    if (!verdict.allowed) expect(verdict).toEqual({ allowed: false, scope: 'account', retryAfterSeconds: retry })
  })

  it('should count the same account whatever the case of the e-mail or the IP', () => {
    const throttle = new LoginThrottle()
    fail(
      throttle,
      [
        { account: 'ADMIN@example.com', ip: '10.0.0.2' },
        { account: 'admin@example.com ', ip: '10.0.0.3' },
      ],
      10,
    )
    expect(throttle.attempt({ account: 'admin@example.com', ip: '10.0.0.4' }, at(1))).toMatchObject({ allowed: false, scope: 'account' })
  })

  it('should clear the account when a sign-in succeeds', () => {
    const throttle = new LoginThrottle()
    fail(throttle, [admin], 9)
    throttle.succeed(admin, at(1))
    expect(throttle.failures(admin, at(1))).toEqual({ account: 0, ip: 8 })
    fail(throttle, [admin], 9, at(2))
    expect(throttle.attempt(admin, at(3)).allowed).toBe(true)
  })

  it('should not count refused attempts, so the wait does not grow while an attacker keeps trying', () => {
    const throttle = new LoginThrottle()
    fail(throttle, [admin], 10)
    for (let minute = 1; minute < 15; minute++) expect(throttle.attempt(admin, at(minute)).allowed).toBe(false)
    expect(throttle.failures(admin, at(14))).toEqual({ account: 10, ip: 10 })
    expect(throttle.attempt(admin, at(15) + 10_000).allowed).toBe(true)
  })

  it('should slide: the oldest failure leaving the window frees one attempt', () => {
    const throttle = new LoginThrottle()
    fail(throttle, [admin], 5, T0)
    fail(throttle, [admin], 5, at(10))
    expect(throttle.attempt(admin, at(12)).allowed).toBe(false)
    expect(throttle.attempt(admin, at(15) + 500).allowed).toBe(true)
    expect(throttle.attempt(admin, at(15) + 800).allowed).toBe(false)
  })
})

describe('per IP', () => {
  const accounts = (n: number, ip = '10.0.0.9') => Array.from({ length: n }, (_, i) => ({ account: `user${i}@example.com`, ip }))

  it.each([
    [29, true],
    [30, false],
  ] as const)('should answer a new account from an IP with %i failures over many accounts: allowed=%s', (failures, allowed) => {
    const throttle = new LoginThrottle()
    fail(throttle, accounts(failures), failures)
    const verdict = throttle.attempt({ account: 'fresh@example.com', ip: '10.0.0.9' }, at(1))
    expect(verdict.allowed).toBe(allowed)
    if (!verdict.allowed) expect(verdict.scope).toBe('ip')
  })

  it('should not touch other IPs', () => {
    const throttle = new LoginThrottle()
    fail(throttle, accounts(30), 30)
    expect(throttle.attempt({ account: 'fresh@example.com', ip: '10.0.0.10' }, at(1)).allowed).toBe(true)
  })

  it('should share one bucket for requests without an address', () => {
    const throttle = new LoginThrottle()
    fail(throttle, accounts(30, ''), 30)
    expect(throttle.failures({ account: 'x', ip: 'unknown' }, at(1)).ip).toBe(30)
  })

  it('should withdraw only the successful attempt from the IP count', () => {
    const throttle = new LoginThrottle()
    fail(throttle, accounts(5), 5)
    throttle.attempt({ account: 'ok@example.com', ip: '10.0.0.9' }, at(1))
    throttle.succeed({ account: 'ok@example.com', ip: '10.0.0.9' }, at(1))
    expect(throttle.failures({ account: 'ok@example.com', ip: '10.0.0.9' }, at(1))).toEqual({ account: 0, ip: 5 })
  })

  it('should report the longer wait when both the account and the IP are full', () => {
    const throttle = new LoginThrottle({ ...LOGIN_LIMITS, maxPerIp: 15 })
    fail(throttle, accounts(5), 5, T0)
    fail(throttle, [{ account: 'admin@example.com', ip: '10.0.0.9' }], 10, at(5))
    const verdict = throttle.attempt({ account: 'admin@example.com', ip: '10.0.0.9' }, at(6))
    expect(verdict).toEqual({ allowed: false, scope: 'account', retryAfterSeconds: 14 * 60 })
  })
})

describe('memory', () => {
  it('should sweep expired keys once the table is full', () => {
    const throttle = new LoginThrottle({ ...LOGIN_LIMITS, maxKeys: 4 })
    fail(throttle, [{ account: 'a', ip: '1' }], 1, T0)
    fail(throttle, [{ account: 'b', ip: '2' }], 1, T0)
    expect(throttle.attempt({ account: 'c', ip: '3' }, at(20)).allowed).toBe(true)
    expect(throttle.failures({ account: 'a', ip: '1' }, at(20))).toEqual({ account: 0, ip: 0 })
    throttle.clear()
    expect(throttle.failures({ account: 'c', ip: '3' }, at(20))).toEqual({ account: 0, ip: 0 })
  })
})
