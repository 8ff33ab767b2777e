/**
 * 网站设置 as the admin and the footer use it (real Payload, temp SQLite): the admin's login page,
 * header and titles read the site name; the footer's new links accept only http(s) or site paths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAdminSiteName } from '../../cms/components/brand/siteName.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
beforeAll(async () => {
  ctx = await startTempPayload('admin-brand')
}, 180_000)
afterAll(() => ctx.close())

describe('the admin’s name', () => {
  it('should be 创城宣传管理平台 while 网站设置 has no site name', async () => {
    expect(await readAdminSiteName(ctx.payload)).toBe('创城宣传管理平台')
  })

  it('should be the office’s site name once an admin saves it, and the product’s again when it is emptied', async () => {
    const save = (siteName: string) =>
      ctx.payload.updateGlobal({ slug: 'site-identity', data: { siteName }, overrideAccess: true, context: { skipRebuild: true } })
    await save('示范市文明网（演示）')
    expect(await readAdminSiteName(ctx.payload)).toBe('示范市文明网（演示）')
    await save('')
    expect(await readAdminSiteName(ctx.payload)).toBe('创城宣传管理平台')
  })
})

describe('网站设置 footer links', () => {
  const save = (data: Record<string, unknown>, user?: Awaited<ReturnType<typeof makeUser>>) =>
    ctx.payload.updateGlobal({
      slug: 'site-identity',
      data,
      ...(user ? { user, overrideAccess: false } : { overrideAccess: true }),
      context: { skipRebuild: true },
    })

  it.each([
    ['errorReportUrl', '“我为政府网站找错”链接', 'javascript:alert(1)'],
    ['identityMarkUrl', '党政机关网站标识链接', 'data:text/html,<script>alert(1)</script>'],
    ['errorReportUrl', '“我为政府网站找错”链接', 'zfwzzc.www.gov.cn'],
  ])('should refuse %s (%s) = %s naming the field and what is allowed, and keep the last good value', async (field, label, value) => {
    await save({ errorReportUrl: 'https://zfwzzc.www.gov.cn/', identityMarkUrl: '' })
    const error = (await save({ [field]: value }).catch((caught: unknown) => caught)) as {
      message: string
      data?: { errors?: { label?: string; path: string; message: string }[] }
    }
    expect(error.message).toContain(label)
    expect(error.data?.errors).toEqual([
      { label, path: field, message: '网址：应以 http://、https:// 或 / 开头。 / URL must start with http://, https:// or /.' },
    ])
    const identity = await ctx.payload.findGlobal({ slug: 'site-identity', depth: 0 })
    expect(identity.errorReportUrl).toBe('https://zfwzzc.www.gov.cn/')
    expect(identity.identityMarkUrl ?? '').toBe('')
  })

  it('should refuse an editor’s change of the report-an-error link, then take an admin’s', async () => {
    const editor = await makeUser(ctx.payload, 'editor')
    await expect(save({ errorReportUrl: 'https://evil.example/' }, editor)).rejects.toThrow()
    const admin = await makeUser(ctx.payload, 'admin')
    await save({ errorReportUrl: 'https://zfwzzc.www.gov.cn/', identityMarkUrl: 'https://bszs.conac.cn/' }, admin)
    const identity = await ctx.payload.findGlobal({ slug: 'site-identity', depth: 0 })
    expect([identity.errorReportUrl, identity.identityMarkUrl]).toEqual(['https://zfwzzc.www.gov.cn/', 'https://bszs.conac.cn/'])
  })

  it('should let an admin empty both links (the footer then shows neither)', async () => {
    await save({ errorReportUrl: '', identityMarkUrl: '' })
    const identity = await ctx.payload.findGlobal({ slug: 'site-identity', depth: 0 })
    expect([identity.errorReportUrl ?? '', identity.identityMarkUrl ?? '']).toEqual(['', ''])
  })
})
