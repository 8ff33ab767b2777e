import { describe, expect, it } from 'vitest'
import {
  isServableMedia,
  type ResponseKind,
  responseKind,
  type SecurityHeaderInput,
  securityHeaders,
} from '../../cms/http/rules/securityHeaders.ts'

const HOSTS = ['v.qq.com', 'player.bilibili.com']
const directives = (policy: string | undefined): string[] => (policy ?? '').split(';').map((part) => part.trim())

describe('responseKind', () => {
  it.each<[string, ResponseKind]>([
    ['/', 'site'],
    ['/bulletins/some-slug/', 'site'],
    ['/search/?q=%E5%9E%83%E5%9C%BE', 'site'],
    ['/pagefind/pagefind.js', 'site'],
    ['/js/mode.js', 'site'],
    ['/media/photo.jpg', 'media'],
    ['/media/photo.JPG?v=1', 'media'],
    ['/media/evil.html', 'media'],
    ['/media/report.pdf', 'download'],
    ['/media/report.PDF', 'download'],
    ['/media/report%2Epdf', 'download'],
    ['/admin', 'cms'],
    ['/admin/collections/bulletins', 'cms'],
    ['/api/users/me', 'cms'],
    ['/_next/static/chunks/x.js', 'cms'],
    ['/api/media/file/photo.png', 'media'],
    ['/api/media/file/report.pdf', 'download'],
    ['/preview/bulletins/3', 'site'],
    ['/preview/bulletins/3/bulletins/x/', 'site'],
    ['/preview/bulletins/3/media/photo.webp', 'media'],
    ['/preview/bulletins/3/media/a.pdf', 'download'],
    ['/mediafile.jpg', 'site'],
    ['/%E0%A4%A', 'site'],
  ])('should classify %s as %s', (url, kind) => {
    expect(responseKind(url)).toBe(kind)
  })
})

describe('isServableMedia', () => {
  it.each<[string, boolean]>([
    ['/media/a.jpg', true],
    ['/media/a.jpeg', true],
    ['/media/a.PNG', true],
    ['/media/a.webp', true],
    ['/media/a.gif', true],
    ['/media/a.avif', true],
    ['/media/a.pdf', true],
    ['/media/a.html.jpg', true],
    ['/media/a.jpg.html', false],
    ['/media/a.svg', false],
    ['/media/a.html', false],
    ['/media/a.js', false],
    ['/media/a', false],
    ['/media/', false],
    ['/media/.jpg', false],
    ['/media/a.toString', false],
    ['/media/a.constructor', false],
  ])('should answer %s with %s', (pathname, servable) => {
    expect(isServableMedia(pathname)).toBe(servable)
  })
})

describe('securityHeaders', () => {
  const kinds: ResponseKind[] = ['site', 'cms', 'media', 'download']

  it.each(kinds)('should send the common headers on every %s response', (kind) => {
    const headers = securityHeaders({ kind, https: false, frameHosts: HOSTS })
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(headers['Permissions-Policy']).toContain('camera=()')
    expect(headers['Permissions-Policy']).toContain('microphone=()')
    expect(headers['Permissions-Policy']).toContain('geolocation=()')
    expect(headers['Strict-Transport-Security']).toBeUndefined()
    expect(directives(headers['Content-Security-Policy'])).toContain("frame-ancestors 'none'")
  })

  it.each(kinds)('should add HSTS to %s responses only over https', (kind) => {
    expect(securityHeaders({ kind, https: true, frameHosts: HOSTS })['Strict-Transport-Security']).toBe(
      'max-age=31536000; includeSubDomains',
    )
  })

  it.each<[SecurityHeaderInput, string[]]>([
    [
      { kind: 'site', https: false, frameHosts: HOSTS },
      [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        'frame-src https://v.qq.com https://player.bilibili.com',
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ],
    ],
    [{ kind: 'site', https: false, frameHosts: [] }, ["frame-src 'none'"]],
    [{ kind: 'site', https: true, frameHosts: [] }, ['upgrade-insecure-requests']],
    [
      { kind: 'cms', https: false, frameHosts: HOSTS },
      ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"],
    ],
    [{ kind: 'media', https: false, frameHosts: HOSTS }, ["default-src 'none'", 'sandbox']],
    [{ kind: 'download', https: false, frameHosts: HOSTS }, ["default-src 'none'", 'sandbox']],
  ])('should give %j a policy with %j', (input, expected) => {
    const policy = directives(securityHeaders(input)['Content-Security-Policy'])
    for (const directive of expected) expect(policy).toContain(directive)
  })

  it('should allow no inline script and no eval on the site', () => {
    const policy = securityHeaders({ kind: 'site', https: true, frameHosts: HOSTS })['Content-Security-Policy'] ?? ''
    const scriptSrc = directives(policy).find((directive) => directive.startsWith('script-src')) ?? ''
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(scriptSrc).not.toContain("'unsafe-eval'")
  })

  it('should not allow eval in the admin', () => {
    const policy = securityHeaders({ kind: 'cms', https: true, frameHosts: HOSTS })['Content-Security-Policy'] ?? ''
    expect(policy).not.toContain("'unsafe-eval'")
  })

  it.each<[ResponseKind, string | undefined]>([
    ['download', 'attachment'],
    ['media', undefined],
    ['site', undefined],
    ['cms', undefined],
  ])('should make %s responses a download: %s', (kind, disposition) => {
    expect(securityHeaders({ kind, https: false, frameHosts: [] })['Content-Disposition']).toBe(disposition)
  })
})
