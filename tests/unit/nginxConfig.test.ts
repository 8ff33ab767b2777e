import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MEDIA_TYPES, securityHeaders } from '../../cms/domain/securityHeaders.ts'
import { IMMUTABLE_CACHE, PAGE_CACHE, siteCacheControl } from '../../cms/domain/siteCaching.ts'
import { productionOptions } from '../../deploy/defaults.ts'
import { renderNginxConf } from '../../deploy/nginx.ts'

const committed = fs.readFileSync('deploy/nginx.conf', 'utf8')

describe('deploy/nginx.conf', () => {
  it('should be exactly what `npm run deploy:nginx` generates from the header and cache rules (run it after changing them)', () => {
    expect(committed).toBe(renderNginxConf(productionOptions({})))
  })

  it('should carry every security header of the site, the uploads and the downloads, with HSTS in production', () => {
    for (const kind of ['site', 'media', 'download'] as const) {
      for (const [name, value] of Object.entries(securityHeaders({ kind, https: true, frameHosts: productionOptions({}).frameHosts }))) {
        expect(committed).toContain(`add_header ${name} "${value.replaceAll('"', '\\"')}" always;`)
      }
    }
    expect(committed).toContain('Strict-Transport-Security')
  })

  it('should name every servable upload type and no other', () => {
    for (const [extension, type] of Object.entries(MEDIA_TYPES))
      expect(committed).toMatch(new RegExp(`${type.replace('/', '\\/')} [a-z ]*\\b${extension}\\b`))
    expect(committed).not.toMatch(/svg\+xml [a-z ]*svg;/)
  })

  it('should use the same Cache-Control values as the built-in server', () => {
    expect(committed).toContain(`add_header Cache-Control "${PAGE_CACHE}";`)
    expect(committed).toContain(`add_header Cache-Control "${IMMUTABLE_CACHE}";`)
  })
})

describe('siteCacheControl', () => {
  describe.each([
    ['/', false, PAGE_CACHE],
    ['/rss.xml', false, PAGE_CACHE],
    ['/_astro/index.B1x2.css', false, IMMUTABLE_CACHE],
    ['/media/photo.jpg', false, IMMUTABLE_CACHE],
    ['/media/photo.jpg', true, 'no-store'],
    ['/', true, 'no-store'],
  ])('%s (preview %s)', (pathname, preview, expected) => {
    it(`should answer ${expected}`, () => {
      expect(siteCacheControl(pathname, preview)).toBe(expected)
    })
  })
})
