/** The admin's name: the office's site name from 网站设置, or the product's when none is set. */
import { describe, expect, it } from 'vitest'
import { ADMIN_FALLBACK_NAME, adminMarkLetter, adminSiteName, adminTitleSuffix } from '../../cms/domain/adminBrand.ts'

describe('adminSiteName', () => {
  it.each([
    ['a site name', '示范市文明网', '示范市文明网'],
    ['a name with spaces around it', '  示范市文明网 ', '示范市文明网'],
    ['an empty name', '', ADMIN_FALLBACK_NAME],
    ['only spaces', '   ', ADMIN_FALLBACK_NAME],
    ['no global yet', undefined, ADMIN_FALLBACK_NAME],
    ['a value that is not text', 42, ADMIN_FALLBACK_NAME],
  ])('should show %s as %s', (_case, value, expected) => {
    expect(adminSiteName(value)).toBe(expected)
  })

  it('should fall back to the product name 创城宣传管理平台', () => {
    expect(ADMIN_FALLBACK_NAME).toBe('创城宣传管理平台')
  })
})

describe('the header mark and the title suffix', () => {
  it.each([
    ['示范市文明网（演示）', '示'],
    ['创城宣传管理平台', '创'],
    ['𠀀城文明网', '𠀀'],
  ])('should mark %s with %s', (name, letter) => {
    expect(adminMarkLetter(name)).toBe(letter)
  })

  it('should end every admin title with the name (Payload adds the space before it)', () => {
    expect(adminTitleSuffix('示范市文明网')).toBe('· 示范市文明网')
  })
})
