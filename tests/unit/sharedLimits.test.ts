import { describe, expect, it } from 'vitest'
import { bucketOf, clientNetwork, retryAfterSeconds, subjectDigest, windowOf } from '../../cms/domain/sharedLimits.ts'

describe('clientNetwork', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2:ffff::9', '2001:db8:1:2::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['', 'unknown'],
    ['not-an-address', 'not-an-address'],
  ])('should count %s as %s', (address, network) => {
    expect(clientNetwork(address)).toBe(network)
  })

  it('should put two addresses of one /64 in the same network and another /64 apart', () => {
    expect(clientNetwork('2001:db8:a:b::1')).toBe(clientNetwork('2001:db8:a:b:ffff:ffff:ffff:fffe'))
    expect(clientNetwork('2001:db8:a:b::1')).not.toBe(clientNetwork('2001:db8:a:c::1'))
  })
})

describe('fixed windows', () => {
  const rule = { name: 'test', windowMs: 60_000, max: 3 }
  it.each([
    [0, 0, 60_000, 60],
    [59_999, 0, 60_000, 1],
    [60_000, 1, 120_000, 60],
    [90_500, 1, 120_000, 30],
  ])('should put %i ms in window %i ending at %i (retry after %i s)', (now, number, endsAt, retry) => {
    expect(windowOf(rule, now)).toEqual({ number, endsAt })
    expect(retryAfterSeconds(rule, now)).toBe(retry)
  })

  it('should never keep the subject in clear, and key it by the secret', () => {
    const bucket = bucketOf('s1', rule, '203.0.113.7', 0)
    expect(bucket).not.toContain('203.0.113.7')
    expect(bucket).toMatch(/^test\|[A-Za-z0-9_-]{24}\|0$/)
    expect(subjectDigest('s1', 'test', 'a')).not.toBe(subjectDigest('s2', 'test', 'a'))
  })
})
