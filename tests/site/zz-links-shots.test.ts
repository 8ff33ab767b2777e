// Temporary (not committed): Chromium screenshots of the embed pages for the report.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'
import { expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { siteDir } from './site.ts'

it('should take screenshots', async () => {
  const serve = sirv(siteDir(), { dev: true, extensions: ['html'] })
  const server = http.createServer((req, res) => serve(req, res, () => res.writeHead(404).end()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await launchBrowser()
  const pages: [string, string][] = [
    ['partners-embed', '/partners/embed/'],
    ['embed-ranking', '/embed/rankings/latest/'],
    ['embed-board-heping', '/embed/exposures/unit/s-heping/'],
    ['embed-board-district', '/embed/exposures/unit/d-jingming/'],
    ['embed-board-empty', '/embed/exposures/unit/s-changqing/'],
    ['gone-410', '/410/'],
  ]
  for (const mode of ['normal', 'elder']) {
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } })
    await page.goto(`${base}/`)
    await page.evaluate((m) => localStorage.setItem('mode', m === 'elder' ? 'elder' : 'standard'), mode)
    for (const [name, url] of pages) {
      await page.goto(`${base}${url}`)
      await page.screenshot({ path: `/work/shots/links/${name}-${mode}.png`, fullPage: true })
    }
    await page.close()
  }
  // A partner's page framing the embed (the frame loads; headers are the server's business, not sirv's).
  const host = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await host.setContent(
    `<h1>合作媒体页面</h1><iframe src="${base}/embed/rankings/latest/" width="100%" height="600" style="border:1px solid #ccc"></iframe>`,
  )
  await host.waitForTimeout(1000)
  await host.screenshot({ path: '/work/shots/links/partner-framing-1280.png' })
  await browser.close()
  server.close()
  expect(true).toBe(true)
}, 120_000)
