import { describe, expect, it } from 'vitest'
import { sameSiteVerdict } from '../../cms/domain/sameSite.ts'

const site = 'https://wenming.example.gov.cn'
const headers = (values: Record<string, string>) => new Headers(values)

describe('sameSiteVerdict', () => {
  it.each([
    [{}, true],
    [{ origin: site }, true],
    [{ origin: 'https://WENMING.example.gov.cn' }, true],
    [{ 'sec-fetch-site': 'same-origin', origin: site }, true],
    [{ 'sec-fetch-site': 'none' }, true],
    [{ origin: 'https://evil.example' }, false],
    [{ origin: 'null' }, false],
    [{ 'sec-fetch-site': 'cross-site' }, false],
    [{ 'sec-fetch-site': 'same-site', origin: 'https://sub.example.gov.cn' }, false],
    [{ 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' }, false],
    [{ origin: 'http://wenming.example.gov.cn' }, false],
  ])('should judge %o as same-site=%s', (values, ok) => {
    expect(sameSiteVerdict(headers(values), site).ok).toBe(ok)
  })
})
