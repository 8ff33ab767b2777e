import type http from 'node:http'
import { describe, expect, it } from 'vitest'
import { parseTrustedProxies, setTrustedClientIp } from '../../cms/http/clientIp.ts'

const request = (remoteAddress: string, realIp?: string) =>
  ({ socket: { remoteAddress }, headers: realIp === undefined ? {} : { 'x-real-ip': realIp } }) as unknown as http.IncomingMessage

describe('setTrustedClientIp', () => {
  describe.each<[string, string, string | undefined, string[], string]>([
    ['a direct client', '203.0.113.5', undefined, [], '203.0.113.5'],
    ['a direct client spoofing X-Real-IP', '203.0.113.5', '10.0.0.1', [], '203.0.113.5'],
    ['a spoof from an untrusted peer when proxies are trusted', '203.0.113.5', '10.0.0.1', ['127.0.0.1'], '203.0.113.5'],
    ['the trusted proxy passing the client', '127.0.0.1', '198.51.100.7', ['127.0.0.1'], '198.51.100.7'],
    ['the trusted proxy on a dual-stack socket', '::ffff:127.0.0.1', '198.51.100.7', ['127.0.0.1'], '198.51.100.7'],
    ['the trusted proxy with garbage in X-Real-IP', '127.0.0.1', 'evil', ['127.0.0.1'], '127.0.0.1'],
    ['the trusted proxy without X-Real-IP', '127.0.0.1', undefined, ['127.0.0.1'], '127.0.0.1'],
  ])('%s', (_name, peer, realIp, trusted, expected) => {
    it(`should use ${expected}`, () => {
      const req = request(peer, realIp)
      setTrustedClientIp(req, trusted)
      expect(req.headers['x-real-ip']).toBe(expected)
    })
  })
})

describe('parseTrustedProxies', () => {
  it('should read a comma-separated list of addresses', () => {
    expect(parseTrustedProxies(' 127.0.0.1, ::1 ')).toEqual(['127.0.0.1', '::1'])
    expect(parseTrustedProxies(undefined)).toEqual([])
  })

  it('should refuse a name that is not an address, naming it', () => {
    expect(() => parseTrustedProxies('127.0.0.1,nginx')).toThrow(/TRUSTED_PROXIES.*"nginx"/)
  })
})
