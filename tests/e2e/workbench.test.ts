/**
 * The workbench in Debian's Chromium against the real server (`npm start`'s program; it builds the
 * admin when needed): an editor sees their draft counted on 工作台 and clicks 提交审核; a reviewer
 * sees it in the review queue and opens it; the editor changes it meanwhile, so 通过并发布 is refused
 * with the change listed; the reviewer reloads, clicks 通过并发布 again, and the new text goes live. Screenshots of each
 * role's dashboard at 1366 px go to WORKBENCH_SHOTS (default a temp folder); axe runs on the workbench.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'
import { testOption } from '../helpers/testEnv.ts'

const PASSWORD = 'workbench-e2e-password'
const SHOTS = testOption('WORKBENCH_SHOTS') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-shots-'))
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let live: LiveServer
let browser: Browser
const tokens: Record<string, string> = {}

async function api(method: string, url: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(`${live.base}/api${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}
const login = async (email: string, password: string) =>
  String((await api('POST', '/users/login', undefined, { email, password })).json.token)

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${live.base}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor({ timeout: 60_000 })
  return page
}

/**
 * Clicks a review button until the browser posts its action: on a loaded machine the admin page can
 * answer "networkidle" before React has attached the button's handler, and a click then does nothing.
 */
async function clickUntilPosted(page: Page, name: string, action: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes(`/review/${action}`), { timeout: 15_000 })
    await page.getByRole('button', { name }).click()
    try {
      await posted
      return
    } catch (error) {
      if (attempt === 4) throw error
    }
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource })
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> }
      }
    ).axe
    return axe.run(document.querySelector('.workbench') ?? document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
  })
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

beforeAll(async () => {
  live = await startLiveServer('workbench')
  tokens.admin = await login(live.admin.email, live.admin.password)
  for (const role of ['editor', 'reviewer']) {
    const created = await api('POST', '/users', tokens.admin, { email: `${role}-wb@example.com`, password: PASSWORD, name: role, role })
    expect(created.status).toBe(201)
    tokens[role] = await login(`${role}-wb@example.com`, PASSWORD)
  }
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await live?.stop()
  console.log(`workbench screenshots: ${SHOTS}`)
})

describe('workbench in the browser', () => {
  it('should take a bulletin from the editor’s 提交审核 to the reviewer’s 通过并发布 and onto the public site', async () => {
    const draft = await api('POST', '/bulletins?draft=true', tokens.editor, {
      title: '工作台浏览器测试通报',
      series: 'evaluation',
      date: '2026-11-30',
      slug: 'workbench-e2e',
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: null,
              format: '',
              indent: 0,
              children: [{ type: 'text', version: 1, text: '正文', format: 0, detail: 0, mode: 'normal', style: '' }],
            },
          ],
        },
      },
    })
    expect(draft.status).toBe(201)
    const id = (draft.json.doc as { id: number }).id

    const editor = await signIn('editor-wb@example.com')
    const mine = editor.locator('[data-key="mine:bulletins"]')
    await expect(mine.textContent()).resolves.toContain('1')
    await editor.screenshot({ path: path.join(SHOTS, 'dashboard-editor-1366.png'), fullPage: true })
    expect(await axeViolations(editor)).toEqual([])
    await editor.goto(`${live.base}/admin/collections/bulletins/${id}`)
    await expect(editor.getByRole('button', { name: '通过并发布' }).count()).resolves.toBe(0)
    await editor.waitForLoadState('networkidle')
    await clickUntilPosted(editor, '提交审核', 'submit')
    await editor.getByRole('status').filter({ hasText: '提交审核：已完成' }).waitFor({ timeout: 60_000 })

    const reviewer = await signIn('reviewer-wb@example.com')
    await reviewer.getByRole('link', { name: '工作台浏览器测试通报' }).waitFor()
    await reviewer.screenshot({ path: path.join(SHOTS, 'dashboard-reviewer-1366.png'), fullPage: true })
    expect(await axeViolations(reviewer)).toEqual([])
    await reviewer.getByRole('link', { name: '工作台浏览器测试通报' }).click()
    // The edit view is server-rendered first: click once it is interactive (slow when the whole suite shares 2 cores).
    await reviewer.waitForLoadState('networkidle')

    // While the reviewer reads, the editor changes the title (back to 草稿) and submits again.
    const revised = '工作台浏览器测试通报（修订）'
    expect((await api('PATCH', `/bulletins/${id}?draft=true`, tokens.editor, { title: revised })).status).toBe(200)
    expect((await api('POST', `/bulletins/${id}/review/submit`, tokens.editor, {})).status).toBe(200)
    await clickUntilPosted(reviewer, '通过并发布', 'approve')
    const refusal = reviewer.getByRole('alert').filter({ hasText: '草稿在您打开之后又被修改过' })
    await refusal.waitFor({ timeout: 60_000 })
    await expect(refusal.getByRole('listitem').first().textContent()).resolves.toBe(`标题：工作台浏览器测试通报 → ${revised}`)
    expect((await api('GET', `/bulletins/${id}`, tokens.reviewer)).json._status).toBe('draft')
    await reviewer.screenshot({ path: path.join(SHOTS, 'review-stale-1366.png'), fullPage: true })

    await refusal.getByRole('button', { name: '重新载入最新草稿' }).click()
    const titleShown = (value: string) => (document.querySelector('#field-title') as HTMLInputElement | null)?.value === value
    await reviewer.waitForFunction(titleShown, revised, { timeout: 60_000 })
    await reviewer.waitForLoadState('networkidle')
    await clickUntilPosted(reviewer, '通过并发布', 'approve')
    await reviewer.getByRole('status').filter({ hasText: '通过并发布：已完成' }).waitFor({ timeout: 60_000 })

    let body = ''
    for (let i = 0; i < 120 && !body.includes(revised); i++) {
      const response = await fetch(`${live.base}/bulletins/workbench-e2e/`)
      body = response.ok ? await response.text() : ''
      if (!body.includes(revised)) await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    expect(body).toContain(revised)

    const admin = await browser.newPage({ viewport: { width: 1366, height: 900 } })
    await admin.goto(`${live.base}/admin/login`)
    await admin.fill('#field-email', live.admin.email)
    await admin.fill('#field-password', live.admin.password)
    await admin.click('button[type="submit"]')
    await admin.getByRole('heading', { level: 1, name: '工作台' }).waitFor({ timeout: 60_000 })
    await admin.screenshot({ path: path.join(SHOTS, 'dashboard-admin-1366.png'), fullPage: true })
  }, 600_000)
})
