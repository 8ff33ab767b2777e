/**
 * Media under review against the real server (`npm start`'s program, real HTTP and JWTs): an editor's
 * PATCH of the alt text of an image a published page shows leaves the live page as it was, even after
 * the next publish has been built; the reviewer sees it counted on 工作台, clicks 通过媒体修改 in the
 * media edit view (Debian's Chromium), and the page then shows the new text.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '../../seed/lexical.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'

const PASSWORD = 'trust-media-e2e-password'
let live: LiveServer
const tokens: Record<string, string> = {}

async function api(method: string, url: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(`${live.base}/api${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}
const login = async (email: string, password: string) =>
  String((await api('POST', '/users/login', undefined, { email, password })).json.token)

async function eventually(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
const page = async (pathname: string) => {
  const response = await fetch(`${live.base}${pathname}`)
  return response.ok ? response.text() : ''
}
const idle = () => eventually(async () => (await api('GET', '/globals/site-status', tokens.admin)).json.state === 'idle', 180_000)

async function uploadImage(alt: string): Promise<number> {
  const bytes = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer()
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'trust-cover.jpg')
  body.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${live.base}/api/media`, { method: 'POST', headers: { authorization: `JWT ${tokens.admin}` }, body })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

async function publishBulletin(title: string, slug: string, cover?: number): Promise<void> {
  const draft = await api('POST', '/bulletins?draft=true', tokens.editor, {
    title,
    slug,
    series: 'briefing',
    date: '2026-12-06',
    body: richText([`${title}的正文`]),
    reviewState: 'submitted',
    cover,
  })
  expect(draft.status).toBe(201)
  const published = await api('PATCH', `/bulletins/${(draft.json.doc as { id: number }).id}`, tokens.reviewer, { _status: 'published' })
  expect([published.status, published.json.errors ?? null]).toEqual([200, null])
  await eventually(async () => (await page(`/bulletins/${slug}/`)).includes(title), 180_000)
}

beforeAll(async () => {
  live = await startLiveServer('trust-media')
  tokens.admin = await login(live.admin.email, live.admin.password)
  for (const role of ['editor', 'reviewer']) {
    const created = await api('POST', '/users', tokens.admin, { email: `${role}-media@example.com`, password: PASSWORD, name: role, role })
    expect(created.status).toBe(201)
    tokens[role] = await login(`${role}-media@example.com`, PASSWORD)
  }
}, 900_000)

afterAll(() => live?.stop())

describe('media under review on the real server', () => {
  it('should keep an editor’s unreviewed alt text off the live site through the next publish, and publish it once a reviewer approves', async () => {
    const id = await uploadImage('审核前的图片说明')
    await publishBulletin('带审核图片的通报', 'trust-media-cover', id)
    expect(await page('/bulletins/trust-media-cover/')).toContain('审核前的图片说明')

    const edited = await api('PATCH', `/media/${id}`, tokens.editor, { alt: '编辑未经审核的说明' })
    expect(edited.status).toBe(200)
    expect((edited.json.doc as { alt: string }).alt).toBe('审核前的图片说明')
    expect((await api('POST', `/media/${id}/review/approve`, tokens.editor)).status).toBe(403)

    await publishBulletin('之后发布的通报', 'trust-media-next')
    await idle()
    const unchanged = await page('/bulletins/trust-media-cover/')
    expect(unchanged).toContain('审核前的图片说明')
    expect(unchanged).not.toContain('编辑未经审核的说明')

    const browser = await launchBrowser()
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
      const reviewer = await context.newPage()
      await reviewer.goto(`${live.base}/admin/login`)
      await reviewer.fill('#field-email', 'reviewer-media@example.com')
      await reviewer.fill('#field-password', PASSWORD)
      await reviewer.click('button[type="submit"]')
      await reviewer.getByRole('heading', { level: 1, name: '工作台' }).waitFor({ timeout: 120_000 })
      await expect(reviewer.locator('[data-key="mediaChanges"]').textContent()).resolves.toContain('1')
      await reviewer.goto(`${live.base}/admin/collections/media/${id}`)
      await reviewer.waitForLoadState('networkidle')
      await reviewer.getByText('编辑未经审核的说明').first().waitFor({ timeout: 60_000 })
      await reviewer.getByRole('button', { name: '通过媒体修改' }).click()
      const answer = reviewer.locator(
        'section[aria-label^="媒体修改审核"] [role="status"], section[aria-label^="媒体修改审核"] [role="alert"]',
      )
      await answer.first().waitFor({ timeout: 60_000 })
      expect(await answer.first().textContent()).toContain('通过媒体修改：已完成')
    } finally {
      await browser.close()
    }

    await eventually(async () => (await page('/bulletins/trust-media-cover/')).includes('编辑未经审核的说明'), 180_000)
    expect(await page('/bulletins/trust-media-cover/')).not.toContain('审核前的图片说明')
  }, 900_000)
})
