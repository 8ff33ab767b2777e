/**
 * The admin carries the office's site name (网站设置) instead of Payload's, on the real server
 * (`npm start`'s program, which builds the admin when cms/ changed and seeds the demo identity):
 * the login page's logo, the signed-in header and every browser title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'

let live: LiveServer
let token = ''

const page = async (path: string, withSession = false): Promise<string> => {
  const response = await fetch(`${live.base}${path}`, withSession ? { headers: { cookie: `payload-token=${token}` } } : {})
  expect(response.status, path).toBe(200)
  return response.text()
}
const titleOf = (html: string): string => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''

beforeAll(async () => {
  live = await startLiveServer('admin-brand')
  const response = await fetch(`${live.base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(live.admin),
  })
  token = String(((await response.json()) as { token?: string }).token)
}, 900_000)
afterAll(() => live?.stop())

describe('the admin’s name', () => {
  it('should show the seeded site name as the login page’s logo and in its title, not Payload’s', async () => {
    const html = await page('/admin/login')
    expect(html).toContain('class="campaign-logo"')
    expect(/class="campaign-logo"[\s\S]*?示范市文明网（演示）/.test(html)).toBe(true)
    expect(titleOf(html)).toMatch(/ · 示范市文明网（演示）$/)
    expect(titleOf(html)).not.toContain('Payload')
    expect(html).toContain('href="/favicon.svg"')
  })

  it('should show the name beside its mark in the signed-in header and at the end of the title', async () => {
    const html = await page('/admin', true)
    expect(html).toMatch(/class="campaign-brand-name"[^>]*>示范市文明网（演示）</)
    expect(titleOf(html)).toMatch(/ · 示范市文明网（演示）$/)
  })

  it('should follow a change of the site name at once, and fall back to 创城宣传管理平台 when it is emptied', async () => {
    const save = (siteName: string) =>
      fetch(`${live.base}/api/globals/site-identity`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, origin: live.base },
        body: JSON.stringify({ siteName }),
      })
    expect((await save('示范市文明网（改版）')).status).toBe(200)
    expect(titleOf(await page('/admin/login'))).toMatch(/ · 示范市文明网（改版）$/)
    expect((await save('')).status).toBe(200)
    const html = await page('/admin/login')
    expect(titleOf(html)).toMatch(/ · 创城宣传管理平台$/)
    expect(/class="campaign-logo"[\s\S]*?创城宣传管理平台/.test(html)).toBe(true)
  })
})
