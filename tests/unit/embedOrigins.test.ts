import { describe, expect, it } from 'vitest'
import { checkEmbedOrigins, embedOriginsOf, MAX_EMBED_ORIGINS } from '../../cms/domain/embedOrigins.ts'
import { responseKind, securityHeaders } from '../../cms/http/rules/securityHeaders.ts'

describe('embed origins (网站设置 → 嵌入来源)', () => {
  it.each([
    ['', []],
    ['https://news.example.cn', ['https://news.example.cn']],
    ['HTTPS://News.Example.cn/\nhttp://localhost:4000\n\nhttps://news.example.cn', ['https://news.example.cn', 'http://localhost:4000']],
    ['https://a.cn/path\n*\njavascript:alert(1)\nhttps://b.cn', ['https://b.cn']],
  ])('should read %j as %j', (text, origins) => {
    expect(embedOriginsOf(text)).toEqual(origins)
  })

  it.each([
    ['https://news.example.cn/embed', '不是网站来源'],
    ["'none'", '不是网站来源'],
    ['https://a.cn; script-src *', '不是网站来源'],
    ['*', '不是网站来源'],
    [Array.from({ length: MAX_EMBED_ORIGINS + 1 }, (_, i) => `https://s${i}.cn`).join('\n'), `最多 ${MAX_EMBED_ORIGINS} 个`],
  ])('should refuse %j naming the field', (text, message) => {
    const result = checkEmbedOrigins(text)
    expect(result).toContain('嵌入来源')
    expect(result).toContain(message)
  })

  it('should accept an empty field and a list of origins', () => {
    expect(checkEmbedOrigins('')).toBe(true)
    expect(checkEmbedOrigins('https://a.cn\nhttps://b.cn:8443')).toBe(true)
  })
})

describe('frame-ancestors of the embed pages', () => {
  const csp = (headers: Record<string, string>) => headers['Content-Security-Policy'] ?? ''

  it('should treat /embed/ pages (not their draft previews) as embeds and nothing else', () => {
    expect(responseKind('/embed/rankings/latest/')).toBe('embed')
    // A draft preview is for staff only: never framed.
    expect(responseKind('/preview/exposures/1/embed/exposures/unit/a/')).toBe('site')
    expect(responseKind('/embedded/')).toBe('site')
    expect(responseKind('/partners/embed/')).toBe('site')
  })

  it('should list exactly the configured origins on an embed page and send no X-Frame-Options', () => {
    const headers = securityHeaders({ kind: 'embed', https: true, frameHosts: [], embedOrigins: ['https://a.cn', 'https://b.cn:8443'] })
    expect(csp(headers)).toMatch(/(^|; )frame-ancestors https:\/\/a\.cn https:\/\/b\.cn:8443(;|$)/)
    expect(csp(headers).match(/frame-ancestors/g)).toHaveLength(1)
    expect(headers['X-Frame-Options']).toBeUndefined()
  })

  it('should keep an embed page unframeable when no origin is listed', () => {
    const headers = securityHeaders({ kind: 'embed', https: false, frameHosts: [], embedOrigins: [] })
    expect(csp(headers)).toContain("frame-ancestors 'none'")
    expect(headers['X-Frame-Options']).toBe('DENY')
  })

  it.each(['site', 'cms', 'media', 'download'] as const)('should keep %s responses DENY whatever origins are listed', (kind) => {
    const headers = securityHeaders({ kind, https: false, frameHosts: [], embedOrigins: ['https://a.cn'] })
    expect(csp(headers)).toContain("frame-ancestors 'none'")
    expect(headers['X-Frame-Options']).toBe('DENY')
  })
})
