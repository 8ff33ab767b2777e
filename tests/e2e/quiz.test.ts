/**
 * 应知应会测试 through the real server (`npm start`'s program, real HTTP) on the seeded demo: /quiz/
 * filled per GET with QUIZ_QUESTIONS questions and a token (no-store, a new set each visit), answered
 * by a browser without JavaScript (the result page) and with it (the result in place), axe-core on the
 * filled page and the result in the normal and the elder mode, the counts on the workbench data, and
 * the token used once.
 */
import { createRequire } from 'node:module'
import { parse } from 'node-html-parser'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { type LiveServer, startLiveServer } from '../helpers/liveServer.ts'

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let live: LiveServer
let browser: Browser

beforeAll(async () => {
  live = await startLiveServer('quiz-e2e', { QUIZ_QUESTIONS: '10' })
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await live?.stop()
})

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource })
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  })
  return result.violations.map((violation) => violation.id)
}

describe('the quiz page as the server serves it', () => {
  it('should draw 10 questions with a token on every GET, never cached', async () => {
    const first = await fetch(`${live.base}/quiz/`)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-store')
    const page = parse(await first.text())
    expect(page.querySelectorAll('fieldset.quiz-q')).toHaveLength(10)
    const token = page.querySelector('input[name=quizToken]')?.getAttribute('value')
    const again = parse(await (await fetch(`${live.base}/quiz/`)).text())
      .querySelector('input[name=quizToken]')
      ?.getAttribute('value')
    expect(token).toMatch(/^q1\./)
    expect(again).not.toBe(token)
  })

  it('should answer a browser without JavaScript with the result page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${live.base}/quiz/`)
    await page.check('fieldset.quiz-q >> nth=0 >> input[value="1"]')
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')])
    expect(page.url()).toContain('/api/knowledge/quiz')
    const text = await page.textContent('main')
    expect(text).toMatch(/您答对了 \d+ 题，共 10 题/)
    expect(text?.match(/正确答案：/g)).toHaveLength(10)
    expect(text?.match(/解析：/g)).toHaveLength(10)
    await context.close()
  })

  it('should have no axe violations on the filled page and the result page, in the normal and the elder mode', async () => {
    for (const mode of ['normal', 'elder']) {
      // axe is injected as a script: allowed past the site's CSP for the check only.
      const context = await browser.newContext({ bypassCSP: true })
      const page = await context.newPage()
      await page.goto(`${live.base}/quiz/`)
      if (mode === 'elder') {
        await page.evaluate(() => localStorage.setItem('mode', 'elder'))
        await page.reload()
      }
      expect(await axeViolations(page)).toEqual([])
      // The form's own submission (what a browser without JavaScript sends), not the script's fetch.
      await Promise.all([page.waitForNavigation(), page.evaluate(() => (document.getElementById('quiz-form') as HTMLFormElement).submit())])
      expect(await page.textContent('h1')).toBe('应知应会测试结果')
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    }
  })

  it('should show the result in place with JavaScript, in the elder mode too, and count the token once', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${live.base}/quiz/`)
    await page.evaluate(() => localStorage.setItem('mode', 'elder'))
    await page.reload()
    expect(await axeViolations(page)).toEqual([])
    const token = await page.getAttribute('input[name=quizToken]', 'value')
    await page.check('fieldset.quiz-q >> nth=1 >> input[value="2"]')
    await page.click('button[type=submit]')
    await page.waitForSelector('#quiz-result:not([hidden]) .quiz-score')
    expect(page.url()).toBe(`${live.base}/quiz/`)
    expect(await page.locator('#quiz-result li').count()).toBe(10)
    expect(await axeViolations(page)).toEqual([])
    const form = new URLSearchParams({ quizToken: token ?? '' })
    const replay = await fetch(`${live.base}/api/knowledge/quiz`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: live.base },
      body: form,
    })
    expect(replay.status).toBe(400)
    expect(await replay.json()).toMatchObject({ token: 'used' })
    await context.close()
  })
})
