/**
 * The admin carries the office's site name (网站设置) instead of Payload's, in Debian's Chromium
 * against the real server (`npm start`'s program, which builds the admin when cms/ changed and seeds
 * the demo identity): the login page's logo, the signed-in header and every browser title.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'

let live: LiveServer
let browser: Browser
let token = ''

async function openLogin(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' })).newPage()
  await page.goto(`${live.base}/admin/login`)
  await page.locator('.campaign-logo').waitFor({ timeout: 60_000 })
  return page
}

const saveSiteName = (siteName: string) =>
  fetch(`${live.base}/api/globals/site-identity`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, origin: live.base },
    body: JSON.stringify({ siteName }),
  })

beforeAll(async () => {
  live = await startLiveServer('admin-brand')
  const response = await fetch(`${live.base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(live.admin),
  })
  token = String(((await response.json()) as { token?: string }).token)
  browser = await launchBrowser()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await live?.stop()
})

describe('the admin’s name', () => {
  it('should show the seeded site name as the login page’s logo and in its title, not Payload’s', async () => {
    const page = await openLogin()
    expect(await page.locator('.campaign-logo').textContent()).toBe('示范市文明网（演示）管理后台 / Admin')
    expect(await page.title()).toBe('登录 · 示范市文明网（演示）')
    expect(await page.locator('link[rel="icon"]').first().getAttribute('href')).toBe('/favicon.svg')
    await page.context().close()
  })

  it('should show the name beside its mark in the signed-in header, and end every title with it', async () => {
    const page = await openLogin()
    await page.fill('#field-email', live.admin.email)
    await page.fill('#field-password', live.admin.password)
    await page.click('button[type="submit"]')
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor({ timeout: 60_000 })
    expect(await page.locator('.step-nav__home .campaign-brand-name').textContent()).toBe('示范市文明网（演示）')
    expect(await page.locator('.step-nav__home .campaign-brand [aria-hidden="true"]').textContent()).toBe('示')
    const home = await page.locator('.step-nav__home').boundingBox()
    expect(home?.width).toBeGreaterThan(100)
    // After the client-side navigation from the login form, Next sets the title a moment after the page shows.
    await expect.poll(() => page.title(), { timeout: 15_000 }).toMatch(/ · 示范市文明网（演示）$/)
    await page.goto(`${live.base}/admin/collections/bulletins`)
    await page.locator('.step-nav__home .campaign-brand-name').waitFor({ timeout: 60_000 })
    await expect.poll(() => page.title(), { timeout: 15_000 }).toMatch(/ · 示范市文明网（演示）$/)
    await page.context().close()
  })

  it('should follow a change of the site name at once, and fall back to 创城宣传管理平台 when it is emptied', async () => {
    expect((await saveSiteName('示范市文明网（改版）')).status).toBe(200)
    let page = await openLogin()
    expect(await page.locator('.campaign-logo').textContent()).toContain('示范市文明网（改版）')
    expect(await page.title()).toBe('登录 · 示范市文明网（改版）')
    await page.context().close()
    expect((await saveSiteName('')).status).toBe(200)
    page = await openLogin()
    expect(await page.locator('.campaign-logo').textContent()).toContain('创城宣传管理平台')
    expect(await page.title()).toBe('登录 · 创城宣传管理平台')
    await page.context().close()
  })
})
