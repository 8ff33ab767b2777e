import { describe, expect, it } from 'vitest'
import { formatPassword } from '../../cms/domain/demoAccount.ts'
import { isWellFormedId } from '../../cms/domain/ids.ts'
import { isValidSlug, makeSlug } from '../../cms/domain/slug.ts'
import { isCmsPath, withDefaultAdminLanguage } from '../../cms/http/rules/routing.ts'

describe('makeSlug', () => {
  const day = new Date('2026-03-02T08:00:00Z')
  it.each([
    ['Zibo 2021 National Result', 'zibo-2021-national-result'],
    ['督查专报（第13期）', '20260302-ab12'],
    ['淄博问政 Episode 3', 'episode-3'],
    ['12', '20260302-ab12'],
  ])('should turn %s into %s', (title, expected) => {
    expect(makeSlug(title, day, 'AB12')).toBe(expected)
  })

  it.each([
    ['good-slug-1', true],
    ['Bad', false],
    ['-lead', false],
    ['中文', false],
  ])('should judge %s as %s', (slug, ok) => {
    expect(isValidSlug(slug)).toBe(ok)
  })
})

describe('routing', () => {
  it.each([
    ['/admin', true],
    ['/admin/collections/bulletins?x=1', true],
    ['/api/bulletins', true],
    ['/_next/static/chunk.js', true],
    ['/', false],
    ['/administration/', false],
    ['/bulletins/x/', false],
    ['/rss.xml', false],
  ])('should send %s to the CMS: %s', (url, expected) => {
    expect(isCmsPath(url)).toBe(expected)
  })

  it('should default the admin to Chinese but keep a chosen language', () => {
    expect(withDefaultAdminLanguage(undefined)).toBe('payload-lng=zh')
    expect(withDefaultAdminLanguage('a=1')).toBe('a=1; payload-lng=zh')
    expect(withDefaultAdminLanguage('a=1; payload-lng=en')).toBe('a=1; payload-lng=en')
  })
})

describe('formatPassword', () => {
  it('should make four groups of four from unambiguous characters', () => {
    const password = formatPassword(new Uint8Array(Array.from({ length: 16 }, (_, i) => i * 17)))
    expect(password).toMatch(/^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/)
    expect(password).not.toMatch(/[01lIoO]/)
  })
})

describe('isWellFormedId', () => {
  it.each([
    [1, 'number', true],
    ['42', 'number', true],
    ['me', 'number', false],
    ['0', 'number', false],
    ['-1', 'number', false],
    ['1e9', 'number', false],
    ['NaN', 'number', false],
    ['x'.repeat(300), 'number', false],
    ['99999999999999999999', 'number', false],
    ['64f1c0a2b3d4e5f6a7b8c9d0', 'text', true],
    ['count', 'text', true],
    ['../etc', 'text', false],
    ['x'.repeat(65), 'text', false],
  ] as const)('should judge %s on %s ids as %s', (value, idType, expected) => {
    expect(isWellFormedId(value, idType)).toBe(expected)
  })
})
