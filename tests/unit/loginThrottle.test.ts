import { describe, expect, it } from 'vitest'
import {
  accountKey,
  type Claim,
  LOGIN_RULES,
  loginAttemptOf,
  loginClaims,
  RESET_RULES,
  resetClaims,
  waitMinutes,
} from '../../cms/domain/loginThrottle.ts'

const MINUTE = 60_000
const key = (claim: Claim) => `${claim.rule.name}|${claim.subject}`
const allKeys = (claims: { refusing: Claim[]; watch: Claim }) => [...claims.refusing, claims.watch].map(key)

describe('login and reset limits', () => {
  it('should allow 30 failures per network and 10 per account + network in 15 minutes, and watch 100 per account in an hour', () => {
    expect(LOGIN_RULES).toEqual({
      network: { name: 'login-network', windowMs: 15 * MINUTE, max: 30 },
      accountNetwork: { name: 'login-account-network', windowMs: 15 * MINUTE, max: 10 },
      accountWatch: { name: 'login-account-watch', windowMs: 60 * MINUTE, max: 100 },
    })
  })

  it('should allow 10 reset requests per network and 3 per e-mail in an hour', () => {
    expect(RESET_RULES).toEqual({
      network: { name: 'reset-network', windowMs: 60 * MINUTE, max: 10 },
      email: { name: 'reset-email', windowMs: 60 * MINUTE, max: 3 },
    })
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

describe('loginAttemptOf', () => {
  it.each([
    [{ email: 'Admin@Example.com', password: 'x' }, '203.0.113.7', { account: 'admin@example.com', network: '203.0.113.7' }],
    [{ email: 'a@example.com', password: 'x' }, '::ffff:127.0.0.2', { account: 'a@example.com', network: '127.0.0.2' }],
    [{ email: 'a@example.com', password: 'x' }, '2001:db8:1:2::99', { account: 'a@example.com', network: '2001:db8:1:2::/64' }],
    [{ email: 'a@example.com', password: 'x' }, '', { account: 'a@example.com', network: 'unknown' }],
    // Payload refuses these with 400 before it looks at any password: not a guess, not counted.
    [{ email: 'a@example.com' }, '203.0.113.7', null],
    [{ email: 'a@example.com', password: '   ' }, '203.0.113.7', null],
    [{ password: 'x' }, '203.0.113.7', null],
    [{ email: '  ', password: 'x' }, '203.0.113.7', null],
    [{ email: ['a@example.com'], password: 'x' }, '203.0.113.7', null],
    [undefined, '203.0.113.7', null],
  ])('should read %j from %j as %j', (data, ip, expected) => {
    expect(loginAttemptOf(data, ip)).toEqual(expected)
  })
})

describe('loginClaims', () => {
  it('should count an attempt against its network first, then its account from that network, and watch the account', () => {
    const claims = loginClaims({ account: 'admin@example.com', network: '203.0.113.7' })
    expect(claims.refusing.map((claim) => [claim.rule.name, claim.subject])).toEqual([
      ['login-network', '203.0.113.7'],
      ['login-account-network', 'admin@example.com|203.0.113.7'],
    ])
    expect([claims.watch.rule.name, claims.watch.subject]).toEqual(['login-account-watch', 'admin@example.com'])
  })

  it.each([
    // a stranger's network, the owner's network, do they share a refusing limit?
    ['203.0.113.7', '198.51.100.20', false],
    ['127.0.0.2', '127.0.0.3', false],
    ['2001:db8:1:2::1', '2001:db8:1:3::1', false],
    // One machine gets a whole IPv6 /64, and one NAT'd office shares its IPv4 address: counted as one.
    ['2001:db8:1:2::1', '2001:db8:1:2:ffff::9', true],
    ['203.0.113.7', '203.0.113.7', true],
  ])('should let failures from %s fill a limit the owner on %s signs in through: %s', (stranger, owner, shared) => {
    const account = 'admin@example.com'
    const strangers = loginClaims(loginAttemptOf({ email: account, password: 'wrong' }, stranger) ?? { account, network: '' })
    const owners = loginClaims(loginAttemptOf({ email: account, password: 'right' }, owner) ?? { account, network: '' })
    const refusing = (claims: { refusing: Claim[] }) => claims.refusing.map(key)
    expect(refusing(strangers).some((claim) => refusing(owners).includes(claim))).toBe(shared)
    // The watch is per account on purpose, and never refuses.
    expect(allKeys(strangers).at(-1)).toBe(allKeys(owners).at(-1))
  })

  it('should never count an attempt against its account alone in a limit that refuses', () => {
    const claims = loginClaims({ account: 'admin@example.com', network: '203.0.113.7' })
    expect(claims.refusing.map((claim) => claim.subject)).not.toContain('admin@example.com')
  })
})

describe('resetClaims', () => {
  it.each([
    [' Owner@Example.com', '203.0.113.7', ['reset-network|203.0.113.7', 'reset-email|owner@example.com']],
    ['owner@example.com', '2001:db8:9:9::5', ['reset-network|2001:db8:9:9::/64', 'reset-email|owner@example.com']],
  ])('should count a reset for %j from %s against its network, then the e-mail', (email, ip, expected) => {
    expect(resetClaims(email, ip).map(key)).toEqual(expected)
  })
})

describe('waitMinutes', () => {
  it.each([
    [1, 1],
    [60, 1],
    [61, 2],
    [899, 15],
    [3600, 60],
  ])('should tell a wait of %i s as %i minute(s)', (seconds, minutes) => {
    expect(waitMinutes(seconds)).toBe(minutes)
  })
})
