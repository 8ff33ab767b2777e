import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readSettings } from '../../cms/config/settings.ts'
import { HIDDEN_SEGMENT, isHiddenPath } from '../../cms/http/rules/routing.ts'
import { MEDIA_TYPES, securityHeaders } from '../../cms/http/rules/securityHeaders.ts'
import { IMMUTABLE_CACHE, PAGE_CACHE, siteCacheControl } from '../../cms/http/rules/siteCaching.ts'
import { productionOptions } from '../../deploy/defaults.ts'
import { renderNginxConf } from '../../deploy/nginx.ts'

const committed = fs.readFileSync('deploy/nginx.conf', 'utf8')

describe('deploy/nginx.conf', () => {
  it('should be exactly what `npm run deploy:nginx` generates from the header and cache rules (run it after changing them)', () => {
    expect(committed).toBe(renderNginxConf(productionOptions(readSettings({}))))
  })

  it('should carry every security header of the site, the uploads and the downloads, with HSTS in production', () => {
    for (const kind of ['site', 'media', 'download'] as const) {
      for (const [name, value] of Object.entries(
        securityHeaders({ kind, https: true, frameHosts: productionOptions(readSettings({})).frameHosts }),
      )) {
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

  it('should refuse dot paths in every location that serves files (the site, /_astro/, /media/ and the feeds)', () => {
    const refusal = `location ~ "${HIDDEN_SEGMENT.source.replaceAll('\\', '\\\\')}" {\n`
    expect(committed.split(refusal).length - 1).toBe(4)
    // Each before the location it guards would serve the file from.
    for (const served of ['location ~* \\.(jpg', 'location / {']) expect(committed.indexOf(refusal)).toBeLessThan(committed.indexOf(served))
  })

  it('should use the same Cache-Control values as the built-in server', () => {
    expect(committed).toContain(`add_header Cache-Control "${PAGE_CACHE}";`)
    expect(committed).toContain(`add_header Cache-Control "${IMMUTABLE_CACHE}";`)
  })
})

describe('hidden paths (one rule for the built-in server and nginx)', () => {
  it.each([
    ['/', false],
    ['/.build/pages.json', true],
    ['/.build', true],
    ['/bulletins/.hidden/index.html', true],
    ['/media/.x.jpg', true],
    ['/..', true],
    ['/.well-known/security.txt', false],
    ['/.well-known', false],
    ['/.well-knownx/a', true],
    ['/a.b/c', false],
  ])('%s hidden: %s', (pathname, hidden) => {
    expect(isHiddenPath(pathname)).toBe(hidden)
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
